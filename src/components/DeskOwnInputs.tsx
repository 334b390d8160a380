/**
 * What only the authority can say about each applicant: 附件5's 批次 and 说明 and 附件7's 区（县）
 * for an enterprise, 附件6's 提供服务内容 for a platform. Everything else in the summaries comes
 * from the applicants' own answers and is shown here, not retyped.
 */
import { useState, type ReactNode, memo } from 'react';
import { type DeskEntry, type EnterpriseOwn, type PlatformOwn, summaryNumbers } from '../core/city/desk.ts';
import { OWN_LIMITS } from '../core/city/own-limits.ts';
import { annex6Row, industryText } from '../core/city/rows.ts';
import { getPath } from '../core/dossier/paths.ts';
import type { FieldError } from '../core/errors.ts';
import { districtsOf } from '../core/reference/sichuan.ts';
import { countCharsUpTo } from '../core/text/count-chars.ts';

interface Props {
  entries: readonly DeskEntry[];
  names: readonly string[];
  city: string;
  errors: readonly FieldError[];
  showAll: boolean;
  onChange: (at: number, own: EnterpriseOwn & PlatformOwn) => void;
}

const BATCHES = ['第一批', '第二批', '第三批（公示名单）'];

function Input(props: { id: string; label: string; error?: string; show: boolean; count?: [number, number]; children: (p: { describedBy?: string; invalid: boolean; onBlur: () => void }) => ReactNode }) {
  const [left, setLeft] = useState(false);
  const shown = props.error && (left || props.show) ? props.error : '';
  const errorId = `${props.id}-error`;
  return (
    <div className={`field${shown ? ' has-error' : ''}`} data-path={props.id}>
      <label htmlFor={props.id} className="is-required">
        {props.label}
      </label>
      {props.children({ describedBy: shown ? errorId : undefined, invalid: !!shown, onBlur: () => setLeft(true) })}
      {props.count && (
        <p className={`counter${props.count[0] > props.count[1] ? ' over' : ''}`}>
          已输入 {props.count[0]}/{props.count[1]} 字
        </p>
      )}
      {/* Always in place, so what appears in it is announced (a live region that comes with its text may not be). */}
      <p className="error" id={errorId} role="status" aria-live="polite">
        {shown}
      </p>
    </div>
  );
}

function DeskOwnInputs({ entries, names, city, errors, showAll, onChange }: Props) {
  const errorAt = (path: string) => errors.find((e) => e.path === path)?.message;
  const districts = districtsOf(city);
  const enterprises = entries.map((e, i) => [e, i] as const).filter(([e]) => e.kind === 'enterprise');
  const platforms = entries.map((e, i) => [e, i] as const).filter(([e]) => e.kind === 'platform');
  const id = (i: number, key: string) => `desk-entries-${i}-own-${key}`;
  // Numbered as the summary they fill numbers them: the platforms of 附件6 from 1, as the enterprises.
  const numbers = summaryNumbers(entries);
  return (
    <>
      <datalist id="desk-districts">
        {districts.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      {enterprises.length > 0 && <h2>附件5、附件7：企业（由主管部门填写）</h2>}
      {enterprises.map(([entry, i]) => (
        <fieldset key={`${i}-${entry.fileName}`} className="form-section desk-entry">
          <legend>
            {numbers[i]}. {names[i]}
          </legend>
          <p className="help">
            所属行业：{industryText(getPath(entry.data, 'company.industry')) || '未填'}；统一社会信用代码：{String(getPath(entry.data, 'company.creditCode') ?? '未填')}。以上取自企业的申请书，附件7的其他数据同样取自附件1–3。
          </p>
          <Input id={id(i, 'batch')} label="专精特新“小巨人”企业批次" error={errorAt(`entries.${i}.own.batch`)} show={showAll}>
            {(p) => (
              <select id={id(i, 'batch')} value={entry.own.batch ?? ''} aria-invalid={p.invalid} aria-required="true" aria-describedby={p.describedBy} onBlur={p.onBlur} onChange={(e) => onChange(i, { ...entry.own, batch: e.target.value || undefined })}>
                <option value="">请选择</option>
                {BATCHES.map((b) => (
                  <option key={b}>{b}</option>
                ))}
              </select>
            )}
          </Input>
          <Input id={id(i, 'district')} label="企业所在区（县）" error={errorAt(`entries.${i}.own.district`)} show={showAll}>
            {(p) => (
              <input id={id(i, 'district')} type="text" list="desk-districts" autoComplete="off" value={entry.own.district ?? ''} aria-invalid={p.invalid} aria-required="true" aria-describedby={p.describedBy} onBlur={p.onBlur} onChange={(e) => onChange(i, { ...entry.own, district: e.target.value })} />
            )}
          </Input>
          <Input
            id={id(i, 'note')}
            label={`该企业属于制造强国、网络强国建设重点领域且主导产品技术含量高的说明（不超过${OWN_LIMITS.note}字）`}
            error={errorAt(`entries.${i}.own.note`)}
            show={showAll}
            count={[countCharsUpTo(entry.own.note ?? '', 100_000), OWN_LIMITS.note]}
          >
            {(p) => (
              <textarea id={id(i, 'note')} rows={3} value={entry.own.note ?? ''} aria-invalid={p.invalid} aria-required="true" aria-describedby={p.describedBy} onBlur={p.onBlur} onChange={(e) => onChange(i, { ...entry.own, note: e.target.value })} />
            )}
          </Input>
        </fieldset>
      ))}
      {platforms.length > 0 && <h2>附件6：公共服务示范平台（由主管部门填写）</h2>}
      {platforms.map(([entry, i]) => {
        const row = annex6Row(entry, 0);
        return (
          <fieldset key={`${i}-${entry.fileName}`} className="form-section desk-entry">
            <legend>
              {numbers[i]}. {names[i]}
            </legend>
            <p className="help">
              认定文号：{row.approval || '未填'}；申报类别：{row.category || '未选择'}。以上取自平台的基本情况表。
            </p>
            <Input id={id(i, 'services')} label="提供服务内容" error={errorAt(`entries.${i}.own.services`)} show={showAll} count={[countCharsUpTo(entry.own.services ?? '', 100_000), OWN_LIMITS.services]}>
              {(p) => (
                <textarea id={id(i, 'services')} rows={3} value={entry.own.services ?? ''} aria-invalid={p.invalid} aria-required="true" aria-describedby={p.describedBy} onBlur={p.onBlur} onChange={(e) => onChange(i, { ...entry.own, services: e.target.value })} />
              )}
            </Input>
          </fieldset>
        );
      })}
    </>
  );
}

// Hundreds of rows: rendered again only when their own props change.
export default memo(DeskOwnInputs);
