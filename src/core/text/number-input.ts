import { withinMagnitude } from '../formats/numbers.ts';

/**
 * Reads a number as people type it: full-width digits, thousands separators,
 * a trailing unit. What cannot be read is kept as typed (a string), so the
 * user loses nothing and validation says "请填写数字".
 */
export function parseNumberInput(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normalised = normalise(trimmed);
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return text;
  const n = Number(normalised);
  // Past a trillion no figure of these forms is meant, and past 2^53 a double changes the digits
  // (12345678901234567890 came back as …567000): such a number is kept as typed, and refused.
  return withinMagnitude(n) ? n : text;
}

/** Text kept by parseNumberInput because its number is too large: said so, not "请填写数字". */
export function isTooLargeNumberText(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const normalised = normalise(text.trim());
  return /^-?\d+(\.\d+)?$/.test(normalised) && !withinMagnitude(Number(normalised));
}

const normalise = (trimmed: string): string =>
  trimmed
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[,，\s]/g, '')
    .replace(/(万元|元|人|个|项|%|％|年|家次|家|户|场|平方米|台（套）|台|套)$/, '');
