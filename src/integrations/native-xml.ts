/**
 * A Vite plugin for the browser bundle only: `@xmldom/xmldom`, which docxtemplater requires for
 * its few XML parts, resolves to the browser's own DOMParser and XMLSerializer
 * (src/browser/native-xml.ts). The server render and Node keep xmldom, which has no DOM to lean on.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { browserAlias } from './browser-alias.ts';

const NATIVE = fileURLToPath(new URL('../browser/native-xml.ts', import.meta.url));

export default (): Plugin => browserAlias('zjtx-native-xml', { '@xmldom/xmldom': NATIVE });
