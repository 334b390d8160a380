/**
 * `client:apart`: hydrates an island as `client:load` does, but its modules are evaluated a few at a
 * time (hydrate-apart-directive.ts) and hydration runs in a task of its own after them. Evaluating the form page's modules and hydrating its island were one task
 * of about 200 ms at 4× CPU, which blocked input for all of it (Lighthouse's Total Blocking Time);
 * apart they are two, and the browser may answer input or finish a read of the draft in between.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function hydrateApart(): AstroIntegration {
  return {
    name: 'zjtx-hydrate-apart',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'apart', entrypoint: fileURLToPath(new URL('./hydrate-apart-directive.ts', import.meta.url)) });
      },
    },
  };
}
