/** A JSON Schema as plain data. Kept loose on purpose: schemas are files that a clerk may edit. */
export type JsonSchema = { [keyword: string]: unknown };
export type UiSchema = { [key: string]: unknown };
