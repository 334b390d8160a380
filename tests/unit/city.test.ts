/** The 市（州） desk's core: collecting files, 形式审查, and the values the summaries print. */
import fc from 'fast-check';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/core/city/collect.ts';
import { askConflicts, conflictQuestion, moveEntry, queueConflicts, removeEntry, resolveConflict, settleConflict } from '../../src/core/city/entries.ts';
import { emptyDesk, parseDesk, serializeDesk, summaryNumbers } from '../../src/core/city/desk.ts';
import { reviewEntry } from '../../src/core/city/review.ts';
import { annex5Row, annex6Row, annex7Basic, annex7Figures, industryText } from '../../src/core/city/rows.ts';
import { approvalNumber } from '../../src/core/platform/recognition.ts';
import { validateDesk, validateSummary } from '../../src/core/city/summaries.ts';
import { FileError } from '../../src/core/errors.ts';
import { localDateTime } from '../../src/core/util/today.ts';
import { answerFileOf, docxOf, exampleDesk, summaryTemplates, variantOf, type Variant } from '../helpers/city.ts';
import { inclusionWarnings } from '../../src/core/city/concerns.ts';
import { submissionChecklist } from '../../src/core/city/package.ts';
import { SUMMARIES } from '../../src/core/city/summaries.ts';
import { summaryFiles } from '../../src/core/city/package.ts';
import { annex7Sheet, ANNEX7_FIRST_DATA_ROW } from '../../src/core/city/annex7.ts';

const text = (s: string) => new TextEncoder().encode(s);
const zipWith = (files: Record<string, string>) => {
  const zip = new PizZip();
  for (const [k, v] of Object.entries(files)) zip.file(k, v);
  return zip.generate({ type: 'uint8array' });
};

