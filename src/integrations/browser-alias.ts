/**
 * A Vite plugin that, in the browser bundle only, resolves some bare imports to modules of our own.
 * The server render and Node keep the real packages: what replaces them leans on the browser, or
 * leaves out what the browser never runs.
 */
import type { Plugin } from 'vite';

export function browserAlias(name: string, aliases: Readonly<Record<string, string>>): Plugin {
  return {
    name,
    enforce: 'pre',
    apply: 'build',
    resolveId(id, _importer, options) {
      if (options?.ssr) return null;
      return Object.hasOwn(aliases, id) ? aliases[id]! : null;
    },
  };
}
