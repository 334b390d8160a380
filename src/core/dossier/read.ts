/** Typed reads from an untrusted dossier: anything of the wrong type reads as missing. */
import { getPath } from './paths.ts';

/** A string with something other than spaces in it, trimmed. */
export function readString(data: unknown, path: string): string | undefined {
  const v = getPath(data, path);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** A finite number. */
export function readNumber(data: unknown, path: string): number | undefined {
  const v = getPath(data, path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
