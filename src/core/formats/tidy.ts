/**
 * Codes and numbers as a person pastes them, made what the form asks for when the field is left:
 * full-width digits and letters (１３８…, from a Chinese input method) made half-width, spaces
 * around or inside them dropped, a credit code's letters made capitals. Each changes how the text
 * is written, never what it says; anything else about it is left for the field's message.
 */
const TIDY: Readonly<Record<string, (text: string) => string>> = {
  uscc: (t) => t.replace(/\s+/g, '').toUpperCase(),
  mobile: (t) => t.replace(/[\s-]+/g, ''),
  postcode: (t) => t.replace(/\s+/g, ''),
  productCode: (t) => t.replace(/\s+/g, ''),
  phone: (t) => t.replace(/\s+/g, ''),
  email: (t) => t.replace(/\s+/g, ''),
};

/** The text of a field of this format, tidied; the text itself for any other field. */
export function tidyFormatted(format: unknown, text: string): string {
  const tidy = typeof format === 'string' ? TIDY[format] : undefined;
  // NFKC: the compatibility forms (full-width Ａ１, ideographic space) to their plain ones.
  return tidy ? tidy(text.normalize('NFKC').trim()) : text;
}
