/**
 * Which dossier this page is editing, and the way to the others: rename it, start a new one,
 * open the list. Also the read-only notice when another tab edits it, and the reminder to
 * back up when much has changed since the last export.
 */
import { useState } from 'react';
import type { DossierKind } from '../browser/dossier-db.ts';
import { shownName } from '../core/text/shown-name.ts';
import type { DossierState } from './use-dossier.ts';

interface Props {
  kind: DossierKind;
  dossier: DossierState;
  /** The applicant's name from the answers, used when the user gave the dossier none. */
  fallbackName: string;
  onExport: () => void;
}

/** Unexported saves before the reminder: roughly an afternoon's work. */
export const REMIND_AFTER_CHANGES = 30;

export const savedTime = (iso: string | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

export default function DossierBar({ kind, dossier, fallbackName, onExport }: Props) {
  const [dismissed, setDismissed] = useState(false);
  const { record, readOnly, loaded } = dossier;
  const base = import.meta.env.BASE_URL;
  const name = shownName(record?.name || fallbackName);

  async function createNew() {
    const [{ openStore }, { newRecord }] = await Promise.all([import('../browser/dossier-db.ts'), import('../browser/dossier-session.ts')]);
    const store = await openStore();
    const fresh = newRecord(kind);
    await store.put(fresh);
    location.assign(`?d=${encodeURIComponent(fresh.id)}`);
  }

  function rename() {
    const next = window.prompt('档案名称（只在本浏览器的档案列表中使用，不影响申报材料）：', record?.name || fallbackName);
    if (next !== null) void dossier.rename(next);
  }

  const remind = !dismissed && !readOnly && (record?.changes ?? 0) >= REMIND_AFTER_CHANGES;
  return (
    <div className="dossier-bar">
      <p className="dossier-name">
        档案：<strong data-testid="dossier-name">{loaded ? name : '…'}</strong>
        {record && <span className="save-time">（最后保存 {savedTime(record.savedAt)}）</span>}
      </p>
      <button type="button" disabled={!loaded || readOnly} onClick={rename}>
        重命名
      </button>
      <button type="button" disabled={!loaded} onClick={() => void createNew()}>
        新建档案
      </button>
      <a className="button" href={`${base}dossiers/`}>
        我的档案
      </a>
      {dossier.mode === 'memory' && (
        <div className="notice notice-warn" role="status">
          <p>本浏览器不允许保存（可能是隐私模式或存储已关闭）。内容只保留在本页中，关闭页面前请“导出答案文件”备份。</p>
        </div>
      )}
      {readOnly && (
        <div className="notice notice-warn" role="status">
          <p>此档案正在另一个标签页中编辑，本页只读。</p>
          <button type="button" onClick={() => void dossier.takeOver()}>
            在本页编辑
          </button>
        </div>
      )}
      {remind && (
        <div className="notice notice-info" role="status">
          <p>已有不少改动尚未导出。浏览器在长期不用后可能清除网站数据，建议现在“导出答案文件”备份一份。</p>
          <button type="button" onClick={onExport}>
            导出答案文件
          </button>{' '}
          <button type="button" onClick={() => setDismissed(true)}>
            稍后
          </button>
        </div>
      )}
    </div>
  );
}
