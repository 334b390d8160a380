/**
 * Dates as people write them in China and as spreadsheets copy them — 2024/5/1, 2024.5.1,
 * 2024年5月1日, 20240501, 1985.6, 1985年6月 — read as the `YYYY-MM-DD` or `YYYY-MM` the forms store.
 * A browser's date and month inputs cannot show any of these and blank them out; reading them here
 * means a pasted table or a typed date keeps what the person meant. Only whole, real dates are read:
 * anything else comes back null and stays as typed, for the field's message to name.
 */
import { isDate } from './standard.ts';

export type DatePrecision = 'date' | 'month';

const SEP = '\\s*[-./／．、年]\\s*';
const MONTH_TEXT = new RegExp(`^(\\d{4})${SEP}(\\d{1,2})\\s*月?$`);
const DATE_TEXT = new RegExp(`^(\\d{4})${SEP}(\\d{1,2})\\s*[-./／．、月]\\s*(\\d{1,2})\\s*[日号]?$`);

const two = (n: string) => n.padStart(2, '0');

/** The stored form of a written date, or null when the text is not a whole, real date of that precision. */
export function readDateText(text: string, precision: DatePrecision): string | null {
  // NFKC: full-width digits from a Chinese input method (２０２４) are digits.
  const t = text.normalize('NFKC').trim();
  if (precision === 'month') {
    const m = MONTH_TEXT.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
    if (!m) return null;
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? `${m[1]}-${two(m[2]!)}` : null;
  }
  const m = DATE_TEXT.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const iso = `${m[1]}-${two(m[2]!)}-${two(m[3]!)}`;
  return isDate(iso) ? iso : null;
}

/** The text itself when already stored form or unreadable; otherwise what it was read as. */
export const tidyDateText = (text: string, precision: DatePrecision): string => readDateText(text, precision) ?? text;
