/** 形式审查: one row per collected applicant, in the order the summaries will list them. */
import { memo } from 'react';
import { type DeskEntry, summaryNumbers } from '../core/city/desk.ts';
import { RULE_MARK, RULE_WORD, ruleReason, unmetRules } from '../core/city/concerns.ts';
import { elsewhere } from '../core/city/home-city.ts';
import type { EntryReview } from '../core/city/review.ts';

interface Props {
  entries: readonly DeskEntry[];
  /** The desk's 市（州）: an applicant that says it is elsewhere is pointed out. */
  city: string;
  reviews: readonly EntryReview[];
  onMove: (from: number, to: number) => void;
  onRemove: (at: number) => void;
  onView: (at: number) => void;
}


interface RowProps {
  entry: DeskEntry;
  at: number;
  number: number;
  review: EntryReview;
  away: string | undefined;
  last: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (at: number) => void;
  onView: (at: number) => void;
}

/**
 * One applicant's row, drawn again only when its own props change. Typing in one enterprise's 区（县）
 * makes a new entry for that enterprise alone, and its review is kept with its answers (review.ts):
 * the other 499 rows are left as they are.
 */
const ReviewRow = memo(function ReviewRow({ entry, at, number, review, away, last, onMove, onRemove, onView }: RowProps) {
  const failed = unmetRules(review);
  return (
    <tr data-testid="review-row">
      <td>{number}</td>
      <th scope="row">
        {review.name}
        <span className="source">{entry.fileName}</span>
        {away && <span className="elsewhere">! {away}</span>}
      </th>
      <td>{review.kindLabel}</td>
      <td>{review.category}</td>
      <td>
        <ul className="rule-marks">
          {review.rules.map((r) => (
            <li key={r.id} className={`mark-${r.status}`}>
              <span aria-hidden="true">{RULE_MARK[r.status]}</span> {r.title}：{RULE_WORD[r.status]}
              {/* Why, in text anyone can read: a tooltip reaches neither the keyboard nor a touch screen. */}
              {(r.status === 'fail' || r.status === 'unknown') && r.details.length > 0 && <span className="rule-reason">{ruleReason(r)}</span>}
            </li>
          ))}
        </ul>
        {failed.length === 0 && <span className="all-pass">全部符合</span>}
      </td>
      <td>
        {review.missing.length + review.errors.length === 0 ? (
          '无'
        ) : (
          <details>
            <summary>
              {review.missing.length} 项未填{review.errors.length ? `，${review.errors.length} 项有误` : ''}
            </summary>
            <ul>
              {[...review.missing, ...review.errors].map((e) => (
                <li key={e.path}>{e.message}</li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td className="row-actions">
        <button type="button" id={viewButtonId(at)} aria-label={`查看${review.name}的填报内容`} onClick={() => onView(at)}>
          查看
        </button>
        <button type="button" id={rowActionId('up', at)} aria-label={`上移${review.name}`} disabled={at === 0} onClick={() => onMove(at, at - 1)}>
          上移
        </button>
        <button type="button" id={rowActionId('down', at)} aria-label={`下移${review.name}`} disabled={last} onClick={() => onMove(at, at + 1)}>
          下移
        </button>
        <button type="button" id={rowActionId('remove', at)} aria-label={`移除${review.name}`} onClick={() => onRemove(at)}>
          移除
        </button>
      </td>
    </tr>
  );
});

/** The id of row i's 查看 button: focus goes back to it when its viewer closes. */
export const viewButtonId = (i: number): string => `desk-view-${i}`;
/** The ids of row i's other buttons: after a move or a removal, focus goes to the button in the row's new place. */
export const rowActionId = (action: 'up' | 'down' | 'remove', i: number): string => `desk-${action}-${i}`;

function DeskReviewTable({ entries, city, reviews, onMove, onRemove, onView }: Props) {
  if (!entries.length) return <p className="empty-desk">还没有收集申报材料。把企业和平台发来的答案文件或 Word 文档拖到上面，或点“选择文件”。</p>;
  const numbers = summaryNumbers(entries);
  return (
    <div className="table-scroll">
      <table className="review-table">
        <caption>形式审查（共 {entries.length} 家；顺序即汇总表中的顺序，序号是企业在附件5、附件7中和平台在附件6中的序号）</caption>
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">申报单位</th>
            <th scope="col">类型</th>
            <th scope="col">批次 / 申报类别</th>
            <th scope="col">申报条件自查</th>
            <th scope="col">未填必填项</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, i) => (
            <ReviewRow
              key={`${i}-${entry.fileName}`}
              entry={entry}
              at={i}
              number={numbers[i]!}
              review={reviews[i]!}
              away={elsewhere(entry, city)}
              last={i === entries.length - 1}
              onMove={onMove}
              onRemove={onRemove}
              onView={onView}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Hundreds of rows: rendered again only when their own props change.
export default memo(DeskReviewTable);
