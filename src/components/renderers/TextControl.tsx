/** Single-line or multi-line text, with a live count wherever the seed sets a limit ("不超过500字"). */
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ControlProps } from '@jsonforms/core';
import { tidyFormatted } from '../../core/formats/tidy.ts';
import { countCharsUpTo } from '../../core/text/count-chars.ts';
import { Field } from './Field.tsx';
import { usePendingText } from './use-pending-text.ts';
import { isRequiredField } from './field-state.ts';

/** Past this the counter says "100000+": exact counts of pasted novels cost more than they tell. */
const COUNT_CAP = 100_000;

/**
 * A read-only form (the 市（州） desk's viewer, a dossier open in another tab) shows its answers in
 * read-only boxes, not disabled ones: Tab reaches them, and their text can be read, selected and copied.
 */
export function TextControl(props: ControlProps) {
  const { data, path, handleChange, schema, uischema, label, description, errors, visible, enabled } = props;
  const required = isRequiredField(props);
  // Clearing a field removes the key, so "required" reports it as missing rather than as "".
  const pending = usePendingText((text) => handleChange(path, text === '' ? undefined : text));
  const stored = typeof data === 'string' ? data : data === undefined || data === null ? '' : String(data);
  // What is being typed shows (and is counted) at once; the form takes it when typing pauses.
  const value = pending.draft ?? stored;
  // Our own keywords (see createAjv) are not part of JSON Forms' schema type.
  const custom = schema as { maxChars?: unknown; format?: unknown };
  const limit = typeof custom.maxChars === 'number' ? custom.maxChars : undefined;
  const multi = uischema.options?.multi === true;
  const used = countCharsUpTo(value, COUNT_CAP);
  const counter =
    limit !== undefined ? (
      <p className={`counter${used > limit ? ' over' : ''}`} aria-live="off">
        已输入 {used > COUNT_CAP ? `${COUNT_CAP}+` : used}/{limit} 字
      </p>
    ) : null;
  const onChange = pending.type;
  return (
    <Field path={path} label={label} required={!!required} readOnly={!enabled} description={description} errors={errors} value={data} visible={visible} meta={counter}>
      {({ inputId, describedBy, invalid, onBlur }) =>
        multi ? (
          <textarea
            id={inputId}
            value={value}
            rows={12}
            readOnly={!enabled}
            aria-invalid={invalid}
            aria-describedby={describedBy || undefined}
            aria-required={required}
            onChange={(e) => onChange(e.target.value)}
            onBlur={() => {
              pending.flush();
              onBlur();
            }}
          />
        ) : (
          <input
            id={inputId}
            type="text"
            value={value}
            readOnly={!enabled}
            aria-invalid={invalid}
            aria-describedby={describedBy || undefined}
            aria-required={required}
            autoComplete="off"
            onChange={(e) => onChange(e.target.value)}
            onBlur={() => {
              pending.flush();
              // A code pasted with spaces or typed in full-width is written as the form asks, on leaving it.
              const tidy = tidyFormatted(custom.format, value);
              if (enabled && tidy !== value) handleChange(path, tidy === '' ? undefined : tidy);
              onBlur();
            }}
          />
        )
      }
    </Field>
  );
}

export default withJsonFormsControlProps(TextControl);
