/**
 * Each page that edits a dossier says which kind in its <head>, so that its code starts reading the
 * dossier as soon as it runs (src/browser/dossier-early.ts); a page that edits none says nothing.
 * Checked on `dist/` as `npm test` builds it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built-pages.ts';

const declared = (page: string): string[] => {
  const html = readFileSync(join(DIST, page), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<meta name="zjtx-dossier" content="([^"]*)">/g)].map((m) => m[1]!);
};

describe.each([
  ['enterprise/index.html', ['enterprise']],
  ['platform/index.html', ['platform']],
  ['city/index.html', ['city']],
  ['dossiers/index.html', []],
  ['index.html', []],
])('%s', (page, kinds) => {
  it(`declares ${kinds.length ? kinds.join() : 'no dossier'}`, () => {
    expect(declared(page)).toEqual(kinds);
  });
});
