/**
 * 统一社会信用代码 (GB 32100-2015).
 *
 * 18 characters: 登记管理部门码 (1) + 机构类别码 (1) + 登记管理机关行政区划码 (6)
 * + 主体标识码 (9, the GB 11714-1997 organisation code with its own check)
 * + 校验码 (1, mod 31 over the first 17).
 *
 * We explain *why* a code is wrong, not just that it is, because a clerk
 * copying from a licence needs to know whether a letter or a digit slipped.
 */

/** The 31 characters the standard allows, in value order (no I, O, S, V, Z). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccProblem =
  | { kind: 'length'; length: number }
  | { kind: 'forbidden'; char: string; position: number }
  | { kind: 'org-check'; expected: string; actual: string }
  | { kind: 'check'; expected: string; actual: string };

/** The check character for the first 17 characters (already known to be in the charset). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714-1997: letters count as A=10 … Z=35; the check is 0–9 or X (for 10). */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Returns the first problem found, or null when the code is valid. */
export function explainUscc(value: string): UsccProblem | null {
  const chars = Array.from(value);
  if (chars.length !== 18) return { kind: 'length', length: chars.length };
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(chars[i]!)) return { kind: 'forbidden', char: chars[i]!, position: i + 1 };
  }
  const org = value.slice(8, 17);
  const orgExpected = orgCodeCheckChar(org.slice(0, 8));
  if (org[8] !== orgExpected) return { kind: 'org-check', expected: orgExpected, actual: org[8]! };
  const expected = usccCheckChar(value.slice(0, 17));
  if (value[17] !== expected) return { kind: 'check', expected, actual: value[17]! };
  return null;
}

export const isUscc = (value: string): boolean => explainUscc(value) === null;

/** Chinese wording of a problem, for the message shown next to the field. */
export function usccProblemText(p: UsccProblem): string {
  switch (p.kind) {
    case 'length':
      return `统一社会信用代码应为18位，现为${p.length}位。`;
    case 'forbidden':
      return /[a-z]/.test(p.char)
        ? `第${p.position}位“${p.char}”应为大写字母。`
        : `第${p.position}位“${p.char}”不是统一社会信用代码允许的字符（只含数字和除I、O、S、V、Z以外的大写字母）。`;
    case 'org-check':
      return `第9至17位（组织机构代码）的校验位应为“${p.expected}”，现为“${p.actual}”，请核对营业执照。`;
    case 'check':
      return `最后一位校验码应为“${p.expected}”，现为“${p.actual}”，请核对营业执照。`;
  }
}
