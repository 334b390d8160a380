/**
 * Handing a file to the browser (src/browser/save-file.ts) and keeping the generator's module once
 * loaded (src/components/download-module.ts): what comes after a download, such as the page drawing
 * its notice, must not slip in before the browser has the file.
 */
import { describe, expect, it, vi } from 'vitest';

const events: string[] = [];
// FileSaver in a browser: the link is clicked in a timer of its own, after saveAs returns.
vi.mock('file-saver', () => ({
  default: {
    saveAs: (_blob: Blob, name: string) => {
      events.push(`saveAs ${name}`);
      setTimeout(() => events.push(`clicked ${name}`), 0);
    },
  },
}));

describe('saveFile', () => {
  it('resolves only after FileSaver has clicked its link', async () => {
    events.length = 0;
    const { saveFile } = await import('../../src/browser/save-file.ts');
    const saved = saveFile(new Blob(['x']), 'a.docx').then(() => events.push('resolved'));
    // What a page does next in a microtask (a state update, a render) comes after the click.
    await Promise.resolve().then(() => events.push('microtask'));
    await saved;
    expect(events).toEqual(['saveAs a.docx', 'microtask', 'clicked a.docx', 'resolved']);
  });
});

describe('the generator module', () => {
  it('is not there before it is loaded, then is the same module at once', async () => {
    const { downloadsLoaded, loadDownloads } = await import('../../src/components/download-module.ts');
    expect(downloadsLoaded()).toBeUndefined();
    const first = await loadDownloads();
    expect(typeof first.makeZip).toBe('function');
    expect(downloadsLoaded()).toBe(first);
    expect(await loadDownloads()).toBe(first);
  });
});
