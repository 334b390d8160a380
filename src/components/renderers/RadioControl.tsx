/** A short list of options as radio buttons, like the □ rows of the printed form. */
import { withJsonFormsEnumProps } from '@jsonforms/react';
import type { ControlProps, OwnPropsOfEnum } from '@jsonforms/core';
import { Field } from './Field.tsx';
import { isRequiredField } from './field-state.ts';

export function RadioControl(props: ControlProps & OwnPropsOfEnum) {
  const { data, path, handleChange, label, description, errors, visible, enabled, options = [] } = props;
  const required = isRequiredField(props);
  return (
    <Field path={path} label={label} required={!!required} description={description} errors={errors} value={data} visible={visible} asGroup>
      {({ inputId, labelId, describedBy, invalid, onBlur }) => (
        // Named by the legend, as the fieldset around it is: a radio group without a name is announced as just "radio group".
        <div className="choices" role="radiogroup" aria-labelledby={labelId} aria-describedby={describedBy || undefined} aria-invalid={invalid} aria-required={required}>
          {options.map((o, i) => (
            <label key={String(o.value)} className="choice">
              <input
                type="radio"
                id={i === 0 ? inputId : `${inputId}-${i}`}
                name={inputId}
                value={String(o.value)}
                checked={data === o.value}
                disabled={!enabled}
                onChange={() => handleChange(path, o.value)}
                onBlur={onBlur}
              />
              {o.label}
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}

export default withJsonFormsEnumProps(RadioControl);
