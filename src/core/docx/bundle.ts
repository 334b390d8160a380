/**
 * A 压缩包 of answers: an applicant's own 全部下载 bundle (its answer file beside documents that
 * carry the same answers), or a zip of many applicants' files put together by whoever sends them on.
 * Every applicant in it is found, each once; an entry that cannot be read is named with the reason,
 * and does not stop the others.
 */
import type PizZip from 'pizzip';
import { MAX_ANSWER_FILE_BYTES, parseAnswerBytes, type AnswerFile } from '../answer-file.ts';
import { FileError, ProgramError } from '../errors.ts';
import { claimedSize, inflateEntry, MAX_DOCX_BYTES } from './archive.ts';

/** Inflated in all: well past a city's answer files and documents, well short of what stalls a page. */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;

export interface BundleAnswers {
  /** Each set of answers once, from the entry it was read from first (an answer file before documents). */
  found: { entry: string; answers: AnswerFile }[];
  /** Entries that should have held answers but could not be read, and why. */
  unread: { entry: string; message: string }[];
}

/** Entry names as shown: no control characters, and a path of any length cut to what a line can hold. */
export function shownEntry(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > 80 ? `${clean.slice(0, 38)}…${clean.slice(-38)}` : clean;
}

// Finder adds a resource fork "__MACOSX/._name.json" beside each file: not the sender's file at all.
const isJunk = (name: string) => /(^|\/)__MACOSX\//.test(name) || /(^|\/)\._[^/]*$/.test(name);
// Nothing is ever written out, but a name leaving the archive is no name a sender's tool would make.
const leaves = (name: string) => /^[/\\]|^[a-z]:/i.test(name) || name.split(/[/\\]/).includes('..');

const kindOf = (name: string): 'json' | 'docx' | 'zip' | undefined => /\.(json|docx|zip)$/i.exec(name)?.[1]?.toLowerCase() as 'json' | 'docx' | 'zip' | undefined;

function tooLarge(kind: 'json' | 'docx', size: number): string {
  const mb = size === Number.POSITIVE_INFINITY ? '大小不明' : `${(size / 1024 / 1024).toFixed(1)} MB`;
  const limit = kind === 'json' ? `答案文件不会超过${MAX_ANSWER_FILE_BYTES / 1024 / 1024} MB` : `本站生成的 Word 文档不会超过${MAX_DOCX_BYTES / 1024 / 1024} MB`;
  return `文件过大（解压后${mb}），${limit}，没有解压。`;
}

/**
 * The answers in a zip that is no Word document. `readDocx` reads a .docx entry: it is embed.ts's
 * own reader, passed in because that module sends such zips here.
 */
export function readBundle(zip: PizZip, readDocx: (bytes: Uint8Array) => AnswerFile): BundleAnswers {
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && !isJunk(n) && kindOf(n));
  // The answer file first: the line then names the file the applicant exported, not one of its documents.
  const ordered = [...names.filter((n) => kindOf(n) === 'json'), ...names.filter((n) => kindOf(n) !== 'json')];
  const found: BundleAnswers['found'] = [];
  const unread: BundleAnswers['unread'] = [];
  const seen = new Set<string>();
  let inflated = 0;
  for (const [i, name] of ordered.entries()) {
    const entry = shownEntry(name);
    const kind = kindOf(name)!;
    if (leaves(name)) {
      unread.push({ entry, message: '路径含“..”或以“/”开头，指向压缩包以外，不是正常的压缩包，没有读取。' });
      continue;
    }
    if (kind === 'zip') {
      unread.push({ entry, message: '压缩包里的压缩包不会展开。请先解压，再选择其中的文件。' });
      continue;
    }
    const size = claimedSize(zip, name);
    if (size > (kind === 'json' ? MAX_ANSWER_FILE_BYTES : MAX_DOCX_BYTES)) {
      unread.push({ entry, message: tooLarge(kind, size) });
      continue;
    }
    if (inflated + size > MAX_BUNDLE_BYTES) {
      const left = ordered.length - i;
      unread.push({ entry, message: `压缩包解压后超过${MAX_BUNDLE_BYTES / 1024 / 1024} MB，从这个文件起的 ${left} 个文件没有读取。请分成几个较小的压缩包。` });
      break;
    }
    inflated += size;
    let answers: AnswerFile;
    try {
      // zip.files, not zip.file(): that one filters every entry on each call, minutes for a few thousand.
      const limit = kind === 'json' ? MAX_ANSWER_FILE_BYTES : MAX_DOCX_BYTES;
      const bytes = inflateEntry(zip, name, limit, `解压后远大于压缩包所记的大小（超过${limit / 1024 / 1024} MB），不是正常的文件，没有读取。`);
      // What it really took, not what it claimed, counts toward the bundle's ceiling.
      inflated += bytes.length - size;
      answers = kind === 'json' ? parseAnswerBytes(bytes) : readDocx(bytes);
    } catch (error) {
      if (error instanceof ProgramError) throw error;
      unread.push({ entry, message: error instanceof FileError ? error.message : `无法读取：${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    // One applicant's documents carry the answers of its answer file: counted once.
    const key = `${answers.kind}\u0000${JSON.stringify(answers.data)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ entry, answers });
  }
  return { found, unread };
}

export const NO_ANSWERS_IN_ZIP = '这个压缩包里没有本站的答案文件或本站生成的 Word 文档。请选择“导出答案文件”保存的 .json 文件、本站生成的 Word 文档，或“全部下载”的压缩包。';

/** The one applicant a page importing a single dossier can take from a bundle; FileError otherwise. */
export function onlyAnswers({ found, unread }: BundleAnswers): AnswerFile {
  if (found.length === 1) return found[0]!.answers;
  if (found.length > 1) {
    const list = found.slice(0, 5).map((f) => `“${f.entry}”`).join('、');
    throw new FileError(
      'F_NOT_ANSWER_FILE',
      `这个压缩包里有 ${found.length} 份不同的答案（${list}${found.length > 5 ? '等' : ''}），这里一次只能导入一份。请解压后选择其中一个文件；市（州）主管部门可在“市（州）汇总”页面一次收下整个压缩包。`,
    );
  }
  if (unread.length) throw new FileError('F_NOT_ANSWER_FILE', `压缩包中的“${unread[0]!.entry}”无法使用：${unread[0]!.message}`);
  throw new FileError('F_NOT_ANSWER_FILE', NO_ANSWERS_IN_ZIP);
}
