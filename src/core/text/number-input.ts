import { withinMagnitude } from '../formats/numbers.ts';

/** Unit words people type after a figure, longest first so 万元 is not read as 元. */
const UNIT_WORD = /(万元|平方米|台（套）|家次|万|元|人|个|项|%|％|年|家|户|场|台|套)$/;

/** Ways of writing one unit: 3000万 in a 万元 field, 12％ in a % field, 5台 in a 台（套） field. */
const SAME_UNIT: Readonly<Record<string, readonly string[]>> = {
  万元: ['万元', '万'],
  '%': ['%', '％'],
  '台（套）': ['台（套）', '台', '套'],
};

const sameUnit = (typed: string, unit: string): boolean => (SAME_UNIT[unit] ?? [unit]).includes(typed);

/**
 * Reads a number as people type it: full-width digits, thousands separators, the field's own unit
 * after it. What cannot be read is kept as typed (a string), so the user loses nothing and validation
 * names the problem. Given the field's `unit`, another unit is not dropped: "3000元" in a 万元 field
 * was stored as 3000 万元, ten thousand times the amount, without a word.
 */
export function parseNumberInput(text: string, unit?: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const read = readFigure(trimmed, unit);
  if (read === undefined) return text;
  const n = Number(read);
  // Past a trillion no figure of these forms is meant, and past 2^53 a double changes the digits
  // (12345678901234567890 came back as …567000): such a number is kept as typed, and refused.
  return withinMagnitude(n) ? n : text;
}

/** Text kept by parseNumberInput because its number is too large: said so, not "请填写数字". */
export function isTooLargeNumberText(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const read = readFigure(text.trim(), undefined);
  return read !== undefined && !withinMagnitude(Number(read));
}

/** The unit typed after a figure when it is not the field's own ("元" in a 万元 field), for the message. */
export function otherUnit(text: unknown, unit: string | undefined): string | undefined {
  if (typeof text !== 'string' || !unit) return undefined;
  const { figure, word } = splitUnit(digitsOf(text.trim()));
  return word !== undefined && !sameUnit(word, unit) && figureText(figure) !== undefined ? word : undefined;
}

const digitsOf = (text: string): string =>
  text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    // Hyphen-like signs for minus: full-width, dashes, and U+2212 as Word and Excel paste it.
    .replace(/[－—–−]/g, '-');

function splitUnit(text: string): { figure: string; word?: string } {
  const m = UNIT_WORD.exec(text);
  return m ? { figure: text.slice(0, m.index).trimEnd(), word: m[1]! } : { figure: text };
}

/**
 * The figure as plain digits, or undefined. Commas group thousands (1,200 or 1，200); any other
 * comma or a space inside the digits ("1,2", "12 34") is no figure anyone means for sure.
 */
function figureText(figure: string): string | undefined {
  const plain = /^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(figure) ? figure.replace(/[,，]/g, '') : figure;
  return /^-?\d+(\.\d+)?$/.test(plain) ? plain : undefined;
}

function readFigure(trimmed: string, unit: string | undefined): string | undefined {
  const { figure, word } = splitUnit(digitsOf(trimmed));
  if (word !== undefined && unit !== undefined && !sameUnit(word, unit)) return undefined;
  return figureText(figure);
}
