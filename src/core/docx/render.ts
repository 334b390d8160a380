/**
 * Merges template data into a `.docx`. This module pulls in docxtemplater and
 * pizzip, so the browser imports it only when the user first downloads.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { ProgramError } from '../errors.ts';
import { xmlSafe } from '../text/xml-safe.ts';
import type { TemplateData } from './template-data.ts';

interface TemplateErrorDetail {
  properties?: { explanation?: string; id?: string; xtag?: string; errors?: TemplateErrorDetail[] };
  message?: string;
}

/** docxtemplater reports a broken template as one error holding many; list them all. */
function templateProblems(error: unknown): string[] {
  const e = error as TemplateErrorDetail;
  const inner = e.properties?.errors;
  const list = Array.isArray(inner) && inner.length ? inner : [e];
  return list.map((x) => {
    const tag = x.properties?.xtag ? `标签“${x.properties.xtag}”：` : '';
    return `${tag}${x.properties?.explanation ?? x.message ?? String(x)}`;
  });
}

/**
 * A template opened and compiled, ready for one render: docxtemplater renders an instance once, and
 * compiling (parsing the XML and its tags) is about 40% of making a document, so a page that expects
 * another download can compile the next one while it is idle (src/browser/download.ts).
 */
export interface CompiledTemplate {
  readonly doc: Docxtemplater;
  readonly templateName: string;
}

/** The parts docxtemplater fills in; other parts it leaves alone are kept compressed as they came. */
const FILLED_PART = /^(word\/(document|header\d*|footer\d*|footnotes|endnotes|comments|settings)\.xml|docProps\/(core|app|custom)\.xml)$/;

export function compileTemplate(template: Uint8Array, templateName = '模板'): CompiledTemplate {
  try {
    const zip = new PizZip(template);
    // Read as text by the platform's decoder: in a browser the zip library decodes UTF-8 in a JS
    // loop, the slowest part of opening a template.
    const utf8 = new TextDecoder();
    for (const name of Object.keys(zip.files)) if (FILLED_PART.test(name)) zip.file(name, utf8.decode(zip.file(name)!.asUint8Array()));
    const doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      // An unanswered field stays blank for handwriting, never the word "undefined".
      nullGetter: () => '',
    });
    return { doc, templateName };
  } catch (error) {
    throw new ProgramError('P_TEMPLATE', `模板“${templateName}”有误，无法生成文档：`, templateProblems(error));
  }
}

/** The filled-in document as an open archive, for a caller that adds parts before writing it once. */
export function renderDocxZip(template: Uint8Array | CompiledTemplate, data: TemplateData, templateName = '模板'): PizZip {
  const { doc, templateName: name } = template instanceof Uint8Array ? compileTemplate(template, templateName) : template;
  // Every value was cleaned when it was mapped (displayText); this pass guards data made any other way.
  const clean = (v: unknown): unknown =>
    typeof v === 'string' ? xmlSafe(v) : Array.isArray(v) ? v.map(clean) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)])) : v;
  try {
    doc.render(clean(data) as TemplateData);
  } catch (error) {
    throw new ProgramError('P_TEMPLATE', `模板“${name}”有误，无法生成文档：`, templateProblems(error));
  }
  return doc.getZip();
}

/**
 * The document's properties (文件 → 属性) say when it was made. They kept the template's own date,
 * the day it was built, which on a 2021 application reads as a file made after the deadline.
 */
export function stampDates(zip: PizZip, now: Date): void {
  const part = zip.file('docProps/core.xml');
  if (!part) return;
  const when = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  zip.file('docProps/core.xml', part.asText().replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${when}`));
}

/**
 * An open archive as .docx bytes. Deflate level 3, not the default 6: about a third less time
 * compressing on every download, for files some 15% larger (13 KB instead of 11 KB for 附件1).
 */
export function writeDocx(zip: PizZip): Uint8Array {
  encodeTextParts(zip);
  // The renderer adds folder entries (word/, docProps/) for the parts it writes. A package is a flat
  // set of parts; some versions of Word offer to "repair" a file holding such entries.
  // Deleted from the table, not by zip.remove(), which takes a folder's parts with it.
  for (const name of Object.keys(zip.files)) if (zip.files[name]!.dir) delete zip.files[name];
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 3 } });
}

/**
 * The parts docxtemplater wrote back are text. In a browser the zip library turns text into UTF-8
 * with its own loop, the slowest step of writing a document after compressing it; the platform's
 * encoder does it natively. (Under Node the library already uses Buffer, and the parts arrive as bytes.)
 */
function encodeTextParts(zip: PizZip): void {
  const utf8 = new TextEncoder();
  for (const [name, file] of Object.entries(zip.files)) {
    const entry = file as unknown as { dir?: boolean; _data?: unknown; options?: { binary?: boolean }; date?: Date };
    if (entry.dir || typeof entry._data !== 'string' || entry.options?.binary) continue;
    zip.file(name, utf8.encode(entry._data), { binary: true, ...(entry.date ? { date: entry.date } : {}) });
  }
}

export const renderDocx = (template: Uint8Array | CompiledTemplate, data: TemplateData, templateName = '模板'): Uint8Array => writeDocx(renderDocxZip(template, data, templateName));
