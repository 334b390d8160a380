/** Turns the distinct cell styles of a workbook into `xl/styles.xml` and the `s` index of each. */
import type { CellStyle } from './workbook.ts';
import { escapeXml } from './sheet-xml.ts';

const DEFAULT_SIZE = 11;
// Custom number formats must not collide with the built-in ids 0–163.
const FIRST_CUSTOM_NUMFMT = 164;

interface Canonical {
  bold: boolean;
  // No alignment is kept apart from `left`: Excel's default puts numbers on the right.
  align: CellStyle['align'] | null;
  wrap: boolean;
  border: boolean;
  size: number;
  numberFormat: string;
}

/** A fixed shape and key order, so equal styles compare equal as strings; null for the plain style. */
function canonical(style: CellStyle | undefined): Canonical | null {
  if (!style) return null;
  const c: Canonical = {
    bold: style.bold === true,
    align: style.align ?? null,
    wrap: style.wrap === true,
    border: style.border === true,
    size: typeof style.size === 'number' && Number.isFinite(style.size) && style.size > 0 ? style.size : DEFAULT_SIZE,
    numberFormat: style.numberFormat ?? '',
  };
  const plain = !c.bold && c.align === null && !c.wrap && !c.border && c.size === DEFAULT_SIZE && !c.numberFormat;
  return plain ? null : c;
}

export class StyleTable {
  private readonly xfs = new Map<string, number>([['', 0]]);
  private readonly xfList: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fonts = new Map<string, number>();
  private readonly numFmts = new Map<string, number>();

  constructor() {
    this.font(false, DEFAULT_SIZE);
  }

  /** The `s` attribute for a style; 0 is the plain style. */
  index(style: CellStyle | undefined): number {
    const n = canonical(style);
    if (!n) return 0;
    const key = JSON.stringify(n);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;

    const fontId = this.font(n.bold, n.size);
    const borderId = n.border ? 1 : 0;
    const numFmtId = n.numberFormat ? this.numFmt(n.numberFormat) : 0;
    const attrs = [`numFmtId="${numFmtId}"`, `fontId="${fontId}"`, 'fillId="0"', `borderId="${borderId}"`, 'xfId="0"'];
    if (numFmtId) attrs.push('applyNumberFormat="1"');
    if (fontId) attrs.push('applyFont="1"');
    if (borderId) attrs.push('applyBorder="1"');
    const align: string[] = [];
    if (n.align) align.push(`horizontal="${n.align}"`);
    if (n.wrap) align.push('wrapText="1"');
    // Official tables centre header text vertically too; a merged header cell looks wrong otherwise.
    if (n.align || n.wrap) align.push('vertical="center"');
    const xf = align.length
      ? `<xf ${attrs.join(' ')} applyAlignment="1"><alignment ${align.join(' ')}/></xf>`
      : `<xf ${attrs.join(' ')}/>`;

    const id = this.xfList.length;
    this.xfList.push(xf);
    this.xfs.set(key, id);
    return id;
  }

  private font(bold: boolean, size: number): number {
    const key = `${bold}|${size}`;
    let id = this.fonts.get(key);
    if (id === undefined) {
      id = this.fonts.size;
      this.fonts.set(key, id);
    }
    return id;
  }

  private numFmt(code: string): number {
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUMFMT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  toXml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    // Child order as Excel writes it. 宋体 with the GB2312 charset makes Excel, WPS and LibreOffice choose a CJK font even where 宋体 itself is missing.
    const fonts = [...this.fonts.keys()].map((key) => {
      const [bold, size] = key.split('|');
      return `<font>${bold === 'true' ? '<b/>' : ''}<sz val="${size}"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`;
    });
    const thin = '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>'
      + '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '',
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>`,
      // Excel requires the first two fills to be exactly these, whatever the cells use.
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>`,
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfList.length}">${this.xfList.join('')}</cellXfs>`,
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '</styleSheet>',
    ].join('');
  }
}
