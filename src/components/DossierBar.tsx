/**
 * Which dossier this page is editing, and the way to the others: rename it, start a new one,
 * open the list. Also the read-only notice when another tab edits it, and the reminder to
 * back up when much has changed since the last export.
 */
import { useState } from 'react';
import type { DossierKind } from '../browser/dossier-db.ts';
import { NEW_DOSSIER } from '../browser/dossier-session.ts';
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

  // What the page's export button is called: the desk exports a 汇总文件, the forms an 答案文件.
  const exportName = kind === 'city' ? '导出汇总文件' : '导出答案文件';
  const memory = dossier.mode === 'memory';

  // Nothing is written here: the new dossier is, by its first answer (dossier-session.ts NEW_DOSSIER),
  // so one begun and left leaves nothing behind in 我的档案.
  function createNew() {
    // Where the browser keeps nothing, leaving the page drops what is on it.
    if (memory && !window.confirm(`本浏览器不允许保存，新建档案会离开本页，本页填写的内容将丢失。如需保留，请先“${exportName}”。\n\n仍要新建档案吗？`)) return;
    location.assign(`?d=${NEW_DOSSIER}`);
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
        {record && !memory && <span className="save-time">（最后保存 {savedTime(record.savedAt)}）</span>}
      </p>
      <button type="button" disabled={!loaded || readOnly} onClick={rename}>
        重命名
      </button>
      <button type="button" disabled={!loaded} onClick={createNew}>
        新建档案
      </button>
      <a className="button" href={`${base}dossiers/`}>
        我的档案
      </a>
      {dossier.mode === 'memory' && (
        <div className="notice notice-warn" role="status">
          <p>本浏览器不允许保存（可能是隐私模式或存储已关闭）。内容只保留在本页中，关闭页面前请“{exportName}”备份。</p>
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
          <p>已有不少改动尚未导出。浏览器在长期不用后可能清除网站数据，建议现在“{exportName}”备份一份。</p>
          <button type="button" onClick={onExport}>
            {exportName}
          </button>{' '}
          <button type="button" onClick={() => setDismissed(true)}>
            稍后
          </button>
        </div>
      )}
    </div>
  );
}
