/** The shipped platform examples (重点 and 统筹), parsed for tests. */
import { readFileSync } from 'node:fs';
import { parseAnswerFile } from '../../src/core/answer-file.ts';
import { setPath } from './example.ts';

export const PLATFORM_EXAMPLES = { key: 'public/examples/platform.json', general: 'public/examples/platform-general.json' } as const;

export function platformExample(which: keyof typeof PLATFORM_EXAMPLES = 'key'): Record<string, unknown> {
  return structuredClone(parseAnswerFile(readFileSync(PLATFORM_EXAMPLES[which], 'utf8')).data);
}

/** A copy with one value replaced (dot path; numeric keys index arrays); `undefined` deletes it. */
export const platformWith = (path: string, value: unknown, which: keyof typeof PLATFORM_EXAMPLES = 'key'): Record<string, unknown> =>
  setPath(platformExample(which), path, value);