describe('collecting', () => {
  it('takes answer files and the Word documents this site generated, one line each', () => {
    const { desk, lines, conflicts } = collect(emptyDesk(), [answerFileOf('enterprise'), docxOf('platform'), docxOf('platform-general')]);
    expect(lines.map((l) => l.status)).toEqual(['added', 'added', 'added']);
    expect(desk.entries.map((e) => e.kind)).toEqual(['enterprise', 'platform', 'platform']);
    expect(desk.entries[1]!.fileName).toMatch(/^附件4-成都蜀创中小企业服务中心有限公司-申请书\.docx$/);
    expect(conflicts).toEqual([]);
  });

  it('takes the enterprise\'s batch and the platform\'s 2020 服务内容 as the authority\'s defaults', () => {
    const { desk } = collect(emptyDesk(), [answerFileOf('enterprise'), answerFileOf('platform')]);
    expect(desk.entries[0]!.own).toEqual({ batch: '第二批', district: '', note: '' });
    expect(desk.entries[1]!.own.services).toBe('技术创新、数字化改造、上市辅导、融资对接、培训、法律维权');
  });

  const refused: [string, Uint8Array, string][] = [
    ['not JSON', text('{"format": "zjtx-answers"'), '不是有效的 JSON'],
    ['another JSON', text('{"a": 1}'), '不是本站导出的答案文件'],
    ['a future version', text(JSON.stringify({ format: 'zjtx-answers', formatVersion: 99, kind: 'enterprise', data: {} })), '更新版本'],
    ['an unknown kind', text(JSON.stringify({ format: 'zjtx-answers', formatVersion: 1, kind: 'city', data: {} })), '无法识别'],
    ['binary', new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x90]), '不是答案文件'],
    ['a Word file without answers', zipWith({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), ''],
    ['a huge file', new Uint8Array(6 * 1024 * 1024).fill(0x20), '文件过大'],
    ['an applicant with no name', text(JSON.stringify({ format: 'zjtx-answers', formatVersion: 1, kind: 'enterprise', data: {} })), '无法确认是哪个申报单位'],
  ];
  it.each(refused)('refuses %s with a Chinese line, and keeps what was collected', (_what, bytes, message) => {
    const before = collect(emptyDesk(), [answerFileOf('enterprise')]).desk;
    const { desk, lines } = collect(before, [{ name: 'x.json', bytes }, answerFileOf('platform')]);
    expect(lines[0]!.status).toBe('refused');
    const line = lines[0] as { message: string };
    expect(line.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(line.message).toContain(message);
    expect(desk.entries.map((e) => e.fileName)).toEqual([before.entries[0]!.fileName, '答案文件-platform.json']);
  });

  it('flags a second file for the same 统一社会信用代码, and the authority chooses which to keep', () => {
    const first = exampleDesk();
    const again = docxOf('enterprise', true);
    const { desk, lines, conflicts } = collect(first, [again]);
    expect(lines).toEqual([{ file: again.name, status: 'duplicate', name: '四川蜀芯精密传动科技有限公司', kind: 'enterprise' }]);
    expect(desk.entries).toHaveLength(3);
    expect(resolveConflict(desk, conflicts[0]!, 'existing')).toBe(desk);
    const kept = resolveConflict(desk, conflicts[0]!, 'incoming');
    expect(kept.entries).toHaveLength(3);
    expect(kept.entries[0]!.fileName).toBe(again.name);
    // What the authority typed for the enterprise stays with it.
    expect(kept.entries[0]!.own.note).toBe(first.entries[0]!.own.note);
  });

  /** The example applicant's answer file with its answers changed, as a file received later. */
  const changed = (name: 'enterprise' | 'platform', file: string, change: (data: Record<string, any>) => void) => {
    const answers = JSON.parse(new TextDecoder().decode(answerFileOf(name).bytes));
    change(answers.data);
    return { name: file, bytes: new TextEncoder().encode(JSON.stringify(answers)) };
  };
  const batchIs = (batch: string) => (d: Record<string, any>) => void (d.status.batch = batch);
  const servicesAre = (services: string) => (d: Record<string, any>) => void (d.capacity.services['2020'].content = services);
  // `own` starts as what the file says (批次, 2020 服务内容): a value still as the old file gave it
  // follows the file chosen; one the authority typed stays.
  describe.each([
    ['a 批次 copied from the old file follows the new one', 'enterprise', batchIs('第一批'), batchIs('第二批'), {}, { batch: '第二批' }],
    ['a 批次 the authority chose stays', 'enterprise', batchIs('第一批'), batchIs('第二批'), { batch: '第三批（公示名单）' }, { batch: '第三批（公示名单）' }],
    ['a 批次 the authority chose where the old file gave none stays', 'enterprise', batchIs(''), batchIs('第二批'), { batch: '第一批' }, { batch: '第一批' }],
    ['区（县） and 说明 the authority typed stay, beside the new 批次', 'enterprise', batchIs('第一批'), batchIs('第二批'), { district: '高新区', note: '说明' }, { batch: '第二批', district: '高新区', note: '说明' }],
    ['服务内容 copied from the old file follows the new one', 'platform', servicesAre('旧的服务内容'), servicesAre('新的服务内容'), {}, { services: '新的服务内容' }],
    ['服务内容 the authority rewrote stays', 'platform', servicesAre('旧的服务内容'), servicesAre('新的服务内容'), { services: '主管部门写的服务内容' }, { services: '主管部门写的服务内容' }],
  ] as const)('改用新收到的: %s', (_what, name, before, after, typed, own) => {
    it('in the desk and in the summary row', () => {
      const first = collect(emptyDesk(), [changed(name, '旧.json', before)]).desk;
      first.entries[0]!.own = { ...first.entries[0]!.own, ...typed };
      const { desk, conflicts } = collect(first, [changed(name, '新.json', after)]);
      const kept = resolveConflict(desk, conflicts[0]!, 'incoming').entries[0]!;
      expect(kept.fileName).toBe('新.json');
      expect(kept.own).toMatchObject(own);
      if (name === 'enterprise') expect(annex5Row(kept, 0).batch).toBe(own.batch);
      else expect(annex6Row(kept, 0).services).toBe(own.services);
    });
  });

  it('keeps an unanswered question when more files arrive, and asks once about a file received again', () => {
    const first = exampleDesk();
    const again = docxOf('enterprise', true);
    const asked = collect(first, [again]).conflicts;
    // A later batch with a duplicate of its own (the platform) leaves the earlier question open.
    const later = collect(first, [answerFileOf('platform', true)]).conflicts;
    expect(later).toHaveLength(1);
    const open = queueConflicts(asked, later);
    expect(open.map((c) => c.incoming.fileName)).toEqual([again.name, '答案文件-platform-修改后.json']);
    // A batch with nothing to ask takes nothing away.
    expect(queueConflicts(open, [])).toEqual(open);
    // The same file again: one question, about the copy received last.
    const resent = collect(first, [again]).conflicts;
    const queued = queueConflicts(open, resent);
    expect(queued.map((c) => c.incoming.fileName)).toEqual(['答案文件-platform-修改后.json', again.name]);
    expect(queued[1]).toBe(resent[0]);
  });

  it('keeps open questions in the desk itself, so a reload or a saved 汇总文件 still asks them', () => {
    const first = exampleDesk();
    const again = docxOf('enterprise', true);
    const { desk, conflicts } = collect(first, [again]);
    const asking = askConflicts(desk, conflicts);
    expect(asking.conflicts?.map((c) => c.incoming.fileName)).toEqual([again.name]);
    // Read back as the page reads its stored desk, and as an exported 汇总文件 is read.
    const reread = parseDesk(serializeDesk(asking));
    expect(reread).toEqual(asking);
    // Answered after the reload: the newer file replaces the old one, and the question is gone.
    const kept = settleConflict(reread, reread.conflicts![0]!, 'incoming');
    expect(kept.conflicts).toBeUndefined();
    expect(kept.entries[0]!.fileName).toBe(again.name);
    expect(kept.entries[0]!.own.note).toBe(first.entries[0]!.own.note);
    // Keeping the existing file only closes the question.
    const existing = settleConflict(reread, reread.conflicts![0]!, 'existing');
    expect(existing).toEqual({ ...desk });
    // A desk with nothing to ask carries no list at all: files saved before keep reading back equal.
    expect('conflicts' in askConflicts(desk, [])).toBe(false);
  });

  it('refuses a desk file whose open questions are damaged, rather than dropping a file silently', () => {
    const broken = { ...JSON.parse(serializeDesk(exampleDesk())), conflicts: [{ identity: 'code:X', incoming: { kind: 'enterprise' } }] };
    expect(() => parseDesk(JSON.stringify(broken))).toThrow('待确认的重复材料已损坏');
  });

  it('names the applicant already collected in its question, and the other name a file gives it', () => {
    const desk = exampleDesk();
    const same = collect(desk, [docxOf('enterprise', true)]).conflicts[0]!;
    // The Word document's answers were saved as it was generated, just now.
    expect(conflictQuestion(desk, same)).toMatch(
      new RegExp(`^“四川蜀芯精密传动科技有限公司”已有一份材料（${desk.entries[0]!.fileName}），又收到“${docxOf('enterprise', true).name}”。新收到的文件保存于 [-0-9: ]+，比已收的（[-0-9: ]+）新。保留哪一份？$`),
    );
    // The same 统一社会信用代码 under another name: the question names the one on the desk.
    const file = JSON.parse(new TextDecoder().decode(answerFileOf('enterprise').bytes));
    file.data.company.name = '另一家公司';
    const renamed = collect(desk, [{ name: '改名.json', bytes: new TextEncoder().encode(JSON.stringify(file)) }]).conflicts[0]!;
    expect(conflictQuestion(desk, renamed)).toBe(
      `“四川蜀芯精密传动科技有限公司”已有一份材料（${desk.entries[0]!.fileName}），又收到“改名.json”（其中的名称为“另一家公司”）。两份文件保存于同一时间（${localDateTime(file.savedAt)}）。保留哪一份？`,
    );
  });

  describe('says which of the two files the applicant saved later, by the times the files carry', () => {
    // Times as the clock where the desk is shows them, whatever zone the tests run in.
    const at = (day: number, hour: number, minute: number, second = 0) => new Date(2026, 10, day, hour, minute, second).toISOString();
    /** The example enterprise's answer file, saved at `savedAt` (none when undefined), with other answers each time. */
    const savedAtFile = (name: string, savedAt: string | undefined) => {
      const file = JSON.parse(new TextDecoder().decode(answerFileOf('enterprise').bytes));
      if (savedAt === undefined) delete file.savedAt;
      else file.savedAt = savedAt;
      file.data.company.contact = name;
      return { name, bytes: new TextEncoder().encode(JSON.stringify(file)) };
    };
    it.each([
      ['the one received later is newer', at(20, 9, 12), at(29, 14, 5), '新收到的文件保存于 2026-11-29 14:05，比已收的（2026-11-20 09:12）新。'],
      ['the one received later is older', at(29, 14, 5), at(20, 9, 12), '新收到的文件保存于 2026-11-20 09:12，比已收的（2026-11-29 14:05）旧。'],
      ['within one minute: to the second', at(29, 14, 5, 10), at(29, 14, 5, 40), '新收到的文件保存于 2026-11-29 14:05:40，比已收的（2026-11-29 14:05:10）新。'],
      ['at one time', at(29, 14, 5), at(29, 14, 5), '两份文件保存于同一时间（2026-11-29 14:05）。'],
      ['the one received gives no time', at(20, 9, 12), undefined, '已收的文件保存于 2026-11-20 09:12；新收到的那份没有记录保存时间，无法判断哪份较新。'],
      ['the one received gives no time but words', at(20, 9, 12), '昨天下午', '已收的文件保存于 2026-11-20 09:12；新收到的那份没有记录保存时间，无法判断哪份较新。'],
      ['the one collected gives no time', undefined, at(29, 14, 5), '新收到的文件保存于 2026-11-29 14:05；已收的那份没有记录保存时间，无法判断哪份较新。'],
      ['neither gives a time', undefined, undefined, '两份文件都没有记录保存时间，无法判断哪份较新。'],
    ])('%s', (_when, first, second, said) => {
      const { desk } = collect(emptyDesk(), [savedAtFile('甲.json', first)]);
      const { desk: after, conflicts } = collect(desk, [savedAtFile('乙.json', second)]);
      // Asked again after a reload, or from a saved 汇总文件: the times are kept with the desk.
      const asked = parseDesk(serializeDesk(askConflicts(after, conflicts)));
      expect(conflictQuestion(asked, asked.conflicts![0]!)).toBe(`“四川蜀芯精密传动科技有限公司”已有一份材料（甲.json），又收到“乙.json”。${said}保留哪一份？`);
    });
  });

  it('shows a name longer than any allowed by its first 60 characters, in lines, reviews and questions', () => {
    const file = JSON.parse(new TextDecoder().decode(answerFileOf('enterprise').bytes));
    file.data.company.name = '很'.repeat(30_000);
    const incoming = { name: '长名.json', bytes: new TextEncoder().encode(JSON.stringify(file)) };
    const { desk, lines } = collect(emptyDesk(), [incoming]);
    const shown = `${'很'.repeat(60)}…`;
    expect(lines[0]).toMatchObject({ status: 'added', name: shown });
    expect(reviewEntry(desk.entries[0]!).name).toBe(shown);
    // The data keeps the whole name: it is the applicant's own, and validation says it is too long.
    expect((desk.entries[0]!.data.company as { name: string }).name).toHaveLength(30_000);
    file.data.company.contact = '王五';
    const revised = { name: '长名-修改后.json', bytes: new TextEncoder().encode(JSON.stringify(file)) };
    const again = collect(desk, [revised]).conflicts[0]!;
    expect(conflictQuestion(desk, again)).toContain(`“${shown}”已有一份材料`);
  });

  it('says what a summary of its own is when one is sent back to it: no applicant’s answers', () => {
    const files = summaryFiles(exampleDesk(), summaryTemplates(), new Date('2021-07-10T00:00:00Z'));
    const pick = (n: string) => files.find((f) => f.name.startsWith(n))!;
    const { lines } = collect(emptyDesk(), [pick('附件5'), pick('附件7')]);
    expect(lines.map((l) => (l.status === 'refused' ? l.message : l.status))).toEqual([
      '这是市（州）汇总表（附件5或附件6），其中没有申报单位的答案。请选择申报单位的答案文件（.json）或它生成的 Word 文档。',
      '这是 Excel 工作簿（如本站生成的附件7汇总表），其中没有申报单位的答案。请选择“导出答案文件”保存的 .json 文件或申报单位的 Word 文档。',
    ]);
  });

  it('flags a second version in one batch, and takes the same answers twice without asking', () => {
    const { lines, conflicts } = collect(emptyDesk(), [answerFileOf('platform'), answerFileOf('platform', true)]);
    expect(lines.map((l) => l.status)).toEqual(['added', 'duplicate']);
    expect(conflicts).toHaveLength(1);
    // The same file chosen twice, or its Word document beside it: nothing to choose between.
    const same = collect(emptyDesk(), [answerFileOf('platform'), answerFileOf('platform'), docxOf('platform')]);
    expect(same.lines.map((l) => l.status)).toEqual(['added', 'same', 'same']);
    expect(same.conflicts).toEqual([]);
    expect(same.desk.entries).toHaveLength(1);
  });

  it('orders and removes entries', () => {
    const desk = exampleDesk();
    const names = (d: typeof desk) => d.entries.map((e) => e.fileName);
    expect(names(moveEntry(desk, 2, 0))).toEqual([names(desk)[2], names(desk)[0], names(desk)[1]]);
    expect(moveEntry(desk, 0, 5)).toBe(desk);
    expect(names(removeEntry(desk, 1))).toEqual([names(desk)[0], names(desk)[2]]);
  });
});

