/** The shipped example answer file, parsed once for tests. */
import { readFileSync } from 'node:fs';
import { parseAnswerFile } from '../../src/core/answer-file.ts';

export const EXAMPLE_PATH = 'public/examples/enterprise.json';

export function example(): Record<string, unknown> {
  return structuredClone(parseAnswerFile(readFileSync(EXAMPLE_PATH, 'utf8')).data);
}

/** A copy of the example with one value replaced (dot path); `undefined` deletes it. */
export function exampleWith(path: string, value: unknown): Record<string, unknown> {
  const data = example();
  const keys = path.split('.');
  let node = data as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return data;
}
