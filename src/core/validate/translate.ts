/**
 * Turns ajv's English errors into one Chinese sentence per field. Works from
 * the error alone (ajv runs with `verbose`), so JSON Forms can call it per
 * control and the export can call it for the whole dossier with the same words.
 */
import type { ErrorObject } from 'ajv';
import type { FieldError, FieldErrorId } from '../errors.ts';
import { explainUscc, usccProblemText } from '../formats/uscc.ts';
import { countCharsUpTo } from '../text/count-chars.ts';
import { isTooLargeNumberText, otherUnit } from '../text/number-input.ts';
import { schemaAtPath } from '../schema/at-path.ts';
import { isDate } from '../formats/standard.ts';
import { withinMagnitude } from '../formats/numbers.ts';
import { localToday } from '../util/today.ts';

type Schema = { [k: string]: unknown };

/** `/company/creditCode` → `company.creditCode`, as JSON Forms addresses fields. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

const isChoice = (s: Schema | undefined): boolean => !!s && (Array.isArray(s.enum) || Array.isArray(s.oneOf));

/** Quotes a user's value in a message without letting a pasted novel flood the screen. */
function quote(value: unknown): string {
  const text = Array.from(String(value));
  return `“${text.length > 20 ? text.slice(0, 20).join('') + '…' : text.join('')}”`;
}

/** A number format's message: too large first (it is no typo of decimals), then what the format asks. */
function numberFormat(format: string, value: number): { id: FieldErrorId; message: string } {
  const id: FieldErrorId = format === 'count' ? 'E_COUNT' : format.endsWith('ercent') ? 'E_PERCENT' : 'E_WANYUAN';
  if (!withinMagnitude(value)) return { id, message: '数值过大（超过1万亿），请检查是否多输了位数。' };
  if (value < 0 && format === 'wanyuan') return { id, message: '金额不能为负数。' };
  if (value < 0 && format === 'percent') return { id, message: '百分比不能为负数。' };
  const messages: Record<string, string> = {
    wanyuan: '金额以万元为单位，最多保留两位小数。',
    signedWanyuan: '金额以万元为单位，最多保留两位小数。',
    percent: '请以百分数填写（如72.5表示72.5%），最多保留两位小数。',
    signedPercent: '请以百分数填写（如-3.5表示下降3.5%），最多保留两位小数。',
    count: '应为不小于0的整数。',
  };
  return { id, message: messages[format]! };
}

/** Errors that only repeat another one: the `if` wrapper, and each failed branch of a choice list. */
export function isNoise(e: ErrorObject): boolean {
  if (e.keyword === 'if') return true;
  // A bound read from another field that holds no number ("1e400", text): that field has an error
  // of its own, and a comparison with it would quote it back ("不能大于2020年营业收入（1e400）").
  const limit = (e.params as { limit?: unknown } | undefined)?.limit;
  if (/^(exclusiveM|m)(ax|in)imum$/.test(e.keyword) && !(typeof limit === 'number' && Number.isFinite(limit))) return true;
  return /\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath);
}

function fieldSchema(e: ErrorObject, path: string, root: Schema | undefined): Schema | undefined {
  if (e.keyword === 'required') {
    const props = (e.parentSchema as Schema | undefined)?.properties as Record<string, Schema> | undefined;
    // A `required` inside `then` has no `properties` of its own: look the field up from the root.
    return props?.[(e.params as { missingProperty: string }).missingProperty] ?? schemaAtPath(root, path);
  }
  // A constraint written inside `then` has no title of its own: take the field's from the root.
  const own = e.parentSchema as Schema | undefined;
  return typeof own?.title === 'string' ? own : (schemaAtPath(root, path) ?? own);
}

/**
 * `企业简介（不超过500字，另附页无效）` → `企业简介`: the limit is already in the message. A place
 * name keeps its bracket: 市（州） and 区（县） are names, not notes.
 */
export const shortLabel = (label: string): string => (/[市区]（[州县]）$/.test(label) ? label : label.replace(/(（[^（）]*）)+$/, '') || label);

/** For a limit taken from another field (`{ "$data": "1/revenue" }`), that field's label. */
function comparedField(e: ErrorObject, root: Schema | undefined, path: string): string | undefined {
  const limit = (e.parentSchema as Schema | undefined)?.[e.keyword] as { $data?: string } | undefined;
  const m = typeof limit?.$data === 'string' ? /^1\/(.+)$/.exec(limit.$data) : null;
  if (!m) return undefined;
  const sibling = [...path.split('.').slice(0, -1), m[1]!].join('.');
  const title = schemaAtPath(root, sibling)?.title;
  return typeof title === 'string' ? shortLabel(title) : undefined;
}

