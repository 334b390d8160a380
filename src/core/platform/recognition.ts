/** The platform's 认定文件名称及文号, and the 文号 within it that 附件6 prints. */
import { displayText } from '../docx/display.ts';

/**
 * 认定文号: the 〔year〕number part of the platform's recognition document with its issuer's code
 * (工信部企业函〔2019〕296号), or all of it. A title written straight before the number, with no
 * bracket or space between, ends in 通知, 名单 or the like: the code starts after it.
 */
export function approvalNumber(recognition: unknown): string {
  const full = displayText(recognition);
  const match = findNumber(full);
  if (!match) return full;
  const code = match[1]!.replace(/^.*(?:通知|公告|决定|名单|批复|意见|的)/u, '');
  return code + match[2]!;
}

/** Is there a 文号 (〔2020〕123号, [2019]45号) in the text? */
export const hasApprovalNumber = (recognition: unknown): boolean => findNumber(displayText(recognition)) !== null;

const findNumber = (text: string) =>
  /([\p{Script=Han}A-Za-z]*)([〔[(（]\d{4}[〕\])）]\s*\d+\s*号)/u.exec(text);
