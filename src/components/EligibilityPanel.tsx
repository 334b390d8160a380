/**
 * 申报条件自查: each rule with its result and the numbers behind it, and the
 * computed indicators with their formulas. Warnings only; downloads stay open.
 */
import { useMemo } from 'react';
import type { RuleStatus } from '../core/rules.ts';
import type { ApplicantDefinition } from '../core/annexes/types.ts';
import { deriveYear, FORMULAS, YEARS, type DerivedKey } from '../core/enterprise/derived.ts';
import { fieldLabel } from '../core/annexes/field-label.ts';

const STATUS_TEXT: Record<RuleStatus, string> = { pass: '符合', fail: '不符合', unknown: '待填写', info: '参考' };
const DERIVED_LABELS: Record<DerivedKey, string> = {
  mainShare: '主营业务收入占营业收入比重',
  rdShare: '研发经费占营业收入比重',
  mainGrowth: '主营业务收入增长率',
  profitGrowth: '利润增长率',
};

/** `data` is left out until the page has shown its form: the panel is folded, and its first check can wait. */
export default function EligibilityPanel({ applicant, data, onJump }: { applicant: ApplicantDefinition; data: unknown; onJump: (path: string) => void }) {
  const rules = useMemo(() => (data === undefined ? [] : applicant.check(data)), [applicant, data]);
  const derived = useMemo(() => (data === undefined ? [] : YEARS.map((y) => [y, deriveYear(data, y)] as const)), [data]);
  if (data === undefined)
    return (
      <details className="eligibility">
        <summary>
          <h2 id="eligibility-title">申报条件自查</h2>
          <span className="eligibility-count" data-testid="eligibility-count">
            正在核对…
          </span>
        </summary>
      </details>
    );
  const failing = rules.filter((r) => r.status === 'fail').length;
  const passing = rules.filter((r) => r.status === 'pass').length;
  const open = rules.filter((r) => r.status === 'unknown').length;
  return (
    // Folded while nothing fails, so a long form is not pushed down; opens by itself when a rule fails.
    <details className="eligibility" open={failing > 0}>
      <summary>
        <h2 id="eligibility-title">申报条件自查</h2>
        <span className="eligibility-count" data-testid="eligibility-count">
          {passing} 项符合 · {failing} 项不符合 · {open} 项待填写
        </span>
      </summary>
      <p className="help">
        {failing ? `有 ${failing} 项条件不符合。不符合不影响下载，但请核实后再申报。` : '根据已填写的内容逐条核对通知的申报对象和申报条件。'}
      </p>
      <ul className="rules">
        {rules.map((r) => (
          <li key={r.id} className={`rule rule-${r.status}`} data-rule={r.id}>
            <p className="rule-head">
              <span className="badge">{STATUS_TEXT[r.status]}</span> <strong>{r.title}</strong>
            </p>
            <p className="rule-req">{r.requirement}</p>
            <ul className="rule-details">
              {r.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
            {r.fields.length > 0 && r.status !== 'info' && (
              <p className="rule-fields">
                相关填写项：
                {r.fields.map((f) => (
                  <button key={f} type="button" className="link" onClick={() => onJump(f)}>
                    {fieldLabel(applicant, f)}
                  </button>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
      {applicant.kind === 'enterprise' && <EnterpriseIndicators derived={derived} />}
    </details>
  );
}

/** The enterprise's computed shares and growth rates, with their formulas. */
function EnterpriseIndicators({ derived }: { derived: (readonly [string, ReturnType<typeof deriveYear>])[] }) {
  return (
    <>
      <h3>计算指标</h3>
      <div className="table-scroll">
        <table className="derived">
          <caption>由“三、相关指标”自动计算，保留两位小数（%）</caption>
          <thead>
            <tr>
              <th scope="col">指标</th>
              {YEARS.map((y) => (
                <th scope="col" key={y}>
                  {y}年
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(Object.keys(FORMULAS) as DerivedKey[]).map((k) => (
              <tr key={k}>
                <th scope="row">{DERIVED_LABELS[k]}</th>
                {derived.map(([y, d]) => (
                  <td key={y} title={d[k].reason}>
                    {d[k].value === null ? '—' : `${d[k].value.toFixed(2)}%`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="formulas">
        {Object.values(FORMULAS).map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </>
  );
}
