/**
 * Opening a zip someone sent us (a .docx, or a 压缩包 of answer files and documents) as the hostile
 * archive it may be: its entries are counted before PizZip lists them, a part is size-checked
 * before it is inflated, and whatever goes wrong is said in Chinese.
 */
// The very module PizZip deflates with (its flate.js): one copy of pako in the browser's generator, not two.
import pako from 'pako/dist/pako.es5.min.js';
import PizZip from 'pizzip';
import { FileError } from '../errors.ts';
import { decodeText } from '../text/decode.ts';

/** Generated documents are tens of KB; an edited one with pictures may be a few MB. */
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;

/**
 * A city's applicants, each with an answer file and a handful of documents, come to a few hundred
 * files; a zip listing far more (a zip of empty entries is tiny) would take the page minutes to read.
 */
export const MAX_ZIP_ENTRIES = 1000;

export const isZip = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * How many entries the central directory lists, counted by walking it (the count in its end record
 * may lie: PizZip reads every header it finds); stops counting past `limit`. Undefined when the
 * directory cannot be found, which PizZip then reports as damage; Infinity for ZIP64, which only
 * archives far larger than any we take need.
 */
export function entryCount(bytes: Uint8Array, limit = MAX_ZIP_ENTRIES): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const records = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (records === 0xffff || size === 0xffffffff || offset === 0xffffffff) return Number.POSITIVE_INFINITY;
  // Data prepended to the archive shifts every offset by the same amount (PizZip allows for it too).
  const at = (start: number) => start + 4 <= bytes.length && view.getUint32(start, true) === CENTRAL;
  let i = at(offset) ? offset : Math.max(0, end - size);
  let n = 0;
  while (at(i) && i + 46 <= bytes.length && n <= limit) {
    n++;
    i += 46 + view.getUint16(i + 28, true) + view.getUint16(i + 30, true) + view.getUint16(i + 32, true);
  }
  return Math.max(n, Math.min(records, limit + 1));
}

/**
 * Entry names as the sender's system wrote them: a zip made on a Chinese Windows stores GBK names
 * without saying so, which PizZip would show as mojibake in every line naming an entry.
 */
const decodeFileName = (name: Uint8Array | number[]) => {
  const bytes = name instanceof Uint8Array ? name : Uint8Array.from(name);
  return decodeText(bytes) ?? Array.from(bytes, (b) => String.fromCharCode(b)).join('');
};

/** The archive, listed but not inflated; FileError when it is damaged or lists too many entries. */
export function openZip(bytes: Uint8Array, damaged: string): PizZip {
  const count = entryCount(bytes);
  if (count !== undefined && count > MAX_ZIP_ENTRIES) {
    throw new FileError(
      'F_TOO_LARGE',
      count === Number.POSITIVE_INFINITY
        ? '这个压缩包是 ZIP64 格式（用于特大的压缩包），本站不读取。请解压后分批选择文件，或分成几个较小的压缩包。'
        : `这个压缩包里的文件超过${MAX_ZIP_ENTRIES}个，本站一次不读取这么多。请解压后分批选择文件，或分成几个较小的压缩包。`,
    );
  }
  try {
    return new PizZip(bytes, { decodeFileName });
  } catch {
    throw new FileError('F_NOT_ANSWER_FILE', damaged);
  }
}

/**
 * The size a zip entry says it inflates to. The field is unsigned, but PizZip reads it as a signed
 * number: a part of 2 GB claimed −2 147 483 535 bytes, passed a "not too large" test, and froze the
 * tab for half a minute while it inflated.
 */
export function claimedSize(zip: PizZip, name: string): number {
  const size = (zip.files[name] as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) ? size >>> 0 : Number.POSITIVE_INFINITY;
}

type Compressed = { compressionMethod?: string; getCompressedContent?: () => Uint8Array };

/**
 * An entry's bytes, inflated no further than `limit`. The size an entry claims is checked before
 * (claimedSize), but a zip bomb claims 100 bytes and inflates to 1.5 GB: PizZip then froze the tab
 * for 38 s and took 3 GB in Node. Inflated here in 64 KB steps, it stops at the first step past the
 * limit. Stored (uncompressed) entries are their own bytes.
 */
export function inflateEntry(zip: PizZip, name: string, limit: number, tooLarge: string): Uint8Array {
  const data = (zip.files[name] as unknown as { _data?: Compressed } | undefined)?._data;
  const method = data?.compressionMethod;
  if (!data?.getCompressedContent || (method !== '\x08\x00' && method !== '\x00\x00')) {
    // Not PizZip's compressed object (an entry made in memory): its bytes are already here.
    const bytes = readEntry(() => zip.files[name]!.asUint8Array());
    if (bytes.length > limit) throw new FileError('F_TOO_LARGE', tooLarge);
    return bytes;
  }
  const compressed = readEntry(() => data.getCompressedContent!());
  if (method === '\x00\x00') {
    if (compressed.length > limit) throw new FileError('F_TOO_LARGE', tooLarge);
    return compressed;
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new pako.Inflate({ raw: true, chunkSize: 64 * 1024 });
  inflater.onData = (chunk) => {
    total += chunk.length;
    if (total > limit) throw new FileError('F_TOO_LARGE', tooLarge);
    parts.push(chunk);
  };
  readEntry(() => inflater.push(compressed, true));
  if (inflater.err) readEntry(() => {
    throw new Error(inflater.msg);
  });
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Inflates an entry; a damaged one is the user's file, said in Chinese, not PizZip's English. */
export function readEntry<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError('F_NOT_ANSWER_FILE', '这个文件已损坏（压缩数据与记录的大小不符），无法读取。请重新下载或导出后再试。');
  }
}
