/**
 * The two standard formats our schemas name, `date` and `email`, written here rather than taken
 * from ajv-formats: its format table brings some twenty regular expressions for two (about 3 KB
 * gzip on every form page). A test holds both to ajv-formats' verdicts.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** A full date, YYYY-MM-DD, that exists on the calendar (RFC 3339 full-date). */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!);
}

// Local part: dot-separated runs of the characters RFC 5322 allows unquoted; domain: two or more
// labels of letters, digits and inner hyphens (no length limit, as ajv-formats' full format).
const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+${LABEL}$`, 'i');

export const isEmail = (text: string): boolean => EMAIL.test(text);

/**
 * A date on the forms: a full date in the years 1900 to 2099. A date input lets the year run to
 * six digits, so 0001-01-01 or 9999-12-31 passed and was printed as "1年1月1日".
 */
export const isFormDate = (text: string): boolean => isDate(text) && /^(19|20)\d{2}-/.test(text);
