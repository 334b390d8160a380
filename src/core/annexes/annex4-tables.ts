/** 附件4-2 服务企业情况一览表 and 附件4-3 服务人员情况一览表: one table row per entry. */
import uischema42 from '../../../schemas/annex4-2.uischema.json';
import uischema43 from '../../../schemas/annex4-3.uischema.json';
import { platformChecks } from '../platform/checks.ts';
import { numberText } from '../formats/numbers.ts';
import type { AnnexDefinition } from './types.ts';

const s = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? numberText(v) : '');

export const annex42: AnnexDefinition = {
  id: 'annex4-2',
  number: '附件4-2',
  title: '服务企业情况一览表',
  shortTitle: '服务企业情况一览表',
  kind: 'platform',
  schemaId: 'annex4-2.schema.json',
  uischema: uischema42,
  template: 'annex4-2.docx',
  namePath: 'platform.name',
  // 企业所在地 must name a 区（市县） of its 市（州）.
  checks: (dossier) => platformChecks(dossier).filter((e) => e.path.startsWith('served.')),
  fields: [
    {
      rows: 'served',
      path: 'served',
      columns: [
        { tag: 'index', text: (_r, i) => String(i + 1) },
        { tag: 'name', text: (r) => s(r.name) },
        { tag: 'category', text: (r) => s(r.category) },
        // 备注2: "**市（州）**区（市县）".
        { tag: 'location', text: (r) => `${s(r.city)}${s(r.district)}` },
        { tag: 'contact', text: (r) => [s(r.contact), s(r.mobile)].filter(Boolean).join(' ') },
        {
          tag: 'summary',
          text: (r) => {
            const types = Array.isArray(r.types) ? r.types.filter((t) => typeof t === 'string') : [];
            return [types.length ? `（${types.join('、')}）` : '', s(r.summary)].join('');
          },
        },
      ],
    },
  ],
};

export const annex43: AnnexDefinition = {
  id: 'annex4-3',
  number: '附件4-3',
  title: '服务人员情况一览表',
  shortTitle: '服务人员情况一览表',
  kind: 'platform',
  schemaId: 'annex4-3.schema.json',
  uischema: uischema43,
  template: 'annex4-3.docx',
  namePath: 'platform.name',
  fields: [
    {
      rows: 'staff',
      path: 'staff',
      columns: [
        { tag: 'index', text: (_r, i) => String(i + 1) },
        { tag: 'name', text: (r) => s(r.name) },
        { tag: 'born', text: (r) => s(r.born).replace(/^(\d{4})-(\d{2})$/, '$1.$2') },
        { tag: 'education', text: (r) => s(r.education) },
        { tag: 'school', text: (r) => s(r.school) },
        { tag: 'jobTitle', text: (r) => s(r.jobTitle) },
        // 备注: "服务中小企业从业年限”填写**年".
        { tag: 'years', text: (r) => (typeof r.years === 'number' ? `${r.years}年` : '') },
        { tag: 'insured', text: (r) => s(r.insured) },
        { tag: 'duty', text: (r) => s(r.duty) },
      ],
    },
  ],
};
