/** One annex's form: JSON Forms with our renderers, our ajv and our Chinese messages. */
import { JsonForms } from '@jsonforms/react';
import type { ErrorObject } from 'ajv';
import { useMemo, useRef } from 'react';
import type { AnnexDefinition } from '../core/annexes/types.ts';
import { annexSchema, annexUiSchema } from '../core/annexes/schemas.ts';
import { formAjv } from '../core/validate/form-ajv.ts';
import { checkErrorToAjv, translateError } from '../core/validate/translate.ts';
import { skeleton } from '../core/dossier/skeleton.ts';
import type { JsonSchema as CoreSchema } from '../core/schema/types.ts';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { cells, renderers } from './renderers/index.ts';

interface Props {
  annex: AnnexDefinition;
  data: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
  /** The 市（州） desk shows an applicant's answers without letting them be changed. */
  readonly?: boolean;
  /** One step of the annex; the whole annex when absent. Validation always covers the whole annex. */
  uischema?: UISchemaElement;
}

export default function AnnexForm({ annex, data, onChange, readonly = false, uischema }: Props) {
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

  // The form runs ahead of its parent, and JSON Forms re-reads its data prop whenever any prop changes:
  // echoing its own (older) output back would drop the keystrokes typed since. So the data prop changes
  // only for data from elsewhere (a draft, the example, an import), or to the newest output when the
  // cross-field errors change and JSON Forms is about to re-read it anyway. Empty sections are put in
  // place so "请填写…" shows at each field of a new dossier, as the export reports it.
  const emitted = useRef(new WeakSet<object>());
  const newest = useRef<Record<string, unknown> | null>(null);
  const formData = useRef<Record<string, unknown> | null>(null);
  const external = useRef<unknown>(undefined);
  const errorsSeen = useRef(additionalErrors);
  if (!emitted.current.has(data)) {
    // The same outside object again (the parent re-rendered for another reason) is not new data.
    if (data !== external.current || !formData.current) formData.current = skeleton(schema as CoreSchema, data) as Record<string, unknown>;
    external.current = data;
  } else if (errorsSeen.current !== additionalErrors && newest.current) formData.current = newest.current;
  errorsSeen.current = additionalErrors;
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
      onChange={({ data: next }) => {
        if (next === formData.current) return;
        emitted.current.add(next);
        newest.current = next as Record<string, unknown>;
        onChange(next as Record<string, unknown>);
      }}
    />
  );
}
