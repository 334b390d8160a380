/** Clipboard tables: spreadsheet text → cells → rows for a table field. */
import { describe, expect, it } from 'vitest';
import { parseTsv, pasteSummary, rowsFromTsv, type TsvColumn } from '../../src/core/text/tsv.ts';

describe('parseTsv reads text as spreadsheets copy it', () => {
  it.each([
    ['empty text', '', []],
    ['one cell', 'a', [['a']]],
    ['plain rows', 'a\tb\nc\td', [['a', 'b'], ['c', 'd']]],
    ['CRLF line ends', 'a\tb\r\nc\td\r\n', [['a', 'b'], ['c', 'd']]],
    ['a lone CR', 'a\rb', [['a'], ['b']]],
    ['one trailing newline dropped', 'a\tb\n', [['a', 'b']]],
    ['a blank line inside kept', 'a\n\nb', [['a'], [''], ['b']]],
    ['empty cells', 'a\t\tc\n\tb\t', [['a', '', 'c'], ['', 'b', '']]],
    ['a quoted tab', '"a\tb"\tc', [['a\tb', 'c']]],
    ['a quoted line break', '"line1\nline2"\tx\r\ny\tz', [['line1\nline2', 'x'], ['y', 'z']]],
    ['a quoted CRLF becomes LF', '"l1\r\nl2"', [['l1\nl2']]],
    ['doubled quotes', '"say ""hi"""\tb', [['say "hi"', 'b']]],
    ['a quoted cell at the end of a line', 'a\t"b"\r\nc', [['a', 'b'], ['c']]],
    ['a quote that opens no cell is text', '"好"字号\t2', [['"好"字号', '2']]],
    ['an unclosed quote is text', '"abc\td', [['"abc', 'd']]],
    ['a quote inside a cell is text', 'a"b\tc', [['a"b', 'c']]],
    ['Chinese text', '张三\t1985-06\t本科\r\n李四\t1990-01\t硕士研究生\r\n', [['张三', '1985-06', '本科'], ['李四', '1990-01', '硕士研究生']]],
    ['a byte order mark', '\uFEFF姓名\t学历', [['姓名', '学历']]],
  ])('%s', (_what, text, grid) => expect(parseTsv(text)).toEqual(grid));
});

const STAFF: TsvColumn[] = [
  { key: 'name', type: 'string', title: '姓名' },
  { key: 'born', type: 'month', title: '出生年月（YYYY-MM）' },
  { key: 'degree', type: 'enum', options: ['博士研究生', '硕士研究生', '大学本科', '大专', '中专及以下'], title: '学历' },
  { key: 'years', type: 'integer', title: '服务中小企业从业年限' },
  { key: 'insured', type: 'boolean', title: '是否缴纳社保' },
];

