/**
 * The 市（州） desk: the applicants' files an authority has collected, in its chosen order, and
 * the few values the summaries need that only the authority knows. The applicants' answers are
 * kept exactly as received; nothing here edits them.
 */
import type { ApplicantKind } from '../annexes/types.ts';
import { getPath } from '../dossier/paths.ts';
import { FileError } from '../errors.ts';
import { SICHUAN } from '../reference/sichuan.ts';
import { isPlainObject, JsonTooDeepError, parseUntrustedJson } from '../util/objects.ts';

export const DESK_FORMAT = 'zjtx-city';
export const DESK_FORMAT_VERSION = 1;
/** A desk holds dozens of dossiers of a few KB each; 20 MB is far above that and far below trouble. */
export const MAX_DESK_FILE_BYTES = 20 * 1024 * 1024;

export interface EnterpriseOwn {
  batch?: string;
  district?: string;
  note?: string;
}
export interface PlatformOwn {
  services?: string;
}

export interface DeskEntry {
  kind: ApplicantKind;
  fileName: string;
  receivedAt: string;
  /**
   * When the applicant saved these answers: the answer file's own time (its export, or for a Word
   * document its generation). Two files of one applicant are told apart by it, not by the order
   * they arrived in. Absent when the file gave none, and in desks collected before it was kept.
   */
  savedAt?: string;
  data: Record<string, unknown>;
  own: EnterpriseOwn & PlatformOwn;
}

/** The same applicant twice: the authority chooses which file to keep. */
export interface Conflict {
  identity: string;
  incoming: DeskEntry;
}

export interface CityDesk {
  city: string;
  /** The department's name before （盖章）; blank leaves the line for the stamp. */
  department?: string;
  entries: DeskEntry[];
  /**
   * Files for applicants already collected, until the authority chooses which to keep. They are
   * kept with the desk, so a reload or a saved 汇总文件 still asks: until answered, the newer
   * file is held nowhere else.
   */
  conflicts?: Conflict[];
}

export const emptyDesk = (): CityDesk => ({ city: '', department: '', entries: [] });

const NAME_PATH: Record<ApplicantKind, string> = { enterprise: 'company.name', platform: 'platform.name' };

export const entryName = (entry: Pick<DeskEntry, 'kind' | 'data'>): string => {
  const name = getPath(entry.data, NAME_PATH[entry.kind]);
  return typeof name === 'string' ? name.trim() : '';
};


export const entryCreditCode = (entry: Pick<DeskEntry, 'kind' | 'data'>): string | undefined => {
  const code = entry.kind === 'enterprise' ? getPath(entry.data, 'company.creditCode') : undefined;
  return typeof code === 'string' && code.trim() ? code.trim().toUpperCase() : undefined;
};

/**
 * Who an entry is: an enterprise by its 统一社会信用代码; a platform, whose forms carry no such
 * code, by its name (which must match the published one). Two files with one identity are the
 * same applicant sent twice.
 */
export function entryIdentity(entry: Pick<DeskEntry, 'kind' | 'data'>): string | undefined {
  const code = entryCreditCode(entry);
  if (code) return `code:${code}`;
  const name = entryName(entry).replace(/\s+/g, '');
  return name ? `${entry.kind}:${name}` : undefined;
}

/**
 * Each entry's 序号 in the summary that lists it: 附件5 and 附件7 number the enterprises 1–N and
 * 附件6 the platforms 1–M, each in the desk's order. The page shows these, not a count over both
 * kinds, which gave a platform a number no summary prints.
 */
export function summaryNumbers(entries: readonly Pick<DeskEntry, 'kind'>[]): number[] {
  const counts: Record<ApplicantKind, number> = { enterprise: 0, platform: 0 };
  return entries.map((e) => ++counts[e.kind]);
}

/** What the authority would type anyway, taken from the applicant's own answers. */
export function defaultOwn(kind: ApplicantKind, data: Record<string, unknown>): EnterpriseOwn & PlatformOwn {
  if (kind === 'enterprise') {
    const batch = getPath(data, 'status.batch');
    return { batch: typeof batch === 'string' && ['第一批', '第二批', '第三批（公示名单）'].includes(batch) ? batch : undefined, district: '', note: '' };
  }
  const services = getPath(data, 'capacity.services.2020.content');
  return { services: typeof services === 'string' ? services : '' };
}

export function serializeDesk(desk: CityDesk, now = new Date()): string {
  return `${JSON.stringify({ format: DESK_FORMAT, formatVersion: DESK_FORMAT_VERSION, savedAt: now.toISOString(), ...desk }, null, 2)}\n`;
}

const isEntry = (e: unknown): e is DeskEntry =>
  isPlainObject(e) && (e.kind === 'enterprise' || e.kind === 'platform') && isPlainObject(e.data) && typeof e.fileName === 'string';

const isConflict = (c: unknown): c is Conflict => isPlainObject(c) && typeof c.identity === 'string' && isEntry(c.incoming);

const readEntry = (e: DeskEntry): DeskEntry => ({
  kind: e.kind,
  fileName: e.fileName,
  receivedAt: typeof e.receivedAt === 'string' ? e.receivedAt : '',
  ...(typeof e.savedAt === 'string' && e.savedAt ? { savedAt: e.savedAt } : {}),
  data: e.data,
  own: isPlainObject(e.own) ? (e.own as DeskEntry['own']) : defaultOwn(e.kind, e.data),
});

/** Reads a saved desk (a draft or an exported 汇总文件). Throws FileError; never returns half a desk. */
export function parseDesk(text: string, byteLength = text.length): CityDesk {
  if (byteLength > MAX_DESK_FILE_BYTES) throw new FileError('F_TOO_LARGE', `汇总文件过大（${(byteLength / 1024 / 1024).toFixed(1)} MB），超过20 MB的上限。`);
  let parsed: unknown;
  try {
    parsed = parseUntrustedJson(text);
  } catch (error) {
    if (error instanceof JsonTooDeepError) throw new FileError('F_TOO_DEEP', '这个文件不是汇总文件：内容的嵌套层级过深（本站导出的汇总文件只有几层），无法读取。');
    throw new FileError('F_NOT_JSON', '这个文件不是汇总文件：内容不是有效的 JSON。');
  }
  if (!isPlainObject(parsed) || parsed.format !== DESK_FORMAT) throw new FileError('F_NOT_ANSWER_FILE', '这个文件不是本站导出的市（州）汇总文件。');
  if (typeof parsed.formatVersion !== 'number' || parsed.formatVersion > DESK_FORMAT_VERSION) {
    throw new FileError('F_FUTURE_VERSION', `汇总文件来自更新版本的本站（格式版本${String(parsed.formatVersion)}），请刷新页面后重试。`);
  }
  if (!Array.isArray(parsed.entries) || !parsed.entries.every(isEntry)) throw new FileError('F_BAD_DATA', '汇总文件中的申报材料列表已损坏，无法读取。');
  const conflicts = parsed.conflicts ?? [];
  if (!Array.isArray(conflicts) || !conflicts.every(isConflict)) throw new FileError('F_BAD_DATA', '汇总文件中待确认的重复材料已损坏，无法读取。');
  const city = typeof parsed.city === 'string' && SICHUAN.some((c) => c.name === parsed.city) ? parsed.city : '';
  return {
    city,
    department: typeof parsed.department === 'string' ? parsed.department : '',
    entries: parsed.entries.map(readEntry),
    ...(conflicts.length ? { conflicts: conflicts.map((c) => ({ identity: c.identity, incoming: readEntry(c.incoming) })) } : {}),
  };
}
