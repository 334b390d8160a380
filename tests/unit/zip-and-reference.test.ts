import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../src/core/docx/zip.ts';
import { INDUSTRIES, industryByCode } from '../../src/core/reference/industries.ts';

describe('zipFiles', () => {
  it('packs files with Chinese names and reads them back unchanged', () => {
    const bytes = zipFiles([
      { name: '附件2-四川某某科技有限公司-基本情况表.docx', bytes: new Uint8Array([1, 2, 3]) },
      { name: '答案文件-四川某某科技有限公司.json', bytes: '{"kind":"enterprise"}' },
    ]);
    const zip = new PizZip(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(['附件2-四川某某科技有限公司-基本情况表.docx', '答案文件-四川某某科技有限公司.json'].sort());
    expect([...zip.file('附件2-四川某某科技有限公司-基本情况表.docx')!.asUint8Array()]).toEqual([1, 2, 3]);
    expect(zip.file('答案文件-四川某某科技有限公司.json')!.asText()).toBe('{"kind":"enterprise"}');
  });

  it('stores Word and Excel files as they are (already compressed) and compresses text', () => {
    const text = '答案'.repeat(500);
    const bytes = zipFiles([
      { name: 'a.docx', bytes: text },
      { name: 'b.xlsx', bytes: text },
      { name: 'c.json', bytes: text },
    ]);
    // Each local file header: signature PK\x03\x04, compression method at offset 8 (0 stored, 8 deflated), name length at 26.
    const methods: Record<string, number> = {};
    for (let at = 0; at + 30 < bytes.length; at++) {
      if (bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b || bytes[at + 2] !== 3 || bytes[at + 3] !== 4) continue;
      const nameLength = bytes[at + 26]! | (bytes[at + 27]! << 8);
      methods[new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength))] = bytes[at + 8]! | (bytes[at + 9]! << 8);
    }
    expect(methods).toEqual({ 'a.docx': 0, 'b.xlsx': 0, 'c.json': 8 });
    expect(new PizZip(bytes).file('a.docx')!.asText()).toBe(text);
  });

  it('marks the names as UTF-8 so Windows does not show them garbled', () => {
    const bytes = zipFiles([{ name: '附件2.docx', bytes: 'x' }]);
    // Local file header: general purpose flag at offset 6, bit 11 = names in UTF-8.
    const flags = bytes[6]! | (bytes[7]! << 8);
    expect(flags & 0x0800).toBe(0x0800);
  });
});

describe('GB/T 4754-2017 大类', () => {
  it('has the 97 divisions numbered 01–97', () => {
    expect(INDUSTRIES).toHaveLength(97);
    expect(INDUSTRIES.map((i) => i.code)).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')));
  });
  it.each([
    ['05', '农、林、牧、渔专业及辅助性活动'],
    ['11', '开采专业及辅助性活动'],
    ['34', '通用设备制造业'],
    ['39', '计算机、通信和其他电子设备制造业'],
    ['43', '金属制品、机械和设备修理业'],
    ['65', '软件和信息技术服务业'],
    ['79', '土地管理业'],
    ['84', '卫生'],
    ['97', '国际组织'],
  ])('uses the 2017 numbering: %s %s', (code, name) => expect(industryByCode(code)?.name).toBe(name));
});
