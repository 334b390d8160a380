/** A date picked or typed as 年-月-日; stored as `YYYY-MM-DD`. */
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ControlProps } from '@jsonforms/core';
import { Field } from './Field.tsx';

// The browser's date machinery is warmed ahead of the first date input (date-warmup.ts decides when).

export function DateControl(props: ControlProps) {
  const { data, path, handleChange, label, required, description, errors, visible, enabled } = props;
  return (
    <Field path={path} label={label} required={!!required} description={description} errors={errors} value={data} visible={visible}>
      {({ inputId, describedBy, invalid, onBlur }) => (
        <input
          id={inputId}
          type="date"
          value={typeof data === 'string' ? data : ''}
          min="1900-01-01"
          max="2099-12-31"
          disabled={!enabled}
          aria-invalid={invalid}
          aria-describedby={describedBy || undefined}
          aria-required={required}
          onChange={(e) => handleChange(path, e.target.value === '' ? undefined : e.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}

export default withJsonFormsControlProps(DateControl);
