/** Packs several generated files into one `.zip` (全部下载). */
import PizZip from 'pizzip';

export interface NamedFile {
  name: string;
  bytes: Uint8Array | string;
}

/** Word and Excel files are zip archives already: compressing them again costs time and saves nothing. */
const COMPRESSED = /\.(docx|xlsx|zip)$/i;

export function zipFiles(files: readonly NamedFile[]): Uint8Array {
  const zip = new PizZip();
  for (const f of files) zip.file(f.name, f.bytes, { compression: COMPRESSED.test(f.name) ? 'STORE' : 'DEFLATE' });
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
