/** The resolved (self-contained) schema of each annex and dossier, built once and shared. */
import { getSchema } from '../schema/store.ts';
import { resolveRefs } from '../schema/resolve.ts';
import type { JsonSchema, UiSchema } from '../schema/types.ts';
import { withGateRules } from '../dossier/gates.ts';
import type { AnnexDefinition } from './types.ts';
// A namespace import: the generator itself runs this module before the file has the map.
import * as generated from '../validate/generated/index.js';
import { rememberKey } from '../validate/schema-key.ts';

const cache = new Map<string, JsonSchema>();

export function resolvedSchema(schemaId: string): JsonSchema {
  let schema = cache.get(schemaId);
  if (!schema) {
    schema = resolveRefs(getSchema(schemaId), getSchema);
    // Its validator is found by the key the build computed, not by hashing it again here.
    const key = (generated as { KEY_OF_RESOLVED?: Readonly<Record<string, string>> }).KEY_OF_RESOLVED?.[schemaId];
    if (key) rememberKey(schema, key);
    cache.set(schemaId, schema);
  }
  return schema;
}

export const annexSchema = (annex: AnnexDefinition): JsonSchema => resolvedSchema(annex.schemaId);

const uiCache = new Map<string, UiSchema>();

/** The annex's UI schema with the SHOW rules that its schema's gates imply. */
export function annexUiSchema(annex: AnnexDefinition): UiSchema {
  let ui = uiCache.get(annex.id);
  if (!ui) {
    ui = withGateRules(annex.uischema, annexSchema(annex));
    uiCache.set(annex.id, ui);
  }
  return ui;
}
