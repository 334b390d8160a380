/**
 * Everything that produces a file. Imported on the first click only: it
 * brings docxtemplater, pizzip and file-saver, which the page does not need
 * to show the form.
 */
import type { AnnexDefinition, ApplicantDefinition } from '../core/annexes/types.ts';
import { applyingAnnexes } from '../core/annexes/applying.ts';
import { answerFileName, makeAnswerFile, serializeAnswerFile } from '../core/answer-file.ts';
import { renderAnnexDocument } from '../core/docx/annex-document.ts';
import { compileTemplate, type CompiledTemplate } from '../core/docx/render.ts';
import { zipFiles } from '../core/docx/zip.ts';
import { annexFileName, safeFileNamePart } from '../core/file-name.ts';
import { getPath } from '../core/dossier/paths.ts';
import { ProgramError } from '../core/errors.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// Templates are served as hashed static assets; the registry only knows their file names.
const templateUrls = import.meta.glob<string>('../../templates/*.docx', { query: '?url', import: 'default', eager: true });

// A template's bytes never change while the page is open: fetched once, every later download
// starts rendering at once instead of waiting on the network stack again. A failed fetch is
// forgotten, so the next click tries again.
const templates = new Map<string, Promise<Uint8Array>>();

function loadTemplate(annex: AnnexDefinition): Promise<Uint8Array> {
  let bytes = templates.get(annex.template);
  if (!bytes) {
    bytes = fetchTemplate(annex);
    templates.set(annex.template, bytes);
    bytes.catch(() => templates.delete(annex.template));
  }
  return bytes;
}

async function fetchTemplate(annex: AnnexDefinition): Promise<Uint8Array> {
  const url = templateUrls[`../../templates/${annex.template}`];
  if (!url) throw new ProgramError('P_TEMPLATE', `找不到${annex.number}的模板文件“${annex.template}”。`);
  const response = await fetch(url);
  if (!response.ok) throw new ProgramError('P_TEMPLATE', `${annex.number}的模板下载失败（HTTP ${response.status}），请检查网络后重试。`);
  return new Uint8Array(await response.arrayBuffer());
}

// One compiled template per annex, made while the page is idle after a download: someone who has
// downloaded once usually corrects something and downloads again, and compiling is some 40% of
// making a document. A compiled template renders once, so it is taken, never shared.
const compiled = new Map<string, CompiledTemplate>();
type Idle = (callback: () => void, options?: { timeout: number }) => unknown;
const whenIdle = (callback: () => void): unknown => ((globalThis as { requestIdleCallback?: Idle }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50)))(callback, { timeout: 2000 });

async function compiledTemplate(annex: AnnexDefinition): Promise<CompiledTemplate> {
  const ready = compiled.get(annex.template);
  if (ready) {
    compiled.delete(annex.template);
    return ready;
  }
  return compileTemplate(await loadTemplate(annex), annex.template);
}

/** Compiles the next render of each annex's template, one per idle moment so typing is never held up for long. */
export function prepareDownloads(annexes: readonly AnnexDefinition[], then?: () => void): void {
  const [annex, ...rest] = annexes;
  if (!annex) return then?.();
  whenIdle(() => {
    const next = () => prepareDownloads(rest, then);
    if (compiled.has(annex.template)) return next();
    loadTemplate(annex)
      .then((bytes) => compiled.set(annex.template, compileTemplate(bytes, annex.template)))
      // A template that fails here fails again, with its message, when it is really used.
      .catch(() => undefined)
      .finally(next);
  });
}

// The first document a page makes runs code the engine has not compiled yet: at 4× CPU, the first
// 全部下载 after the templates were compiled ahead still took up to twice as long as the next ones,
// most of it in the largest annex. A rehearsal, while the page is idle, runs that code: the dossier
// of the moment through each annex's template and into a zip, thrown away, one annex per idle
// moment. After a real download there is nothing left to rehearse.
let rehearsalStarted = false;
let madeForReal = false;
let rehearsals = 0;

function rehearse(annexes: readonly AnnexDefinition[], dossier: () => unknown): void {
  const [annex, ...rest] = annexes;
  if (madeForReal || !annex) return;
  whenIdle(() => {
    if (madeForReal) return;
    loadTemplate(annex)
      .then((bytes) => {
        zipFiles([{ name: annex.template, bytes: renderAnnexDocument(annex, compileTemplate(bytes, annex.template), dossier()) }]);
        rehearsals++;
      })
      // Nothing is lost: the real download does the same work and reports what fails.
      .catch(() => undefined)
      .finally(() => rehearse(rest, dossier));
  });
}

/**
 * Gets the first download ready ahead of the click (src/browser/download-warmup.ts): every annex's
 * template fetched and compiled, then one rehearsal of each annex.
 */
export function getDownloadsReady(annexes: readonly AnnexDefinition[], dossier: () => unknown): void {
  prepareDownloads(annexes, () => {
    if (rehearsalStarted) return;
    rehearsalStarted = true;
    rehearse(annexes, dossier);
  });
}

export async function buildAnnex(annex: AnnexDefinition, dossier: unknown): Promise<{ name: string; bytes: Uint8Array }> {
  const bytes = renderAnnexDocument(annex, await compiledTemplate(annex), dossier);
  madeForReal = true;
  // Not before the file is handed over: FileSaver clicks its link in a timer of its own, and a
  // compile that slipped in between (some 60 ms at 4× CPU) made the download wait for it.
  setTimeout(() => prepareDownloads([annex]), 0);
  return { name: annexFileName(annex, dossier), bytes };
}

/** How many annexes the page has rehearsed (for tests of the warm-up). */
export const rehearsalsMade = (): number => rehearsals;

/** How many annexes have a compiled template waiting (for tests of the idle preparation). */
export const compiledWaiting = (): number => compiled.size;

/** A finished file, not yet handed to the browser (saveFile): the page clears its busy mark first. */
export interface MadeFile {
  name: string;
  blob: Blob;
}

export { saveFile } from './save-file.ts';

export async function makeAnnexFile(annex: AnnexDefinition, dossier: unknown): Promise<MadeFile> {
  const { name, bytes } = await buildAnnex(annex, dossier);
  return { name, blob: new Blob([bytes as BlobPart], { type: DOCX }) };
}

/** 全部下载: every annex of the applicant plus the answer file, in one zip. */
export async function makeZip(applicant: ApplicantDefinition, namePath: string, dossier: Record<string, unknown>): Promise<MadeFile> {
  const files = await Promise.all(applyingAnnexes(applicant, dossier).map((a) => buildAnnex(a, dossier)));
  const answers = makeAnswerFile(applicant.kind, dossier);
  const name = getPath(dossier, namePath);
  files.push({ name: answerFileName(answers, name), bytes: new TextEncoder().encode(serializeAnswerFile(answers)) });
  const zipName = `${safeFileNamePart(typeof name === 'string' ? name : '') || '申报材料'}-申报材料.zip`;
  return { name: zipName, blob: new Blob([zipFiles(files) as BlobPart], { type: 'application/zip' }) };
}
