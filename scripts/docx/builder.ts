// Minimal WordprocessingML builder: pure functions returning XML strings.
// Child elements are emitted in schema order; Word rejects out-of-order markup.
import { attrs, escapeXml, mmToTwips, NS_R, NS_W, XML_DECL } from './xml.ts';

export { escapeXml, mmToTwips } from './xml.ts';
export { buildDocx, docxParts } from './package-parts.ts';
export type { DocxPartsOptions } from './package-parts.ts';

export interface RunProps {
  bold?: boolean;
  /** Font size in half-points (24 = 小四 12pt). */
  size?: number;
  /** East Asian font, e.g. 仿宋. */
  font?: string;
  /** ascii/hAnsi font; set it to the CJK font when Latin characters must not fall back. */
  latinFont?: string;
  /** Single underline, for fill-in lines. */
  underline?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'both';

export interface TabStop {
  align: 'left' | 'center' | 'right';
  /** Position in twips from the left margin. */
  pos: number;
}

export interface ParagraphOptions extends RunProps {
  align?: Align;
  /** First-line indent in hundredths of a character (200 = two characters). */
  firstLineChars?: number;
  /** Exact line spacing in twips. */
  lineExact?: number;
  /** Space before / after in twips. */
  before?: number;
  after?: number;
  keepNext?: boolean;
  /** Keep the paragraph's lines on one page (a note's last line alone on the next page). */
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  tabs?: TabStop[];
  /** Left indent and hanging indent in twips. */
  leftIndent?: number;
  hanging?: number;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;

function runProps(p: RunProps, text = ''): string {
  // The eastAsia hint makes shared characters such as “ ” and ☑ use the CJK font.
  const hint = p.font !== undefined || CJK.test(text) ? 'eastAsia' : undefined;
  const fonts =
    p.font !== undefined || p.latinFont !== undefined || hint !== undefined
      ? `<w:rFonts${attrs({
          'w:ascii': p.latinFont,
          'w:hAnsi': p.latinFont,
          'w:eastAsia': p.font,
          'w:cs': p.latinFont,
          'w:hint': hint,
        })}/>`
      : '';
  const bold = p.bold ? '<w:b/><w:bCs/>' : '';
  const size = p.size !== undefined ? `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>` : '';
  const underline = p.underline ? '<w:u w:val="single"/>' : '';
  const inner = fonts + bold + size + underline;
  return inner ? `<w:rPr>${inner}</w:rPr>` : '';
}

/** One run holding `text` in a single w:t, so a template tag is never split. */
export function run(text: string, props: RunProps = {}): string {
  return `<w:r>${runProps(props, text)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export function lineBreak(props: RunProps = {}): string {
  return `<w:r>${runProps(props)}<w:br/></w:r>`;
}

/** Tab character; underlined, it draws a fill-in line that always ends at the tab stop. */
export function tab(props: RunProps = {}): string {
  return `<w:r>${runProps(props)}<w:tab/></w:r>`;
}

function paragraphProps(o: ParagraphOptions): string {
  // In the schema's order: keepNext, keepLines, pageBreakBefore.
  const keepNext = (o.keepNext ? '<w:keepNext/>' : '') + (o.keepLines ? '<w:keepLines/>' : '') + (o.pageBreakBefore ? '<w:pageBreakBefore/>' : '');
  const tabs = o.tabs?.length
    ? `<w:tabs>${o.tabs.map((t) => `<w:tab w:val="${t.align}" w:pos="${t.pos}"/>`).join('')}</w:tabs>`
    : '';
  const spacing =
    o.before !== undefined || o.after !== undefined || o.lineExact !== undefined
      ? `<w:spacing${attrs({
          'w:before': o.before,
          'w:after': o.after,
          'w:line': o.lineExact,
          'w:lineRule': o.lineExact !== undefined ? 'exact' : undefined,
        })}/>`
      : '';
  // firstLine is the absolute fallback for readers that ignore firstLineChars.
  const ind =
    o.firstLineChars !== undefined || o.leftIndent !== undefined || o.hanging !== undefined
      ? `<w:ind${attrs({
          'w:left': o.leftIndent,
          'w:firstLineChars': o.firstLineChars,
          'w:firstLine': o.firstLineChars !== undefined ? Math.round((o.firstLineChars / 100) * (o.size ?? 24) * 10) : undefined,
          'w:hanging': o.hanging,
        })}/>`
      : '';
  const jc = o.align ? `<w:jc w:val="${o.align}"/>` : '';
  // Paragraph-mark properties keep empty paragraphs at the intended height.
  const mark = runProps(o);
  const inner = keepNext + tabs + spacing + ind + jc + mark;
  return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}

/** Paragraph from already-built runs (see `run`, `lineBreak`). */
export function paragraph(runs: string[], opts: ParagraphOptions = {}): string {
  return `<w:p>${paragraphProps(opts)}${runs.join('')}</w:p>`;
}

/** Paragraph with one run of literal text using the paragraph's run properties. */
export function textParagraph(text: string, opts: ParagraphOptions = {}): string {
  return paragraph(text ? [run(text, opts)] : [], opts);
}

export interface CellSpec {
  /** Paragraph XML; an empty cell still gets one paragraph. */
  content: string[];
  /** Number of grid columns covered (w:gridSpan). */
  span?: number;
  vMerge?: 'restart' | 'continue';
  vAlign?: 'top' | 'center' | 'bottom';
}

export interface RowSpec {
  cells: CellSpec[];
  /** Keep the row on one page. Defaults to true. */
  cantSplit?: boolean;
  /** Repeat as header row on every page. */
  header?: boolean;
  /** Minimum row height in twips. */
  minHeight?: number;
}

export interface TableSpec {
  /** Column widths in twips. */
  grid: number[];
  rows: RowSpec[];
  /** Border width in eighths of a point. */
  borderSize?: number;
  /** Left/right cell padding in twips. */
  cellMargin?: number;
}

function cellXml(c: CellSpec, width: number): string {
  const span = c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : '';
  const vMerge = c.vMerge ? `<w:vMerge${c.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : '';
  const vAlign = c.vAlign ? `<w:vAlign w:val="${c.vAlign}"/>` : '';
  const content = c.content.length > 0 ? c.content.join('') : '<w:p/>';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${vMerge}${vAlign}</w:tcPr>${content}</w:tc>`;
}

function rowXml(r: RowSpec, grid: number[], index: number): string {
  let col = 0;
  const cells = r.cells.map((c) => {
    const span = c.span ?? 1;
    const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
    col += span;
    return cellXml(c, width);
  });
  if (col !== grid.length) {
    throw new Error(`table row ${index} spans ${col} columns, grid has ${grid.length}`);
  }
  const trPr =
    (r.cantSplit ?? true ? '<w:cantSplit/>' : '') +
    (r.minHeight !== undefined ? `<w:trHeight w:val="${r.minHeight}" w:hRule="atLeast"/>` : '') +
    (r.header ? '<w:tblHeader/>' : '');
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
}

/** Fixed-layout table with full single borders. */
export function table(spec: TableSpec): string {
  const total = spec.grid.reduce((a, b) => a + b, 0);
  const b = spec.borderSize ?? 4;
  const margin = spec.cellMargin ?? 108;
  const border = (side: string) => `<w:${side} w:val="single" w:sz="${b}" w:space="0" w:color="000000"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const tblPr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${margin}" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>`;
  const grid = `<w:tblGrid>${spec.grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const rows = spec.rows.map((r, i) => rowXml(r, spec.grid, i)).join('');
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}

export interface PageOptions {
  /** Page size in twips; defaults to A4 portrait. */
  width?: number;
  height?: number;
  /** Margins in millimetres. */
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Header / footer distance from the page edge in millimetres. */
  headerMm?: number;
  footerMm?: number;
  /** Relationship id of the default footer (see `withFooter`). */
  footerId?: string;
  /** Restart page numbering at this number in this section. */
  pageNumberStart?: number;
}

export const A4 = { width: 11906, height: 16838 } as const;

/** Text width in twips between the left and right margins. */
export function textWidth(page: PageOptions): number {
  return (page.width ?? A4.width) - mmToTwips(page.marginsMm.left) - mmToTwips(page.marginsMm.right);
}

export function sectionProperties(page: PageOptions): string {
  const m = page.marginsMm;
  return (
    '<w:sectPr>' +
    (page.footerId ? `<w:footerReference w:type="default" r:id="${page.footerId}"/>` : '') +
    `<w:pgSz w:w="${page.width ?? A4.width}" w:h="${page.height ?? A4.height}"/>` +
    `<w:pgMar${attrs({
      'w:top': mmToTwips(m.top),
      'w:right': mmToTwips(m.right),
      'w:bottom': mmToTwips(m.bottom),
      'w:left': mmToTwips(m.left),
      'w:header': mmToTwips(page.headerMm ?? 15),
      'w:footer': mmToTwips(page.footerMm ?? 17.5),
      'w:gutter': 0,
    })}/>` +
    (page.pageNumberStart !== undefined ? `<w:pgNumType w:start="${page.pageNumberStart}"/>` : '') +
    `<w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>`
  );
}

/** Ends a section (and its page) inside the body; the paragraph is squeezed so it adds no visible line. */
export function sectionBreak(page: PageOptions): string {
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>${sectionProperties(page)}</w:pPr></w:p>`;
}

/** word/footer part with a centred PAGE field between dashes, as official documents number pages. */
export function pageNumberFooter(props: RunProps = {}): string {
  const field = `<w:fldSimple w:instr=" PAGE "><w:r>${runProps(props)}<w:t>1</w:t></w:r></w:fldSimple>`;
  return (
    `${XML_DECL}<w:ftr xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:p><w:pPr><w:jc w:val="center"/>${runProps(props)}</w:pPr>` +
    `${run('— ', props)}${field}${run(' —', props)}</w:p></w:ftr>`
  );
}

/** word/footer part with one centred line of text, such as a cover's 四川省经济和信息化厅制. */
export function textFooter(text: string, props: RunProps = {}): string {
  return `${XML_DECL}<w:ftr xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:p><w:pPr><w:jc w:val="center"/>${runProps(props)}</w:pPr>${run(text, props)}</w:p></w:ftr>`;
}

/**
 * Adds a footer part (word/footer1.xml unless named) to the parts from `docxParts`, with its
 * relationship `id` and content type; sections refer to it through `PageOptions.footerId`.
 */
export function withFooter(parts: Record<string, string>, footerXml: string, id = 'rIdFooter1', target = 'footer1.xml'): Record<string, string> {
  const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';
  const contentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';
  const insert = (xml: string | undefined, close: string, item: string) => {
    if (!xml?.includes(close)) throw new Error(`package part without ${close}`);
    return xml.replace(close, item + close);
  };
  return {
    ...parts,
    '[Content_Types].xml': insert(parts['[Content_Types].xml'], '</Types>', `<Override PartName="/word/${target}" ContentType="${contentType}"/>`),
    'word/_rels/document.xml.rels': insert(
      parts['word/_rels/document.xml.rels'],
      '</Relationships>',
      `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`,
    ),
    [`word/${target}`]: footerXml,
  };
}

/** word/document.xml from body blocks (paragraphs and tables) and a w:sectPr. */
export function documentXml(blocks: string[], sectPr: string): string {
  const body = [...blocks];
  // The body must end with a paragraph, never a table.
  if (body.length === 0 || body[body.length - 1]!.startsWith('<w:tbl>')) body.push('<w:p/>');
  return `${XML_DECL}<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:body>${body.join('')}${sectPr}</w:body></w:document>`;
}
