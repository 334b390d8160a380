/**
 * The answer file format may only change with a migration. The fingerprint
 * covers the data's structure (keys, types, choices), not labels or help
 * texts. When it changes: bump ANSWER_FORMAT_VERSION, add the step to
 * src/core/answer-migrations.ts, keep a file of the old version under
 * tests/fixtures/answers/versions/, and record the new fingerprint with
 * UPDATE_FORMAT_FINGERPRINT=1.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPLICANTS } from '../../src/core/annexes/registry.ts';
import { resolvedSchema } from '../../src/core/annexes/schemas.ts';
import { ANSWER_FORMAT_VERSION, parseAnswerFile } from '../../src/core/answer-file.ts';
import { migrate, MIGRATIONS } from '../../src/core/answer-migrations.ts';
import { validateDossier } from '../../src/core/validate/validate.ts';

const STRUCTURE = new Set(['type', 'properties', 'items', 'enum', 'const', 'oneOf', 'required']);

/** The schema with everything but its structure removed, keys sorted. */
function structure(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(structure);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node).sort()) {
    const value = (node as Record<string, unknown>)[key];
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as object).sort().map(([k, v]) => [k, structure(v)]));
    else if (STRUCTURE.has(key)) out[key] = structure(value);
  }
  return out;
}

function fingerprint(): string {
  const parts = [resolvedSchema('answer-file.schema.json'), ...APPLICANTS.map((a) => resolvedSchema(a.dossierSchemaId))];
  return createHash('sha256').update(JSON.stringify(parts.map(structure))).digest('hex');
}

const FILE = 'tests/fixtures/answer-format.json';

describe('the answer file format', () => {
  it('changes only together with its version number and a migration', () => {
    const now = fingerprint();
    if (process.env.UPDATE_FORMAT_FINGERPRINT === '1') writeFileSync(FILE, `${JSON.stringify({ formatVersion: ANSWER_FORMAT_VERSION, sha256: now }, null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as { formatVersion: number; sha256: string };
    expect(ANSWER_FORMAT_VERSION, '格式版本与记录的指纹不符：请用 UPDATE_FORMAT_FINGERPRINT=1 记录新版本的指纹').toBe(recorded.formatVersion);
    expect(now, '档案的数据结构变了：请将 ANSWER_FORMAT_VERSION 加1，在 answer-migrations.ts 中写迁移步骤，再记录指纹').toBe(recorded.sha256);
  });

  it('has a migration step for every earlier version', () => {
    for (let v = 1; v < ANSWER_FORMAT_VERSION; v++) expect(MIGRATIONS[v], `格式版本${v}→${v + 1}`).toBeTypeOf('function');
  });

  it('refuses to skip a missing step', () => {
    expect(() => migrate({ formatVersion: ANSWER_FORMAT_VERSION }, ANSWER_FORMAT_VERSION, ANSWER_FORMAT_VERSION + 1)).toThrow(
      `缺少从格式版本${ANSWER_FORMAT_VERSION}升级到${ANSWER_FORMAT_VERSION + 1}的迁移步骤`,
    );
  });

  const kept = readdirSync('tests/fixtures/answers/versions').filter((f) => f.endsWith('.json'));
  it.each(kept)('still opens %s, written by an earlier version, with data of the right types', (name) => {
    const file = parseAnswerFile(readFileSync(`tests/fixtures/answers/versions/${name}`, 'utf8'));
    expect(file.formatVersion).toBe(ANSWER_FORMAT_VERSION);
    const schemaId = APPLICANTS.find((a) => a.kind === file.kind)!.dossierSchemaId;
    expect(validateDossier(schemaId, file.data).errors.filter((e) => e.id === 'E_TYPE')).toEqual([]);
  });
});