describe('rowsFromTsv maps cells to columns', () => {
  it.each([
    ['plain rows', [['张三', '1985-06', '大学本科', '12', '是']], [{ name: '张三', born: '1985-06', degree: '大学本科', years: 12, insured: true }], []],
    ['a header row is skipped', [['姓名', '出生年月（YYYY-MM）', '学历'], ['张三']], [{ name: '张三' }], []],
    ['a header without the hints is skipped', [['姓名', '出生年月', '学历', '服务中小企业从业年限'], ['张三']], [{ name: '张三' }], []],
    ['a header with 序号 drops that column', [['序号', '姓名', '出生年月'], ['1', '张三', '1985-06']], [{ name: '张三', born: '1985-06' }], []],
    ['a shortened header is skipped', [['姓 名', '出生年月', '学历', '年限', '社保'], ['张三']], [{ name: '张三' }], []],
    ['one cell naming its column is data', [['姓名'], ['张三']], [{ name: '姓名' }, { name: '张三' }], []],
    ['a cell that is part of a title is data', [['', '', '', '', '是']], [{ insured: true }], []],
    ['a row with data is not a header', [['姓名', '1985-06'], ['张三']], [{ name: '姓名', born: '1985-06' }, { name: '张三' }], []],
    ['full-width digits and separators', [['张三', '', '', '１２', '否']], [{ name: '张三', years: 12, insured: false }], []],
    ['a unit after the number, as 备注 writes **年', [['张三', '', '', '８年']], [{ name: '张三', years: 8 }], []],
    ['a non-number kept as typed', [['张三', '', '', '十二']], [{ name: '张三', years: '十二' }], []],
    ['a decimal kept for validation to report', [['张三', '', '', '3.5']], [{ name: '张三', years: 3.5 }], []],
    ['an enum value that is not a choice kept', [['张三', '', '高中']], [{ name: '张三', degree: '高中' }], []],
    ['a short form that two choices contain is kept', [['张三', '', '研究生']], [{ name: '张三', degree: '研究生' }], []],
    ['one character is not read as a choice', [['张三', '', '专']], [{ name: '张三', degree: '专' }], []],
    [
      'a short form read as the one choice containing it, said once per spelling',
      [['张三', '', '本科'], ['李四', '', '博士'], ['王五', '', '本科']],
      [
        { name: '张三', degree: '大学本科' },
        { name: '李四', degree: '博士研究生' },
        { name: '王五', degree: '大学本科' },
      ],
      ['“学历”的“本科”按“大学本科”、“学历”的“博士”按“博士研究生”填入，请核对。'],
    ],
    ['dates as sheets write them', [['张三', '1985.6'], ['李四', '1990年11月'], ['王五', '２００１/０３'], ['赵六', '198512']], [
      { name: '张三', born: '1985-06' },
      { name: '李四', born: '1990-11' },
      { name: '王五', born: '2001-03' },
      { name: '赵六', born: '1985-12' },
    ], []],
    ['a month that is not one is kept for its message', [['张三', '1985.13'], ['李四', '85年6月']], [{ name: '张三', born: '1985.13' }, { name: '李四', born: '85年6月' }], []],
    ['empty cells leave keys out', [['张三', '', '', '', '']], [{ name: '张三' }], []],
    ['cells are trimmed', [['  张三 ', ' 1985-06']], [{ name: '张三', born: '1985-06' }], []],
    ['extra columns noted', [['姓名', '出生年月', '学历', '年限', '社保'], ['张三', '', '', '', '', 'x', 'y']], [{ name: '张三' }], ['第2行多出2列，已忽略。']],
    ['empty extra cells are no loss', [['张三', '', '', '', '', '', '']], [{ name: '张三' }], []],
    ['blank rows skipped', [['张三'], ['', ''], ['李四']], [{ name: '张三' }, { name: '李四' }], ['跳过1个空行。']],
    ['nothing at all', [], [], []],
    [
      'lines separated by commas, not tabs, noted',
      [['张三,1985-06,本科'], ['李四，1990-01']],
      [{ name: '张三,1985-06,本科' }, { name: '李四，1990-01' }],
      ['粘贴的内容没有分列，每行都整行放进了“姓名”：从 Excel 或 WPS 复制的行按列分开；用逗号或空格隔开的文字不会分到各列，请核对。'],
    ],
    ['a plain list of one column is not noted', [['张三'], ['李四']], [{ name: '张三' }, { name: '李四' }], []],
  ])('%s', (_what, grid, rows, notes) => expect(rowsFromTsv(grid, STAFF)).toEqual({ rows, notes }));

  it('notes at most three rows with extra columns and counts the rest', () => {
    const grid = Array.from({ length: 5 }, (_, i) => [`人${i}`, '', '', '', '', '多余']);
    expect(rowsFromTsv(grid, STAFF).notes).toEqual(['第1行多出1列，已忽略。', '第2行多出1列，已忽略。', '第3行多出1列，已忽略。', '另有2行也多出列，已忽略。']);
  });

  const CHOICES: TsvColumn[] = [
    { key: 'industry', type: 'enum', options: ['01', '02'], labels: { '01 农业': '01', '02 林业': '02' }, title: '行业' },
    { key: 'services', type: 'enumList', options: ['投融资', '人才培训', '管理咨询'], title: '服务类型' },
  ];
  it.each([
    ['a value', ['01', '投融资'], { industry: '01', services: ['投融资'] }],
    ['a label becomes its value', ['02 林业', ''], { industry: '02' }],
    ['a list split on 、，,；;', ['', '投融资、人才培训，管理咨询'], { services: ['投融资', '人才培训', '管理咨询'] }],
    ['a list with a line break from a quoted cell', ['', '投融资\n管理咨询'], { services: ['投融资', '管理咨询'] }],
    ['an unknown list item kept', ['', '投融资;法律'], { services: ['投融资', '法律'] }],
  ])('choices: %s', (_what, cells, row) => expect(rowsFromTsv([cells], CHOICES).rows).toEqual([row]));

  const LINES: TsvColumn[] = [
    { key: 'name', type: 'string', title: '姓名', singleLine: true },
    { key: 'work', type: 'string', title: '主管工作' },
  ];
  const NOTE = '的单元格内有换行，该栏只能填一行，换行已改为空格。';
  it.each([
    ['a line break in a one-line cell becomes a space, noted', '"张三\n（副总）"\t"财务\n人事"', [{ name: '张三 （副总）', work: '财务\n人事' }], [`第1行“姓名”${NOTE}`]],
    ['blank lines and spaces around a break go with it', '"张三 \r\n\r\n 李"\t', [{ name: '张三 李' }], [`第1行“姓名”${NOTE}`]],
    ['more than three such cells are counted', '"a\nb"\n"c\nd"\n"e\nf"\n"g\nh"', [{ name: 'a b' }, { name: 'c d' }, { name: 'e f' }, { name: 'g h' }], [`第1行“姓名”、第2行“姓名”、第3行“姓名”等4处${NOTE}`]],
    ['a multi-line column keeps its breaks, with no note', '张三\t"财务\n人事"', [{ name: '张三', work: '财务\n人事' }], []],
  ])('line breaks from quoted cells: %s', (_what, text, rows, notes) => expect(rowsFromTsv(parseTsv(text), LINES)).toEqual({ rows, notes }));

  it('reads a whole pasted block', () => {
    const text = '姓名\t出生年月\t学历\t服务中小企业从业年限\t是否缴纳社保\r\n' + Array.from({ length: 30 }, (_, i) => `员工${i + 1}\t1990-0${(i % 9) + 1}\t大学本科\t${i}\t是`).join('\r\n') + '\r\n';
    const { rows, notes } = rowsFromTsv(parseTsv(text), STAFF);
    expect(notes).toEqual([]);
    expect(rows).toHaveLength(30);
    expect(rows[29]).toEqual({ name: '员工30', born: '1990-03', degree: '大学本科', years: 29, insured: true });
  });
});

describe('pasteSummary says what a paste added, and what it did not', () => {
  it.each([
    ['rows added', 3, 3, 200, [], '已添加3行。'],
    ['rows added up to the limit', 5, 2, 200, [], '已添加2行。本表最多200行，另有3行超出上限，未添加。'],
    ['a full table', 1, 0, 1000, [], '本表已有1000行，达到上限，读到的1行未添加。'],
    ['nothing readable', 0, 0, 200, ['跳过2个空行。'], '没有读到可添加的行。跳过2个空行。'],
    ['notes after the count', 2, 2, 200, ['第2行多出1列，已忽略。'], '已添加2行。第2行多出1列，已忽略。'],
  ])('%s', (_what, parsed, added, max, notes, line) => expect(pasteSummary(parsed, added, max, notes)).toBe(line));
});
