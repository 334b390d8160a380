/**
 * 附件2 inputs that once ran its one-page form onto a second page: a 500-character 企业简介 in
 * several paragraphs, or long names above an ordinary one. Shared by the estimate's unit test and
 * the LibreOffice check that the page holds them.
 */
import { example, setPath } from './example.ts';

/** A 企业简介 of `total` characters in `count` paragraphs of near-equal length. */
export function introOf(count: number, total = 500): string {
  const words = '专精特新企业简介文字内容，'.repeat(60);
  return Array.from({ length: count }, (_, i) => words.slice(0, Math.floor(total / count) + (i < total % count ? 1 : 0))).join('\n');
}

const withValues = (values: Record<string, unknown>) => {
  const data = example();
  for (const [path, value] of Object.entries(values)) setPath(data, path, value);
  return data;
};

/** The example with both 具体领域 fill-ins at their 10 characters, which wrap a line more than the example's. */
export const withFields = (intro: string) =>
  withValues({ intro, 'orientation.gap.kind': '填补国际空白', 'orientation.gap.field': 'RV减速器摆线轮修形', 'orientation.shortBoard.field': '高精度摆线针轮传动部' });

/** [what, dossier, the size the 简介 is set in]. */
export const ONE_PAGE_CASES: [string, Record<string, unknown>, 'intro' | 'introSmall' | 'introTiny' | 'introTight'][] = [
  ['the example', example(), 'intro'],
  ['500 characters in one paragraph', withValues({ intro: introOf(1) }), 'intro'],
  ['500 characters in three paragraphs', withValues({ intro: introOf(3) }), 'introSmall'],
  ['500 characters in six paragraphs', withValues({ intro: introOf(6) }), 'introSmall'],
  ['500 characters in twelve paragraphs', withValues({ intro: introOf(12) }), 'introTiny'],
  // A numbered list: each paragraph takes a line of its own, however short.
  ['500 characters in 25 paragraphs', withValues({ intro: introOf(25) }), 'introTight'],
  ['480 characters in 30 paragraphs, the most the example\'s rows leave room for', withValues({ intro: introOf(30, 480) }), 'introTight'],
  ['a 50-character 企业名称 above the example', withValues({ 'company.name': '四'.repeat(50) }), 'intro'],
  ['a 50-character 企业名称 and six paragraphs', withValues({ 'company.name': '四'.repeat(50), intro: introOf(6) }), 'introTiny'],
  ['a long 细分领域 and 主导产品名称', withValues({ 'company.segment': '段'.repeat(28), 'company.productName': '品'.repeat(19) }), 'intro'],
  // The 10-character 具体领域 fill-ins take a line more than the example's: two paragraphs fewer fit.
  ['28 short paragraphs under 10-character 具体领域', withFields(introOf(28, 448)), 'introTight'],
];
