/**
 * Every generated document carries its answer file inside, as a custom XML
 * part: Word and WPS keep such parts through editing and saving, and the site
 * (and later the 市（州） desk) can reopen the dossier from the .docx alone.
 * Imports of such files treat the archive as hostile: size-checked before any
 * part is inflated, and only our one part is ever read.
 */
import PizZip from 'pizzip';
import { FileError } from '../errors.ts';
import { parseAnswerBytes, parseAnswerFile, MAX_ANSWER_FILE_BYTES, type AnswerFile } from '../answer-file.ts';
import { xmlSafeJson } from '../text/xml-safe.ts';

export const ANSWERS_NAMESPACE = 'urn:zjtx:answers:v1';
/** Generated documents are tens of KB; an edited one with pictures may be a few MB. */
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CT_CUSTOM_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeText = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A free customXml/itemN index: a document edited in Word may already hold parts of its own. */
function freeIndex(zip: PizZip): number {
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  return n;
}

/** Adds the answer file (its JSON text) to a rendered document. */
export const embedAnswerFile = (docx: Uint8Array, answerJson: string): Uint8Array =>
  addAnswerPart(new PizZip(docx), answerJson).generate({ type: 'uint8array', compression: 'DEFLATE' });

/**
 * Adds the answer file to an open document archive, which the caller writes: a document being
 * generated is compressed once, not written, read back and written again.
 */
export function addAnswerPart(zip: PizZip, answerJson: string): PizZip {
  const n = freeIndex(zip);
  zip.file(
    `customXml/item${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<zjtxAnswers xmlns="${ANSWERS_NAMESPACE}">${escapeText(xmlSafeJson(answerJson))}</zjtxAnswers>`,
  );
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{6A2F1C3E-7B4D-4E8A-9C1F-${String(n).padStart(12, '0')}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${ANSWERS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = zip.file(relsPath)?.asText() ?? '';
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="rIdZjtxAnswers${n}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`));
  const types = zip.file('[Content_Types].xml')?.asText() ?? '';
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_CUSTOM_PROPS}"/></Types>`));
  return zip;
}

/**
 * The size a zip entry says it inflates to. The field is unsigned, but PizZip reads it as a signed
 * number: a part of 2 GB claimed −2 147 483 535 bytes, passed a "not too large" test, and froze the
 * tab for half a minute while it inflated.
 */
function claimedSize(zip: PizZip, name: string): number {
  const size = (zip.files[name] as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) ? size >>> 0 : Number.POSITIVE_INFINITY;
}

/** Inflates an entry; a damaged one is the user's file, said in Chinese, not PizZip's English. */
function readEntry<T>(read: () => T): T {
  try {
    return read();
  } catch {
    throw new FileError('F_NOT_ANSWER_FILE', '这个文件已损坏（压缩数据与记录的大小不符），无法读取。请重新下载或导出后再试。');
  }
}

const isZip = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The answer file inside a .docx that this site generated; FileError with a Chinese reason otherwise. */
export function extractAnswerFile(docx: Uint8Array): AnswerFile {
  if (docx.length > MAX_DOCX_BYTES) {
    throw new FileError('F_TOO_LARGE', `文件过大（${(docx.length / 1024 / 1024).toFixed(1)} MB），本站生成的 Word 文档不会超过30 MB。`);
  }
  if (!isZip(docx)) throw new FileError('F_NOT_ANSWER_FILE', '这个文件不是 Word 文档（.docx），也不是答案文件。');
  let zip: PizZip;
  try {
    zip = new PizZip(docx);
  } catch {
    throw new FileError('F_NOT_ANSWER_FILE', '这个 Word 文档已损坏，无法打开。');
  }
  const candidates = Object.keys(zip.files).filter((name) => /^customXml\/item\d+\.xml$/.test(name));
  for (const name of candidates) {
    // Refuse to inflate a part that claims to be huge: a zip bomb must not hang the tab.
    if (claimedSize(zip, name) > MAX_ANSWER_FILE_BYTES * 2) continue;
    const xml = readEntry(() => zip.file(name)!.asText());
    if (!xml.includes(ANSWERS_NAMESPACE)) continue;
    const m = /<zjtxAnswers[^>]*>([\s\S]*)<\/zjtxAnswers>/.exec(xml);
    if (!m) continue;
    return parseAnswerFile(unescapeText(m[1]!));
  }
  if (zip.file('xl/workbook.xml')) {
    throw new FileError('F_NOT_ANSWER_FILE', '这是 Excel 工作簿（如本站生成的附件7汇总表），其中没有申报单位的答案。请选择“导出答案文件”保存的 .json 文件或申报单位的 Word 文档。');
  }
  if (!zip.file('word/document.xml')) return fromBundle(zip);
  // The site's 附件5 and 附件6 are Word documents of its own too, but summaries: they carry no answers.
  if (/汇总表/.test(readEntry(() => zip.file('docProps/core.xml')?.asText() ?? ''))) {
    throw new FileError('F_NOT_ANSWER_FILE', '这是市（州）汇总表（附件5或附件6），其中没有申报单位的答案。请选择申报单位的答案文件（.json）或它生成的 Word 文档。');
  }
  throw new FileError('F_NOT_ANSWER_FILE', '这个 Word 文档里没有本站的答案（只有本站为申报单位生成的文档才能重新打开）。请改用“导出答案文件”保存的 .json 文件。');
}

/**
 * A zip that is no Word document: the site's own 全部下载 bundle holds the answer file beside the
 * documents, and a city desk is sent such bundles. Its answer file is read; anything else in it is not.
 */
function fromBundle(zip: PizZip): AnswerFile {
  for (const name of Object.keys(zip.files).filter((n) => /\.json$/i.test(n) && !zip.files[n]!.dir)) {
    if (claimedSize(zip, name) > MAX_ANSWER_FILE_BYTES) continue;
    try {
      return parseAnswerBytes(readEntry(() => zip.file(name)!.asUint8Array()));
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
    }
  }
  throw new FileError('F_NOT_ANSWER_FILE', '这个压缩包里没有本站的答案文件。请选择“导出答案文件”保存的 .json 文件、本站生成的 Word 文档，或“全部下载”的压缩包。');
}
