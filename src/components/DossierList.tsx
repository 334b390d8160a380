/**
 * 我的档案: every dossier kept in this browser — enterprise, platform and 市（州） collections —
 * to open, rename, duplicate, delete (with undo) and export, with when each was last saved.
 */
import { useCallback, useEffect, useState } from 'react';
import { type DossierKind, type DossierRecord, type DossierStore, openStore } from '../browser/dossier-db.ts';
import { announce, listen } from '../browser/dossier-lock.ts';
import { absorbPending, NEW_DOSSIER, newRecord, UNDO_HOURS, undoCutoff } from '../browser/dossier-session.ts';
import { getPath } from '../core/dossier/paths.ts';
import { shownName } from '../core/text/shown-name.ts';
import { savedTime } from './DossierBar.tsx';
import StoragePanel from './StoragePanel.tsx';

const KINDS: Record<DossierKind, { label: string; path: string; namePath: string; unnamed: string }> = {
  enterprise: { label: '企业（专精特新“小巨人”）', path: 'enterprise', namePath: 'company.name', unnamed: '未命名企业' },
  platform: { label: '公共服务示范平台', path: 'platform', namePath: 'platform.name', unnamed: '未命名平台' },
  city: { label: '市（州）汇总', path: 'city', namePath: 'city', unnamed: '未命名汇总' },
};

export const displayName = (r: DossierRecord): string => {
  const derived = getPath(r.data, KINDS[r.kind].namePath);
  // Shortened: the 企业名称 it falls back to may be any length in an imported file.
  return shownName(r.name || (typeof derived === 'string' && derived.trim() ? (r.kind === 'city' ? `${derived}汇总` : derived) : KINDS[r.kind].unnamed));
};

/** Until when a deletion made at `deletedAt` can be undone. */
const undoDeadline = (deletedAt: string): string => new Date(Date.parse(deletedAt) + UNDO_HOURS * 3600 * 1000).toISOString();

/** A dossier's own name, as long as the longest 企业名称 the forms allow. */
const MAX_NAME = 100;

