/** The 文号 in a platform's 认定文件名称及文号, which condition 1 looks for and 附件6 prints. */

const NUMBER = /([\p{Script=Han}A-Za-z]*)([〔[(（]\d{4}[〕\])）]\s*\d+\s*号)/u;

/**
 * 认定文号: the 〔year〕number part of the text with its issuer's code (工信部企业函〔2019〕296号),
 * or all of the text. A title written straight before the number, with no bracket or space between,
 * ends in 通知, 名单 or the like: the code starts after it.
 */
export function approvalNumber(text: string): string {
  // Every 文号 the text names, in its order: a platform recognised twice (国家级 and 省级) lists both.
  const found = [...text.matchAll(new RegExp(NUMBER.source, 'gu'))].map((m) => m[1]!.replace(/^.*(?:通知|公告|决定|名单|批复|意见|的)/u, '') + m[2]!);
  return found.length ? found.join('、') : text;
}

/** Is there a 文号 (〔2020〕123号, [2019]45号) in the text? */
export const hasApprovalNumber = (text: string): boolean => NUMBER.test(text);

/**
 * Who recognised the platform, as the text says it: condition 1 wants 工业和信息化部 (national) or
 * 四川省经济和信息化厅 (provincial); a 市（州）'s own recognition does not count. The issuer's code
 * before the number decides first (工信部企业函, 川经信企业, 成经信中小): a title may name 四川省 or
 * 国家级 and still be a city's ("四川省成都市经济和信息化局…市级…"). Without a code, the issuer's name.
 */
export type RecognitionLevel = 'national' | 'provincial' | 'local' | 'unstated';

const NATIONAL = /工业和信息化部|工信部|工信厅|国家中小企业公共服务示范平台/u;
const PROVINCIAL = /四川省经济和信息化厅|省经济和信息化厅|省经信厅|川经信|四川省中小企业公共服务示范平台/u;
/** A 市/州/县/区 bureau, or a city- or county-level recognition. */
const LOCAL = /[市州县区](?:经济和信息化|经信|工业和信息化|工信|中小企业)(?:局|委|办)|市级|县级|区级/u;

/** The issuer's code written before the 〔year〕 number, if any. */
function issuerCode(text: string): string {
  const match = NUMBER.exec(text);
  return match ? match[1]!.replace(/^.*(?:通知|公告|决定|名单|批复|意见|的)/u, '') : '';
}

export function recognitionLevel(text: string): RecognitionLevel {
  const code = issuerCode(text);
  if (/^(?:工信|工业和信息化部)/u.test(code)) return 'national';
  if (/^川/u.test(code)) return 'provincial';
  if (/经信|工信|中小/u.test(code)) return 'local';
  if (LOCAL.test(text)) return 'local';
  if (NATIONAL.test(text)) return 'national';
  if (PROVINCIAL.test(text)) return 'provincial';
  return 'unstated';
}
