/**
 * axe-core in the page, held to WCAG 2.1 A and AA, and the two promises axe alone does not check:
 * every control has a name of its own, and every field marked invalid points at its message.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** axe's violations on the page as it is now; `disable` names rules switched off for this one check (say why where you call it). */
export async function axeViolations(page: Page, disable: readonly string[] = []): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(
    async ({ tags, disable }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    },
    { tags: [...WCAG21_AA], disable: [...disable] },
  );
}

/** One readable block per violation: rule, what it asks, and where (at most 8 nodes each). */
export function describeViolations(where: string, violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 8).map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`);
      const more = v.nodes.length > 8 ? [`    …and ${v.nodes.length - 8} more`] : [];
      return [`[${where}] ${v.id} (${v.impact ?? ''}): ${v.help}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

// Plain JavaScript run in the page: a function written in TypeScript here could carry the
// compiler's name helpers (tsx's `__name`), which the page does not have.
const LABEL_PROBLEMS = `(() => {
  const describe = (el) => el.tagName.toLowerCase() + '#' + (el.id || '?') + (el.getAttribute('name') ? '[name=' + el.getAttribute('name') + ']' : '') + (el.getAttribute('type') ? '[type=' + el.getAttribute('type') + ']' : '');
  const text = (id) => (document.getElementById(id)?.textContent ?? '').trim();
  const unnamed = [...document.querySelectorAll('input, select, textarea')]
    .filter((el) => !el.hidden && el.type !== 'hidden')
    .filter((el) => {
      const byLabel = el.labels && [...el.labels].some((l) => l.textContent.trim());
      const byAria = (el.getAttribute('aria-label') ?? '').trim();
      const byRef = (el.getAttribute('aria-labelledby') ?? '').split(/\\s+/).some((id) => id && text(id));
      return !byLabel && !byAria && !byRef;
    })
    .map(describe);
  const untied = [...document.querySelectorAll('[aria-invalid="true"]')]
    .filter((el) => !(el.getAttribute('aria-describedby') ?? '').split(/\\s+/).some((id) => id && text(id)))
    .map(describe);
  return { unnamed, untied };
})()`;

/**
 * Controls without a programmatic name, and invalid controls whose `aria-describedby` does not
 * lead to a message on screen. Empty lists when all is well; each entry names the element.
 */
export const labelProblems = (page: Page): Promise<{ unnamed: string[]; untied: string[] }> => page.evaluate(LABEL_PROBLEMS);
