/**
 * A Vite plugin for the browser bundle: every chunk opens with V8's explicit compile hint,
 * `//# allFunctionsCalledOnLoad`. Without it V8 compiles a function on the main thread the first
 * time it is called; a form page's first render and the validators' first check call most of what
 * they load, and at 4× CPU that lazy compiling was about 300 ms of the main thread before and just
 * after the first input. With the hint, Chromium compiles the whole chunk while it streams in, on a
 * background thread. Browsers without the hint read a comment.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The chunk's code with the hint on its first line (it counts only there), once. */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

export default function compileHints(): Plugin {
  return {
    name: 'zjtx-compile-hints',
    apply: 'build',
    // Last: after minifying, which would drop the comment, and after Vite puts its preload map atop a chunk.
    generateBundle: {
      order: 'post',
      handler(options, bundle) {
        if (options.format !== 'es') return;
        for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = withCompileHint(file.code);
      },
    },
  };
}
