/**
 * Where dossiers live in this browser: IndexedDB. It is chosen over localStorage because it
 * writes asynchronously (a 1 MB 市（州） collection saved on every pause would stall typing with
 * localStorage's synchronous setItem), stores objects without a JSON round trip, holds far more
 * than localStorage's ~5 MB, and commits each save as one transaction. When the browser refuses
 * it (some private modes, storage disabled), the same interface runs in memory and says so.
 */

export type DossierKind = 'enterprise' | 'platform' | 'city';

export interface DossierRecord {
  id: string;
  kind: DossierKind;
  /** A name the user gave; empty means "named after the applicant". */
  name: string;
  createdAt: string;
  savedAt: string;
  /** The answers (enterprise, platform) or the collection (city). */
  data: unknown;
  /** The annex open when last saved, to come back to it. */
  annex?: string;
  /** The step of that annex open when last saved (an `AnnexStep` id): a long annex reopens where the user was, not on its first step. */
  step?: string;
  /** When the user last exported it, for the backup reminder. */
  exportedAt?: string;
  /** Saves since the last export: many unexported changes earn a reminder to back up. */
  changes?: number;
  /** Set on delete; the record stays until the undo window has passed. */
  deletedAt?: string;
}

export interface DossierStore {
  readonly mode: 'indexeddb' | 'memory';
  /** Live records (not deleted), newest first. */
  list(): Promise<DossierRecord[]>;
  /** Deleted records not yet purged, the latest deletion first: what can still be restored. */
  listDeleted(): Promise<DossierRecord[]>;
  get(id: string): Promise<DossierRecord | undefined>;
  put(record: DossierRecord): Promise<void>;
  /**
   * Reads the stored record and writes what `change` makes of it, in one transaction: a tab changes
   * only its own part (the editor the answers, 我的档案 the name, export mark or deletion), and
   * never writes back another tab's older copy of the rest. Resolves with what was written.
   */
  update(id: string, change: (stored: DossierRecord | undefined) => DossierRecord): Promise<DossierRecord>;
  /** Deleted records older than this are removed for good. */
  purgeDeleted(before: Date): Promise<void>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  /** Everything this site keeps in this browser, gone. */
  eraseAll(): Promise<void>;
}

const DB_NAME = 'zjtx';
const DB_VERSION = 1;

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('存储事务被中止'));
  });

const newestFirst = (a: DossierRecord, b: DossierRecord) => b.savedAt.localeCompare(a.savedAt);
const deletedLast = (records: DossierRecord[]) =>
  records.filter((r) => r.deletedAt).sort((a, b) => b.deletedAt!.localeCompare(a.deletedAt!));

function idbStore(db: IDBDatabase): DossierStore {
  const tx = (mode: IDBTransactionMode, stores: string[] = ['dossiers']) => db.transaction(stores, mode);
  return {
    mode: 'indexeddb',
    async list() {
      const all = await request(tx('readonly').objectStore('dossiers').getAll() as IDBRequest<DossierRecord[]>);
      return all.filter((r) => !r.deletedAt).sort(newestFirst);
    },
    listDeleted: async () => deletedLast(await request(tx('readonly').objectStore('dossiers').getAll() as IDBRequest<DossierRecord[]>)),
    get: (id) => request(tx('readonly').objectStore('dossiers').get(id) as IDBRequest<DossierRecord | undefined>),
    async put(record) {
      const t = tx('readwrite');
      t.objectStore('dossiers').put(record);
      await done(t);
    },
    async update(id, change) {
      const t = tx('readwrite');
      const store = t.objectStore('dossiers');
      // The get and the put in one transaction: no other tab's write can fall between them.
      const next = change((await request(store.get(id) as IDBRequest<DossierRecord | undefined>)) ?? undefined);
      store.put(next);
      await done(t);
      return next;
    },
    async purgeDeleted(before) {
      const t = tx('readwrite');
      const store = t.objectStore('dossiers');
      const all = await request(store.getAll() as IDBRequest<DossierRecord[]>);
      for (const r of all) if (r.deletedAt && r.deletedAt < before.toISOString()) store.delete(r.id);
      await done(t);
    },
    async getMeta(key) {
      const row = await request(tx('readonly', ['meta']).objectStore('meta').get(key) as IDBRequest<{ key: string; value: string } | undefined>);
      return row?.value;
    },
    async setMeta(key, value) {
      const t = tx('readwrite', ['meta']);
      t.objectStore('meta').put({ key, value });
      await done(t);
    },
    async eraseAll() {
      db.close();
      await new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase(DB_NAME);
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
        // Another tab still has it open: it closes on the version change event (see openStore).
        r.onblocked = () => resolve();
      });
    },
  };
}

export function memoryStore(): DossierStore {
  const records = new Map<string, DossierRecord>();
  const meta = new Map<string, string>();
  return {
    mode: 'memory',
    list: async () => [...records.values()].filter((r) => !r.deletedAt).sort(newestFirst),
    listDeleted: async () => deletedLast([...records.values()]),
    get: async (id) => records.get(id),
    put: async (r) => void records.set(r.id, structuredClone(r)),
    update: async (id, change) => {
      const next = change(records.get(id));
      records.set(next.id, structuredClone(next));
      return next;
    },
    purgeDeleted: async (before) => {
      for (const r of records.values()) if (r.deletedAt && r.deletedAt < before.toISOString()) records.delete(r.id);
    },
    getMeta: async (k) => meta.get(k),
    setMeta: async (k, v) => void meta.set(k, v),
    eraseAll: async () => {
      records.clear();
      meta.clear();
    },
  };
}

let opened: Promise<DossierStore> | null = null;

/** The one store of this page; falls back to memory when IndexedDB cannot be opened. */
export function openStore(): Promise<DossierStore> {
  opened ??= new Promise<DossierStore>((resolve) => {
    let r: IDBOpenDBRequest;
    try {
      r = indexedDB.open(DB_NAME, DB_VERSION);
    } catch {
      resolve(memoryStore());
      return;
    }
    r.onupgradeneeded = () => {
      const db = r.result;
      if (!db.objectStoreNames.contains('dossiers')) db.createObjectStore('dossiers', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
    };
    r.onsuccess = () => {
      const db = r.result;
      // Erasing everything from another tab must not be blocked by this one.
      db.onversionchange = () => db.close();
      resolve(idbStore(db));
    };
    r.onerror = () => resolve(memoryStore());
    r.onblocked = () => resolve(memoryStore());
  });
  return opened;
}

export const newId = (): string => (globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
