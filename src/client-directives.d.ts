// The form pages' own hydration directive (src/integrations/hydrate-apart.ts), for the .astro type checker.
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:apart'?: boolean;
  }
}
