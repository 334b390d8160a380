/** A section of the form, headed like the printed form's parts. */
import { withJsonFormsLayoutProps, JsonFormsDispatch } from '@jsonforms/react';
import type { GroupLayout as GroupUi, LayoutProps } from '@jsonforms/core';

export function GroupLayout({ uischema, schema, path, enabled, visible, renderers, cells }: LayoutProps) {
  if (!visible) return null;
  const group = uischema as GroupUi;
  return (
    <section className="form-section">
      {group.label && <h2>{group.label}</h2>}
      {group.elements.map((child, i) => (
        <JsonFormsDispatch key={i} uischema={child} schema={schema} path={path} enabled={enabled} renderers={renderers} cells={cells} />
      ))}
    </section>
  );
}

export default withJsonFormsLayoutProps(GroupLayout);
