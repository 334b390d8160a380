/** Amounts and counts, with their unit always visible. */
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ControlProps } from '@jsonforms/core';
import { useEffect, useState } from 'react';
import { Field } from './Field.tsx';
import { parseNumberInput } from '../../core/text/number-input.ts';
import { usePendingText } from './use-pending-text.ts';
import { isRequiredField } from './field-state.ts';

const show = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export function NumberControl(props: ControlProps) {
  const { data, path, handleChange, schema, label, description, errors, visible, enabled } = props;
  const required = isRequiredField(props);
  // Our own keywords (see createAjv) are not part of JSON Forms' schema type.
  const custom = schema as { unit?: unknown };
  const unit = typeof custom.unit === 'string' ? custom.unit : undefined;
  // The text box keeps what the user typed ("1,200") while the data holds the number (1200).
  const [text, setText] = useState(show(data));
  // The form takes the number when typing pauses or the field is left (form-latest.ts).
  const pending = usePendingText((typed) => handleChange(path, parseNumberInput(typed, unit)));
  useEffect(() => {
    if (parseNumberInput(text, unit) !== data) setText(show(data));
    // Only resync when the data changes from outside (example loaded, file imported).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  const understood = typeof data === 'number' && text.trim() !== String(data) ? `按 ${data}${unit ?? ''} 记录` : null;
  return (
    <Field
      path={path}
      label={label}
      required={!!required}
      readOnly={!enabled}
      description={description}
      errors={errors}
      value={data}
      visible={visible}
      meta={understood ? <p className="counter">{understood}</p> : null}
    >
      {({ inputId, describedBy, invalid, onBlur }) => (
        <span className="with-unit">
          <input
            id={inputId}
            type="text"
            inputMode={schema.type === 'integer' ? 'numeric' : 'decimal'}
            value={text}
            // Read-only, not disabled, in a read-only form: reachable by Tab, and its figure can be copied.
            readOnly={!enabled}
            aria-invalid={invalid}
            aria-describedby={describedBy || undefined}
            aria-required={required}
            autoComplete="off"
            onChange={(e) => {
              setText(e.target.value);
              pending.type(e.target.value);
            }}
            onBlur={() => {
              pending.flush();
              onBlur();
            }}
          />
          {unit && <span className="unit">{unit}</span>}
        </span>
      )}
    </Field>
  );
}

export default withJsonFormsControlProps(NumberControl);
