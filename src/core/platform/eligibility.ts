/**
 * 申报条件（二） for service platforms, as checks on the platform's own
 * dossier. Conditions 2 and 5 (服务能力, 管理健全) are judgements the notice
 * leaves to the reviewers: they are listed for reference, never passed or failed.
 */
import { getPath } from '../dossier/paths.ts';
import { readNumber, readString } from '../dossier/read.ts';
import type { RuleResult } from '../rules.ts';

import { GENERAL_CATEGORY } from './category.ts';
import { hasApprovalNumber, recognitionLevel } from './recognition.ts';

/** Rows that say something: a row added and left blank is not a person or a case. */
const rows = (d: unknown, p: string) => {
  const v = getPath(d, p);
  return Array.isArray(v) ? v.filter((r) => typeof getPath(r, 'name') === 'string' && (getPath(r, 'name') as string).trim() !== '') : [];
};

function recognised(d: unknown): RuleResult {
  const doc = readString(d, 'platform.recognition');
  // The condition rests on a recognition document: text without its 文号 ("无", "待补") shows none.
  const numbered = !!doc && hasApprovalNumber(doc);
  const level = doc ? recognitionLevel(doc) : 'unstated';
  const status = !numbered ? 'unknown' : level === 'local' ? 'fail' : level === 'unstated' ? 'unknown' : 'pass';
  const detail = !doc
    ? '认定文件名称及文号：未填'
    : !numbered
      ? `认定文件及文号：${doc}（未写文号，请按“……（川经信企业〔2020〕123号）”补全）`
      : level === 'local'
        ? `认定文件及文号：${doc}（这是市（州）或区县的认定；申报条件要求工业和信息化部或四川省经济和信息化厅认定的国家级或省级示范平台）`
        : level === 'unstated'
          ? `认定文件及文号：${doc}（看不出认定机关，请写明是工业和信息化部还是四川省经济和信息化厅的认定）`
          : `认定文件及文号：${doc}（${level === 'national' ? '国家级' : '省级'}，请确认仍在有效期内）`;
  return {
    id: 'recognised',
    title: '1. 示范平台认定',
    requirement: '经工业和信息化部或四川省经济和信息化厅认定并在有效期内的国家级或省级中小企业公共服务示范平台。',
    status,
    details: [detail],
    fields: status === 'pass' ? [] : ['platform.recognition'],
  };
}

function staff(d: unknown): RuleResult {
  const listed = rows(d, 'staff').length;
  const declared = readNumber(d, 'capacity.staffTotal');
  const mismatch = declared !== undefined && declared !== listed;
  const details = [`附件4-3服务人员一览表：${listed}人（原则上不少于20人）`, `附件4-1填写的中小企业专业服务人员：${declared ?? '未填'}人`];
  // The condition counts people (附件4-3); a different figure in 附件4-1 is flagged for correction, not failed.
  const caution = mismatch ? [`两处人数不一致：附件4-1为${declared}人，附件4-3列了${listed}人，请核对。`] : [];
  details.push(...caution.map((c) => `⚠ ${c}`));
  return {
    id: 'staff',
    title: '4. 专业服务人员',
    requirement: '从事为中小企业服务的专业人员数量原则上不少于20人。',
    status: listed >= 20 ? 'pass' : listed === 0 ? 'unknown' : 'fail',
    details,
    fields: listed >= 20 && !mismatch ? [] : ['staff', 'capacity.staffTotal'],
    ...(caution.length ? { caution } : {}),
  };
}

function cases(d: unknown): RuleResult {
  const served = rows(d, 'served');
  return {
    id: 'cases',
    title: '3.（2）成功服务案例',
    requirement: '具有为国家级专精特新“小巨人”企业，省（市）级“专精特新”中小企业提供相关服务的经验和案例；提供成功服务案例不少于3个。',
    status: served.length >= 3 ? 'pass' : served.length === 0 ? 'unknown' : 'fail',
    details: [`附件4-2服务企业情况一览表：${served.length}家（要求不少于3个成功案例）`],
    fields: served.length >= 3 ? [] : ['served'],
  };
}

function experience(d: unknown): RuleResult {
  const served = rows(d, 'served');
  const giants = served.filter((r) => getPath(r, 'category') === '国家级专精特新“小巨人”企业').length;
  const provincial = served.filter((r) => getPath(r, 'category') === '省级“专精特新”中小企业').length;
  const times = ['2019', '2020'].reduce((n, y) => n + (readNumber(d, `capacity.services.${y}.keyServed`) ?? 0), 0);
  const ok = giants + provincial > 0 || times > 0;
  return {
    id: 'experience',
    title: '3.（1）服务“小巨人”和“专精特新”企业的经验',
    requirement: '具有为国家级专精特新“小巨人”企业，省（市）级“专精特新”中小企业提供相关服务的经验。',
    status: ok ? 'pass' : served.length === 0 && times === 0 ? 'unknown' : 'fail',
    details: [`附件4-2中国家级“小巨人”企业${giants}家、省级“专精特新”中小企业${provincial}家`, `2019—2020年服务此类企业${times}家次`],
    fields: ok ? [] : ['served', 'capacity.services.2020.keyServed'],
  };
}

function category(d: unknown): RuleResult {
  const chosen = readString(d, 'category');
  const firstBatch = readString(d, 'firstBatchGeneral');
  const blocked = chosen === GENERAL_CATEGORY && firstBatch === '是';
  const details = [`申报类别：${chosen ?? '未选'}`];
  if (blocked) details.push('已纳入第一批统筹支持的13家单位原则上不得申报本批次统筹支持方向。');
  return {
    id: 'category',
    title: '申报类别',
    requirement: '每家平台不得同时申报重点支持和统筹支持两个类别；已纳入第一批统筹支持的13家单位原则上不得申报本批次该方向。',
    status: blocked ? 'fail' : chosen ? (chosen === GENERAL_CATEGORY && !firstBatch ? 'unknown' : 'pass') : 'unknown',
    details,
    fields: blocked || !chosen ? ['category', 'firstBatchGeneral'] : chosen === GENERAL_CATEGORY && !firstBatch ? ['firstBatchGeneral'] : [],
  };
}

const judgement = (id: string, title: string, requirement: string): RuleResult => ({
  id,
  title,
  requirement,
  status: 'info',
  details: ['由审核部门根据工作方案、服务案例和证明材料判断。'],
  fields: [],
});

export function checkPlatformEligibility(dossier: unknown): RuleResult[] {
  return [
    category(dossier),
    recognised(dossier),
    judgement('capability', '2. 服务能力（仅供参考）', '在政策、技术创新、上市辅导、创新成果转化与应用、数字化智能化改造、知识产权应用、上云用云及工业设计、融资对接、管理咨询、市场开拓、培训、法律维权等方面具有较强服务能力。'),
    experience(dossier),
    cases(dossier),
    staff(dossier),
    judgement('management', '5. 管理和声誉（仅供参考）', '管理健全，服务规范，无不良记录，在相关服务领域有较好声誉，具有良好的可持续发展能力。'),
  ];
}
