/** Reading generated documents the way the golden and contract tests compare them: text and XML, not bytes. */
import PizZip from 'pizzip';
import { DOMParser } from '@xmldom/xmldom';

export function docxParts(bytes: Uint8Array): Map<string, string> {
  const zip = new PizZip(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) parts.set(name, zip.file(name)!.asText());
  }
  return parts;
}

/** Throws with the part name when any XML part is not well-formed. */
export function assertWellFormed(bytes: Uint8Array): void {
  for (const [name, xml] of docxParts(bytes)) {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(`${name}: ${message}`);
      },
    });
    parser.parseFromString(xml, 'text/xml');
  }
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The document body as lines: one per paragraph, with `<w:br/>` as a newline inside it. */
export function paragraphs(bytes: Uint8Array): string[] {
  const xml = docxParts(bytes).get('word/document.xml') ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1]!))).join(''),
  );
}

/**
 * The text of the footers, but for page numbers: what LibreOffice's text export leaves out, such as a
 * cover's 四川省经济和信息化厅制 (tests/documents/cover-layout.test.ts checks LibreOffice prints it).
 */
export function footerText(bytes: Uint8Array): string {
  return [...docxParts(bytes)]
    .filter(([name, xml]) => /^word\/footer[-\w]*\.xml$/.test(name) && !/ PAGE /.test(xml))
    .flatMap(([, xml]) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)))
    .join('\n');
}

/** Every `{tag}` in the document, in order. */
export const tagsOf = (bytes: Uint8Array): string[] =>
  paragraphs(bytes).flatMap((p) => [...p.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!));
