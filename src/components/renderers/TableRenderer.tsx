/**
 * The table renderer as JSON Forms registers it: TableControl (with its row, paste and TSV code)
 * loads when a step first shows a table, not before the form's first input. JSON Forms' own props
 * pass straight through.
 */
import { lazy, Suspense } from 'react';
import type { OwnPropsOfControl } from '@jsonforms/core';

const TableControl = lazy(() => import('./TableControl.tsx'));

export default function TableRenderer(props: OwnPropsOfControl) {
  return (
    <Suspense fallback={<p className="loading">正在载入表格…</p>}>
      <TableControl {...props} />
    </Suspense>
  );
}
