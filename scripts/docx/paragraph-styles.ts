/**
 * Moves the formatting that the builder writes on every paragraph and run into named paragraph
 * styles. Why: the same 仿宋 五号 properties written out on each of hundreds of runs made a
 * template's document.xml three times larger than its content, and every download parses,
 * renders and compresses that XML again (docxtemplater's cost grows with its length). A clerk
 * also gets a template whose look is changed in one place, the style, as Word users expect.
 *
 * Each distinct paragraph format (its w:pPr and paragraph-mark w:rPr) becomes one style; a run
 * whose properties are the paragraph's drops them and inherits them from the style. A run with
 * other properties (an underlined fill-in line, a check box) keeps its own in full, so nothing
 * depends on how editors combine a style with partial direct formatting.
 */

export interface ParagraphStyle {
  id: string;
  name: string;
  /** w:pPr children (no w:rPr, no w:sectPr). */
  pPr: string;
  /** w:rPr children. */
  rPr: string;
}

const SIZE_NAMES: Readonly<Record<string, string>> = {
  '52': '一号',
  '48': '小一',
  '44': '二号',
  '36': '小二',
  '32': '三号',
  '30': '小三',
  '28': '四号',
  '24': '小四',
  '21': '五号',
  '18': '小五',
};
const ALIGN_NAMES: Readonly<Record<string, string>> = { left: '左对齐', center: '居中', right: '右对齐', both: '两端对齐' };

/** A name a clerk recognises in Word's style list: font, size and alignment, as 仿宋 五号 居中. */
function describe(pPr: string, rPr: string): string {
  const font = /w:eastAsia="([^"]+)"/.exec(rPr)?.[1] ?? '正文';
  const size = /<w:sz w:val="(\d+)"/.exec(rPr)?.[1];
  const align = /<w:jc w:val="(\w+)"/.exec(pPr)?.[1];
  return [
    font,
    size ? (SIZE_NAMES[size] ?? `${Number(size) / 2}磅`) : '',
    rPr.includes('<w:b/>') ? '加粗' : '',
    rPr.includes('<w:u ') ? '下划线' : '',
    align ? (ALIGN_NAMES[align] ?? '') : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** w:p elements: the builder never nests paragraphs (no text boxes), so the first </w:p> closes each. */
const PARAGRAPH = /<w:p>([\s\S]*?)<\/w:p>/g;
const PPR = /^<w:pPr>([\s\S]*?)<\/w:pPr>/;
const MARK_RPR = /<w:rPr>([\s\S]*?)<\/w:rPr>$/;

/**
 * document.xml with its paragraph formats as styles, and those styles. Throws where moving a format
 * into a style would change how a run looks (a run without properties in a paragraph whose mark
 * has some would start inheriting them), so a builder change that breaks the premise is caught
 * when the templates are built, not on paper.
 */
export function extractParagraphStyles(documentXml: string): { documentXml: string; styles: ParagraphStyle[] } {
  const byKey = new Map<string, ParagraphStyle>();
  const names = new Set<string>();
  const xml = documentXml.replace(PARAGRAPH, (whole, body: string) => {
    const p = PPR.exec(body);
    // A paragraph carrying a section's properties keeps them where Word requires them.
    if (!p || p[1]!.includes('<w:sectPr')) return whole;
    const mark = MARK_RPR.exec(p[1]!);
    const rPr = mark?.[1] ?? '';
    const pPr = mark ? p[1]!.slice(0, mark.index) : p[1]!;
    const rest = body.slice(p[0].length);
    if (rPr && /<w:r>(?!<w:rPr>)/.test(rest)) {
      throw new Error(`段落中有未设格式的文字，不能把段落格式移入样式：${whole.slice(0, 200)}`);
    }
    const key = `${pPr}|${rPr}`;
    let style = byKey.get(key);
    if (!style) {
      const base = describe(pPr, rPr);
      let name = base;
      for (let n = 2; names.has(name); n++) name = `${base} ${n}`;
      names.add(name);
      style = { id: `ZjtxP${byKey.size + 1}`, name, pPr, rPr };
      byKey.set(key, style);
    }
    const runs = rPr ? rest.split(`<w:r><w:rPr>${rPr}</w:rPr>`).join('<w:r>') : rest;
    return `<w:p><w:pPr><w:pStyle w:val="${style.id}"/></w:pPr>${runs}</w:p>`;
  });
  return { documentXml: xml, styles: [...byKey.values()] };
}

/** w:style elements for styles.xml, based on Normal. */
export function paragraphStylesXml(styles: readonly ParagraphStyle[]): string {
  return styles
    .map(
      (s) =>
        `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${s.id}"><w:name w:val="${s.name}"/><w:basedOn w:val="Normal"/>` +
        `${s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : ''}${s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : ''}</w:style>`,
    )
    .join('');
}
