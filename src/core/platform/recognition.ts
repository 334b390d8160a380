/** The 文号 in a platform's 认定文件名称及文号, which condition 1 looks for and 附件6 prints. */

const NUMBER = /([\p{Script=Han}A-Za-z]*)([〔[(（]\d{4}[〕\])）]\s*\d+\s*号)/u;

/**
 * 认定文号: the 〔year〕number part of the text with its issuer's code (工信部企业函〔2019〕296号),
 * or all of the text. A title written straight before the number, with no bracket or space between,
 * ends in 通知, 名单 or the like: the code starts after it.
 */
export function approvalNumber(text: string): string {
  const match = NUMBER.exec(text);
  if (!match) return text;
  const code = match[1]!.replace(/^.*(?:通知|公告|决定|名单|批复|意见|的)/u, '');
  return code + match[2]!;
}

/** Is there a 文号 (〔2020〕123号, [2019]45号) in the text? */
export const hasApprovalNumber = (text: string): boolean => NUMBER.test(text);

/**
 * Who recognised the platform, as the text says it: condition 1 wants 工业和信息化部 (national) or
 * 四川省经济和信息化厅 (provincial); a 市（州）'s own recognition does not count. Read from the
 * issuer's name or its code before the number (工信部企业函, 川经信企业, 成经信中小).
 */
export type RecognitionLevel = 'national' | 'provincial' | 'local' | 'unstated';

const NATIONAL = /工业和信息化部|工信部|工信厅|国家级|国家中小企业/u;
const PROVINCIAL = /四川省|省经济和信息化厅|省经信厅|川经信|省级/u;
/** A 市/州/县/区 bureau, or a code such as 成经信 or 绵经信 (川经信 is the province's, matched above). */
const LOCAL = /[市州县区](?:经济和信息化|经信|工业和信息化|工信|中小企业)(?:局|委|办)|市级|县级|[\p{Script=Han}]经信(?:中小|企业|发|函)?[〔[(（]/u;

export function recognitionLevel(text: string): RecognitionLevel {
  if (NATIONAL.test(text)) return 'national';
  if (PROVINCIAL.test(text)) return 'provincial';
  if (LOCAL.test(text)) return 'local';
  return 'unstated';
}