describe('the desk file', () => {
  it('reads back what it saved', () => {
    const desk = exampleDesk();
    expect(parseDesk(serializeDesk(desk))).toEqual(desk);
  });

  it.each([
    ['broken JSON', '{', '不是有效的 JSON'],
    ['an answer file', JSON.stringify({ format: 'zjtx-answers', formatVersion: 1 }), '不是本站导出的市（州）汇总文件'],
    ['a future version', JSON.stringify({ format: 'zjtx-city', formatVersion: 9, entries: [] }), '更新版本'],
    ['broken entries', JSON.stringify({ format: 'zjtx-city', formatVersion: 1, entries: [{ kind: 'x' }] }), '已损坏'],
    ['valid JSON nested 100,000 levels deep', `{"format":"zjtx-city","entries":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, '嵌套层级过深'],
  ])('refuses %s', (_w, content, message) => {
    expect(() => parseDesk(content)).toThrow(FileError);
    expect(() => parseDesk(content)).toThrow(message);
  });

  it('drops prototype keys and an unknown 市（州）', () => {
    const hostile = `{"format":"zjtx-city","formatVersion":1,"city":"纽约","__proto__":{"polluted":1},"entries":[]}`;
    const desk = parseDesk(hostile);
    expect(desk.city).toBe('');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws anything but a FileError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          parseDesk(s);
        } catch (e) {
          expect(e).toBeInstanceOf(FileError);
        }
      }),
    );
  });
});

describe('形式审查', () => {
  it('shows each example complete, with every rule met', () => {
    for (const entry of exampleDesk().entries) {
      const review = reviewEntry(entry);
      expect(review.missing).toEqual([]);
      expect(review.errors).toEqual([]);
      expect(review.rules.every((r) => r.status === 'pass' || r.status === 'info'), review.name).toBe(true);
    }
  });

  it('lists a required field once, however many annexes ask for it', () => {
    const entry = exampleDesk().entries[0]!;
    const company = { ...(entry.data.company as Record<string, unknown>), creditCode: undefined };
    const review = reviewEntry({ ...entry, data: { ...entry.data, company } });
    expect(review.missing.map((e) => e.path)).toEqual(['company.creditCode']);
  });

  // With 500 enterprises, reviewing every one again on each keystroke in a 区（县） box took seconds.
  it('is not made again when only what the authority typed changes, and is when the answers do', () => {
    const entry = exampleDesk().entries[0]!;
    const first = reviewEntry(entry);
    expect(reviewEntry({ ...entry, own: { ...entry.own, district: '锦江区', note: '新的说明' } })).toBe(first);
    const renamed = { ...entry, data: { ...entry.data, company: { ...(entry.data.company as Record<string, unknown>), name: '改名后的企业' } } };
    const again = reviewEntry(renamed);
    expect(again).not.toBe(first);
    expect(again.name).toBe('改名后的企业');
  });

  it('names the platform\'s 申报类别', () => {
    expect(exampleDesk().entries.map((e) => reviewEntry(e).category)).toEqual([
      '第二批',
      '重点支持国家级专精特新“小巨人”企业公共服务示范平台',
      '统筹支持“专精特新”中小企业公共服务示范平台',
    ]);
  });
});

// An applicant that fails a condition is still listed in its summary (the authority decides), so
// every place the authority looks names the condition and the answers that decided it.
describe.each([
  ['an enterprise already listed', 'listed', '四川蜀芯精密传动科技有限公司', '申报对象：不符合。批次：第二批；已申报成功第一批重点“小巨人”：否；已上市：是', ['annex5', 'annex7']],
  ['an enterprise already a first-batch key one', 'key-first-batch', '四川蜀芯精密传动科技有限公司', '申报对象：不符合。批次：第二批；已申报成功第一批重点“小巨人”：是；已上市：否', ['annex5', 'annex7']],
  [
    'a platform recognised only by a city',
    'city-recognised',
    '成都蜀创中小企业服务中心有限公司',
    '1. 示范平台认定：不符合。认定文件及文号：成都市经济和信息化局关于认定2020年度成都市中小企业公共服务示范平台的通知（成经信〔2020〕45号）（这是市（州）或区县的认定；申报条件要求工业和信息化部或四川省经济和信息化厅认定的国家级或省级示范平台）',
    ['annex6'],
  ],
] as const)('%s', (_what, variant: Variant, name, line, listedBy) => {
  const desk = collect({ ...emptyDesk(), city: '成都市' }, [variantOf(variant)]).desk;

  it('is named in 报送清单 with the condition it fails and why', () => {
    const lines = submissionChecklist(desk).split('\r\n');
    const at = lines.findIndex((l) => l.includes(`1. ${name}`));
    expect(lines[at]).toContain('申报条件自查：1项不符合；');
    expect(lines[at + 1]).toBe(`      ✗ ${line}。`);
  });

  it.each(SUMMARIES.map((s) => s.id).concat('all'))('is named after downloading %s, if that lists it', (target) => {
    const warnings = inclusionWarnings(desk, target);
    if (target !== 'all' && !(listedBy as readonly string[]).includes(target)) return expect(warnings).toEqual([]);
    expect(warnings).toEqual([{ heading: '以下申报主体不符合申报条件，仍列入了汇总表：', applicants: [{ name, lines: [line] }] }]);
  });
});

describe('an applicant whose own answers are incomplete', () => {
  it('is named after a download that lists it, with what is missing', () => {
    const desk = collect({ ...emptyDesk(), city: '成都市' }, [answerFileOf('enterprise'), variantOf('no-legal-rep')]).desk;
    expect(inclusionWarnings(desk, 'annex5')).toEqual([]);
    expect(inclusionWarnings(desk, 'annex6')).toEqual([
      {
        heading: '以下申报主体的材料有未填或填写有误的内容，已照所填内容列入汇总表，请申报单位改正后重新提交：',
        applicants: [{ name: '四川川企通中小企业服务有限公司', lines: ['1项必填内容未填（如“法人代表”：请填写法人代表）'] }],
      },
    ]);
    // The examples as they are: nothing to say.
    expect(inclusionWarnings(exampleDesk(), 'all')).toEqual([]);
  });
});

describe('序号', () => {
  it('is each applicant’s number in the summary that lists it, enterprises and platforms each from 1', () => {
    const desk = moveEntry(exampleDesk(), 0, 1);
    expect(desk.entries.map((e) => e.kind)).toEqual(['platform', 'enterprise', 'platform']);
    expect(summaryNumbers(desk.entries)).toEqual([1, 1, 2]);
    const printed = (id: string, key: 'enterprises' | 'platforms') => {
      const summary = SUMMARIES.find((s) => s.id === id);
      if (summary?.format !== 'docx') throw new Error(`${id} 不是 Word 汇总表`);
      return (summary.data(desk)[key] as { index: string }[]).map((r) => Number(r.index));
    };
    expect(printed('annex5', 'enterprises')).toEqual([summaryNumbers(desk.entries)[1]]);
    expect(printed('annex6', 'platforms')).toEqual([summaryNumbers(desk.entries)[0], summaryNumbers(desk.entries)[2]]);
  });
});

describe('summary values', () => {
  const desk = exampleDesk();
  const [enterprise, platform, general] = desk.entries as [typeof desk.entries[0], typeof desk.entries[0], typeof desk.entries[0]];

  it('writes 所属行业 as the 2-digit code and its GB/T 4754-2017 name', () => {
    expect(industryText('34')).toBe('34 通用设备制造业');
    expect(annex5Row(enterprise, 0)).toEqual({
      index: '1',
      name: '四川蜀芯精密传动科技有限公司',
      batch: '第二批',
      industry: '34 通用设备制造业',
      note: '主导产品RV减速器属于高档数控机床和机器人领域关键部件，打破国外垄断。',
    });
  });

  it('takes the 认定文号 from the platform\'s own answers', () => {
    expect(approvalNumber('关于认定2020年度四川省中小企业公共服务示范平台的通知（川经信企业〔2020〕123号）')).toBe('川经信企业〔2020〕123号');
    expect(approvalNumber('工信部企业函〔2019〕 45 号')).toBe('工信部企业函〔2019〕 45 号');
    expect(approvalNumber('文号待补')).toBe('文号待补');
    // A title run straight into the number: the issuer's code starts after the title's last word.
    expect(approvalNumber('工业和信息化部关于公布2019年国家中小企业公共服务示范平台名单的通知工信部企业函〔2019〕296号')).toBe('工信部企业函〔2019〕296号');
    expect(approvalNumber('四川省经济和信息化厅关于认定省级示范平台的决定川经信企业〔2020〕12号')).toBe('川经信企业〔2020〕12号');
    // Two recognitions: both numbers, in order (only the first was printed).
    expect(approvalNumber('工信部企业函〔2019〕296号；川经信企业〔2020〕123号')).toBe('工信部企业函〔2019〕296号、川经信企业〔2020〕123号');
    expect(annex6Row(platform, 0).category).toBe('重点支持国家级专精特新“小巨人”企业服务平台');
    expect(annex6Row(general, 1)).toMatchObject({ index: '2', category: '统筹支持“专精特新”中小企业服务平台' });
  });

  it('fills 附件7 from the enterprise\'s answers, numbers as numbers equal to 附件1–3', () => {
    const basic = annex7Basic(enterprise);
    expect(basic).toHaveLength(21);
    expect(basic.slice(0, 4)).toEqual(['四川蜀芯精密传动科技有限公司', '第二批', '高新区', '91510100MA6CXY3R1W']);
    expect(basic.slice(10)).toEqual(['是', '核心基础零部件（元器件）', '是', '高档数控机床和机器人', '是', '高精度传动部件', '是', '国内', '机器人精密减速器', '是', '成都蓉工机器人股份有限公司：六轴工业机器人用高精度RV减速器联合研发']);
    const figures = annex7Figures(enterprise);
    expect(figures).toHaveLength(12);
    expect(figures.every((v) => typeof v === 'number')).toBe(true);
    // 2020: 营业收入 36500, 主营业务收入 34300, share 93.97 — as 附件1 and 附件3 print them.
    expect(figures[2]).toBe(36500);
    expect(figures[5]).toBe(34300);
    expect(figures[11]).toBe(93.97);
    expect(figures[8]).toBe(14.72);
  });

  it('writes 具体企业及创新项目 from what is given: an older file has the partner only', () => {
    const collaboration = (value: Record<string, unknown>) => annex7Basic({ ...enterprise, data: { ...enterprise.data, orientation: { ...(enterprise.data as { orientation: object }).orientation, collaboration: value } } })[20];
    expect(collaboration({ applies: '是', partner: '成都蓉工机器人股份有限公司' })).toBe('成都蓉工机器人股份有限公司');
    expect(collaboration({ applies: '是', project: '联合研发' })).toBe('联合研发');
    expect(collaboration({ applies: '否', partner: '成都蓉工机器人股份有限公司', project: '联合研发' })).toBe('');
  });

  it('leaves a figure empty, not zero, where the enterprise gave none', () => {
    const data = { ...enterprise.data, indicators: {} };
    expect(annex7Figures({ ...enterprise, data }).every((v) => v === null)).toBe(true);
  });
});

describe('what the authority must enter', () => {
  it('is nothing more for the example desk', () => expect(validateDesk(exampleDesk())).toEqual([]));

  it('reports a missing 市（州）, a missing 说明 and one over 100 characters at their fields', () => {
    const desk = exampleDesk();
    desk.city = '';
    desk.entries[0]!.own.note = '长'.repeat(101);
    desk.entries[1]!.own.services = '';
    const errors = validateDesk(desk);
    expect(errors.map((e) => [e.id, e.path])).toEqual(
      expect.arrayContaining([
        ['E_MAX_CHARS', 'entries.0.own.note'],
        ['E_REQUIRED', 'entries.1.own.services'],
      ]),
    );
    expect(errors.some((e) => e.path === 'city')).toBe(true);
  });

  it.each([
    ['锦江区', []],
    ['成都高新区', []],
    ['天府新区', []],
    ['涪城区', [['E_CHOICE', '“涪城区”不是成都市的区（县、市），请核对，如锦江区。']]],
    ['北京市朝阳区', [['E_CHOICE', '“北京市朝阳区”不是成都市的区（县、市），请核对，如锦江区。']]],
    ['区'.repeat(21), [['E_MAX_CHARS', '企业所在区（县）不能超过20字，现有21字，请删减1字。'], ['E_CHOICE', `“${'区'.repeat(20)}”不是成都市的区（县、市），请核对，如锦江区。`]]],
  ])('checks an enterprise’s 区（县） %s against the desk’s 市（州）', (district, expected) => {
    const desk = exampleDesk();
    desk.city = '成都市';
    const at = desk.entries.findIndex((e) => e.kind === 'enterprise');
    desk.entries[at]!.own.district = district;
    expect(validateDesk(desk).filter((e) => e.path === `entries.${at}.own.district`).map((e) => [e.id, e.message])).toEqual(expected);
  });

  it('takes a 主管部门名称 of up to 50 characters (附件5 and 6 print it in their heading)', () => {
    const desk = exampleDesk();
    desk.department = '局'.repeat(50);
    expect(validateDesk(desk)).toEqual([]);
    desk.department = '局'.repeat(12000);
    expect(validateDesk(desk).map((e) => [e.id, e.path])).toEqual([['E_MAX_CHARS', 'department']]);
  });

  // 附件6 waited on the enterprises' 区（县） and 说明, which only 附件5 and 附件7 print.
  it('blocks a summary only on what it prints: the desk’s fields and the applicants it lists', () => {
    const desk = exampleDesk();
    const enterprise = desk.entries.findIndex((e) => e.kind === 'enterprise');
    const platform = desk.entries.findIndex((e) => e.kind === 'platform');
    desk.entries[enterprise]!.own.district = '';
    desk.entries[platform]!.own.services = '';
    const paths = (id: string) => validateSummary(desk, id).map((e) => e.path);
    expect(paths('annex5')).toEqual([`entries.${enterprise}.own.district`]);
    expect(paths('annex7')).toEqual([`entries.${enterprise}.own.district`]);
    expect(paths('annex6')).toEqual([`entries.${platform}.own.services`]);
    expect(paths('all').sort()).toEqual([`entries.${enterprise}.own.district`, `entries.${platform}.own.services`].sort());
    desk.city = '';
    expect(paths('annex6')).toContain('city');
  });

  it('takes a platform’s 2020 服务内容 at its own 300-character limit, and no more', () => {
    const desk = exampleDesk();
    const platform = desk.entries.findIndex((e) => e.kind === 'platform');
    desk.entries[platform]!.own.services = '服'.repeat(300);
    expect(validateDesk(desk)).toEqual([]);
    desk.entries[platform]!.own.services = '服'.repeat(301);
    expect(validateDesk(desk).map((e) => [e.id, e.path])).toEqual([['E_MAX_CHARS', `entries.${platform}.own.services`]]);
  });
});

describe('附件7 row heights', () => {
  /** The height of the first enterprise row, with its 具体细分领域名称 (column I, width 18) replaced. */
  const heightWith = (segment: string) => {
    const desk = exampleDesk();
    const entry = desk.entries.find((e) => e.kind === 'enterprise')!;
    entry.data = { ...(entry.data as object), company: { ...(entry.data as { company: object }).company, segment } };
    return annex7Sheet(desk).rowHeights![ANNEX7_FIRST_DATA_ROW]!;
  };
  it.each([
    // The example's 具体企业及创新项目 (36 characters in a column of about 12) takes three lines.
    ['a short name', '精密减速器', 46],
    // About 8.5 characters to a line of that column: 34 take four lines, 100 take twelve.
    ['34 characters', '工业机器人关节用高精度RV摆线针轮减速器及其核心零部件研发制造', 60],
    ['100 characters', '精'.repeat(100), 176],
    ['a page of text', '精'.repeat(30000), 409],
  ])('grows with the longest wrapped text: %s → %i pt', (_, segment, height) => expect(heightWith(segment)).toBe(height));
});
