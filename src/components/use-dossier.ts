/**
 * A dossier's life on a page: opened from the browser's store (or the address), saved within a
 * second of the last change without blocking typing, flushed when the tab goes away, and kept
 * from being edited in two tabs at once.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { openStore, type DossierKind, type DossierRecord, type DossierStore } from '../browser/dossier-db.ts';
import { announce, awaitDossier, listen, releaseDossier, takeOverDossier } from '../browser/dossier-lock.ts';
import { takeDossier, type HeldDossier } from '../browser/dossier-early.ts';
import { absorbPending, leavePending, NEW_DOSSIER } from '../browser/dossier-session.ts';
import { hasAnswers } from '../core/dossier/has-answers.ts';
import { flushPendingEdits, heldFormData } from './form-latest.ts';

// The browser opens the database while the page hydrates, not after: on a slow phone that is a
// tenth of a second sooner to the first input. (Not on the server, which has no IndexedDB.)
if (typeof indexedDB !== 'undefined') void openStore();

// Text reaches the dossier only once typing pauses (form-latest.ts PAUSE_MS), so the save need not
// wait long for more: together they keep the promise of a save within a second of the last keystroke.
const SAVE_DELAY_MS = 250;

export interface DossierState {
  loaded: boolean;
  /**
   * `erased`: 我的档案's 删除全部数据 removed everything this browser kept; this page keeps its answers on screen only.
   * `memory`: the browser refuses storage, and the answers live only as long as this page.
   */
  saved: 'idle' | 'saved' | 'failed' | 'erased' | 'memory';
  record: DossierRecord | null;
  /** Where saves go: the browser's database, or only this page's memory. */
  mode: DossierStore['mode'] | null;
  /** Another tab is editing this dossier; this one only shows it. */
  readOnly: boolean;
  takeOver: () => Promise<void>;
  rename: (name: string) => Promise<void>;
  /** After an export of `answers` (by default those on screen): resets the backup reminder. */
  markExported: (answers?: unknown) => void;
}

type Tell = (tone: 'info' | 'warn', text: string) => void;

const DELETED_ELSEWHERE = '此档案已在“我的档案”中删除。本页的修改仍随它保存，一天之内可在“我的档案”撤销删除；也可现在导出答案文件。';

