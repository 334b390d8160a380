/**
 * The island for one applicant: its dossier, the annex forms that view it,
 * the answer file and the downloads. Everything stays in this browser.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applyingAnnexes, pendingAnnexes } from '../core/annexes/applying.ts';
import { APPLICANT_NAMES, otherApplicantFile } from '../core/annexes/applicant-names.ts';
import type { ApplicantDefinition } from '../core/annexes/types.ts';
import { repairDossier } from '../core/dossier/repair.ts';
import { getPath } from '../core/dossier/paths.ts';
import { isPlainObject } from '../core/util/objects.ts';
import { annexSchema, resolvedSchema } from '../core/annexes/schemas.ts';
import { FileError, ProgramError } from '../core/errors.ts';
import { fieldOrder } from '../core/validate/translate.ts';

import { useDossier } from './use-dossier.ts';
import { saveStateText } from './save-state.ts';
import DossierBar from './DossierBar.tsx';
import { useFileDrop } from './use-file-drop.ts';
import AnnexForm from './AnnexForm.tsx';
import EligibilityPanel from './EligibilityPanel.tsx';
import StepNav from './StepNav.tsx';
import { dossierProgress, fitProgress, uncountedProgress } from './dossier-progress.ts';
import { useSlicedProgress } from './use-sliced-progress.ts';
import { useValidators } from './use-validators.ts';
import { useAfterPaint } from './use-after-paint.ts';
import { downloadsLoaded, loadDownloads } from './download-module.ts';
import { useDownloadWarmup } from './use-download-warmup.ts';
import { warmDatesWhenIdle } from './date-warmup.ts';
import { stepOf, stepToReopen } from '../core/annexes/steps.ts';
import { REVEAL_PATH, ShowAllErrorsContext } from './renderers/field-state.ts';
import { flushPendingEdits, hasPendingEdits, heldFormData } from './form-latest.ts';
import { lazyPart } from './lazy-part.tsx';

// Shown only when asked for: they load then, not before the form's first input.
const loadingPanel = <p className="loading">正在载入…</p>;
const ReviewPanel = lazyPart(() => import('./ReviewPanel.tsx'), { loading: loadingPanel });
const DocumentPreview = lazyPart(() => import('./DocumentPreview.tsx'), { loading: loadingPanel });

/** What the page gives the island; each applicant's island adds its definition (EnterpriseEditor.tsx, PlatformEditor.tsx). */
export interface EditorProps {
  exampleUrl: string;
}

interface Props extends EditorProps {
  applicant: ApplicantDefinition;
}

/** `link`: the page to go to instead, for a file this page does not open. */
type Notice = { tone: 'info' | 'ok' | 'warn' | 'error'; text: string; detail?: string[]; link?: { href: string; text: string } };

function describeFailure(error: unknown): Notice {
  if (error instanceof FileError) return { tone: 'error', text: error.message };
  if (error instanceof ProgramError)
    return { tone: 'error', text: '生成文档时程序出错（不是您填写的问题），请将以下信息告知我们：', detail: [error.message] };
  return { tone: 'error', text: `操作失败：${error instanceof Error ? error.message : String(error)}` };
}

/** The id of the 检查与下载 tab among the annex tabs. */
const REVIEW = 'review';

