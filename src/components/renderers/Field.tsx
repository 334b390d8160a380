/** The frame every control shares: label, help text, error and the ids that tie them together. */
import { useContext, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { ShowAllErrorsContext, shouldShowError } from './field-state.ts';
import { announce, leavingMessage, type Visit } from './announce.ts';

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
  /**
   * Shown, not edited (a dossier another tab edits, the desk's viewer): leaving the field does not
   * mark it, since whoever reads it here can do nothing about an empty answer.
   */
  readOnly?: boolean;
}

export function Field({ path, label, required, description, errors, value, visible, meta, children, asGroup, readOnly = false }: FieldProps) {
  const showAll = useContext(ShowAllErrorsContext);
  const [touched, setTouched] = useState(false);
  // What the field shows now, read when focus leaves it (announce.ts); kept without a render of its own.
  const now = useRef({ shown: '', value });
  // The field as focus entered it, and whether anything was typed or chosen since.
  const visit = useRef<(Visit & { edited: boolean }) | null>(null);
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
  now.current.shown = showError ? message : '';
  now.current.value = value;
  // Focus moving between the parts of one field (the radios of a group) neither enters nor leaves it.
  const within = (e: FocusEvent<HTMLElement>) => e.currentTarget.contains(e.relatedTarget as Node | null);
  const enter = (e: FocusEvent<HTMLElement>) => {
    if (!within(e)) visit.current = { shown: now.current.shown, value: now.current.value, edited: false };
  };
  // An input event bubbling up: a flag set, nothing rendered.
  const edit = () => {
    if (visit.current) visit.current.edited = true;
  };
  const leave = (e: FocusEvent<HTMLElement>) => {
    const v = visit.current;
    if (within(e) || !v) return;
    visit.current = null;
    // The message is the one for what the field holds once its text is taken and checked: the render
    // this blur causes runs first (a microtask), the check after it.
    setTimeout(() => {
      const said = leavingMessage(v, now.current.shown, now.current.value, v.edited);
      if (said) announce(`${label}：${said}`);
    }, 0);
  };
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
      {children({ inputId, labelId, describedBy, invalid: showError, onBlur: () => !readOnly && setTouched(true) })}
      {meta}
      {/* Not a live region: the message is said once, on leaving the field (announce.ts). */}
      <p className="error" id={errorId}>
        {showError ? message : ''}
      </p>
    </>
  );
  return asGroup ? (
    <fieldset className={`field field-group${showError ? ' has-error' : ''}`} id={id} data-path={path} onFocus={enter} onBlur={leave} onInput={edit}>
      <legend>{labelText}</legend>
      {body}
    </fieldset>
  ) : (
    <div className={`field${showError ? ' has-error' : ''}`} id={id} data-path={path} onFocus={enter} onBlur={leave} onInput={edit}>
      <label htmlFor={inputId}>{labelText}</label>
      {body}
    </div>
  );
}
