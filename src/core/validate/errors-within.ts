/**
 * The ajv errors a form showing some fields only can show. JSON Forms validates the whole annex,
 * and every field it renders looks for its own messages by reading the field path of every error of
 * the annex: on 附件1's first step, eight fields went through its 87 errors twice each, on every
 * render. Kept to the errors at or under the fields on screen, each field reads a handful.
 */

/** The part of an ajv error that places it. */
export interface PlacedError {
  keyword: string;
  instancePath?: string;
  params?: Record<string, unknown>;
}

/**
 * The dot path of the field an error belongs to, as JSON Forms places it: the error's instance
 * path, plus the missing property of a `required` (or `dependencies`) error, or the unexpected one
 * of an `additionalProperties` error. JSON Pointer escapes are decoded.
 */
export function errorFieldPath(error: PlacedError): string {
  const segments = (error.instancePath ?? '').split('/').slice(1);
  const params = error.params ?? {};
  const extra =
    error.keyword === 'required' || error.keyword === 'dependencies' ? params.missingProperty : error.keyword === 'additionalProperties' ? params.additionalProperty : undefined;
  if (typeof extra === 'string') segments.push(extra);
  return segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

/** `oneOf`/`anyOf` errors decide how JSON Forms reads the errors under them; they always stay. */
const STRUCTURAL = new Set(['oneOf', 'anyOf']);

/** The errors at `paths`, or under them (a table's rows, a section's fields), in their order. */
export function errorsWithin<E extends PlacedError>(errors: readonly E[], paths: readonly string[]): E[] {
  const exact = new Set(paths);
  return errors.filter((error) => {
    if (STRUCTURAL.has(error.keyword)) return true;
    const path = errorFieldPath(error);
    if (exact.has(path)) return true;
    // Under a field: each shorter prefix of the path, cut at a dot.
    for (let at = path.lastIndexOf('.'); at > 0; at = path.lastIndexOf('.', at - 1)) if (exact.has(path.slice(0, at))) return true;
    return false;
  });
}
