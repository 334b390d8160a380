import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_FORMAT_VERSION,
  MAX_ANSWER_FILE_BYTES,
  makeAnswerFile,
  parseAnswerBytes,
  parseAnswerFile,
  serializeAnswerFile,
} from '../../src/core/answer-file.ts';
import { extractAnswerFile } from '../../src/core/docx/embed.ts';
import { zipFiles } from '../../src/core/docx/zip.ts';
import { DESK_FORMAT, emptyDesk, serializeDesk } from '../../src/core/city/desk.ts';
import { FileError } from '../../src/core/errors.ts';
import { otherApplicantFile } from '../../src/core/annexes/applicant-names.ts';
import { readAnswers } from '../../src/browser/read-answers.ts';
import { answerFileOf, docxOf } from '../helpers/city.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/answers/${name}`, 'utf8');

function refusal(text: string, size?: number): FileError {
  try {
    parseAnswerFile(text, size);
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    return e as FileError;
  }
  throw new Error('expected the file to be refused');
}

describe('answer files', () => {
  it('round-trips a dossier', () => {
    const file = makeAnswerFile('enterprise', { company: { name: '测试' } }, new Date('2021-07-01T00:00:00Z'));
    // The summary is derived for readers of the file; reading it back keeps only the answers.
    const { summary, ...answers } = file;
    expect(parseAnswerFile(serializeAnswerFile(file))).toEqual(answers);
    expect(summary).toMatchObject({ eligibility: expect.arrayContaining([expect.objectContaining({ id: 'specialisation', status: 'unknown' })]) });
    expect(file.formatVersion).toBe(ANSWER_FORMAT_VERSION);
  });

  it('reads the shipped example', () => {
    const file = parseAnswerFile(readFileSync('public/examples/enterprise.json', 'utf8'));
    expect(file.kind).toBe('enterprise');
  });

  it('accepts a byte-order mark, as Windows Notepad writes one', () => {
    expect(parseAnswerFile('\uFEFF' + fixture('minimal.json')).kind).toBe('enterprise');
  });

  it.each([
    ['not-json.txt', 'F_NOT_JSON'],
    ['other-json.json', 'F_NOT_ANSWER_FILE'],
    ['future-version.json', 'F_FUTURE_VERSION'],
    ['bad-version.json', 'F_BAD_VERSION'],
    ['unknown-kind.json', 'F_UNKNOWN_KIND'],
    ['no-data.json', 'F_BAD_DATA'],
  ])('refuses %s with %s and a Chinese message', (name, id) => {
    const e = refusal(fixture(name));
    expect(e.id).toBe(id);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([5_000, 100_000])('calls valid JSON nested %i levels deep too deep, not broken', (depth) => {
    // The parser runs out of stack on such a file; "不是有效的 JSON" would send the user looking for a typo.
    const e = refusal(`{"format":"zjtx-answers","formatVersion":1,"kind":"enterprise","data":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`);
    expect(e.id).toBe('F_TOO_DEEP');
    expect(e.message).toContain('嵌套层级过深');
  });

  // Notepad on a Chinese Windows saves GBK, or UTF-16 as "Unicode": read as UTF-8, such a file was
  // imported with every Chinese character turned into "�".
  it.each(['enterprise-gbk.json', 'enterprise-utf16.json'])('reads %s as the site wrote it', (name) => {
    const bytes = new Uint8Array(readFileSync(`tests/fixtures/answers/${name}`));
    expect(parseAnswerBytes(bytes).data).toEqual(parseAnswerFile(readFileSync('public/examples/enterprise.json', 'utf8')).data);
  });

  it('refuses bytes that are no text in any of the encodings', () => {
    try {
      parseAnswerBytes(new Uint8Array([0x7b, 0xff, 0xff, 0xff, 0x00, 0x81]));
      throw new Error('expected a refusal');
    } catch (e) {
      expect((e as FileError).id).toBe('F_NOT_JSON');
    }
  });

  it('reads the answer file out of the site\'s own 全部下载 bundle', () => {
    const answers = readFileSync('public/examples/enterprise.json');
    const bundle = zipFiles([
      { name: '附件2-四川蜀芯精密传动科技有限公司-基本情况表.docx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) },
      { name: '答案文件-四川蜀芯精密传动科技有限公司.json', bytes: new Uint8Array(answers) },
    ]);
    expect(extractAnswerFile(bundle).data).toEqual(parseAnswerFile(answers.toString('utf8')).data);
    // A zip with no answer file says so, rather than calling itself a Word document.
    expect(() => extractAnswerFile(zipFiles([{ name: 'readme.txt', bytes: new TextEncoder().encode('x') }]))).toThrow('这个压缩包里没有本站的答案文件');
  });

  it('sends a 市（州） 汇总文件 to the desk rather than calling it foreign', () => {
    const e = refusal(serializeDesk(emptyDesk()));
    expect(e.id).toBe('F_NOT_ANSWER_FILE');
    expect(e.message).toBe('这是市（州）汇总文件，不是企业或平台的答案文件。请在“市（州）中小企业主管部门”页面点“选择文件”打开它。');
    expect(DESK_FORMAT).toBe('zjtx-city');
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(refusal('{}', MAX_ANSWER_FILE_BYTES + 1).id).toBe('F_TOO_LARGE');
  });

  it('drops prototype-polluting keys', () => {
    const file = parseAnswerFile(fixture('proto-pollution.json'));
    expect(Object.prototype.hasOwnProperty.call(file.data, '__proto__')).toBe(false);
    // The parsed objects keep the ordinary prototype: nothing could be slipped in through it.
    expect(Object.getPrototypeOf(file.data)).toBe(Object.prototype);
    expect((file.data as Record<string, unknown>).polluted).toBeUndefined();
    expect((file.data.company as object).constructor).toBe(Object);
    expect((file.data.company as Record<string, unknown>).name).toBe('正常企业');
    expect(Object.keys(file.data.company as object)).toEqual(['name']);
  });
});

describe('a file of the other applicant', () => {
  // A page for one applicant refuses the other's file by what it is, and names the page that opens it.
  const docx = docxOf('platform');
  it.each([
    ['an answer file', answerFileOf('platform'), 'json', '这是“公共服务示范平台”的答案文件'],
    ['an answer file a mail program renamed .docx', { ...answerFileOf('platform'), name: '答案文件.docx' }, 'json', '这是“公共服务示范平台”的答案文件'],
    ['a Word document this site generated', docx, 'docx', '这是本站为“公共服务示范平台”生成的 Word 文档'],
    ['the zip of 全部下载', { name: '全部.zip', bytes: zipFiles([answerFileOf('platform'), docx]) }, 'zip', '这个压缩包里是“公共服务示范平台”的答案'],
    ['an enterprise\'s Word document', docxOf('enterprise'), 'docx', '这是本站为“企业（专精特新“小巨人”）”生成的 Word 文档'],
  ] as const)('%s', async (_what, file, form, what) => {
    const read = await readAnswers(new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
    expect(read.form).toBe(form);
    const label = read.answers.kind === 'platform' ? '公共服务示范平台' : '企业（专精特新“小巨人”）';
    expect(otherApplicantFile(read.form, read.answers.kind)).toBe(`${what}，不能在本页打开。请到“${label}”页面，点“导入答案文件”选择它。`);
  });
});
