/** Plain-object checks shared by the modules that walk untrusted dossiers. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
