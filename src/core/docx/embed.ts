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
import { claimedSize, inflateEntry, isZip, MAX_DOCX_BYTES, openZip } from './archive.ts';

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const PART_TOO_LARGE = '这个 Word 文档中的一个部件解压后远大于它所记的大小，不是正常的文档，没有读取。';
import { onlyAnswers, readBundle, type BundleAnswers } from './bundle.ts';

// The page importing one dossier reads a zip itself (readArchive), to say what it was when refusing it.
export { MAX_DOCX_BYTES, onlyAnswers };

export const ANSWERS_NAMESPACE = 'urn:zjtx:answers:v1';

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

/** The answer file inside a .docx that this site generated, or the one in a bundle; FileError with a Chinese reason otherwise. */
export const extractAnswerFile = (docx: Uint8Array): AnswerFile => {
  const read = readArchive(docx);
  return 'answers' in read ? read.answers : onlyAnswers(read.bundle);
};


/** A .docx inside a bundle: read as a document only, so a zip holding itself cannot recurse. */
function entryDocument(docx: Uint8Array): AnswerFile {
  const read = readArchive(docx, true);
  if ('answers' in read) return read.answers;
  throw new FileError('F_NOT_ANSWER_FILE', '这个文件名为 .docx，却不是 Word 文档。');
}

/**
 * What a received zip holds: the answers of a Word document, or every applicant's in a bundle
 * (readBundle). FileError when the file itself is no answers at all.
 */
export function readArchive(docx: Uint8Array, documentOnly = false): { answers: AnswerFile } | { bundle: BundleAnswers } {
  if (docx.length > MAX_DOCX_BYTES) {
    throw new FileError('F_TOO_LARGE', `文件过大（${(docx.length / 1024 / 1024).toFixed(1)} MB），本站生成的 Word 文档不会超过30 MB。`);
  }
  if (!isZip(docx)) {
    // An answer file renamed to .docx (or saved so by a mail program) is still the answers: read by its bytes, not its name.
    try {
      return { answers: parseAnswerBytes(docx) };
    } catch {
      throw new FileError('F_NOT_ANSWER_FILE', '这个文件不是 Word 文档（.docx），也不是答案文件。');
    }
  }
  const zip = openZip(docx, '这个 Word 文档已损坏，无法打开。');
  const candidates = Object.keys(zip.files).filter((name) => /^customXml\/item\d+\.xml$/.test(name));
  for (const name of candidates) {
    // Refuse to inflate a part that claims to be huge: a zip bomb must not hang the tab.
    if (claimedSize(zip, name) > MAX_ANSWER_FILE_BYTES * 2) continue;
    const xml = utf8(inflateEntry(zip, name, MAX_ANSWER_FILE_BYTES * 2, PART_TOO_LARGE));
    if (!xml.includes(ANSWERS_NAMESPACE)) continue;
    const m = /<zjtxAnswers[^>]*>([\s\S]*)<\/zjtxAnswers>/.exec(xml);
    if (!m) continue;
    return { answers: parseAnswerFile(unescapeText(m[1]!)) };
  }
  if (zip.file('xl/workbook.xml')) {
    throw new FileError('F_NOT_ANSWER_FILE', '这是 Excel 工作簿（如本站生成的附件7汇总表），其中没有申报单位的答案。请选择“导出答案文件”保存的 .json 文件或申报单位的 Word 文档。');
  }
  if (!zip.file('word/document.xml')) {
    if (documentOnly) throw new FileError('F_NOT_ANSWER_FILE', '这个文件名为 .docx，却不是 Word 文档。');
    return { bundle: readBundle(zip, entryDocument) };
  }
  // The site's 附件5 and 附件6 are Word documents of its own too, but summaries: they carry no answers.
  if (zip.files['docProps/core.xml'] && /汇总表/.test(utf8(inflateEntry(zip, 'docProps/core.xml', 1024 * 1024, PART_TOO_LARGE)))) {
    throw new FileError('F_NOT_ANSWER_FILE', '这是市（州）汇总表（附件5或附件6），其中没有申报单位的答案。请选择申报单位的答案文件（.json）或它生成的 Word 文档。');
  }
  throw new FileError('F_NOT_ANSWER_FILE', '这个 Word 文档里没有本站的答案（只有本站为申报单位生成的文档才能重新打开）。请改用“导出答案文件”保存的 .json 文件。');
}
