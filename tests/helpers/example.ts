/** The shipped example answer file, parsed once for tests. */
import { readFileSync } from 'node:fs';
import { parseAnswerFile } from '../../src/core/answer-file.ts';

export const EXAMPLE_PATH = 'public/examples/enterprise.json';

export function example(): Record<string, unknown> {
  return structuredClone(parseAnswerFile(readFileSync(EXAMPLE_PATH, 'utf8')).data);
}

/** Sets one value in place (dot path, numeric keys index arrays); `undefined` deletes it. */
export function setPath<T extends Record<string, unknown>>(data: T, path: string, value: unknown): T {
  const keys = path.split('.');
  let node = data as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return data;
}

/** A copy of the example with one value replaced; `undefined` deletes it. */
export const exampleWith = (path: string, value: unknown): Record<string, unknown> => setPath(example(), path, value);
