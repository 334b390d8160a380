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
