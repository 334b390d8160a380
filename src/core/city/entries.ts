/**
 * Changes to the collected entries that the page makes as the authority decides: keep which file
 * of a duplicate, reorder, remove. Apart from collect.ts, which reads files (and with them the
 * archive code), so the desk loads this before its first input and the rest on first use.
 */
import { APPLICANT_NAMES } from '../annexes/applicant-names.ts';
import { type CityDesk, type Conflict, type DeskEntry, defaultOwn, entryIdentity, entryName } from './desk.ts';
import { shownName } from '../text/shown-name.ts';
import { localDateTime } from '../util/today.ts';

export type { Conflict };

/**
 * The questions still open after another batch of files arrives: those already asked stay until
 * answered (a later batch dropped them, and with them the newer file, unseen), then the batch's
 * own. The same file received again for the same applicant is asked about once, as last received.
 */
export function queueConflicts(open: readonly Conflict[], arriving: readonly Conflict[]): Conflict[] {
  const again = (c: Conflict) => arriving.some((a) => a.identity === c.identity && a.incoming.fileName === c.incoming.fileName);
  return [...open.filter((c) => !again(c)), ...arriving];
}

/**
 * Which of two files of one applicant the applicant saved later, by the times the files carry: the
 * one that arrived last may well be the older (a colleague forwarding last week's file). A time a
 * file does not give is said to be unknown, never guessed from when the file arrived.
 */
function newerOne(current: DeskEntry, incoming: DeskEntry): string {
  const [was, now] = [Date.parse(current.savedAt ?? ''), Date.parse(incoming.savedAt ?? '')];
  if (Number.isNaN(was) && Number.isNaN(now)) return '两份文件都没有记录保存时间，无法判断哪份较新。';
  // To the minute, unless that shows two different times as one.
  const seconds = localDateTime(current.savedAt) === localDateTime(incoming.savedAt) && was !== now;
  const [wasAt, nowAt] = [localDateTime(current.savedAt, seconds), localDateTime(incoming.savedAt, seconds)];
  if (Number.isNaN(was)) return `新收到的文件保存于 ${nowAt}；已收的那份没有记录保存时间，无法判断哪份较新。`;
  if (Number.isNaN(now)) return `已收的文件保存于 ${wasAt}；新收到的那份没有记录保存时间，无法判断哪份较新。`;
  if (now === was) return `两份文件保存于同一时间（${nowAt}）。`;
  return `新收到的文件保存于 ${nowAt}，比已收的（${wasAt}）${now > was ? '新' : '旧'}。`;
}

/**
 * The question put to the authority. It names the applicant already collected: the file that
 * arrived may give another name (the same credit code under a new name), which is said too; and
 * which of the two files is newer, by when the applicant saved each.
 */
export function conflictQuestion(desk: CityDesk, conflict: Conflict): string {
  const current = desk.entries.find((e) => entryIdentity(e) === conflict.identity);
  const nameOf = (e: DeskEntry) => shownName(entryName(e)) || APPLICANT_NAMES[e.kind].unnamed;
  const incomingName = nameOf(conflict.incoming);
  const name = current ? nameOf(current) : incomingName;
  const renamed = incomingName !== name ? `（其中的名称为“${incomingName}”）` : '';
  const newer = current ? newerOne(current, conflict.incoming) : '';
  return `“${name}”已有一份材料（${current?.fileName ?? '已收集'}），又收到“${conflict.incoming.fileName}”${renamed}。${newer}保留哪一份？`;
}

/** The desk with a batch's duplicate questions added to those still open (queueConflicts). */
export const askConflicts = (desk: CityDesk, arriving: readonly Conflict[]): CityDesk => {
  const conflicts = queueConflicts(desk.conflicts ?? [], arriving);
  const { conflicts: _open, ...rest } = desk;
  return conflicts.length ? { ...rest, conflicts } : rest;
};

const sameQuestion = (a: Conflict, b: Conflict) =>
  a.identity === b.identity && a.incoming.fileName === b.incoming.fileName && a.incoming.receivedAt === b.incoming.receivedAt;

/** Answers an open question: the file chosen stays on the desk, and the question is no longer asked. */
export function settleConflict(desk: CityDesk, conflict: Conflict, keep: 'existing' | 'incoming'): CityDesk {
  const { conflicts = [], ...rest } = resolveConflict(desk, conflict, keep);
  const open = conflicts.filter((c) => !sameQuestion(c, conflict));
  return open.length ? { ...rest, conflicts: open } : rest;
}

/** Settles a conflict: keeping the incoming file replaces the old one in its place in the order. */
export function resolveConflict(desk: CityDesk, conflict: Conflict, keep: 'existing' | 'incoming'): CityDesk {
  if (keep === 'existing') return desk;
  const at = desk.entries.findIndex((e) => entryIdentity(e) === conflict.identity);
  if (at < 0) return { ...desk, entries: [...desk.entries, conflict.incoming] };
  const entries = [...desk.entries];
  entries[at] = { ...conflict.incoming, own: { ...conflict.incoming.own, ...typedOwn(entries[at]!) } };
  return { ...desk, entries };
}

/**
 * The values of `own` the authority entered itself: they describe the applicant, not the file, and
 * stay when another file replaces it. `own` starts as values copied from the file (defaultOwn: an
 * enterprise's 批次, a platform's 2020 服务内容); one still equal to what the old file gave is the
 * file's, not the authority's, and follows the new file, which may correct it (第一批 → 第二批).
 * A value the authority chose equal to the old file's cannot be told from a copied one; it too
 * follows the file, which is then the newer word on the same fact.
 */
function typedOwn(old: DeskEntry): DeskEntry['own'] {
  const copied: Record<string, unknown> = { ...defaultOwn(old.kind, old.data) };
  return Object.fromEntries(Object.entries(old.own).filter(([k, v]) => typeof v === 'string' && v.trim() !== '' && v !== copied[k]));
}

/** Moves an entry up or down; the order carries into every summary. */
export function moveEntry(desk: CityDesk, from: number, to: number): CityDesk {
  if (from === to || from < 0 || to < 0 || from >= desk.entries.length || to >= desk.entries.length) return desk;
  const entries = [...desk.entries];
  const [moved] = entries.splice(from, 1);
  entries.splice(to, 0, moved!);
  return { ...desk, entries };
}

export const removeEntry = (desk: CityDesk, at: number): CityDesk => ({ ...desk, entries: desk.entries.filter((_, i) => i !== at) });
