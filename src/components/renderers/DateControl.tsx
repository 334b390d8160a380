/** A date picked or typed as 年-月-日; stored as `YYYY-MM-DD`. */
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ControlProps } from '@jsonforms/core';
import { useEffect, useState } from 'react';
import { Field } from './Field.tsx';
import { datesReady, onDatesReady } from './warm-date-input.ts';
import { warmDatesWhenIdle } from '../date-warmup.ts';
import { isDate } from '../../core/formats/standard.ts';
import { readDateText } from '../../core/formats/date-text.ts';
import { BAD_DATE, isRequiredField } from './field-state.ts';

/**
 * Whether the browser's date machinery is warm (warm-date-input.ts). The first date input a page makes
 * costs it 50–100 ms at 4× CPU; until the warm-up has paid that in an idle moment, a date field is a text
 * field that takes the same `YYYY-MM-DD`. A field also asks for the warm-up itself: the 市（州） desk's
 * read-only viewer has no editor around it to ask.
 */
function useDatesReady(): boolean {
  const [ready, setReady] = useState(datesReady);
  useEffect(() => {
    if (ready) return undefined;
    const stop = onDatesReady(() => setReady(true));
    const cancel = warmDatesWhenIdle();
    return () => {
      stop();
      cancel();
    };
  }, [ready]);
  return ready;
}

/** What a date input keeps: it empties any value that is not a real date (year 0001 on). */
const keptByDateInput = (value: string) => value === '' || (isDate(value) && value >= '0001');

export function DateControl(props: ControlProps) {
  const { data, path, handleChange, label, description, errors, visible, enabled } = props;
  const required = isRequiredField(props);
  const ready = useDatesReady();
  // Typing into the text field: it stays one until the person leaves it.
  const [typing, setTyping] = useState(false);
  // The date input shows what is no date (BAD_DATE); nothing is stored while it does.
  const [bad, setBad] = useState(false);
  const value = typeof data === 'string' ? data : '';
  // A value the date input would empty stays in a text field, where it can be seen and corrected.
  const asDate = ready && !typing && keptByDateInput(value);
  return (
    <Field path={path} label={label} required={!!required} readOnly={!enabled} description={description} errors={bad && value === '' ? BAD_DATE : errors} value={data} visible={visible}>
      {({ inputId, describedBy, invalid, onBlur }) => (
        <input
          id={inputId}
          type={asDate ? 'date' : 'text'}
          value={value}
          min="1900-01-01"
          max="2099-12-31"
          placeholder={asDate ? undefined : '年-月-日'}
          autoComplete="off"
          // Read-only, not disabled, in a read-only form: reachable by Tab, and its date can be read.
          readOnly={!enabled}
          aria-invalid={invalid}
          aria-describedby={describedBy || undefined}
          aria-required={required}
          onFocus={() => !asDate && setTyping(true)}
          onChange={(e) => {
            setBad(!!e.target.validity?.badInput);
            handleChange(path, e.target.value === '' ? undefined : e.target.value);
          }}
          onBlur={() => {
            setTyping(false);
            // 2024/5/1 or 2024年5月1日, typed where the picker is not yet or not shown: stored as the picker's form.
            const read = asDate || !enabled ? null : readDateText(value, 'date');
            if (read !== null && read !== value) handleChange(path, read);
            onBlur();
          }}
        />
      )}
    </Field>
  );
}

export default withJsonFormsControlProps(DateControl);
