/**
 * The annex validators a page needs, loaded once its form accepts input (validators.ts): the first
 * screen does not wait for them. `ready` starts false on the server and in the first render alike,
 * so hydration sees the markup it was given; `ensure()` is for whatever cannot wait (a download,
 * 检查与下载), and resolves at once when they are here.
 */
import { useCallback, useEffect, useState } from 'react';
import { loadValidators, validatorsLoaded, type LazyGroup } from '../core/validate/validators.ts';

export interface Validators {
  ready: boolean;
  ensure(): Promise<void>;
}

type Idle = (callback: () => void, options?: { timeout: number }) => number;

export function useValidators(groups: readonly LazyGroup[], start: boolean, onError: (error: unknown) => void): Validators {
  const [ready, setReady] = useState(false);
  const key = groups.join(' ');
  const ensure = useCallback(
    () =>
      loadValidators(groups).then(
        () => setReady(true),
        (error: unknown) => {
          onError(error);
          throw error;
        },
      ),
    [key], // eslint-disable-line react-hooks/exhaustive-deps
  );
  useEffect(() => {
    if (!start || ready) return;
    if (validatorsLoaded(groups)) return void setReady(true);
    // When the page is idle, but not later than a second: messages should not wait for a quiet moment.
    const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
    const run = () => void ensure().catch(() => undefined);
    if (idle) idle(run, { timeout: 1000 });
    else setTimeout(run, 50);
  }, [start, ready, ensure]); // eslint-disable-line react-hooks/exhaustive-deps
  return { ready, ensure };
}
