/**
 * Files arriving at the 市（州） desk, and the summaries leaving it. Imported on first use: it
 * brings pizzip and the document code, which the page does not need to show the collection.
 */
import fileSaver from 'file-saver';
import { collect, type CollectLine, type Conflict, type IncomingFile } from '../core/city/collect.ts';
import { type CityDesk, DESK_FORMAT, MAX_DESK_FILE_BYTES, parseDesk, serializeDesk } from '../core/city/desk.ts';
import { deskFileName, summaryExtras, summaryZipName } from '../core/city/package.ts';
import { zipFiles } from '../core/docx/zip.ts';
import { renderSummary } from '../core/city/render-summary.ts';
import { SUMMARIES } from '../core/city/summaries.ts';
import { MAX_DOCX_BYTES } from '../core/docx/embed.ts';
import { ProgramError } from '../core/errors.ts';
import { saveFile } from './save-file.ts';

const templateUrls = import.meta.glob<string>('../../templates/annex[56].docx', { query: '?url', import: 'default', eager: true });

async function loadTemplates(): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const s of SUMMARIES) {
    if (s.format !== 'docx') continue;
    const url = templateUrls[`../../templates/${s.template}`];
    if (!url) throw new ProgramError('P_TEMPLATE', `找不到${s.number}的模板文件“${s.template}”。`);
    const response = await fetch(url);
    if (!response.ok) throw new ProgramError('P_TEMPLATE', `${s.number}的模板下载失败（HTTP ${response.status}），请检查网络后重试。`);
    out[s.template] = new Uint8Array(await response.arrayBuffer());
  }
  return out;
}

/** A saved collection among the dropped files, if the first bytes say so; it replaces the desk rather than joining it. */
async function asDesk(file: File): Promise<CityDesk | null> {
  if (!/\.json$/i.test(file.name) || file.size > MAX_DESK_FILE_BYTES) return null;
  const text = await file.text();
  if (!text.includes(`"${DESK_FORMAT}"`)) return null;
  return parseDesk(text, file.size);
}

export interface Received {
  desk: CityDesk;
  lines: CollectLine[];
  conflicts: Conflict[];
  /** A collection file among the files: offered to the user to open instead. */
  savedDesk?: { name: string; desk: CityDesk };
}

/** Reads the files and collects them onto `desk`. A file too large is refused before it is read. */
export async function receiveFiles(desk: CityDesk, files: readonly File[]): Promise<Received> {
  const incoming: IncomingFile[] = [];
  const early: CollectLine[] = [];
  let savedDesk: Received['savedDesk'];
  for (const file of files) {
    if (file.size > MAX_DOCX_BYTES) {
      early.push({ file: file.name, status: 'refused', message: `文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），不是本站的答案文件或文档。` });
      continue;
    }
    try {
      const saved = await asDesk(file);
      if (saved) {
        savedDesk = { name: file.name, desk: saved };
        continue;
      }
    } catch (error) {
      early.push({ file: file.name, status: 'refused', message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    incoming.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const result = collect(desk, incoming);
  return { ...result, lines: [...early, ...result.lines], savedDesk };
}

const TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What the page shows while a download is made: a step's name, and how far along when it can say. */
export type Progress = (label: string, done?: number, total?: number) => void;

// Each step is one stretch of work on the page's thread: the page paints the step's name first.
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export async function downloadSummary(id: string, desk: CityDesk, progress: Progress = () => undefined): Promise<string> {
  const summary = SUMMARIES.find((s) => s.id === id);
  if (!summary) throw new ProgramError('P_REGISTRY', `未知的汇总表：${id}`);
  const templates = summary.format === 'docx' ? await loadTemplates() : {};
  progress(`正在生成${summary.number}（${desk.entries.length} 家）…`);
  await painted();
  const { name, bytes } = renderSummary(summary, desk, summary.format === 'docx' ? templates[summary.template] : undefined);
  await saveFile(new Blob([bytes as BlobPart], { type: TYPES[summary.format] }), name);
  return name;
}

export async function downloadAllSummaries(desk: CityDesk, progress: Progress = () => undefined): Promise<string> {
  const name = summaryZipName(desk);
  const templates = await loadTemplates();
  const steps = SUMMARIES.length + 1;
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const [i, s] of SUMMARIES.entries()) {
    progress(`正在生成${s.number}（第 ${i + 1} 个，共 ${SUMMARIES.length} 个）…`, i, steps);
    await painted();
    files.push(renderSummary(s, desk, s.format === 'docx' ? templates[s.template] : undefined));
  }
  progress('正在打包…', SUMMARIES.length, steps);
  await painted();
  await saveFile(new Blob([zipFiles([...files, ...summaryExtras(desk)]) as BlobPart], { type: 'application/zip' }), name);
  return name;
}

export function exportDesk(desk: CityDesk): string {
  const name = deskFileName(desk);
  fileSaver.saveAs(new Blob([serializeDesk(desk)], { type: 'application/json' }), name);
  return name;
}
