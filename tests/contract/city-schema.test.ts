/**
 * The 汇总文件 the desk saves is described by schemas/city.schema.json: every key it writes, on the
 * desk, on each applicant's entry and on each file waiting for a choice, has a title and a
 * description there. The file's own envelope (format, formatVersion, savedAt) is the file format's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeDesk } from '../../src/core/city/desk.ts';
import { exampleDesk } from '../helpers/city.ts';

interface Node {
  title?: string;
  description?: string;
  properties?: Record<string, Node>;
}
const schema = JSON.parse(readFileSync('schemas/city.schema.json', 'utf8')) as Node & { $defs: Record<string, Node> };

function savedDesk(): Record<string, unknown> {
  const desk = exampleDesk();
  const first = desk.entries[0]!;
  // An applicant's second file, waiting for the authority's choice.
  desk.conflicts = [{ identity: 'code:TEST', incoming: { ...first, fileName: '第二份.json', savedAt: '2021-07-09T02:00:00.000Z' } }];
  const { format, formatVersion, savedAt, ...rest } = JSON.parse(serializeDesk(desk)) as Record<string, unknown>;
  expect([format, formatVersion, savedAt].every((v) => v !== undefined)).toBe(true);
  return rest;
}

const described = (node: Node | undefined, keys: string[]) =>
  keys.filter((k) => {
    const p = node?.properties?.[k];
    return !p?.title || !p.description;
  });

describe('the saved 汇总文件 against city.schema.json', () => {
  const desk = savedDesk();
  const entries = desk.entries as Record<string, unknown>[];
  const conflicts = desk.conflicts as { incoming: Record<string, unknown> }[];

  it('has its applicants saved with the time of their answers', () => {
    expect(entries.some((e) => typeof e.savedAt === 'string')).toBe(true);
  });

  it.each([
    ['the desk', () => [schema, Object.keys(desk)] as const],
    ['each entry', () => [schema.$defs.entry, [...new Set([...entries, ...conflicts.map((c) => c.incoming)].flatMap((e) => Object.keys(e)))]] as const],
    ['each file waiting for a choice', () => [schema.$defs.conflict, [...new Set(conflicts.flatMap((c) => Object.keys(c)))]] as const],
  ])('describes every key of %s', (_name, of) => {
    const [node, keys] = of();
    expect(keys.length).toBeGreaterThan(0);
    expect(described(node, [...keys])).toEqual([]);
  });
});
