/** A section of the form, headed like the printed form's parts. */
import { withJsonFormsLayoutProps, JsonFormsDispatch } from '@jsonforms/react';
import type { GroupLayout as GroupUi, LayoutProps } from '@jsonforms/core';
import { useFirstThenAll } from './use-first-then-all.ts';

/**
 * Parts a section renders in its first task; the rest follow in the next. Four fields fill a
 * phone's screen below the page's header, so nothing on screen moves when the rest arrive.
 */
const FIRST = 4;

export function GroupLayout({ uischema, schema, path, enabled, visible, renderers, cells }: LayoutProps) {
  const group = uischema as GroupUi;
  const shown = useFirstThenAll(group.elements.length, FIRST);
  if (!visible) return null;
  return (
    <section className="form-section">
      {group.label && <h2>{group.label}</h2>}
      {group.elements.slice(0, shown).map((child, i) => (
        <JsonFormsDispatch key={i} uischema={child} schema={schema} path={path} enabled={enabled} renderers={renderers} cells={cells} />
      ))}
    </section>
  );
}

export default withJsonFormsLayoutProps(GroupLayout);
