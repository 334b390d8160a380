/**
 * Opening a dossier on a page: move drafts kept by earlier versions (localStorage) into the
 * store, pick the dossier the address names or the one last open, and pick up a save that a
 * closing tab could only leave in localStorage.
 */
import { type DossierKind, type DossierRecord, type DossierStore, newId, openStore } from './dossier-db.ts';

const LEGACY: Record<DossierKind, string> = { enterprise: 'zjtx:draft:enterprise', platform: 'zjtx:draft:platform', city: 'zjtx:desk:city' };
const PENDING = 'zjtx:pending:';

const local = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** The address's `d` for a dossier not yet begun (新建档案): it is written by its first answer, like any new one. */
export const NEW_DOSSIER = 'new';

/** How long a deleted dossier can still be restored in 我的档案 (the editor promises 一天之内). */
export const UNDO_HOURS = 24;
/** Deleted before this, a dossier is removed for good. */
export const undoCutoff = (now = Date.now()): Date => new Date(now - UNDO_HOURS * 3600 * 1000);

export const blankData = (kind: DossierKind): unknown => (kind === 'city' ? { city: '', department: '', entries: [] } : {});

export function newRecord(kind: DossierKind, data: unknown = blankData(kind), name = ''): DossierRecord {
  const now = new Date().toISOString();
  return { id: newId(), kind, name, createdAt: now, savedAt: now, data };
}

/** A draft an earlier version kept in localStorage becomes a dossier; an unreadable one is set aside, never overwritten. */
async function migrateLegacy(store: DossierStore, kind: DossierKind): Promise<string | undefined> {
  const ls = local();
  const text = ls?.getItem(LEGACY[kind]);
  if (!ls || !text) return undefined;
  try {
    // Loaded only here: old drafts are rare, and the readers are not light enough for every page's first load.
    const data = kind === 'city' ? (await import('../core/city/desk.ts')).parseDesk(text) : (await import('../core/answer-file.ts')).parseAnswerFile(text).data;
    const record = newRecord(kind, data);
    await store.put(record);
    await store.setMeta(`last:${kind}`, record.id);
    ls.removeItem(LEGACY[kind]);
    return undefined;
  } catch (error) {
    const backupKey = `${LEGACY[kind]}:unreadable:${Date.now()}`;
    try {
      ls.setItem(backupKey, text);
      ls.removeItem(LEGACY[kind]);
    } catch {
      /* full: leave it where it is; it is still not overwritten */
    }
    return `本浏览器中保存的草稿无法读取（${error instanceof Error ? error.message : String(error)}），已原样另存为“${backupKey}”，不会被覆盖。您可以重新开始填写，或导入答案文件。`;
  }
}

/** Written synchronously when the tab goes away, in case the asynchronous save does not finish. */
export function leavePending(record: DossierRecord): void {
  try {
    local()?.setItem(PENDING + record.id, JSON.stringify(record));
  } catch {
    /* nothing more can be done while the tab closes */
  }
}

/**
 * Copies left by closing tabs go into the store wherever the site is opened next (a form page
 * or the list), so no page ever shows a dossier older than what was typed.
 */
export async function absorbPending(store: DossierStore): Promise<void> {
  const ls = local();
  if (!ls) return;
  for (const key of Object.keys(ls).filter((k) => k.startsWith(PENDING))) {
    const text = ls.getItem(key);
    ls.removeItem(key);
    try {
      const pending = JSON.parse(text ?? '') as DossierRecord;
      const id = key.slice(PENDING.length);
      if (!pending || pending.id !== id || typeof pending.savedAt !== 'string') continue;
      // The answers left by the closing tab, onto the record as stored: its name or export mark may
      // have changed in 我的档案 since that tab read it.
      await store.update(id, (current) =>
        !current ? pending : !current.deletedAt && pending.savedAt > current.savedAt ? { ...current, data: pending.data, annex: pending.annex, step: pending.step, savedAt: pending.savedAt } : current,
      );
    } catch {
      /* a torn copy: the stored dossier stands */
    }
  }
}

export interface OpenedDossier {
  store: DossierStore;
  record: DossierRecord;
  /** Something the user should be told (an unreadable old draft). */
  warning?: string;
  /** Whether an earlier visit's dossier was restored, rather than a new one started. */
  restored: boolean;
}

const KIND_LABELS: Record<DossierKind, string> = { enterprise: '企业', platform: '服务平台', city: '市（州）汇总' };

export async function openDossier(kind: DossierKind, requestedId?: string | null): Promise<OpenedDossier> {
  const store = await openStore();
  const warning = await migrateLegacy(store, kind);
  await absorbPending(store);
  const mine = (r: DossierRecord | undefined): r is DossierRecord => !!r && r.kind === kind && !r.deletedAt;
  if (requestedId === NEW_DOSSIER) return { store, record: newRecord(kind), warning, restored: false };
  let record: DossierRecord | undefined;
  if (requestedId) record = await store.get(requestedId);
  // A link to a dossier this page cannot open (deleted, made in another browser, another kind)
  // opens this kind's latest instead; said, so no one edits the wrong dossier unawares.
  const requested = record;
  if (!mine(record)) {
    const last = await store.getMeta(`last:${kind}`);
    record = last ? await store.get(last) : undefined;
  }
  if (!mine(record)) record = (await store.list()).find((r) => r.kind === kind);
  const restored = mine(record);
  // The writes below are issued, not awaited: the form need not wait for them. IndexedDB applies
  // transactions in the order they are made, so every later save and read of this page comes after
  // them; one that fails is tried again by the first save, which says so if it fails too.
  const settle = (write: Promise<void>) => void write.catch(() => undefined);
  // A new dossier is written by its first save, not here: a page opened and left (the platform page
  // visited by an enterprise) would otherwise leave an empty dossier in 我的档案 on every visit.
  // Every write builds on the record it finds or else on this one (DossierStore.update).
  if (!mine(record)) record = newRecord(kind);
  settle(store.setMeta(`last:${kind}`, record.id));
  settle(store.purgeDeleted(undoCutoff()));
  const opened = restored ? '已打开最近编辑的档案' : '已新建一份档案';
  const missed = !requestedId || requested === record
    ? undefined
    : store.mode === 'memory'
      ? // Nothing outlives a page here: the dossier of the link was this browser's refusal, not a deletion.
        `本浏览器不允许网页保存内容，上次在本页填写的内容没有保存下来；${opened}。`
      : requested && !requested.deletedAt
      ? `链接中的档案是${KIND_LABELS[requested.kind]}档案，不能在本页打开；${opened}。`
      : `链接中的档案在本浏览器中找不到（可能已被删除，或保存在其他浏览器中）；${opened}。`;
  return { store, record, warning: [warning, missed].filter(Boolean).join('') || undefined, restored };
}
