/** A long list (97 行业大类) as a select, labelled with code and name. */
import { withJsonFormsOneOfEnumProps } from '@jsonforms/react';
import type { ControlProps, OwnPropsOfEnum } from '@jsonforms/core';
import { Field } from './Field.tsx';
import { isRequiredField } from './field-state.ts';

export function SelectControl(props: ControlProps & OwnPropsOfEnum) {
  const { data, path, handleChange, label, description, errors, visible, enabled, options = [] } = props;
  const required = isRequiredField(props);
  return (
    <Field path={path} label={label} required={!!required} description={description} errors={errors} value={data} visible={visible}>
      {({ inputId, describedBy, invalid, onBlur }) => (
        <select
          id={inputId}
          value={typeof data === 'string' ? data : ''}
          disabled={!enabled}
          aria-invalid={invalid}
          aria-describedby={describedBy || undefined}
          aria-required={required}
          onChange={(e) => handleChange(path, e.target.value === '' ? undefined : e.target.value)}
          onBlur={onBlur}
        >
          <option value="">请选择…</option>
          {options.map((o) => (
            <option key={String(o.value)} value={String(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export default withJsonFormsOneOfEnumProps(SelectControl);
