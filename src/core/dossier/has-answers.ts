/**
 * Whether a dossier holds anything a person entered. The form fills in an empty object for every
 * section (skeleton.ts) and leaves empty strings behind: `{ platform: {} }` is a page opened, not an
 * answer, and is not worth a dossier in 我的档案. A `false` or a `0` is an answer.
 */
export function hasAnswers(data: unknown): boolean {
  // A stack, not recursion: an imported file can nest deeper than the call stack allows.
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'object') return true;
    // One by one: spreading a list of a million rows into push() overflows the call's arguments.
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push(child);
  }
  return false;
}
