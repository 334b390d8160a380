/**
 * A Vite plugin for the browser bundle only: `@xmldom/xmldom`, which docxtemplater requires for
 * its few XML parts, resolves to the browser's own DOMParser and XMLSerializer
 * (src/browser/native-xml.ts). The server render and Node keep xmldom, which has no DOM to lean on.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const NATIVE = fileURLToPath(new URL('../browser/native-xml.ts', import.meta.url));

export default function nativeXml(): Plugin {
  return {
    name: 'zjtx-native-xml',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, _importer, options) {
      if (options?.ssr) return null;
      return id === '@xmldom/xmldom' ? NATIVE : null;
    },
  };
}
