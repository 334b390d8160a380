/**
 * Keeps the 市（州） collection in this browser between visits, as drafts are kept: a desk
 * this version cannot read is set aside under a backup key, never overwritten.
 */
import { type CityDesk, parseDesk, serializeDesk } from '../core/city/desk.ts';

const KEY = 'zjtx:desk:city';

export type DeskLoad = { kind: 'none' } | { kind: 'loaded'; desk: CityDesk } | { kind: 'unreadable'; backupKey: string; reason: string };

export function loadDesk(): DeskLoad {
  let text: string | null;
  try {
    text = globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (!text) return { kind: 'none' };
  try {
    return { kind: 'loaded', desk: parseDesk(text) };
  } catch (error) {
    const backupKey = `${KEY}:unreadable:${Date.now()}`;
    try {
      globalThis.localStorage.setItem(backupKey, text);
    } catch {
      /* storage is full: the next save fails as well, and the page says so */
    }
    return { kind: 'unreadable', backupKey, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Returns false when the browser refused to store the collection (private mode, quota). */
export function saveDesk(desk: CityDesk): boolean {
  try {
    globalThis.localStorage.setItem(KEY, serializeDesk(desk));
    return true;
  } catch {
    return false;
  }
}
