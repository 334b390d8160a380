/**
 * The 市（州） desk: collect the applicants' files, review them, enter the authority's own
 * values, and download 附件5, 6 and 7. Everything stays in this browser.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CollectLine } from '../core/city/collect.ts';
import { askConflicts, conflictQuestion, moveEntry, removeEntry, settleConflict, type Conflict } from '../core/city/entries.ts';
import { type CityDesk as Desk, type DeskEntry, emptyDesk, entryName, parseDesk, serializeDesk } from '../core/city/desk.ts';
import { getApplicant } from '../core/annexes/registry.ts';
import { inclusionWarnings, type InclusionWarning } from '../core/city/concerns.ts';
import { reviewEntry } from '../core/city/review.ts';
import type { LazyGroup } from '../core/validate/validators.ts';
import { SUMMARIES, validateDesk, validateSummary } from '../core/city/summaries.ts';
import { FileError, ProgramError } from '../core/errors.ts';
import { SICHUAN } from '../core/reference/sichuan.ts';
import { useDossier } from './use-dossier.ts';
import { useValidators } from './use-validators.ts';
import DossierBar from './DossierBar.tsx';
import { useFileDrop } from './use-file-drop.ts';
import DeskOwnInputs from './DeskOwnInputs.tsx';
import DeskReviewTable, { rowActionId, viewButtonId } from './DeskReviewTable.tsx';
import { saveStateText } from './save-state.ts';
import { lazyPart } from './lazy-part.tsx';

/** `warnings`: after a download, the applicants it listed that the authority should know about. */
type Notice = { tone: 'info' | 'ok' | 'warn' | 'error'; text: string; warnings?: InclusionWarning[] };

// The read-only view brings the whole form (JSON Forms and our renderers): loaded on the first 查看.
const ApplicantViewer = lazyPart(() => import('./ApplicantViewer.tsx'), { loading: <p className="loading">正在载入…</p>, backup: '导出汇总文件' });

/** The desk reviews both kinds of applicant and checks its own answers. */
const DESK_VALIDATORS: readonly LazyGroup[] = ['enterprise', 'platform', 'city'];

/** A stored collection read back through the same checks as an imported desk file. */
const prepareDesk = (raw: unknown): Desk => {
  try {
    return parseDesk(serializeDesk(raw as Desk));
  } catch {
    return emptyDesk();
  }
};

const failure = (error: unknown): Notice =>
  error instanceof FileError
    ? { tone: 'error', text: error.message }
    : error instanceof ProgramError
      ? { tone: 'error', text: `生成文件时程序出错（不是您填写的问题）：${error.message}` }
      : { tone: 'error', text: `操作失败：${error instanceof Error ? error.message : String(error)}` };

const PICK_FILES_ID = 'desk-pick-files';
const COLLECT_LINES_ID = 'desk-collect-lines';

/** A file's line as the page shows it: a duplicate becomes "settled" once the authority answers. */
type ShownLine = CollectLine | { file: string; status: 'settled'; name: string; kept: 'existing' | 'incoming' };

