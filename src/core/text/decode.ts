/**
 * Text of a file a person chose, in the encoding it was saved in. The site writes UTF-8, but a
 * file opened and saved again in Notepad on a Chinese Windows is GBK (or UTF-16 when saved as
 * "Unicode"); read as UTF-8 it turned every Chinese character into "�" and was imported as if
 * nothing were wrong. Returns undefined for bytes that are no text in any of these.
 */
const decoders: [label: string, bom: number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const strict = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

export function decodeText(bytes: Uint8Array): string | undefined {
  // A byte-order mark names its encoding (and TextDecoder drops it from the text).
  for (const [label, bom] of decoders) if (bom.every((b, i) => bytes[i] === b)) return strict(label, bytes);
  // Valid UTF-8 is nearly never anything else; GB18030 is the superset of GBK and GB2312.
  return strict('utf-8', bytes) ?? strict('gb18030', bytes);
}
