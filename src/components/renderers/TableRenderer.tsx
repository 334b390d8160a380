/**
 * The table renderer as JSON Forms registers it: TableControl (with its row, paste and TSV code)
 * loads when a step first shows a table, not before the form's first input. JSON Forms' own props
 * pass straight through.
 */
import type { OwnPropsOfControl } from '@jsonforms/core';
import { lazyPart } from '../lazy-part.tsx';

const TableControl = lazyPart(() => import('./TableControl.tsx'), { loading: <p className="loading">正在载入表格…</p> });

export default function TableRenderer(props: OwnPropsOfControl) {
  return <TableControl {...props} />;
}
