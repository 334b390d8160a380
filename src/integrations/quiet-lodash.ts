/**
 * A Vite plugin for the browser bundle: lodash's `getRawTag` probes an object's `Symbol.toStringTag`
 * by assigning to it. lodash is sloppy-mode CommonJS, where assigning to the read-only tag a Map, a
 * Set or a Promise inherits fails silently; bundled into an ES module the code is strict, and each
 * such assignment throws a TypeError that lodash catches. lodash's `_getTag` probes five of them as
 * it loads, so opening a form page threw five exceptions, and V8 then went back to collect the
 * source positions of the whole editor chunk: a reparse of it on the main thread, 150 ms of the
 * 200 ms the chunk took to evaluate at 4× CPU.
 *
 * `Reflect.set` makes the same attempt and answers false where the assignment would have failed,
 * without throwing. The result is the same in both cases: where the tag could not be hidden, lodash
 * reads it as it is. If lodash's code ever differs from what is replaced here, the build fails.
 */
import type { Plugin } from 'vite';

export const RAW_TAG_FILE = /[\\/]node_modules[\\/]lodash[\\/]_getRawTag\.js$/;

/** lodash 4's probe, as it stands in `_getRawTag.js`. */
const PROBE = /try \{\s*value\[symToStringTag\] = undefined;\s*var unmasked = true;\s*\} catch \(e\) \{\}/;
const QUIET = 'try {\n    var unmasked = Reflect.set(value, symToStringTag, undefined);\n  } catch (e) {}';

/** `_getRawTag.js` with the probe that cannot throw for a read-only tag; null if the probe is not found. */
export function quietRawTag(code: string): string | null {
  return PROBE.test(code) ? code.replace(PROBE, QUIET) : null;
}

export default function quietLodash(): Plugin {
  return {
    name: 'zjtx-quiet-lodash',
    apply: 'build',
    transform(code, id, options) {
      if (options?.ssr || !RAW_TAG_FILE.test(id.split('?')[0]!)) return null;
      const quiet = quietRawTag(code);
      if (quiet === null) this.error(`lodash 的 _getRawTag.js 与预期不同，无法替换其中会抛出异常的写入（src/integrations/quiet-lodash.ts）。`);
      return { code: quiet, map: null };
    },
  };
}
