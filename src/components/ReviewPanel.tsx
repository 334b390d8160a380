/**
 * 检查与下载: before downloading, everything still wrong or empty, grouped by annex and step,
 * and every failed self-check rule; each entry jumps to its field. Previews and downloads live here.
 */
import type { ApplicantDefinition } from '../core/annexes/types.ts';
import { fieldLabel } from '../core/annexes/field-label.ts';
import type { AnnexProgress } from './dossier-progress.ts';

interface Props {
  applicant: ApplicantDefinition;
  data: unknown;
  progress: readonly AnnexProgress[];
  percent: number;
  busy: boolean;
  onJump: (path: string, annexId?: string) => void;
  onPreview: (annexId: string) => void;
  onDownload: (target: string, force?: boolean) => void;
}

export default function ReviewPanel({ applicant, data, progress, percent, busy, onJump, onPreview, onDownload }: Props) {
  const checked = applicant.check(data);
  const rules = checked.filter((r) => r.status === 'fail' || r.status === 'unknown');
  // Met, but with figures that disagree: listed too, or a clerk who reads only this page sends them as they are.
  const cautions = checked.filter((r) => r.status === 'pass' && r.caution?.length);
  const problems = progress.reduce((n, a) => n + a.errors.length, 0);
  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title" className="annex-title">
        检查与下载
      </h2>
      <p className="annex-status" data-testid="review-summary">
        全部项目已填写 {percent}%（含选填项）。{problems ? `还有 ${problems} 处需要填写或修改` : '全部附件已填写完整'}
        {rules.length ? `，申报条件自查有 ${rules.length} 项不符合或待填写` : '，申报条件自查全部符合'}
        {cautions.length ? `，另有 ${cautions.length} 项请核对。` : '。'}
      </p>

      {rules.length + cautions.length > 0 && (
        <section aria-labelledby="review-rules">
          <h3 id="review-rules">申报条件自查</h3>
          <ul className="review-list">
            {[...rules, ...cautions].map((r) => (
              <li key={r.id}>
                <strong>{r.title}</strong>：
                {r.status === 'pass' ? `符合，但请核对。${r.caution!.join('；')}` : `${r.status === 'fail' ? '不符合' : '待填写'}。${r.details.join('；')}`}
                {r.fields.length > 0 && (
                  <span className="review-links">
                    {' '}
                    {r.fields.map((f) => (
                      <button key={f} type="button" className="link" onClick={() => onJump(f)}>
                        {fieldLabel(applicant, f)}
                      </button>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {progress.map(({ annex, errors, steps }) => (
        <section key={annex.id} className="review-annex" aria-labelledby={`review-${annex.id}`}>
          <h3 id={`review-${annex.id}`}>
            {annex.number} {annex.title}
          </h3>
          {errors.length === 0 ? (
            <p className="review-ok">已填写完整。</p>
          ) : (
            steps
              .filter((s) => s.progress.errors.length)
              .map(({ step, progress: p }) => (
                <div key={step.id}>
                  <h4>{step.label}</h4>
                  <ul className="review-list">
                    {p.errors.map((e) => (
                      <li key={e.path}>
                        <button type="button" className="link" onClick={() => onJump(e.path, annex.id)}>
                          {e.label}
                        </button>
                        ：{e.message}
                      </li>
                    ))}
                  </ul>
                </div>
              ))
          )}
          <p className="review-actions">
            <button type="button" aria-disabled={busy || undefined} onClick={() => !busy && onPreview(annex.id)}>
              预览{annex.number}
            </button>{' '}
            <button type="button" aria-disabled={busy || undefined} onClick={() => !busy && onDownload(`annex:${annex.id}`)}>
              下载{annex.number}（Word）
            </button>
          </p>
        </section>
      ))}
    </section>
  );
}
