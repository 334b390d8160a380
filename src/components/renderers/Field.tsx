/** The frame every control shares: label, help text, error and the ids that tie them together. */
import { useContext, useState, type ReactNode } from 'react';
import { ShowAllErrorsContext, shouldShowError } from './field-state.ts';

export interface FieldProps {
  /** The data path (`company.name`); element ids are derived from it so they stay readable and stable. */
  path: string;
  label: string;
  required: boolean;
  description?: string | undefined;
  errors: string;
  value: unknown;
  visible: boolean;
  /** Extra line under the input, e.g. the character count. */
  meta?: ReactNode;
  /** Renders the input; receives the ids it must reference and a blur handler. */
  children: (a: { inputId: string; labelId: string; describedBy: string; invalid: boolean; onBlur: () => void }) => ReactNode;
  /** Radio groups label with a legend instead of a label element. */
  asGroup?: boolean;
}

export function Field({ path, label, required, description, errors, value, visible, meta, children, asGroup }: FieldProps) {
  const showAll = useContext(ShowAllErrorsContext);
  const [touched, setTouched] = useState(false);
  if (!visible) return null;
  const id = `field-${path.replace(/\./g, '-')}`;
  const inputId = `${id}-input`;
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  // JSON Forms joins a field's messages with newlines and may leave empty ones behind.
  const message = errors.split('\n').map((m) => m.trim()).filter(Boolean).join(' ');
  const showError = shouldShowError(message, touched, value, showAll);
  const describedBy = [showError ? errorId : '', description ? helpId : ''].filter(Boolean).join(' ');
  // The asterisk is drawn by CSS: the accessible name stays the official label, and aria-required says "必填".
  const labelText = (
    <span className={required ? 'label is-required' : 'label'} id={labelId}>
      {label}
    </span>
  );
  const body = (
    <>
      {description && (
        <p className="help" id={helpId}>
          {description}
        </p>
      )}
      {children({ inputId, labelId, describedBy, invalid: showError, onBlur: () => setTouched(true) })}
      {meta}
      <p className="error" id={errorId} role="status" aria-live="polite">
        {showError ? message : ''}
      </p>
    </>
  );
  return asGroup ? (
    <fieldset className={`field field-group${showError ? ' has-error' : ''}`} id={id} data-path={path}>
      <legend>{labelText}</legend>
      {body}
    </fieldset>
  ) : (
    <div className={`field${showError ? ' has-error' : ''}`} id={id} data-path={path}>
      <label htmlFor={inputId}>{labelText}</label>
      {body}
    </div>
  );
}
