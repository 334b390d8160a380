import { describe, expect, it } from 'vitest';
import { extractParagraphStyles, paragraphStylesXml } from '../../scripts/docx/paragraph-styles.ts';

const CELL = '<w:rFonts w:eastAsia="仿宋" w:hint="eastAsia"/><w:sz w:val="21"/><w:szCs w:val="21"/>';
const UNDERLINED = `${CELL}<w:u w:val="single"/>`;
const PPR = '<w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="center"/>';
const run = (text: string, rPr = CELL) => `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (runs: string, pPr = PPR, rPr = CELL) => `<w:p><w:pPr>${pPr}<w:rPr>${rPr}</w:rPr></w:pPr>${runs}</w:p>`;
const body = (...blocks: string[]) => `<w:document><w:body>${blocks.join('')}</w:body></w:document>`;

describe('extractParagraphStyles', () => {
  it.each([
    ['a run formatted as its paragraph inherits from the style', para(run('企业名称')), '<w:p><w:pPr><w:pStyle w:val="ZjtxP1"/></w:pPr><w:r><w:t xml:space="preserve">企业名称</w:t></w:r></w:p>'],
    [
      'a run formatted otherwise keeps its own properties',
      para(run('{name}', UNDERLINED)),
      `<w:p><w:pPr><w:pStyle w:val="ZjtxP1"/></w:pPr>${run('{name}', UNDERLINED)}</w:p>`,
    ],
    ['a tab run formatted as its paragraph inherits too', para(`<w:r><w:rPr>${CELL}</w:rPr><w:tab/></w:r>`), '<w:p><w:pPr><w:pStyle w:val="ZjtxP1"/></w:pPr><w:r><w:tab/></w:r></w:p>'],
  ])('%s', (_name, input, expected) => {
    const { documentXml, styles } = extractParagraphStyles(body(input));
    expect(documentXml).toBe(body(expected));
    expect(styles).toEqual([{ id: 'ZjtxP1', name: '仿宋 五号 居中', pPr: PPR, rPr: CELL }]);
  });

  it('gives each distinct format one style, named for a clerk, and reuses it', () => {
    const bold = '<w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:cs="黑体" w:hint="eastAsia"/><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>';
    const { documentXml, styles } = extractParagraphStyles(
      body(para(run('甲')), para(run('乙', bold), '<w:jc w:val="left"/>', bold), para(run('丙')), para(run('丁'), '<w:jc w:val="right"/>')),
    );
    expect(styles.map((s) => [s.id, s.name])).toEqual([
      ['ZjtxP1', '仿宋 五号 居中'],
      ['ZjtxP2', '黑体 三号 加粗 左对齐'],
      ['ZjtxP3', '仿宋 五号 右对齐'],
    ]);
    expect([...documentXml.matchAll(/w:pStyle w:val="(\w+)"/g)].map((m) => m[1])).toEqual(['ZjtxP1', 'ZjtxP2', 'ZjtxP1', 'ZjtxP3']);
  });

  it('names two formats that read alike apart', () => {
    const { styles } = extractParagraphStyles(body(para(run('甲')), para(run('乙'), `<w:keepNext/>${PPR}`)));
    expect(styles.map((s) => s.name)).toEqual(['仿宋 五号 居中', '仿宋 五号 居中 2']);
  });

  it.each([
    ['a paragraph that ends a section', `<w:p><w:pPr><w:spacing w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr><w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:pPr></w:p>`],
    ['a paragraph without properties', '<w:p><w:r><w:t>甲</w:t></w:r></w:p>'],
    ['an empty paragraph', '<w:p/>'],
  ])('leaves %s alone', (_name, input) => {
    expect(extractParagraphStyles(body(input))).toEqual({ documentXml: body(input), styles: [] });
  });

  it('refuses a run without properties in a paragraph whose format it would start to inherit', () => {
    expect(() => extractParagraphStyles(body(para('<w:r><w:t>甲</w:t></w:r>')))).toThrow(/未设格式/);
  });
});

describe('paragraphStylesXml', () => {
  it('writes paragraph styles based on Normal, properties in schema order', () => {
    expect(paragraphStylesXml([{ id: 'ZjtxP1', name: '仿宋 五号 居中', pPr: PPR, rPr: CELL }])).toBe(
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="ZjtxP1"><w:name w:val="仿宋 五号 居中"/><w:basedOn w:val="Normal"/><w:pPr>${PPR}</w:pPr><w:rPr>${CELL}</w:rPr></w:style>`,
    );
  });
});
