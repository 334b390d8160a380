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

const id = (i: number, key: string) => `desk-entries-${i}-own-${key}`;

interface RowProps {
  entry: DeskEntry;
  at: number;
  number: number;
  name: string;
  /** The messages at this applicant's own fields, by key: strings, so an unchanged row compares equal. */
  batchError?: string | undefined;
  districtError?: string | undefined;
  noteError?: string | undefined;
  servicesError?: string | undefined;
  showAll: boolean;
  onChange: (at: number, own: EnterpriseOwn & PlatformOwn) => void;
}

/** One applicant's part: its number and name as the summary prints them, and what is taken from its own papers. */
function EntryBox({ number, name, help, children }: { number: number; name: string; help: string; children: ReactNode }) {
  return (
    <fieldset className="form-section desk-entry">
      <legend>
        {number}. {name}
      </legend>
      <p className="help">{help}</p>
      {children}
    </fieldset>
  );
}

/**
 * One enterprise's boxes, drawn again only when its own props change: with 500 enterprises, each
 * keystroke in one 区（县） drew all 1,500 boxes again (about half a second a keystroke at 4× CPU).
 */
const EnterpriseOwnRow = memo(function EnterpriseOwnRow({ entry, at: i, number, name, batchError, districtError, noteError, showAll, onChange }: RowProps) {
  return (
    <EntryBox
      number={number}
      name={name}
      help={`所属行业：${industryText(getPath(entry.data, 'company.industry')) || '未填'}；统一社会信用代码：${String(getPath(entry.data, 'company.creditCode') ?? '未填')}。以上取自企业的申请书，附件7的其他数据同样取自附件1–3。`}
    >
      <Input id={id(i, 'batch')} label="专精特新“小巨人”企业批次" error={batchError} show={showAll}>
        {(p) => (
          <select id={id(i, 'batch')} value={entry.own.batch ?? ''} aria-invalid={p.invalid} aria-required="true" aria-describedby={p.describedBy} onBlur={p.onBlur} onChange={(e) => onChange(i, { ...entry.own, batch: e.target.value || undefined })}>
            <option value="">请选择</option>
            {BATCHES.map((b) => (
              <option key={b}>{b}</option>
            ))}
          </select>
        )}
      </Input>
      <Input id={id(i, 'district')} label="企业所在区（县）" error={districtError} show={showAll}>
        {(p) => (
          <input id={id(i, 'district')} type="text" list="desk-districts" autoComplete="off" value={entry.own.district ?? ''} aria-invalid={p.invalid} aria-required="true" aria-describedby={p.describedBy} onBlur={p.onBlur} onChange={(e) => onChange(i, { ...entry.own, district: e.target.value })} />
        )}
      </Input>
      <Input
        id={id(i, 'note')}
        label={`该企业属于制造强国、网络强国建设重点领域且主导产品技术含量高的说明（不超过${OWN_LIMITS.note}字）`}
        error={noteError}
        show={showAll}
        count={[countCharsUpTo(entry.own.note ?? '', 100_000), OWN_LIMITS.note]}
      >
        {(p) => (
          <textarea id={id(i, 'note')} rows={3} value={entry.own.note ?? ''} aria-invalid={p.invalid} aria-required="true" aria-describedby={p.describedBy} onBlur={p.onBlur} onChange={(e) => onChange(i, { ...entry.own, note: e.target.value })} />
        )}
      </Input>
    </EntryBox>
  );
});

/** One platform's box, drawn again only when its own props change. */
const PlatformOwnRow = memo(function PlatformOwnRow({ entry, at: i, number, name, servicesError, showAll, onChange }: RowProps) {
  const row = annex6Row(entry, 0);
  return (
    <EntryBox number={number} name={name} help={`认定文号：${row.approval || '未填'}；申报类别：${row.category || '未选择'}。以上取自平台的基本情况表。`}>
      <Input id={id(i, 'services')} label="提供服务内容" error={servicesError} show={showAll} count={[countCharsUpTo(entry.own.services ?? '', 100_000), OWN_LIMITS.services]}>
        {(p) => (
          <textarea id={id(i, 'services')} rows={3} value={entry.own.services ?? ''} aria-invalid={p.invalid} aria-required="true" aria-describedby={p.describedBy} onBlur={p.onBlur} onChange={(e) => onChange(i, { ...entry.own, services: e.target.value })} />
        )}
      </Input>
    </EntryBox>
  );
});

function DeskOwnInputs({ entries, names, city, errors, showAll, onChange }: Props) {
  // The first message at each path, looked up once: 500 enterprises asked a list of errors three times each.
  const messages = new Map<string, string>();
  for (const e of errors) if (!messages.has(e.path)) messages.set(e.path, e.message);
  const at = (i: number, key: string) => messages.get(`entries.${i}.own.${key}`);
  const districts = districtsOf(city);
  const enterprises = entries.map((e, i) => [e, i] as const).filter(([e]) => e.kind === 'enterprise');
  const platforms = entries.map((e, i) => [e, i] as const).filter(([e]) => e.kind === 'platform');
  // Numbered as the summary they fill numbers them: the platforms of 附件6 from 1, as the enterprises.
  const numbers = summaryNumbers(entries);
  const common = (entry: DeskEntry, i: number) => ({ entry, at: i, number: numbers[i]!, name: names[i] ?? '', showAll, onChange });
  return (
    <>
      <datalist id="desk-districts">
        {districts.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      {enterprises.length > 0 && <h2>附件5、附件7：企业（由主管部门填写）</h2>}
      {enterprises.map(([entry, i]) => (
        <EnterpriseOwnRow key={`${i}-${entry.fileName}`} {...common(entry, i)} batchError={at(i, 'batch')} districtError={at(i, 'district')} noteError={at(i, 'note')} />
      ))}
      {platforms.length > 0 && <h2>附件6：公共服务示范平台（由主管部门填写）</h2>}
      {platforms.map(([entry, i]) => (
        <PlatformOwnRow key={`${i}-${entry.fileName}`} {...common(entry, i)} servicesError={at(i, 'services')} />
      ))}
    </>
  );
}

// Hundreds of rows: rendered again only when their own props change.
export default memo(DeskOwnInputs);
