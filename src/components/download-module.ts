/**
 * The generator's module (src/browser/download.ts), loaded on first need and kept. An `import()` of a
 * module the page already has still resolves a task later, not at once: the click waited for it,
 * and for whatever the browser slipped into that task, some 20–40 ms at 4× CPU. Once loaded, a click
 * takes the module as it is and makes the file in the same task.
 */
type Downloads = typeof import('../browser/download.ts');

let loaded: Downloads | undefined;

export async function loadDownloads(): Promise<Downloads> {
  loaded ??= await import('../browser/download.ts');
  return loaded;
}

/** The module if it is loaded already, for a caller that can then go on without waiting. */
export const downloadsLoaded = (): Downloads | undefined => loaded;
