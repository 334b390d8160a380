// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import serviceWorker, { normalizeBase } from './src/integrations/service-worker.ts';
import modulePreload from './src/integrations/module-preload.ts';
import noAjvCompiler from './src/integrations/no-ajv-compiler.ts';
import lightLodash from './src/integrations/light-lodash.ts';
import nativeXml from './src/integrations/native-xml.ts';
import quietLodash from './src/integrations/quiet-lodash.ts';
import hydrateApart from './src/integrations/hydrate-apart.ts';
import compileHints from './src/integrations/compile-hints.ts';
import { STARTUP_CHUNK_GROUPS } from './src/integrations/startup-chunks.ts';

// The one setting for hosting under a sub-path, e.g. ZJTX_BASE=/zjtx/ npm run build. Default: the site root.
const base = normalizeBase(process.env.ZJTX_BASE);

export default defineConfig({
  base,
  // Preact with its React compatibility layer: JSON Forms' React bindings run on it unchanged, for a
  // fifth of React's weight before the first input (see issue 9's figures in the README).
  // modulePreload before serviceWorker: the worker's cache version fingerprints the finished pages.
  integrations: [preact({ compat: true }), hydrateApart(), modulePreload(), serviceWorker()],
  // Pages that only inform ship no JavaScript; the forms are React islands.
  build: { inlineStylesheets: 'always', format: 'directory' },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: the browser itself refuses any connection to another
  // origin, and any eval (validators are precompiled: scripts/build-validators.ts). Scripts: our own files
  // and the hashes Astro adds for its island code. Styles may be inline: the Word preview writes <style>.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  vite: {
    // A page's startup code in a few files, not one per set of sharers (startup-chunks.ts).
    build: { assetsInlineLimit: 0, rolldownOptions: { output: { advancedChunks: { groups: STARTUP_CHUNK_GROUPS } } } },
    // The browser never compiles a schema: leave ajv's compiler out of the client bundle. And JSON
    // Forms' two lodash/fp calls get our own two functions instead of lodash/fp's currying layer. Every
    // chunk is compiled while it streams in, off the main thread (compile-hints.ts). The document
    // generator parses its few XML parts with the browser's own parser, not xmldom (native-xml.ts).
    // lodash's tag probe does not throw as the editor loads (quiet-lodash.ts).
    plugins: [noAjvCompiler(), lightLodash(), quietLodash(), nativeXml(), compileHints()],
  },
});
