/** One annex's form: JSON Forms with our renderers, our ajv and our Chinese messages. */
import { JsonForms } from '@jsonforms/react';
import type { ErrorObject } from 'ajv';
import { useMemo } from 'react';
import type { AnnexDefinition } from '../core/annexes/types.ts';
import { annexSchema, annexUiSchema } from '../core/annexes/schemas.ts';
import { createAjv } from '../core/validate/create-ajv.ts';
import { translateError } from '../core/validate/translate.ts';
import { skeleton } from '../core/dossier/skeleton.ts';
import { checkErrorToAjv } from '../core/validate/translate.ts';
import type { JsonSchema as CoreSchema } from '../core/schema/types.ts';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { cells, renderers } from './renderers/index.ts';

interface Props {
  annex: AnnexDefinition;
  data: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
}

export default function AnnexForm({ annex, data, onChange }: Props) {
  const schema = annexSchema(annex);
  // Empty sections in place, so "请填写…" shows at each field of a new dossier, as the export reports it.
  const formData = useMemo(() => skeleton(schema as CoreSchema, data) as Record<string, unknown>, [schema, data]);
  const ajv = useMemo(() => createAjv(), []);
  const i18n = useMemo(
    () => ({
      locale: 'zh-CN',
      translateError: (error: ErrorObject) => translateError(error, schema as CoreSchema)?.message ?? '',
    }),
    [schema],
  );
  // Rules across fields (areas that must add up) come from the core, not from ajv: shown at their field all the same.
  const additionalErrors = useMemo(() => (annex.checks?.(formData) ?? []).map(checkErrorToAjv), [annex, formData]);
  return (
    <JsonForms
      additionalErrors={additionalErrors}
      schema={schema as JsonSchema}
      uischema={annexUiSchema(annex) as unknown as UISchemaElement}
      data={formData}
      renderers={renderers}
      cells={cells}
      ajv={ajv}
      i18n={i18n}
      validationMode="ValidateAndShow"
      onChange={({ data: next }) => {
        if (next !== formData) onChange(next as Record<string, unknown>);
      }}
    />
  );
}
