/**
 * The inputs the benchmark types into and imports, made from the shipped examples so that zjtx and
 * stock JSON Forms get the very same data: a platform with 200 staff rows, and a 市（州） desk file
 * with 500 enterprises.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { orgCodeCheckChar, usccCheckChar } from '../../src/core/formats/uscc.ts';

type Data = Record<string, unknown>;
type AnswerFile = { format: string; formatVersion: number; kind: string; savedAt: string; data: Data };

const readAnswerFile = (name: string): AnswerFile => JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')) as AnswerFile;

export const enterpriseExample = (): Data => readAnswerFile('enterprise').data;

/** Rows of the example repeated (with numbered names) up to `count`; 申报条件 wants the declared total to match. */
export function platformWithStaff(count: number): AnswerFile {
  const file = readAnswerFile('platform');
  const staff = file.data.staff as Data[];
  const rows = Array.from({ length: count }, (_, i) => ({ ...staff[i % staff.length]!, name: `${String(staff[i % staff.length]!.name)}${i + 1}` }));
  const capacity = { ...(file.data.capacity as Data), staffTotal: count };
  return { ...file, data: { ...file.data, staff: rows, capacity } };
}

/** A valid, distinct 统一社会信用代码 per number: the 9 digits of the organisation code carry it, both checks computed. */
export function creditCode(n: number): string {
  const body = `MA${String(n).padStart(6, '0')}`;
  const first17 = `91510100${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

export function deskWithEnterprises(count: number): Data {
  const example = enterpriseExample();
  const company = example.company as Data;
  const entries = Array.from({ length: count }, (_, i) => ({
    kind: 'enterprise',
    fileName: `e${i}.json`,
    receivedAt: '',
    data: { ...example, company: { ...company, name: `四川测试${i + 1}号精密传动科技有限公司`, creditCode: creditCode(i + 1) } },
    own: { batch: '第二批', district: '高新区', note: '说明' },
  }));
  return { format: 'zjtx-city', formatVersion: 1, city: '成都市', department: '', entries };
}

export interface Fixtures {
  /** Answer file (.json) of the platform example with 200 staff rows, to import on /platform/. */
  platform200: string;
  /** Desk file (.json) with 500 enterprises, to open on /city/. */
  desk500: string;
}

export async function writeFixtures(dir: string): Promise<Fixtures> {
  const platform200 = join(dir, 'platform-200.json');
  const desk500 = join(dir, 'desk-500.json');
  await writeFile(platform200, JSON.stringify(platformWithStaff(200)));
  await writeFile(desk500, JSON.stringify(deskWithEnterprises(500)));
  return { platform200, desk500 };
}