/** Puts the dossier's id in the address (`?d=`), or takes a stale one out; a 新建档案 address stays until its first save. */
function addressDossier(id: string | null): void {
  const url = new URL(location.href);
  if (id) url.searchParams.set('d', id);
  else if (url.searchParams.get('d') !== NEW_DOSSIER) url.searchParams.delete('d');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

export function useDossier<T>(kind: DossierKind, data: T, setData: (d: T) => void, prepare: (raw: unknown) => T, tell: Tell, annex?: string, step?: string): DossierState {
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<DossierState['saved']>('idle');
  const [record, setRecord] = useState<DossierRecord | null>(null);
  const [readOnly, setReadOnly] = useState(false);
  const store = useRef<DossierStore | null>(null);
  const latest = useRef({ data, annex, step });
  latest.current = { data, annex, step };
  // The record as last written, set when a write is issued, not when the page re-renders after it:
  // every write builds on it, and IndexedDB applies writes in the order they are issued. Built on the
  // rendered record instead, an export marked while a save was in flight wrote the older answers back.
  const recordRef = useRef<DossierRecord | null>(null);
  const keep = useCallback((next: DossierRecord) => {
    recordRef.current = next;
    setRecord(next);
  }, []);
  // What the store holds: anything else on screen is unsaved, whether or not the save timer has started yet.
  const stored = useRef<unknown>(undefined);
  // The data as loaded is not a change: saving it would only bump the time.
  const skipNext = useRef(true);

  // The read, and then the request for the dossier's lock, started as the page's code began to run
  // (dossier-early.ts), or else start while the page hydrates: Preact runs effects only after the next
  // paint, which on a slow phone is a tenth of a second more before the form can show the draft.
  const lostRef = useRef<() => void>(() => undefined);
  // What a read-only tab does when the dossier's lock comes to it (set below, with `granted`).
  const grantedRef = useRef<() => void>(() => undefined);
  const opening = useRef<Promise<HeldDossier> | null>(null);
  const open = () => takeDossier(kind, () => lostRef.current());
  if (!opening.current && typeof window !== 'undefined') {
    opening.current = open();
    // Its failure is the effect's to meet; this only keeps it from counting as unhandled meanwhile.
    opening.current.catch(() => undefined);
  }

  const lost = useCallback(() => {
    setReadOnly(true);
    tell('warn', '另一个标签页已接管此档案的编辑，本页现在只读，以免互相覆盖。');
    // And waits its turn: when that tab closes, this one edits again.
    const id = recordRef.current?.id;
    if (id) awaitDossier(id, () => grantedRef.current(), () => lostRef.current());
  }, [tell]);
  lostRef.current = lost;

  // A layout effect: it runs as the hydration commits, not after the next paint as an effect would.
  // The dossier is often read, and its lock granted, by then (dossier-early.ts), and the form then
  // follows in the same task; as an effect it waited a frame and a task: in interleaved runs on
  // /enterprise/ at 4× CPU, 40–110 ms from the hydration to the draft on screen became 40–78 ms.
  useLayoutEffect(() => {
    let live = true;
    (async () => {
      const { opened, lock } = await (opening.current ?? open());
      if (!live) return;
      store.current = opened.store;
      keep(opened.record);
      unwritten.current = !opened.restored;
      const prepared = prepare(opened.record.data);
      stored.current = prepared;
      setData(prepared);
      skipNext.current = true;
      if (lock === 'busy') {
        setReadOnly(true);
        tell('warn', '此档案已在另一个标签页中打开。本页只读，以免互相覆盖；如要在本页编辑，请点“在本页编辑”。');
        awaitDossier(opened.record.id, () => grantedRef.current(), () => lostRef.current());
      } else if (opened.warning) tell('warn', opened.warning);
      else if (opened.restored && hasAnswers(opened.record.data)) tell('info', '已恢复您上次在本浏览器中填写的内容。');
      // The address names the dossier, so a reload or a second tab opens the same one. A dossier not
      // yet written is named once it is (save): until then a reload opens a new one again, or the
      // latest, and never a link to nothing.
      addressDossier(opened.restored ? opened.record.id : null);
      setLoaded(true);
    })();
    return () => {
      live = false;
      releaseDossier();
    };
    // Opened once per page; the setters are stable.
  }, [kind]); // Opened once per page load: switching dossiers navigates.

  // Set when another page erased all data: writing again would bring back what the person chose to delete.
  const erased = useRef(false);
  // A dossier this page started is written by its first answer (dossier-session.ts): until then, an
  // empty form is not saved, on a timer or as the page closes, so no empty dossier is left behind.
  const unwritten = useRef(false);
  const worthSaving = (d: unknown) => !unwritten.current || hasAnswers(d);

  const save = useCallback(async (fresher?: { data: unknown }) => {
    const { annex: a, step: s } = latest.current;
    const r = recordRef.current;
    const d = fresher ? fresher.data : latest.current.data;
    if (!r || !store.current || erased.current || !worthSaving(d)) return;
    const before = stored.current;
    stored.current = d;
    const savedAt = new Date().toISOString();
    // This tab's part only: the answers. The name, the export mark and a deletion may have been
    // changed in 我的档案 meanwhile; written from this tab's copy, they were quietly undone.
    // Only a change of the answers counts toward the backup reminder: a save for moving between
    // steps or annexes changes nothing an export would keep.
    const changed = d !== before ? 1 : 0;
    const mine = (base: DossierRecord): DossierRecord => ({ ...base, data: d, annex: a, step: s, savedAt, changes: (base.changes ?? 0) + changed });
    recordRef.current = mine(r);
    try {
      const next = await store.current.update(r.id, (current) => mine(current ?? r));
      recordRef.current = next;
      if (unwritten.current) addressDossier(next.id);
      unwritten.current = false;
      setRecord(next);
      setSaved(store.current.mode === 'memory' ? 'memory' : 'saved');
      // The dossier a plain link opens next is the one last written, not the one last opened in some tab.
      void store.current.setMeta(`last:${kind}`, next.id).catch(() => undefined);
      if (next.deletedAt && !r.deletedAt) tell('warn', DELETED_ELSEWHERE);
      announce({ type: 'saved', id: next.id, savedAt: next.savedAt });
      void askPersistence();
    } catch {
      // The store still holds what it held: the tab's closing copy (below) must not take these answers for saved.
      if (stored.current === d) stored.current = before;
      setSaved('failed');
    }
  }, [kind, tell]);

  useEffect(() => {
    if (!loaded || readOnly) return;
    if (skipNext.current) {
      skipNext.current = false;
      return;
    }
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [data, annex, step, loaded, readOnly, save]);

  // A tab going away may not finish an asynchronous save: leave a synchronous copy to pick up next time.
  useEffect(() => {
    const flush = () => {
      const { annex: a, step: s } = latest.current;
      const r = recordRef.current;
      // The open form may hold a change it has not reported yet, and its fields text it has not taken (form-latest.ts).
      flushPendingEdits();
      const held = heldFormData();
      const d = held ? held.data : latest.current.data;
      if (d === stored.current || !r || readOnly || erased.current || !worthSaving(d)) return;
      leavePending({ ...r, data: d, annex: a, step: s, savedAt: new Date().toISOString() });
      void save(held ?? undefined);
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [readOnly, save]);

  // The answers as last exported: leaving with exactly these loses nothing.
  const exported = useRef<unknown>(undefined);
  // Where nothing outlives the page (a browser refusing storage, or everything erased in 我的档案),
  // leaving it with answers not exported since their last change asks first: the browser's own
  // "离开此网站？" is the only thing that can still stop a close.
  useEffect(() => {
    const ask = (e: BeforeUnloadEvent) => {
      const r = recordRef.current;
      if (readOnly || !r || (store.current?.mode !== 'memory' && !erased.current)) return;
      flushPendingEdits();
      const held = heldFormData();
      const d = held ? held.data : latest.current.data;
      if (!hasAnswers(d) || d === exported.current) return;
      e.preventDefault();
      // Older browsers ask only when this is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [readOnly]);

  // The editing tab, asked to give the dossier up, first saves what it holds: the text still in
  // its fields too. It answers when the save is written (or has failed: the taking tab must not wait on).
  useEffect(
    () =>
      listen(async (m) => {
        const r = recordRef.current;
        if (m.type !== 'yield' || !r || m.id !== r.id || readOnly) return;
        flushPendingEdits();
        const held = heldFormData();
        const d = held ? held.data : latest.current.data;
        if (d !== stored.current) await save(held ?? undefined);
        announce({ type: 'yielded', id: r.id });
      }),
    [readOnly, save],
  );

  // 删除全部数据 in 我的档案 closes this page's database under it. Said as what happened, not as a
  // browser that cannot save; the answers stay on screen, to be exported or dropped.
  useEffect(
    () =>
      listen((m) => {
        if (m.type !== 'erased' || erased.current) return;
        erased.current = true;
        setSaved('erased');
        tell('warn', '本浏览器中保存的全部档案已在“我的档案”中删除。本页填写的内容仍在页面上，但不再自动保存；如需保留，请现在导出答案文件。');
      }),
    [tell],
  );

  // A read-only tab follows the editing tab's saves. The editing tab takes what 我的档案 changed (a
  // new name, an export mark, a deletion), so its bar shows it at once; the answers stay its own.
  useEffect(
    () =>
      listen(async (m) => {
        const r = recordRef.current;
        if (m.type !== 'saved' || !r || m.id !== r.id || !store.current) return;
        const fresh = await store.current.get(r.id);
        if (!readOnly) {
          const now = recordRef.current;
          if (!fresh || now?.id !== fresh.id) return;
          if (fresh.deletedAt && !now.deletedAt) tell('warn', DELETED_ELSEWHERE);
          keep({ ...now, name: fresh.name, exportedAt: fresh.exportedAt, changes: fresh.changes, deletedAt: fresh.deletedAt });
          return;
        }
        if (fresh) {
          keep(fresh);
          const prepared = prepare(fresh.data);
          stored.current = prepared;
          setData(prepared);
        }
      }),
    [readOnly, prepare, setData, keep, tell],
  );

  /** This tab becomes the editing one, with the dossier as now stored. */
  const edit = useCallback(
    async (r: DossierRecord, message: string) => {
      const fresh = (await store.current?.get(r.id)) ?? r;
      skipNext.current = true;
      keep(fresh);
      const prepared = prepare(fresh.data);
      stored.current = prepared;
      setData(prepared);
      setReadOnly(false);
      tell('info', message);
    },
    [keep, prepare, setData, tell],
  );

  const takeOver = useCallback(async () => {
    const r = recordRef.current;
    if (!r || !store.current) return;
    await takeOverDossier(r.id, lost);
    await edit(r, '已在本页接管编辑。另一个标签页现在只读。');
  }, [lost, edit]);

  // The editing tab closed: this one takes the dossier as stored (with what that tab left on
  // closing, see absorbPending) and becomes the editing tab.
  const granted = useCallback(async () => {
    const r = recordRef.current;
    if (!r || !store.current) return;
    await absorbPending(store.current).catch(() => undefined);
    await edit(r, '另一个标签页已关闭，本页现在可以编辑此档案。');
  }, [edit]);
  grantedRef.current = () => void granted();

  const rename = useCallback(async (name: string) => {
    const r = recordRef.current;
    if (!r || !store.current) return;
    keep({ ...r, name: name.trim() });
    keep(await store.current.update(r.id, (current) => ({ ...(current ?? r), name: name.trim() })));
  }, [keep]);

  const markExported = useCallback((answers?: unknown) => {
    exported.current = answers ?? latest.current.data;
    const r = recordRef.current;
    if (!r || !store.current) return;
    const exportedAt = new Date().toISOString();
    keep({ ...r, exportedAt, changes: 0 });
    void store.current.update(r.id, (current) => ({ ...(current ?? r), exportedAt, changes: 0 })).then(keep, () => undefined);
  }, [keep]);

  return { loaded, saved, record, mode: store.current?.mode ?? null, readOnly, takeOver, rename, markExported };
}


let askedPersistence = false;
/** Some browsers clear site data after weeks unused; asking once makes the dossiers survive that where allowed. */
async function askPersistence(): Promise<void> {
  if (askedPersistence) return;
  askedPersistence = true;
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    /* not granted: the backup reminder covers it */
  }
}
