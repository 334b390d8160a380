/**
 * Text typed into a field, kept here until typing pauses or the field is left, then handed to the
 * form (see form-latest.ts for why, and for who takes it earlier). While text waits, the field shows
 * it instead of the form's value.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { addPendingEdit, PAUSE_MS } from '../form-latest.ts';

export interface PendingText {
  /** What the field shows: the waiting text, or undefined to show the form's value. */
  draft: string | undefined;
  /** A keystroke: show `text` now, hand it over after the pause. */
  type(text: string): void;
  /** Hand the waiting text over now (leaving the field). */
  flush(): void;
}

export function usePendingText(commit: (text: string) => void): PendingText {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const waiting = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unregister = useRef<(() => void) | undefined>(undefined);
  // The newest commit (its path and handler may change between renders), called when the pause ends.
  const latest = useRef(commit);
  latest.current = commit;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    unregister.current?.();
    unregister.current = undefined;
    const text = waiting.current;
    if (text === undefined) return;
    waiting.current = undefined;
    latest.current(text);
    // Shown from the form's value again, which is now this text (or what the form made of it).
    setDraft(undefined);
  }, []);

  const type = useCallback(
    (text: string) => {
      waiting.current = text;
      setDraft(text);
      unregister.current ??= addPendingEdit(flush);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, PAUSE_MS);
    },
    [flush],
  );

  // A field that goes away (another step opened) hands over what it holds first.
  useEffect(() => flush, [flush]);
  return { draft, type, flush };
}
