/**
 * The island for one applicant: its dossier, the annex forms that view it,
 * the answer file and the downloads. Everything stays in this browser.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { annexesFor, annexesOf, getApplicant } from '../core/annexes/registry.ts';
import type { ApplicantKind } from '../core/annexes/types.ts';
import { parseAnswerFile } from '../core/answer-file.ts';
import { readAnswers } from '../browser/read-answers.ts';
import { repairDossier } from '../core/dossier/repair.ts';
import { getPath } from '../core/dossier/paths.ts';
import { isPlainObject } from '../core/util/objects.ts';
import { annexSchema, resolvedSchema } from '../core/annexes/schemas.ts';
import { FileError, ProgramError } from '../core/errors.ts';
import { validateAnnex } from '../core/validate/validate.ts';
import { fieldOrder } from '../core/validate/translate.ts';

import { useDossier } from './use-dossier.ts';
import DossierBar from './DossierBar.tsx';
import AnnexForm from './AnnexForm.tsx';
import DocumentPreview from './DocumentPreview.tsx';
import EligibilityPanel from './EligibilityPanel.tsx';
import { ShowAllErrorsContext } from './renderers/field-state.ts';

interface Props {
  kind: ApplicantKind;
  exampleUrl: string;
}

type Notice = { tone: 'info' | 'ok' | 'warn' | 'error'; text: string; detail?: string[] };

function describeFailure(error: unknown): Notice {
  if (error instanceof FileError) return { tone: 'error', text: error.message };
  if (error instanceof ProgramError)
    return { tone: 'error', text: '生成文档时程序出错（不是您填写的问题），请将以下信息告知我们：', detail: [error.message] };
  return { tone: 'error', text: `操作失败：${error instanceof Error ? error.message : String(error)}` };
}

export default function DossierEditor({ kind, exampleUrl }: Props) {
  const applicant = getApplicant(kind);

  const [data, setData] = useState<Record<string, unknown>>({});
  // Which annexes apply can depend on an answer (附件4-4 or 4-5 by 申报类别).
  const annexes = useMemo(() => annexesFor(kind, data), [kind, data]);
  const [activeId, setActiveId] = useState(annexes[0]?.id ?? '');
  const [showAll, setShowAll] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [pendingDownload, setPendingDownload] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const active = annexes.find((a) => a.id === activeId) ?? annexes[0]!;
  const namePath = active.namePath;

  const tell = useCallback((tone: 'info' | 'warn', text: string) => setNotice({ tone, text }), []);
  const prepare = useCallback((raw: unknown) => repairDossier(resolvedSchema(applicant.dossierSchemaId), isPlainObject(raw) ? raw : {}).data, [applicant]);
  const dossier = useDossier(kind, data, setData, prepare, tell, active.id);
  const { loaded, saved, readOnly } = dossier;

  // Back to the annex that was open when the dossier was last saved.
  const reopened = useRef(false);
  useEffect(() => {
    if (reopened.current || !dossier.record) return;
    reopened.current = true;
    if (dossier.record.annex) setActiveId(dossier.record.annex);
  }, [dossier.record]);

  const validation = useMemo(() => validateAnnex(active, data), [active, data]);
  const [focusPath, setFocusPath] = useState<string | null>(null);

  /** Opens the annex that asks for a field and puts the cursor in it. */
  function jumpTo(path: string) {
    const holds = (a: (typeof annexes)[number]) => fieldOrder(annexSchema(a)).includes(path);
    const target = holds(active) ? active : annexes.find(holds);
    if (target) setActiveId(target.id);
    setFocusPath(path);
  }

  useEffect(() => {
    if (!focusPath) return;
    const id = `field-${focusPath.replace(/\./g, '-')}`;
    // JSON Forms renders a newly opened annex a frame or two later: wait for the field to exist.
    let frame = 0;
    let handle = 0;
    const tryFocus = () => {
      const el = document.getElementById(`${id}-input`) ?? document.getElementById(id)?.querySelector('input, select, textarea');
      if (el instanceof HTMLElement) {
        el.scrollIntoView({ block: 'center' });
        el.focus();
        setFocusPath(null);
      } else if (++frame < 60) {
        handle = requestAnimationFrame(tryFocus);
      } else {
        setFocusPath(null);
      }
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [focusPath, activeId]);

  const replaceData = (next: Record<string, unknown>, message: string) => {
    const { data: repaired, notes } = repairDossier(resolvedSchema(applicant.dossierSchemaId), next);
    setData(repaired);
    setShowAll(false);
    setPendingDownload(null);
    setNotice(notes.length ? { tone: 'warn', text: `${message}以下内容已调整，请核对：`, detail: notes } : { tone: 'ok', text: message });
  };

  const hasContent = Object.keys(data).length > 0;
  const confirmReplace = () => !hasContent || window.confirm('这会替换当前填写的全部内容。建议先“导出答案文件”备份。确定继续吗？');

  async function loadExample() {
    if (!confirmReplace()) return;
    try {
      const response = await fetch(exampleUrl);
      const file = parseAnswerFile(await response.text());
      replaceData(file.data, '已载入示例。示例中的企业和数据均为虚构，仅供参考。');
    } catch (error) {
      setNotice(describeFailure(error));
    }
  }

  async function importFile(file: File) {
    try {
      const parsed = await readAnswers(file);
      if (parsed.kind !== kind) {
        setNotice({ tone: 'error', text: `这是“${getApplicant(parsed.kind).label}”的答案文件，不能在本页打开。` });
        return;
      }
      if (!confirmReplace()) return;
      replaceData(parsed.data, `已导入答案文件“${file.name}”。`);
    } catch (error) {
      setNotice(describeFailure(error));
    }
  }

  async function exportAnswers() {
    const { downloadAnswerFile } = await import('../browser/answer-export.ts');
    const name = downloadAnswerFile(kind, namePath, data);
    dossier.markExported();
    setNotice({ tone: 'ok', text: `已导出答案文件“${name}”。请妥善保存，可随时导入继续填写。` });
  }

  async function download(target: 'annex' | 'all', force = false) {
    // 全部下载 checks every annex, not only the open one; counted on click, not on every keystroke.
    const problems =
      target === 'all' ? annexes.reduce((n, a) => n + (a === active ? validation.errors.length : validateAnnex(a, data).errors.length), 0) : validation.errors.length;
    if (problems > 0 && !force) {
      setShowAll(true);
      setPendingDownload(target);
      const where = target === 'all' ? '各附件' : active.number;
      setNotice({ tone: 'warn', text: `${where}还有 ${problems} 处需要填写或修改，已在表单中标出。` });
      return;
    }
    setBusy(true);
    setPendingDownload(null);
    try {
      const { downloadAnnex, downloadAll } = await import('../browser/download.ts');
      const name = target === 'all' ? await downloadAll(kind, namePath, data) : await downloadAnnex(active, data);
      setNotice({ tone: 'ok', text: `已生成“${name}”。` });
    } catch (error) {
      setNotice(describeFailure(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ShowAllErrorsContext.Provider value={showAll}>
      <div
        className={`editor${dragging ? ' dragging' : ''}`}
        // Dropping an answer file, or a .docx this site generated, anywhere on the form reopens it.
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          const file = e.dataTransfer.files[0];
          if (!file) return;
          e.preventDefault();
          setDragging(false);
          void importFile(file);
        }}
      >
        <DossierBar kind={kind} dossier={dossier} fallbackName={String(getPath(data, namePath) ?? '') || applicant.unnamed} onExport={() => void exportAnswers()} />
        <div className="toolbar" role="toolbar" aria-label="答案文件">
          {/* Disabled until hydrated and the draft is read: a click before that would be lost. */}
          <button type="button" disabled={!loaded || readOnly} onClick={loadExample}>
            载入示例
          </button>
          <button type="button" disabled={!loaded || readOnly} onClick={() => fileInput.current?.click()}>
            导入答案文件
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.docx,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            hidden
            aria-label="选择答案文件"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <button type="button" disabled={!loaded} onClick={exportAnswers}>
            导出答案文件
          </button>
          <span className="help">可导入 .json 答案文件或本站生成的 Word 文档，也可把文件拖到表单上。</span>
          <span className="save-state" aria-live="polite">
            {saved === 'saved' ? '已自动保存在本浏览器' : saved === 'failed' ? '浏览器无法保存草稿，请及时导出答案文件' : ''}
          </span>
        </div>

        {annexes.length > 1 && (
          <nav className="annex-tabs" aria-label="附件">
            {annexes.map((a) => (
              <button key={a.id} type="button" disabled={!loaded} aria-current={a.id === active.id ? 'page' : undefined} onClick={() => setActiveId(a.id)}>
                {a.number}
              </button>
            ))}
          </nav>
        )}

        {annexes.length < annexesOf(kind).length && (
          <p className="help" data-testid="pending-annexes">
            另有 {annexesOf(kind).length - annexes.length} 个附件取决于您的回答（如申报类别），回答后出现在上面的附件列表中。
          </p>
        )}

        {notice && (
          <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <p>{notice.text}</p>
            {notice.detail && <pre>{notice.detail.join('\n')}</pre>}
          </div>
        )}

        <h2 className="annex-title">
          {active.number} {active.title}
        </h2>
        <p className="annex-status" data-testid="annex-status">
          {validation.valid ? '本附件已填写完整，可以下载。' : `还有 ${validation.errors.length} 处需要填写或修改。`}
        </p>

        <EligibilityPanel kind={kind} data={data} onJump={jumpTo} />

        {/* Mounted after the draft is read, so the form never starts from an empty dossier and overwrites it. */}
        {loaded ? <AnnexForm key={`${active.id}-${readOnly}`} annex={active} data={data} onChange={setData} readonly={readOnly} /> : <p className="loading">正在读取草稿…</p>}

        <div className="download-bar">
          <button type="button" className="primary" disabled={busy || !loaded} onClick={() => download('annex')}>
            下载{active.number}（Word）
          </button>
          <button type="button" disabled={busy || !loaded} onClick={() => setPreviewing(true)}>
            预览{active.number}
          </button>
          {annexes.length > 1 && (
            <button type="button" disabled={busy || !loaded} onClick={() => download('all')}>
              全部下载（zip）
            </button>
          )}
          {pendingDownload && (
            <button type="button" onClick={() => download(pendingDownload as 'annex' | 'all', true)}>
              仍然下载（未填的项留空）
            </button>
          )}
          {busy && <span aria-live="polite">正在生成…</span>}
        </div>
        {previewing && <DocumentPreview annex={active} data={data} onClose={() => setPreviewing(false)} />}
        <p className="privacy-note">{applicant.label}的全部内容只保存在您的浏览器中，不会上传到任何服务器。</p>
      </div>
    </ShowAllErrorsContext.Provider>
  );
}
