/** Reading values from a dossier by the dot paths that JSON Forms and the mappings use. */

export function getPath(data: unknown, path: string): unknown {
  let node = data;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
