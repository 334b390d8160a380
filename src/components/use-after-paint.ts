/**
 * A value that follows another one task after the screen has shown it. What the form shows per
 * field (the text typed, its own message) comes first; what sums up the whole dossier (the
 * 已填写 percentage, each step's count, the self-check) is recomputed in the task after, so a
 * keystroke's paint never waits for it, and while someone types fast it is recomputed once they pause.
 */
import { useEffect, useState } from 'react';

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    // Effects run after the paint; the timer puts the work into a task of its own after that.
    const handle = setTimeout(() => setShown(() => value), 0);
    return () => clearTimeout(handle);
  }, [value, shown]);
  return shown;
}
