/** The shipped platform examples (重点 and 统筹), parsed for tests. */
import { readFileSync } from 'node:fs';
import { parseAnswerFile } from '../../src/core/answer-file.ts';

export const PLATFORM_EXAMPLES = { key: 'public/examples/platform.json', general: 'public/examples/platform-general.json' } as const;

export function platformExample(which: keyof typeof PLATFORM_EXAMPLES = 'key'): Record<string, unknown> {
  return structuredClone(parseAnswerFile(readFileSync(PLATFORM_EXAMPLES[which], 'utf8')).data);
}

/** A copy with one value replaced (dot path; numeric keys index arrays); `undefined` deletes it. */
export function platformWith(path: string, value: unknown, which: keyof typeof PLATFORM_EXAMPLES = 'key'): Record<string, unknown> {
  const data = platformExample(which);
  const keys = path.split('.');
  let node = data as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return data;
}
