/** The notice (the specification), kept with the tests, and what the document tests read from it. */
import { readFileSync } from 'node:fs';

export const SEED = readFileSync('tests/fixtures/seed/notice.txt', 'utf8');

/** The seed's text from one heading to the next (the end heading excluded). */
export function seedSection(from: RegExp, to: RegExp, text = SEED): string {
  const start = text.search(from);
  if (start < 0) throw new Error(`通知中找不到 ${from}`);
  const rest = text.slice(start + 1);
  const end = rest.search(to);
  return text.slice(start, end < 0 ? undefined : start + 1 + end);
}

/** Labels of a seed annex: its table cells and printed lines, split at fill-in gaps (□, runs of spaces, blanks, "："). */
export function seedLabels(section: string): string[] {
  return section
    .split('\n')
    .flatMap((line) => line.split(/□|\s{2,}|_{2,}|：/))
    .map((s) => s.replace(/[\t ]+/g, ''))
    .filter((s) => s.length >= 2 && !/^[—\-.…*]+$/.test(s));
}

export const normalise = (text: string) => text.replace(/[\s\u3000]+/g, '');
