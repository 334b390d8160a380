/**
 * Gets the first download ready while the page is quiet (src/browser/download-warmup.ts), once the
 * dossier has content. Returns what a download or preview button calls when pointed at or focused
 * (the preview makes the same document).
 */
import { useCallback, useEffect, useRef } from 'react';
import type { AnnexDefinition } from '../core/annexes/types.ts';
import { loadDownloads } from './download-module.ts';
import { warmWhenQuiet, type Warmup } from '../browser/download-warmup.ts';

/** Two seconds without typing: long enough to be a real pause, short enough to come before the click. */
export const DOWNLOAD_WARMUP_QUIET_MS = 2000;

export function useDownloadWarmup(hasContent: boolean, annexes: readonly AnnexDefinition[], dossier: unknown): () => void {
  // The annexes that apply when the work starts, not when the wait began.
  const latest = useRef(annexes);
  latest.current = annexes;
  const answers = useRef(dossier);
  answers.current = dossier;
  const started = useRef(false);
  const warmup = useRef<Warmup | null>(null);
  const start = useCallback(() => {
    warmup.current?.cancel();
    if (started.current) return;
    started.current = true;
    loadDownloads()
      .then(({ getDownloadsReady }) => getDownloadsReady(latest.current, () => answers.current))
      // Offline, or the code could not load: the click tries again and says what went wrong.
      .catch(() => {
        started.current = false;
      });
  }, []);
  useEffect(() => {
    if (!hasContent) return;
    const w = warmWhenQuiet(start, { quietMs: DOWNLOAD_WARMUP_QUIET_MS, events: document });
    warmup.current = w;
    return () => {
      w.cancel();
      warmup.current = null;
    };
  }, [hasContent, start]);
  return start;
}