export default function DossierList() {
  const base = import.meta.env.BASE_URL;
  const [store, setStore] = useState<DossierStore | null>(null);
  const [records, setRecords] = useState<DossierRecord[] | null>(null);
  // Read from the store, not kept by this page: the editor promises 一天之内可在“我的档案”撤销删除,
  // and an undo held in page state was gone after a reload, or for a deletion made in another tab.
  // Each keeps its own 撤销删除 (a second deletion once took the first one's undo away).
  const [deleted, setDeleted] = useState<DossierRecord[]>([]);
  const [message, setMessage] = useState('');

  const refresh = useCallback(async (s: DossierStore | null = store) => {
    if (!s) return;
    const [live, gone] = await Promise.all([s.list(), s.listDeleted()]);
    setRecords(live);
    setDeleted(gone);
  }, [store]);

  useEffect(() => {
    void openStore().then(async (s) => {
      await absorbPending(s);
      // Only what can still be restored is offered: the editor pages purge older deletions, and
      // someone who comes straight here must not be offered one that the next form page removes.
      await s.purgeDeleted(undoCutoff()).catch(() => undefined);
      setStore(s);
      void refresh(s);
    });
  }, []); // Opened once; refresh reads the store it is given.
  useEffect(() => listen(() => void refresh()), [refresh]);

  /**
   * Changes one part of a dossier as stored: an editing tab may have saved newer answers since
   * this list was read, and writing the list's copy back undid them.
   */
  async function update(id: string, change: (r: DossierRecord) => DossierRecord, text: string, fallback: DossierRecord) {
    const next = await store!.update(id, (current) => change(current ?? fallback));
    setMessage(text);
    announce({ type: 'saved', id: next.id, savedAt: next.savedAt });
    await refresh();
  }

  const rename = (r: DossierRecord) => {
    const typed = window.prompt(`档案名称（不超过${MAX_NAME}字）：`, displayName(r));
    if (typed === null) return;
    // A name is a label in this list: a pasted page of text once made the list a million pixels wide.
    const chars = Array.from(typed.trim());
    const name = chars.slice(0, MAX_NAME).join('');
    const cut = chars.length > MAX_NAME ? `名称超过${MAX_NAME}字，只保留了前${MAX_NAME}字。` : '';
    void update(r.id, (current) => ({ ...current, name }), `已重命名为“${name || displayName({ ...r, name: '' })}”。${cut}`, r);
  };
  const duplicate = async (r: DossierRecord) => {
    // From the dossier as stored now, with what an open tab saved since this list was read.
    const source = (await store!.get(r.id)) ?? r;
    const copy = { ...newRecord(r.kind, structuredClone(source.data)), name: `${displayName(source)}（副本）` };
    void update(copy.id, () => copy, `已复制为“${copy.name}”。`, copy);
  };
  const remove = (r: DossierRecord) => {
    const deletedAt = new Date().toISOString();
    void update(r.id, (current) => ({ ...current, deletedAt }), `已删除“${displayName(r)}”。${UNDO_HOURS}小时内可在下方“最近删除”中撤销删除。`, r);
  };
  // Clears the deletion mark on the record as stored: an editor tab may have kept saving its answers since.
  const restore = (r: DossierRecord) => {
    const { deletedAt: _gone, ...fallback } = r;
    void update(
      r.id,
      (current) => {
        const { deletedAt: _was, ...back } = current;
        return back;
      },
      `已恢复“${displayName(fallback)}”。`,
      fallback,
    );
  };
  // Written by its first answer on the page it opens (NEW_DOSSIER): one begun and left leaves nothing here.
  const createNew = (kind: DossierKind) => location.assign(`${base}${KINDS[kind].path}/?d=${NEW_DOSSIER}`);
  async function exportOne(r: DossierRecord) {
    const { exportRecord } = await import('../browser/dossier-export.ts');
    // The answers as stored now: an open tab may have saved since this list was read.
    const current = (await store!.get(r.id)) ?? r;
    const name = exportRecord(current, displayName(current));
    const exportedAt = new Date().toISOString();
    await update(r.id, (stored) => ({ ...stored, exportedAt, changes: 0 }), `已导出“${name}”。`, current);
  }

  if (!records)
    return (
      // Holds about the room the list takes in a browser with no dossier yet, so the page below it
      // does not jump when the list arrives (Lighthouse counted that as layout shift).
      <div className="dossiers-loading">
        <p className="loading">正在读取本浏览器中的档案…</p>
      </div>
    );
  return (
    <>
      {message && (
        <div className="notice notice-ok" role="status">
          <p>{message}</p>
        </div>
      )}
      <div className="toolbar">
        {(Object.keys(KINDS) as DossierKind[]).map((k) => (
          <button key={k} type="button" onClick={() => createNew(k)}>
            新建{KINDS[k].label}档案
          </button>
        ))}
      </div>
      {records.length === 0 ? (
        <p className="empty-desk">{deleted.length > 0 ? '本浏览器中没有现存的档案。最近删除的档案列在下方，可以撤销删除。' : '本浏览器中还没有档案。'}</p>
      ) : (
        <ul className="dossier-list" aria-label="档案列表">
          {records.map((r) => (
            <li key={r.id} className="dossier-item" data-testid="dossier-item">
              <span className="what">
                <a href={`${base}${KINDS[r.kind].path}/?d=${encodeURIComponent(r.id)}`}>{displayName(r)}</a>
                <span className="kind">
                  {KINDS[r.kind].label} · 最后保存 {savedTime(r.savedAt)}
                  {r.exportedAt ? ` · 上次导出 ${savedTime(r.exportedAt)}` : ' · 尚未导出'}
                </span>
              </span>
              <button type="button" aria-label={`重命名${displayName(r)}`} onClick={() => rename(r)}>
                重命名
              </button>
              <button type="button" aria-label={`复制${displayName(r)}`} onClick={() => void duplicate(r)}>
                复制
              </button>
              <button type="button" aria-label={`导出${displayName(r)}`} onClick={() => void exportOne(r)}>
                导出
              </button>
              <button type="button" className="danger" aria-label={`删除${displayName(r)}`} onClick={() => remove(r)}>
                删除
              </button>
            </li>
          ))}
        </ul>
      )}
      {deleted.length > 0 && (
        <section className="deleted-dossiers" aria-labelledby="deleted-dossiers-title">
          <h2 id="deleted-dossiers-title">最近删除（{UNDO_HOURS}小时内可恢复）</h2>
          <ul className="dossier-list" aria-label="最近删除的档案">
            {deleted.map((r) => (
              <li key={r.id} className="dossier-item" data-testid="deleted-item">
                <span className="what">
                  {displayName(r)}
                  <span className="kind">
                    {KINDS[r.kind].label} · 删除于 {savedTime(r.deletedAt!)} · {savedTime(undoDeadline(r.deletedAt!))} 之前可撤销
                  </span>
                </span>
                <button type="button" className="undo" aria-label={`撤销删除“${displayName(r)}”`} onClick={() => restore(r)}>
                  撤销删除
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <StoragePanel store={store} records={records} onErased={() => void refresh()} />
    </>
  );
}