function describe(e: ErrorObject, fullLabel: string, schema: Schema | undefined, root: Schema | undefined, path: string): { id: FieldErrorId; message: string } {
  const p = e.params as Record<string, unknown>;
  const label = shortLabel(fullLabel);
  switch (e.keyword) {
    case CHECK_KEYWORD:
      return { id: (p.id as FieldErrorId | undefined) ?? 'E_INVALID', message: e.message ?? `${label}的内容不符合要求。` };
    case 'required':
      return isChoice(schema)
        ? { id: 'E_REQUIRED', message: `请选择${label}。` }
        : { id: 'E_REQUIRED', message: `请填写${label}。` };
    case 'maxChars': {
      const limit = Number(e.schema);
      // Counting stops far past the limit, so a pasted novel is reported without freezing the page.
      const cap = limit + 100_000;
      const n = countCharsUpTo(String(e.data), cap);
      return n > cap
        ? // A round figure: "超过100500字" read as if the odd number meant something.
          { id: 'E_MAX_CHARS', message: `${label}不能超过${limit}字，现有超过10万字，请大幅删减。` }
        : { id: 'E_MAX_CHARS', message: `${label}不能超过${limit}字，现有${n}字，请删减${n - limit}字。` };
    }
    case 'notFuture':
      return { id: 'E_DATE', message: `${label}不能晚于今天（${localToday()}），现为${quote(e.data)}，请检查是否输错。` };
    case 'format':
      switch (p.format) {
        case 'uscc': {
          const problem = explainUscc(String(e.data));
          return { id: 'E_USCC', message: problem ? usccProblemText(problem) : '统一社会信用代码不正确。' };
        }
        case 'mobile':
          return { id: 'E_MOBILE', message: `手机号应为以1开头的11位数字，现为${quote(e.data)}。` };
        case 'productCode':
          return { id: 'E_INVALID', message: `产品类别代码应为8位或10位数字，现为${quote(e.data)}。` };
        case 'postcode':
          return { id: 'E_INVALID', message: `邮政编码应为6位数字，现为${quote(e.data)}。` };
        case 'phone':
          return { id: 'E_INVALID', message: `电话号码应写成“区号-号码”，如028-86261234，现为${quote(e.data)}。` };
        case 'email':
          return { id: 'E_INVALID', message: `电子邮件地址不正确，应形如name@example.cn，现为${quote(e.data)}。` };
        case 'yearMonth':
          return { id: 'E_DATE', message: `请按“年-月”填写，如1985-06，现为${quote(e.data)}。` };
        case 'wanyuan':
        case 'signedWanyuan':
        case 'percent':
        case 'signedPercent':
        case 'count':
          return numberFormat(String(p.format), Number(e.data));
        case 'date':
          return isDate(String(e.data))
            ? { id: 'E_DATE', message: `年份应在1900年至2099年之间，现为${quote(e.data)}，请检查是否输错。` }
            : { id: 'E_DATE', message: '请按“年-月-日”填写真实存在的日期，如2015-07-01。' };
        default:
          return { id: 'E_INVALID', message: `${label}的格式不正确。` };
      }
    case 'type': {
      const t = String(p.type);
      if (t === 'integer') return { id: 'E_TYPE', message: '请填写整数。' };
      if (t === 'number') {
        // Digits kept as typed because the figure is too large to be meant (number-input.ts).
        if (isTooLargeNumberText(e.data)) return { id: 'E_RANGE', message: '数值过大（超过1万亿），请检查是否多输了位数。' };
        // "3000元" in a 万元 field: kept as typed rather than read as 3000万元 (number-input.ts).
        const unit = typeof schema?.unit === 'string' ? schema.unit : undefined;
        const typed = otherUnit(e.data, unit);
        if (typed) return { id: 'E_TYPE', message: `本项以“${unit}”为单位，现为${quote(e.data)}，请换算成${unit}后只填数字。` };
        return { id: 'E_TYPE', message: '请填写数字。' };
      }
      if (t === 'string') return { id: 'E_TYPE', message: '请填写文字。' };
      return { id: 'E_TYPE', message: `${label}的内容类型不正确。` };
    }
    case 'enum':
    case 'const':
    case 'oneOf':
    case 'anyOf':
      return { id: 'E_CHOICE', message: `请从${label}的选项中选择，${quote(e.data)}不是可选项。` };
    case 'pattern':
      // Every text pattern we use is "\\S": something other than spaces.
      return { id: 'E_REQUIRED', message: `请填写${label}，不能只有空格。` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { id: 'E_RANGE', message: `不能小于${String(p.limit)}。` };
    case 'maximum':
    case 'exclusiveMaximum': {
      const other = comparedField(e, root, path);
      return other
        ? { id: 'E_RANGE', message: `${label}不能大于${other}（${String(p.limit)}）。` }
        : { id: 'E_RANGE', message: `${label}不能大于${String(p.limit)}。` };
    }
    default:
      return { id: 'E_INVALID', message: `${label}的内容不符合要求。` };
  }
}

/** The keyword under which cross-field check results travel through JSON Forms as ajv-shaped errors. */
export const CHECK_KEYWORD = 'zjtxCheck';

/** A core cross-field check result in the shape JSON Forms expects of `additionalErrors`. */
export function checkErrorToAjv(fe: FieldError): ErrorObject {
  return {
    instancePath: `/${fe.path.split('.').join('/')}`,
    schemaPath: `#/${CHECK_KEYWORD}`,
    keyword: CHECK_KEYWORD,
    params: { id: fe.id },
    message: fe.message,
  };
}

/**
 * The title of the nearest field holding `path`: an item of a list of choices (served.0.types.0,
 * one 服务类别 of a row) has none of its own, and its path once stood in the message instead.
 */
function titledAncestor(root: Schema | undefined, path: string): string | undefined {
  let node = root;
  let title: string | undefined;
  for (const key of path ? path.split('.') : []) {
    const items = node?.items as Schema | undefined;
    node = /^\d+$/.test(key) && items && typeof items === 'object' ? items : (node?.properties as Record<string, Schema> | undefined)?.[key];
    if (!node) break;
    if (typeof node.title === 'string') title = node.title;
  }
  return title;
}

/**
 * The row (from 1) of the table holding `path`: the index after a list of objects. A number that
 * names a property (`indicators.2019.tax`: a year) is no row, nor the place of a choice in a list
 * (`served.0.types.1` is in row 1). Without the schema, the last index before a field.
 */
function tableRow(root: Schema | undefined, path: string): number | undefined {
  if (!root) {
    const m = /\.(\d+)\.[^.]+$/.exec(path);
    return m ? Number(m[1]) + 1 : undefined;
  }
  let node: Schema | undefined = root;
  let row: number | undefined;
  const keys = path ? path.split('.') : [];
  keys.forEach((key, i) => {
    const items = node?.items as Schema | undefined;
    if (/^\d+$/.test(key) && items && typeof items === 'object') {
      // A cell: the row's own field, or a choice within it. Deeper (the desk's entries.0.own.note)
      // the list is not a table on screen, and its message says whose it is another way.
      const rest = keys.slice(i + 1);
      const cell = rest.length === 1 || (rest.length === 2 && /^\d+$/.test(rest[1]!));
      if ((items.type === 'object' || items.properties) && cell) row = Number(key) + 1;
      node = items;
    } else node = node ? (node.properties as Record<string, Schema> | undefined)?.[key] : undefined;
  });
  return row;
}

/** One ajv error → one field error, or null when the error only repeats another. */
export function translateError(e: ErrorObject, root?: Schema): FieldError | null {
  if (isNoise(e)) return null;
  const pointer =
    e.keyword === 'required' ? `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}` : e.instancePath;
  const path = pointerToPath(pointer);
  const schema = fieldSchema(e, path, root);
  const title = typeof schema?.title === 'string' ? schema.title : (titledAncestor(root, path) ?? (path || '内容'));
  const { id, message } = describe(e, title, schema, root, path);
  // A list of errors (检查与下载, the command line) must say which row of a table: 姓名（第150行）.
  // The message stays as it is: shown at the cell, its row is plain.
  const row = tableRow(root, path);
  const label = row !== undefined ? `${title}（第${row}行）` : title;
  return { id, path, label, message };
}

/** Every field path of a resolved schema, in the order the form shows them. */
export function fieldOrder(root: Schema | undefined, prefix = ''): string[] {
  const props = root?.properties as Record<string, Schema> | undefined;
  if (!props) return prefix ? [prefix] : [];
  return Object.entries(props).flatMap(([key, sub]) => fieldOrder(sub, prefix ? `${prefix}.${key}` : key));
}

/**
 * All errors of a validation run: one per field (the first, most basic one:
 * a wrong type before a format), in the order the form shows the fields.
 */
export function translateErrors(errors: readonly ErrorObject[] | null | undefined, root?: Schema): FieldError[] {
  const byPath = new Map<string, FieldError>();
  for (const e of errors ?? []) {
    const fe = translateError(e, root);
    if (fe && !byPath.has(fe.path)) byPath.set(fe.path, fe);
  }
  const rank = rankOf(root);
  return [...byPath.values()].sort((a, b) => rank(a.path) - rank(b.path));
}

const ranks = new WeakMap<object, (path: string) => number>();

/**
 * Where a path stands in the form's order: the first field that is it or lies within it, after
 * every field when none does. Indexed once per schema: searched for each comparison of the sort,
 * ordering an empty dossier's errors took a tenth of a second on a slow phone.
 */
function rankOf(root: Schema | undefined): (path: string) => number {
  const known = root && ranks.get(root);
  if (known) return known;
  const order = fieldOrder(root);
  const first = new Map<string, number>();
  order.forEach((field, i) => {
    for (let at = field.length; at > 0; at = field.lastIndexOf('.', at - 1)) {
      const within = field.slice(0, at);
      if (!first.has(within)) first.set(within, i);
    }
  });
  const rank = (path: string) => first.get(path) ?? order.length;
  if (root) ranks.set(root, rank);
  return rank;
}