export default function CityDesk() {
  const [desk, setDesk] = useState<Desk>(emptyDesk);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [lines, setLines] = useState<ShownLine[]>([]);
  const [viewing, setViewing] = useState<number | null>(null);
  // Back to the 查看 that opened the viewer, not to the top of the page.
  const closeViewer = (i: number) => {
    setViewing(null);
    requestAnimationFrame(() => document.getElementById(viewButtonId(i))?.focus());
  };
  const [showAll, setShowAll] = useState(false);
  const [busy, setBusy] = useState(false);
  // What a download is doing: a summary of hundreds of applicants takes a moment on a slow machine.
  const [progress, setProgress] = useState<{ label: string; done?: number | undefined; total?: number | undefined } | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const latest = useRef(desk);
  latest.current = desk;
  const tell = useCallback((tone: 'info' | 'warn', text: string) => setNotice({ tone, text }), []);
  const dossier = useDossier('city', desk, setDesk, prepareDesk, tell);
  const { loaded, saved, readOnly } = dossier;

  // The validators arrive once the desk accepts files; the review and the desk's own checks wait for them.
  const validators = useValidators(DESK_VALIDATORS, loaded, (error) => setNotice(failure(error)));
  const reviews = useMemo(() => (validators.ready ? desk.entries.map(reviewEntry) : null), [desk.entries, validators.ready]);
  const names = useMemo(() => reviews?.map((r) => r.name) ?? desk.entries.map((e) => entryName(e) || getApplicant(e.kind).unnamed), [reviews, desk.entries]);
  const namesRef = useRef(names);
  namesRef.current = names;
  const errors = useMemo(() => (validators.ready ? validateDesk(desk) : []), [desk, validators.ready]);
  const conflicts = desk.conflicts ?? [];

  async function receive(files: File[]) {
    if (!files.length) return;
    try {
      const { receiveFiles } = await import('../browser/desk-files.ts');
      const result = await receiveFiles(latest.current, files);
      if (result.savedDesk) {
        const ok = !latest.current.entries.length || window.confirm(`“${result.savedDesk.name}”是一份已保存的汇总，打开它会替换当前的汇总。确定吗？`);
        if (ok) {
          setDesk(result.savedDesk.desk);
          setLines(result.lines);
          setNotice({ tone: 'ok', text: `已打开汇总文件“${result.savedDesk.name}”。` });
          return;
        }
      }
      setDesk(askConflicts(result.desk, result.conflicts));
      setLines(result.lines);
      const added = result.lines.filter((l) => l.status === 'added').length;
      setNotice({ tone: added ? 'ok' : 'warn', text: `收到 ${files.length} 个文件，新增 ${added} 家申报单位。` });
    } catch (error) {
      setNotice(failure(error));
    }
  }

  function settle(conflict: Conflict, keep: 'existing' | 'incoming') {
    // The question and its buttons go: focus goes to the lines that now say what was kept.
    focusNext.current = [COLLECT_LINES_ID, PICK_FILES_ID];
    setDesk((d) => settleConflict(d, conflict, keep));
    // The file's line no longer asks for a choice: it says which one was kept.
    setLines((ls) => ls.map((l) => (l.status === 'duplicate' && l.file === conflict.incoming.fileName ? ({ file: l.file, status: 'settled', name: l.name, kept: keep }) satisfies ShownLine : l)));
  }

  // Where focus goes once the page has drawn what an action changed: the first of these ids that is
  // there and enabled. A button that goes away with its row would leave focus on the page's <body>.
  const focusNext = useRef<string[]>([]);
  useEffect(() => {
    const ids = focusNext.current;
    if (!ids.length) return;
    focusNext.current = [];
    for (const id of ids) {
      const target = document.getElementById(id) as HTMLButtonElement | null;
      if (target && !target.disabled) return target.focus();
    }
  });
  // What a move or a removal did, said where the review table is.
  const [rowStatus, setRowStatus] = useState('');

  // The review table and the desk's own inputs hold hundreds of rows: their handlers keep their
  // identity, so a change elsewhere (a download starting) does not re-render them.
  const remove = useCallback((at: number) => {
    const name = namesRef.current[at];
    if (!window.confirm(`从汇总中移除“${name}”？移除后需重新导入其文件才能恢复。`)) return;
    // Its row goes with its buttons: focus goes to the row that takes its place, else the one above.
    focusNext.current = [rowActionId('remove', at), rowActionId('remove', at - 1), PICK_FILES_ID];
    setRowStatus(`已移除“${name}”。`);
    setDesk((d) => removeEntry(d, at));
    setViewing(null);
  }, []);
  const move = useCallback((from: number, to: number) => {
    // The row is drawn anew in its new place: focus follows it, to the same button while it can move on.
    const same = rowActionId(to < from ? 'up' : 'down', to);
    focusNext.current = [same, rowActionId(to < from ? 'down' : 'up', to), viewButtonId(to)];
    setRowStatus(`已将“${namesRef.current[from]}”移到第${to + 1}位。`);
    setDesk((d) => moveEntry(d, from, to));
  }, []);
  const changeOwn = useCallback(
    (at: number, own: DeskEntry['own']) => setDesk((d) => ({ ...d, entries: d.entries.map((e, i) => (i === at ? { ...e, own } : e)) })),
    [],
  );

  async function download(target: string, force = false) {
    try {
      await validators.ensure();
    } catch {
      return;
    }
    // A single summary waits only on what it prints; the whole package on everything.
    const errors = validateSummary(desk, target);
    if (errors.length && !force) {
      setShowAll(true);
      setPending(target);
      setNotice({ tone: 'warn', text: `汇总表还有 ${errors.length} 处需要主管部门填写，已在下方标出。` });
      return;
    }
    setBusy(true);
    setPending(null);
    try {
      const files = await import('../browser/desk-files.ts');
      const step = (label: string, done?: number, total?: number) => setProgress({ label, done, total });
      const name =
        target === 'all' ? await files.downloadAllSummaries(desk, step) : target === 'desk' ? files.exportDesk(desk) : await files.downloadSummary(target, desk, step);
      if (target === 'desk' || target === 'all') dossier.markExported(desk);
      // Never a reason to refuse: the authority decides whom to recommend. But an applicant that fails
      // a condition, or whose answers are incomplete, is said by name, not left to "已生成".
      const warnings = inclusionWarnings(desk, target, reviews ?? undefined);
      setNotice(warnings.length ? { tone: 'warn', text: `已生成“${name}”。`, warnings } : { tone: 'ok', text: `已生成“${name}”。` });
    } catch (error) {
      setNotice(failure(error));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const { dragging, dropProps } = useFileDrop((files) => void receive(files));
  const cityError = errors.find((e) => e.path === 'city');
  const departmentError = errors.find((e) => e.path === 'department');
  return (
    <div
      className={`editor${dragging ? ' dragging' : ''}`}
      {...dropProps}
    >
      <DossierBar kind="city" dossier={dossier} fallbackName={desk.city ? `${desk.city}汇总` : '未命名汇总'} onExport={() => void download('desk', true)} />
      <div className="toolbar">
        <button type="button" id={PICK_FILES_ID} className="primary" disabled={!loaded || readOnly} onClick={() => picker.current?.click()}>
          选择文件
        </button>
        <input ref={picker} type="file" multiple hidden accept=".json,.docx,.zip,application/json,application/zip" aria-label="选择申报材料文件" onChange={(e) => void receive([...(e.target.files ?? [])]).then(() => (e.target.value = ''))} />
        <span className="help">可一次选择多个：企业和平台导出的答案文件（.json）、本站生成的 Word 文档（.docx），或装有这些文件的压缩包（.zip，其中每家申报单位都会收下），也可以打开之前导出的汇总文件。</span>
        <span className="save-state" role="status">
          {saveStateText(saved, '导出汇总文件')}
        </span>
      </div>

      {/* Present before its first notice, which is then read out (see DossierEditor); an error is an alert. */}
      <div className="notice-slot" role={notice?.tone === 'error' ? 'alert' : 'status'}>
      {notice && (
        <div className={`notice notice-${notice.tone}`}>
          <p>{notice.text}</p>
          {notice.warnings?.map((w) => (
            <div key={w.heading} className="inclusion-warning">
              <p>{w.heading}</p>
              <ul>
                {w.applicants.map((a, i) => (
                  <li key={i}>
                    {a.name}：{a.lines.length === 1 ? a.lines[0] : <ul>{a.lines.map((l) => <li key={l}>{l}</li>)}</ul>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      </div>
      {lines.length > 0 && (
        <ul className="collect-lines" id={COLLECT_LINES_ID} tabIndex={-1} aria-label="文件处理结果">
          {lines.map((l, i) => (
            <li key={i} className={`collect-${l.status}`}>
              {l.status === 'added' && `✓ 已收集：${l.name}（${l.file}）`}
              {l.status === 'duplicate' && `! 重复：${l.name}（${l.file}）与已收集的材料是同一申报单位，请在下方选择保留哪一份。`}
              {l.status === 'same' && `= 已收过：${l.name}（${l.file}）与已收集的材料内容完全相同，不重复收集。`}
              {l.status === 'settled' && `✓ 重复已处理：${l.name}（${l.file}）${l.kept === 'incoming' ? '已改用这份新收到的材料。' : '保留了先收集的材料。'}`}
              {l.status === 'refused' && `✗ ${l.file}：${l.message}`}
            </li>
          ))}
        </ul>
      )}
      {conflicts.map((c) => {
        return (
          <div key={`${c.identity}-${c.incoming.fileName}`} className="notice notice-warn conflict">
            <p>{conflictQuestion(desk, c)}</p>
            <button type="button" disabled={readOnly} onClick={() => settle(c, 'existing')}>
              保留原有的
            </button>{' '}
            <button type="button" disabled={readOnly} onClick={() => settle(c, 'incoming')}>
              改用新收到的
            </button>
          </div>
        );
      })}

      {/* A tab that only shows the collection (another tab edits it) cannot change anything below; nor
          can anyone before the saved collection is read, which would replace what was chosen. */}
      <fieldset className="plain" disabled={readOnly || !loaded}>
      <div className={`field${cityError && showAll ? ' has-error' : ''}`} data-path="city">
        <label htmlFor="desk-city" className="is-required">
          市（州）
        </label>
        <select
          id="desk-city"
          value={desk.city}
          aria-required="true"
          aria-invalid={!!(cityError && showAll)}
          aria-describedby={cityError && showAll ? 'desk-city-error' : undefined}
          onChange={(e) => setDesk((d) => ({ ...d, city: e.target.value }))}
        >
          <option value="">请选择</option>
          {SICHUAN.map((c) => (
            <option key={c.name}>{c.name}</option>
          ))}
        </select>
        <p className="error" id="desk-city-error" role="status" aria-live="polite">
          {cityError && showAll ? cityError.message : ''}
        </p>
      </div>
      {/* A name over its limit is said at once, as the forms' fields do: 附件5 and 6 print it in their heading. */}
      <div className={`field${departmentError ? ' has-error' : ''}`} data-path="department">
        <label htmlFor="desk-department">市（州）中小企业主管部门名称（可不填，留空则在“（盖章）”前留白）</label>
        <input
          id="desk-department"
          type="text"
          value={desk.department ?? ''}
          aria-invalid={!!departmentError}
          aria-describedby={departmentError ? 'desk-department-error' : undefined}
          onChange={(e) => setDesk((d) => ({ ...d, department: e.target.value }))}
        />
        <p className="error" id="desk-department-error" role="status" aria-live="polite">
          {departmentError?.message ?? ''}
        </p>
      </div>

      {/* An empty desk needs no rules to say so: shown from the first paint, it does not push the buttons below down when they arrive. */}
      {reviews || desk.entries.length === 0 ? (
        <DeskReviewTable entries={desk.entries} city={desk.city} reviews={reviews ?? []} onMove={move} onRemove={remove} onView={setViewing} />
      ) : (
        <p className="loading">正在载入检查规则…</p>
      )}
      <p className="table-status" role="status" aria-live="polite">
        {rowStatus}
      </p>
      {viewing !== null && desk.entries[viewing] && (
        <ApplicantViewer entry={desk.entries[viewing]!} name={names[viewing]!} onClose={() => closeViewer(viewing)} />
      )}

      <DeskOwnInputs
        entries={desk.entries}
        names={names}
        city={desk.city}
        errors={errors}
        showAll={showAll}
        onChange={changeOwn}
      />

      </fieldset>

      <div className="download-bar">
        {SUMMARIES.map((s) => (
          <button key={s.id} type="button" disabled={!loaded} aria-disabled={busy || undefined} onClick={() => !busy && void download(s.id)}>
            下载{s.number}（{s.format === 'xlsx' ? 'Excel' : 'Word'}）
          </button>
        ))}
        <button type="button" className="primary" disabled={!loaded} aria-disabled={busy || undefined} onClick={() => !busy && void download('all')}>
          全部下载（zip）
        </button>
        <button type="button" disabled={!loaded} aria-disabled={busy || undefined} onClick={() => !busy && void download('desk', true)}>
          导出汇总文件
        </button>
        {pending && (
          <button type="button" onClick={() => void download(pending, true)}>
            仍然下载（未填的项留空，有误的项照所填内容）
          </button>
        )}
        {busy && (
          <span className="progress" role="status" data-testid="download-progress">
            {/* Without a count the bar is indeterminate: it says work is going on, not how much is left. */}
            <progress value={progress?.done} max={progress?.total ?? 1} aria-label="生成进度" /> {progress?.label ?? '正在生成…'}
          </span>
        )}
      </div>
      <p className="privacy-note">收集的材料只保存在您的浏览器中，不会上传到任何服务器。</p>
    </div>
  );
}
