/**
 * Reads a number as people type it: full-width digits, thousands separators,
 * a trailing unit. What cannot be read is kept as typed (a string), so the
 * user loses nothing and validation says "请填写数字".
 */
export function parseNumberInput(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normalised = trimmed
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[,，\s]/g, '')
    .replace(/(万元|元|人|个|项|%|％|年|家次|家|户|场|平方米|台（套）|台|套)$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return text;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : text;
}