export default function DossierEditor({ applicant, exampleUrl }: Props) {
  const kind = applicant.kind;

  const [data, setData] = useState<Record<string, unknown>>({});
  // Which annexes apply can depend on an answer (附件4-4 or 4-5 by 申报类别).
  // The same list object while the same annexes apply: what is computed from it (the summaries
  // below) must not be redone on every keystroke because the list was rebuilt.
  const applying = applyingAnnexes(applicant, data);
  const applyingKey = applying.map((a) => a.id).join(' ');
  const annexes = useMemo(() => applying, [kind, applyingKey]); // eslint-disable-line react-hooks/exhaustive-deps
  // Those that wait for a question still open; once it is answered, the annexes it rules out are simply not submitted.
  const pending = pendingAnnexes(applicant, data);
  const [activeId, setActiveId] = useState(annexes[0]?.id ?? '');
  const [showAll, setShowAll] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  // A download under way, whether or not it is shown yet (download()).
  const working = useRef(false);
  const [pendingDownload, setPendingDownload] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const [stepByAnnex, setStepByAnnex] = useState<Record<string, string>>({});
  const fileInput = useRef<HTMLInputElement>(null);
  // 检查与下载 is a tab of its own after the annexes; the last annex stays "active" for the download bar.
  const reviewing = activeId === REVIEW;
  const active = annexes.find((a) => a.id === activeId) ?? (reviewing ? annexes.at(-1)! : annexes[0]!);
  const namePath = active.namePath;

  const tell = useCallback((tone: 'info' | 'warn', text: string) => setNotice({ tone, text }), []);
  // A new dossier is empty: there is nothing to repair, and resolving the whole dossier's schema for
  // it (about 6 ms at 4× CPU) would only delay the form of a first visit.
  const prepare = useCallback(
    (raw: unknown) => (isPlainObject(raw) && Object.keys(raw).length > 0 ? repairDossier(resolvedSchema(applicant.dossierSchemaId), raw).data : {}),
    [applicant],
  );
  const dossier = useDossier(kind, data, setData, prepare, tell, reviewing ? REVIEW : active.id, reviewing ? undefined : stepByAnnex[active.id]);
  const { loaded, saved, readOnly } = dossier;
  // The annex validators arrive after the form accepts input; until then no error is known, and
  // whatever needs them (a download, 检查与下载) waits for them.
  const validators = useValidators([kind], loaded, (error) => setNotice(describeFailure(error)));
  const hasContent = Object.keys(data).length > 0;
  // With something to download, the generator and templates get ready in a pause, not after the click.
  const warmDownloads = useDownloadWarmup(loaded && hasContent, annexes, data);
  // Once the form shows, the date machinery gets ready for a step that asks for a date (date-warmup.ts:
  // not before the form, where it only pushed the form back).
  useEffect(() => (loaded ? warmDatesWhenIdle() : undefined), [loaded]);

  // Back to the annex, and its step, open when the dossier was last saved: once the answers are read,
  // for the step may depend on them. One they no longer show is not kept: the annex opens on its first
  // step, and would otherwise jump to the old one the moment an answer showed it again.
  const reopened = useRef(false);
  useEffect(() => {
    if (reopened.current || !dossier.record || !loaded) return;
    reopened.current = true;
    const { annex: annexId, step } = dossier.record;
    if (annexId) setActiveId(annexId);
    const annex = annexes.find((a) => a.id === annexId);
    if (annex && step && stepToReopen(annex, step, data)) setStepByAnnex({ [annex.id]: step });
  }, [dossier.record, loaded]); // eslint-disable-line react-hooks/exhaustive-deps

  // The summaries of the whole dossier follow the data a task later (use-after-paint.ts), the count
  // in slices after that (use-sliced-progress.ts). A download checks the data of the moment itself.
  const summarized = useAfterPaint(data);
  // The first count waits for the form to be on screen (see uncountedProgress).
  const counting = useAfterPaint(loaded);
  const counted = useSlicedProgress(counting, annexes, data, validators.ready);
  const progress = counted ? fitProgress(counted, annexes, active, data) : uncountedProgress(annexes, active, data);
  const activeProgress = progress.annexes.find((p) => p.annex.id === active.id)!;
  const validation = { valid: activeProgress.errors.length === 0, errors: activeProgress.errors };
  const steps = activeProgress.steps;
  const noticeBox = notice && (
    <div className={`notice notice-${notice.tone}`}>
      <p>
        {notice.text}
        {notice.link && (
          <>
            {' '}
            <a href={notice.link.href}>{notice.link.text}</a>
          </>
        )}
      </p>
      {notice.detail && <pre>{notice.detail.join('\n')}</pre>}
    </div>
  );
  const activeStep = steps.find((s) => s.step.id === stepByAnnex[active.id]) ?? steps[0];
  const stepIndex = activeStep ? steps.indexOf(activeStep) : 0;
  // 上一步 / 下一步 replace the form under the keyboard's focus (and 上一步 is then disabled on the
  // first step): focus moves to the new step's heading, so a screen reader says where it landed.
  const focusStepHeading = useRef(false);
  const turnStep = (stepId: string) => {
    focusStepHeading.current = true;
    selectStep(active.id, stepId);
  };
  useEffect(() => {
    if (!focusStepHeading.current) return;
    focusStepHeading.current = false;
    const heading = document.querySelector<HTMLElement>('.editor .form-section h2') ?? document.querySelector<HTMLElement>('.annex-title');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [activeStep?.step.id]);
  const [focusPath, setFocusPath] = useState<string | null>(null);

  const selectStep = (annexId: string, stepId: string) => setStepByAnnex((m) => ({ ...m, [annexId]: stepId }));

  /** Opens the annex and step that ask for a field and puts the cursor in it. */
  function jumpTo(path: string, annexId?: string) {
    const holds = (a: (typeof annexes)[number]) => fieldOrder(annexSchema(a)).includes(path) || !!stepOf(a, path);
    const target = annexes.find((a) => a.id === annexId) ?? (holds(active) && !reviewing ? active : annexes.find(holds));
    if (target) {
      setActiveId(target.id);
      const step = stepOf(target, path);
      if (step) selectStep(target.id, step.id);
    }
    setFocusPath(path);
  }

  // The last step's 检查与下载 replaces the form under the keyboard's focus, as 下一步 does: focus
  // goes to the review's heading once it is drawn (after the rules have loaded, on a first visit).
  const focusReview = useRef(false);
  useEffect(() => {
    if (!focusReview.current) return;
    const heading = document.getElementById('review-title');
    if (!heading) return;
    focusReview.current = false;
    heading.tabIndex = -1;
    heading.focus();
  });

  function openReview() {
    // Asking for the review is asking to see every error, not only those of fields already left.
    setShowAll(true);
    setActiveId(REVIEW);
    void validators.ensure().catch(() => undefined);
    warmDownloads();
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
        keepInSight(el);
        setFocusPath(null);
      } else if (++frame < 60) {
        // A long table renders only some rows: the one holding the field is asked for (table-cells.ts).
        document.dispatchEvent(new CustomEvent(REVEAL_PATH, { detail: focusPath }));
        handle = requestAnimationFrame(tryFocus);
      } else {
        setFocusPath(null);
      }
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [focusPath, activeId, stepByAnnex]);

  /**
   * A long table lays out the rows around a field as they render, after it was scrolled to: row
   * 180 of 200 ended below its table's box, focused but out of sight. So for a few frames the field
   * is brought back into view whenever it is not, until the rows settle or the user moves on.
   */
  function keepInSight(el: HTMLElement, frames = 30) {
    let n = 0;
    const check = () => {
      if (!el.isConnected || document.activeElement !== el) return;
      const r = el.getBoundingClientRect();
      const box = el.closest('.data-table-scroll')?.getBoundingClientRect();
      if (r.top < Math.max(0, box?.top ?? 0) || r.bottom > Math.min(innerHeight, box?.bottom ?? innerHeight)) el.scrollIntoView({ block: 'center' });
      if (++n < frames) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }

  const replaceData = (next: Record<string, unknown>, message: string) => {
    const { data: repaired, notes } = repairDossier(resolvedSchema(applicant.dossierSchemaId), next);
    setData(repaired);
    setShowAll(false);
    setPendingDownload(null);
    setNotice(notes.length ? { tone: 'warn', text: `${message}以下内容已调整，请核对：`, detail: notes } : { tone: 'ok', text: message });
  };

  // Text still being typed counts as content too; it is taken first and replaced with the rest.
  const confirmReplace = (typing = hasPendingEdits()) => {
    flushPendingEdits();
    return !(hasContent || typing) || window.confirm('这会替换当前填写的全部内容。建议先“导出答案文件”备份。确定继续吗？');
  };

  async function loadExample() {
    if (!confirmReplace()) return;
    try {
      const [response, { parseAnswerFile }] = await Promise.all([fetch(exampleUrl), import('../core/answer-file.ts')]);
      const file = parseAnswerFile(await response.text());
      replaceData(file.data, '已载入示例。示例中的企业和数据均为虚构，仅供参考。');
    } catch (error) {
      setNotice(describeFailure(error));
    }
  }

  async function importFile(file: File) {
    // A read-only tab saves nothing: an import there was shown, then lost when the tab took the dossier back.
    if (readOnly || !loaded) {
      setNotice({ tone: 'error', text: readOnly ? '本页只读（此档案正在另一个标签页中编辑），没有导入。请在那个标签页导入，或先点“在本页编辑”。' : '页面还在读取档案，请稍候再导入。' });
      return;
    }
    // Text still waiting in a field belongs to the answers being replaced: taken now, it cannot land in the new ones.
    const typing = hasPendingEdits();
    flushPendingEdits();
    try {
      // The readers (JSON, and .docx through the zip library) load when a file is first opened.
      const { readAnswers } = await import('../browser/read-answers.ts');
      const { answers: parsed, form } = await readAnswers(file);
      if (parsed.kind !== kind) {
        const page = { href: `${import.meta.env.BASE_URL}${parsed.kind}/`, text: `打开“${APPLICANT_NAMES[parsed.kind].label}”页面` };
        setNotice({ tone: 'error', text: otherApplicantFile(form, parsed.kind), link: page });
        return;
      }
      if (!confirmReplace(typing)) return;
      replaceData(parsed.data, `已导入答案文件“${file.name}”。`);
    } catch (error) {
      setNotice(describeFailure(error));
    }
  }

  /** The answers of this moment: the open form's newest, with the text its fields still hold (form-latest.ts). */
  const currentData = (): Record<string, unknown> => {
    flushPendingEdits();
    const held = heldFormData()?.data;
    return isPlainObject(held) ? held : data;
  };

  async function exportAnswers() {
    const now = currentData();
    const { downloadAnswerFile } = await import('../browser/answer-export.ts');
    const { name, bytes, tooLarge } = downloadAnswerFile(kind, namePath, now);
    dossier.markExported(now);
    setNotice(
      tooLarge
        ? {
            tone: 'warn',
            text: `已导出答案文件“${name}”，但它有 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过导入的上限 5 MB，以后无法再导入。多半是某一项粘贴了远超字数限制的文字：请按“检查与下载”列出的字数问题删减后重新导出。`,
          }
        : { tone: 'ok', text: `已导出答案文件“${name}”。请妥善保存，可随时导入继续填写。` },
    );
  }

  async function download(target: string, force = false) {
    // `annex:<id>` downloads that annex (from 检查与下载); `annex` the open one; `all` every annex.
    if (working.current) return;
    const one = target.startsWith('annex:') ? annexes.find((a) => `annex:${a.id}` === target) ?? active : active;
    try {
      await validators.ensure();
    } catch {
      return;
    }
    const now = currentData();
    const checked = dossierProgress(annexes, now);
    const problems =
      target === 'all' ? checked.annexes.reduce((n, a) => n + a.errors.length, 0) : (checked.annexes.find((a) => a.annex === one)?.errors.length ?? 0);
    if (problems > 0 && !force) {
      setShowAll(true);
      setPendingDownload(target);
      const where = target === 'all' ? '各附件' : one.number;
      setNotice({ tone: 'warn', text: `${where}还有 ${problems} 处需要填写或修改，已在表单中标出。` });
      return;
    }
    if (working.current) return;
    working.current = true;
    setPendingDownload(null);
    // Marked busy only if the work waits (for the generator's code, or a template from the network).
    // Made from parts already loaded, the document is done in one stretch, before the page could paint
    // the mark: drawing the editor for it only held the file back (some 30 ms at 4× CPU).
    const showBusy = setTimeout(() => setBusy(true), 0);
    try {
      const { makeAnnexFile, makeZip, saveFile } = downloadsLoaded() ?? (await loadDownloads());
      const file = target === 'all' ? await makeZip(applicant, namePath, now) : await makeAnnexFile(one, now);
      // Made: what is left is the browser's, and a mark drawn now would only come before the file.
      clearTimeout(showBusy);
      await saveFile(file.blob, file.name);
      setNotice({ tone: 'ok', text: `已生成“${file.name}”。` });
    } catch (error) {
      setNotice(describeFailure(error));
    } finally {
      clearTimeout(showBusy);
      working.current = false;
      setBusy(false);
    }
  }

  // One dossier per page: of several files dropped, none is taken (the first alone, said nothing of the rest).
  const { dragging, dropProps } = useFileDrop((files) =>
    files.length === 1
      ? void importFile(files[0]!)
      : setNotice({ tone: 'error', text: `一次只能导入一个答案文件，收到了${files.length}个，均未导入。请只拖入一个文件。` }),
  );

  return (
    <ShowAllErrorsContext.Provider value={showAll}>
      <div
        className={`editor${dragging ? ' dragging' : ''}`}
        // Dropping an answer file, or a .docx this site generated, anywhere on the form reopens it.
        {...dropProps}
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
            // The zip of 全部下载 too: it holds the answer file (the error message for a wrong .docx suggests it).
            accept=".json,.docx,.zip,application/json,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
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
            {saveStateText(saved, '导出答案文件')}
          </span>
        </div>

        <nav className="annex-tabs" aria-label="附件">
          {annexes.map((a) => (
            <button key={a.id} type="button" disabled={!loaded} aria-current={a.id === active.id && !reviewing ? 'page' : undefined} onClick={() => setActiveId(a.id)}>
              {a.number}
            </button>
          ))}
          <button type="button" className="review-tab" disabled={!loaded} aria-current={reviewing ? 'page' : undefined} onClick={openReview}>
            检查与下载
          </button>
          {/* Holds its place before the first count: on a phone the tabs wrap, and the form below must not move when it arrives. */}
          <span className="overall" data-testid="overall-progress" style={progress.counted ? undefined : { visibility: 'hidden' }}>
            已填写 {progress.percent}%
          </span>
        </nav>

        {pending.length > 0 && (
          <p className="help" data-testid="pending-annexes">
            另有 {pending.length} 个附件取决于您的回答（如申报类别），回答后相应的附件出现在上面的附件列表中。
          </p>
        )}

        {/* A status region is there before its first notice: one inserted with its text already in it is
            often not read out. An error is an alert, which is read however it arrives. */}
        <div className="notice-slot" role="status">
          {notice && notice.tone !== 'error' && noticeBox}
        </div>
        {notice?.tone === 'error' && <div role="alert">{noticeBox}</div>}

        {reviewing && !progress.checked ? (
          <p className="loading">正在载入检查规则…</p>
        ) : reviewing ? (
          <ReviewPanel
            applicant={applicant}
            data={data}
            progress={progress.annexes}
            percent={progress.percent}
            busy={busy || !loaded}
            onJump={jumpTo}
            onPreview={setPreviewing}
            onDownload={(t, f) => void download(t, f)}
          />
        ) : (
          <>
            <h2 className="annex-title">
              {active.number} {active.title}
            </h2>
            <p className="annex-status" data-testid="annex-status">
              {!progress.checked ? '正在载入检查规则…' : validation.valid ? '本附件已填写完整，可以下载。' : `还有 ${validation.errors.length} 处需要填写或修改。`}
            </p>

            <EligibilityPanel applicant={applicant} data={counting ? summarized : undefined} onJump={jumpTo} />
            <StepNav progress={activeProgress} counted={progress.counted} activeStep={activeStep?.step.id ?? ''} onSelect={(id) => selectStep(active.id, id)} />

            {/* Mounted after the draft is read, so the form never starts from an empty dossier and overwrites it. */}
            {loaded ? (
              <AnnexForm
                key={`${active.id}-${activeStep?.step.id}-${readOnly}`}
                annex={active}
                data={data}
                onChange={setData}
                readonly={readOnly}
                uischema={activeStep?.step.uischema}
                paths={activeStep?.step.paths}
                checked={validators.ready}
              />
            ) : (
              <p className="loading">正在读取草稿…</p>
            )}
            {/* With the form: shown before it, they would be pushed down when it arrives. */}
            {loaded && steps.length > 1 && (
              <p className="step-buttons">
                <button type="button" disabled={stepIndex === 0} onClick={() => turnStep(steps[stepIndex - 1]!.step.id)}>
                  上一步
                </button>{' '}
                {stepIndex < steps.length - 1 ? (
                  <button type="button" onClick={() => turnStep(steps[stepIndex + 1]!.step.id)}>
                    下一步：{steps[stepIndex + 1]!.step.label}
                  </button>
                ) : (
                  <button
                    type="button"
                    onClick={() => {
                      focusReview.current = true;
                      openReview();
                    }}
                  >
                    检查与下载
                  </button>
                )}
              </p>
            )}
          </>
        )}

        <div className="download-bar">
          {/* 检查与下载 has each annex's own buttons; here it keeps only the whole set. */}
          {!reviewing && (
            <>
              <button type="button" className="primary" disabled={!loaded} aria-disabled={busy || undefined} onClick={() => !busy && download('annex')} onPointerEnter={warmDownloads} onFocus={warmDownloads}>
                下载{active.number}（Word）
              </button>
              <button type="button" disabled={!loaded} aria-disabled={busy || undefined} onClick={() => !busy && setPreviewing(active.id)} onPointerEnter={warmDownloads} onFocus={warmDownloads}>
                预览{active.number}
              </button>
            </>
          )}
          {annexes.length > 1 && (
            <button type="button" disabled={!loaded} aria-disabled={busy || undefined} onClick={() => !busy && download('all')} onPointerEnter={warmDownloads} onFocus={warmDownloads}>
              全部下载（zip）
            </button>
          )}
          {pendingDownload && (
            <button type="button" onClick={() => download(pendingDownload, true)}>
              仍然下载（未填的项留空，有误的项照所填内容）
            </button>
          )}
          {busy && <span aria-live="polite">正在生成…</span>}
        </div>
        {previewing && (
          <DocumentPreview annex={annexes.find((a) => a.id === previewing) ?? active} data={data} onClose={() => setPreviewing(null)} />
        )}
        <p className="privacy-note">{applicant.label}的全部内容只保存在您的浏览器中，不会上传到任何服务器。</p>
      </div>
    </ShowAllErrorsContext.Provider>
  );
}
