import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_FORMAT_VERSION,
  MAX_ANSWER_FILE_BYTES,
  makeAnswerFile,
  parseAnswerFile,
  serializeAnswerFile,
} from '../../src/core/answer-file.ts';
import { FileError } from '../../src/core/errors.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/answers/${name}`, 'utf8');

function refusal(text: string, size?: number): FileError {
  try {
    parseAnswerFile(text, size);
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    return e as FileError;
  }
  throw new Error('expected the file to be refused');
}

describe('answer files', () => {
  it('round-trips a dossier', () => {
    const file = makeAnswerFile('enterprise', { company: { name: '测试' } }, new Date('2021-07-01T00:00:00Z'));
    // The summary is derived for readers of the file; reading it back keeps only the answers.
    const { summary, ...answers } = file;
    expect(parseAnswerFile(serializeAnswerFile(file))).toEqual(answers);
    expect(summary).toMatchObject({ eligibility: expect.arrayContaining([expect.objectContaining({ id: 'specialisation', status: 'unknown' })]) });
    expect(file.formatVersion).toBe(ANSWER_FORMAT_VERSION);
  });

  it('reads the shipped example', () => {
    const file = parseAnswerFile(readFileSync('public/examples/enterprise.json', 'utf8'));
    expect(file.kind).toBe('enterprise');
  });

  it('accepts a byte-order mark, as Windows Notepad writes one', () => {
    expect(parseAnswerFile('\uFEFF' + fixture('minimal.json')).kind).toBe('enterprise');
  });

  it.each([
    ['not-json.txt', 'F_NOT_JSON'],
    ['other-json.json', 'F_NOT_ANSWER_FILE'],
    ['future-version.json', 'F_FUTURE_VERSION'],
    ['bad-version.json', 'F_BAD_VERSION'],
    ['unknown-kind.json', 'F_UNKNOWN_KIND'],
    ['no-data.json', 'F_BAD_DATA'],
  ])('refuses %s with %s and a Chinese message', (name, id) => {
    const e = refusal(fixture(name));
    expect(e.id).toBe(id);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([5_000, 100_000])('calls valid JSON nested %i levels deep too deep, not broken', (depth) => {
    // The parser runs out of stack on such a file; "不是有效的 JSON" would send the user looking for a typo.
    const e = refusal(`{"format":"zjtx-answers","formatVersion":1,"kind":"enterprise","data":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`);
    expect(e.id).toBe('F_TOO_DEEP');
    expect(e.message).toContain('嵌套层级过深');
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(refusal('{}', MAX_ANSWER_FILE_BYTES + 1).id).toBe('F_TOO_LARGE');
  });

  it('drops prototype-polluting keys', () => {
    const file = parseAnswerFile(fixture('proto-pollution.json'));
    expect(Object.prototype.hasOwnProperty.call(file.data, '__proto__')).toBe(false);
    // The parsed objects keep the ordinary prototype: nothing could be slipped in through it.
    expect(Object.getPrototypeOf(file.data)).toBe(Object.prototype);
    expect((file.data as Record<string, unknown>).polluted).toBeUndefined();
    expect((file.data.company as object).constructor).toBe(Object);
    expect((file.data.company as Record<string, unknown>).name).toBe('正常企业');
    expect(Object.keys(file.data.company as object)).toEqual(['name']);
  });
});
