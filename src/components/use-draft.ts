/**
 * The dossier's life in this browser: read once on mount (repaired, or set aside
 * when unreadable), saved shortly after each change, and flushed when the tab
 * is hidden or closed so the last keystrokes are not lost.
 */
import { useEffect, useRef, useState } from 'react';
import { getApplicant } from '../core/annexes/registry.ts';
import { resolvedSchema } from '../core/annexes/schemas.ts';
import type { ApplicantKind } from '../core/annexes/types.ts';
import { repairDossier } from '../core/dossier/repair.ts';
import { loadDraft, saveDraft } from '../browser/draft-store.ts';

const SAVE_DELAY_MS = 500;

export interface DraftState {
  /** True once the stored draft has been read; nothing is saved before that. */
  loaded: boolean;
  saved: 'idle' | 'saved' | 'failed';
}

export function useDraft(
  kind: ApplicantKind,
  data: Record<string, unknown>,
  setData: (d: Record<string, unknown>) => void,
  tell: (tone: 'info' | 'warn', text: string) => void,
): DraftState {
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<DraftState['saved']>('idle');
  const latest = useRef(data);
  latest.current = data;
  const dirty = useRef(false);

  useEffect(() => {
    const draft = loadDraft(kind);
    if (draft.kind === 'loaded') {
      setData(repairDossier(resolvedSchema(getApplicant(kind).dossierSchemaId), draft.data).data);
      tell('info', '已恢复您上次在本浏览器中填写的内容。');
    } else if (draft.kind === 'unreadable') {
      tell('warn', `本浏览器中保存的草稿无法读取（${draft.reason}），已原样另存为“${draft.backupKey}”，不会被覆盖。您可以重新开始填写，或导入答案文件。`);
    }
    setLoaded(true);
    // Read once per kind; setData and tell are stable setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind]);

  useEffect(() => {
    if (!loaded) return;
    dirty.current = true;
    const timer = setTimeout(() => {
      dirty.current = false;
      setSaved(saveDraft(kind, data) ? 'saved' : 'failed');
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [data, kind, loaded]);

  // Closing the tab inside the save delay must not lose the last keystrokes.
  useEffect(() => {
    const flush = () => {
      if (dirty.current && loaded) {
        dirty.current = false;
        saveDraft(kind, latest.current);
      }
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    // Closing a tab fires beforeunload, then pagehide; browsers differ in which one still runs scripts reliably.
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [kind, loaded]);

  return { loaded, saved };
}
