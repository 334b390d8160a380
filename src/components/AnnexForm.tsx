/** One annex's form: JSON Forms with our renderers, our ajv and our Chinese messages. */
import { JsonForms } from '@jsonforms/react';
import type { ErrorObject } from 'ajv';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { flushPendingEdits, heldFormData, holdFormData, releaseFormData } from './form-latest.ts';
import type { AnnexDefinition } from '../core/annexes/types.ts';
import { annexSchema, annexUiSchema } from '../core/annexes/schemas.ts';
import { formAjv } from '../core/validate/form-ajv.ts';
import { checkErrorToAjv, translateError } from '../core/validate/translate.ts';
import { errorsWithin } from '../core/validate/errors-within.ts';
import { skeleton } from '../core/dossier/skeleton.ts';
import type { JsonSchema as CoreSchema } from '../core/schema/types.ts';
import { INIT, UPDATE_CORE, type JsonSchema, type Middleware, type UISchemaElement } from '@jsonforms/core';
import { cells, renderers } from './renderers/index.ts';

interface Props {
  annex: AnnexDefinition;
  data: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
  /** The 市（州） desk shows an applicant's answers without letting them be changed. */
  readonly?: boolean;
  /** One step of the annex; the whole annex when absent. Validation always covers the whole annex. */
  uischema?: UISchemaElement;
  /**
   * The data paths of the step's fields: JSON Forms then keeps only the errors at or under them, so
   * each field it renders looks through those instead of the whole annex's (errors-within.ts).
   */
  paths?: readonly string[];
  /**
   * Whether the annex validators have arrived (use-validators.ts). The form is memoised: this prop
   * changing is what makes it render again and hand JSON Forms the ajv that has them.
   */
  checked?: boolean;
}

function AnnexForm({ annex, data, onChange, readonly = false, uischema, paths }: Props) {
  const schema = annexSchema(annex);
  // Precompiled validators only, the ones the export uses too: the page's CSP forbids compiling (eval).
  const ajv = formAjv();
  const i18n = useMemo(
    () => ({
      locale: 'zh-CN',
      translateError: (error: ErrorObject) => translateError(error, schema as CoreSchema)?.message ?? '',
    }),
    [schema],
  );
  // Rules across fields (areas that must add up) come from the core, not from ajv: shown at their field all the same.
  // They keep their identity until their content changes, for the reason below.
  const checks = useMemo(() => (annex.checks?.(data) ?? []).map(checkErrorToAjv), [annex, data]);
  const checksKey = JSON.stringify(checks.map((e) => [e.instancePath, e.message]));
  const additionalErrors = useMemo(() => checks, [checksKey]); // eslint-disable-line react-hooks/exhaustive-deps

  // The form runs ahead of its parent: its data prop changes only for data from elsewhere (a draft,
  // the example, an import), never to echo its own output back. Empty sections are put in place so
  // "请填写…" shows at each field of a new dossier, as the export reports it.
  const emitted = useRef(new WeakSet<object>());
  const formData = useRef<Record<string, unknown> | null>(null);
  const external = useRef<unknown>(undefined);
  // Every object handed to JSON Forms as outside data. JSON Forms reports changes after a 10 ms
  // debounce, and also when only its errors change (the validators arriving): a report of one of
  // these is never an edit, and applied late it would undo what came since (载入示例 clicked in between).
  const given = useRef(new WeakSet<object>());
  if (!emitted.current.has(data)) {
    // The same outside object again (the parent re-rendered for another reason) is not new data.
    if (data !== external.current || !formData.current) {
      formData.current = skeleton(schema as CoreSchema, data) as Record<string, unknown>;
      given.current.add(formData.current);
      // Until JSON Forms has taken these answers, what it holds is not the newest.
      releaseFormData();
    }
    external.current = data;
  }
  // JSON Forms re-reads its data prop whenever any prop changes (new cross-field errors, the
  // validators arriving with a new ajv). Outside data is taken once; a re-read of the object it last
  // took keeps what JSON Forms holds now, keystrokes typed since included.
  const taken = useRef<unknown>(undefined);
  // The outside data each of JSON Forms' answers grew from. A report of answers grown from data the
  // page has since replaced (an edit taken just before 载入示例 or an import) is stale: applied, it
  // would undo the replacement.
  const origin = useRef(new WeakMap<object, unknown>());
  // Each list of errors JSON Forms made, with the part of it this step shows (see the middleware).
  const within = useRef(new WeakMap<readonly ErrorObject[], ErrorObject[]>());
  const middleware = useCallback<Middleware>(
    (state, action, reducer) => {
      let next;
      if (action.type === INIT || action.type === UPDATE_CORE) {
        const incoming = (action as { data?: unknown }).data;
        if (incoming === taken.current && state.data !== incoming) next = reducer(state, { ...action, data: state.data } as typeof action);
        else {
          taken.current = incoming;
          next = reducer(state, action);
        }
      } else next = reducer(state, action);
      // The same list kept for the same errors: the table watches the list's identity (TableControl).
      if (paths && next.errors) {
        let kept = within.current.get(next.errors);
        if (!kept) {
          kept = errorsWithin(next.errors, paths);
          within.current.set(next.errors, kept);
          within.current.set(kept, kept);
        }
        next = { ...next, errors: kept };
      }
      if (next.data && typeof next.data === 'object') origin.current.set(next.data, taken.current);
      // What a tab closing now should save (form-latest.ts), once the page's latest answers are taken.
      if (!readonly && taken.current === formData.current) holdFormData(next.data);
      return next;
    },
    [readonly, paths],
  );
  // Closing (another step or annex opened), the form takes the text its fields still hold and tells
  // the page what it has not reported yet: its report would come after an effect it no longer runs.
  const report = useRef(onChange);
  report.current = onChange;
  useEffect(
    () => () => {
      // A read-only form holds nothing, and must not let go of what the editing form holds.
      if (readonly) return;
      flushPendingEdits();
      const newest = heldFormData()?.data;
      releaseFormData();
      if (newest && typeof newest === 'object' && !emitted.current.has(newest) && !given.current.has(newest)) {
        emitted.current.add(newest);
        report.current(newest as Record<string, unknown>);
      }
    },
    [], // eslint-disable-line react-hooks/exhaustive-deps
  );

  return (
    <JsonForms
      additionalErrors={additionalErrors}
      schema={schema as JsonSchema}
      uischema={uischema ?? (annexUiSchema(annex) as unknown as UISchemaElement)}
      data={formData.current}
      renderers={renderers}
      cells={cells}
      ajv={ajv}
      i18n={i18n}
      validationMode="ValidateAndShow"
      readonly={readonly}
      middleware={middleware}
      onChange={({ data: next }) => {
        if (next === formData.current || given.current.has(next as object)) return;
        if (origin.current.get(next as object) !== formData.current) return;
        emitted.current.add(next);
        onChange(next as Record<string, unknown>);
      }}
    />
  );
}

// The editor around the form re-renders for its own reasons (a download starting and ending, a notice):
// the form, whose every field JSON Forms would map again, re-renders only when its own props change.
export default memo(AnnexForm);
