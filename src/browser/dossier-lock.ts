/**
 * One dossier, one editing tab. A Web Lock per dossier: the first tab holds it; a second tab
 * finds it taken and opens read-only, or takes it over explicitly, which tells the first tab
 * it has lost it. Saves are announced on a BroadcastChannel so a read-only tab stays current.
 */

export type LockState = 'held' | 'busy' | 'unsupported';

const lockName = (id: string) => `zjtx-dossier-${id}`;

interface Held {
  release: () => void;
}
let held: Held | null = null;

function request(id: string, options: LockOptions, onLost: () => void): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    locks
      .request(lockName(id), options, (lock) => {
        if (!lock) {
          resolve(false);
          return undefined;
        }
        resolve(true);
        // Held until released here or stolen by another tab.
        return new Promise<void>((release) => {
          held = { release };
        });
      })
      .catch(() => {
        // The promise rejects when another tab steals the lock.
        held = null;
        onLost();
      });
  });
}

/** Tries to become the editing tab for this dossier. */
export async function holdDossier(id: string, onLost: () => void): Promise<LockState> {
  if (!globalThis.navigator?.locks) return 'unsupported';
  return (await request(id, { ifAvailable: true }, onLost)) ? 'held' : 'busy';
}

/** How long a takeover waits for the editing tab to save: a tab that is closing or frozen may never answer. */
const YIELD_WAIT_MS = 1500;

/**
 * Takes the dossier from the tab that holds it; that tab turns read-only. It is first asked to
 * save what it holds (the text still being typed too, see use-dossier.ts), so the store read
 * after the takeover has it: without asking, what was typed in the last second was lost.
 */
export async function takeOverDossier(id: string, onLost: () => void): Promise<void> {
  waiting?.abort();
  waiting = null;
  const b = bus();
  if (b) {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        b.removeEventListener('message', on);
        resolve();
      };
      const on = (e: MessageEvent<Message>) => e.data.type === 'yielded' && e.data.id === id && done();
      const timer = setTimeout(done, YIELD_WAIT_MS);
      b.addEventListener('message', on);
      announce({ type: 'yield', id });
    });
  }
  await request(id, { steal: true }, onLost);
}

export function releaseDossier(): void {
  waiting?.abort();
  waiting = null;
  held?.release();
  held = null;
}

let waiting: AbortController | null = null;

/**
 * A read-only tab waits its turn: when the editing tab closes (or releases the dossier), the lock
 * comes to this tab, and `onGranted` makes it the editing tab. Without it the tab stayed read-only,
 * "正在另一个标签页中编辑", after the other tab was long gone. A takeover cancels the wait.
 */
export function awaitDossier(id: string, onGranted: () => void, onLost: () => void): void {
  const locks = globalThis.navigator?.locks;
  if (!locks) return;
  waiting?.abort();
  const controller = new AbortController();
  waiting = controller;
  locks
    .request(lockName(id), { signal: controller.signal }, () => {
      if (waiting === controller) waiting = null;
      onGranted();
      return new Promise<void>((release) => {
        held = { release };
      });
    })
    .catch(() => {
      // Aborted (a takeover, or the page closing), or stolen later by another tab.
      if (controller.signal.aborted) return;
      held = null;
      onLost();
    });
}

type Message =
  | { type: 'saved'; id: string; savedAt: string }
  | { type: 'erased' }
  // A tab about to take a dossier over asks the editing tab to save what it holds first.
  | { type: 'yield'; id: string }
  | { type: 'yielded'; id: string };

let channel: BroadcastChannel | null = null;
const bus = () => (channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('zjtx-dossiers'));

export const announce = (message: Message): void => bus()?.postMessage(message);

export function listen(handler: (message: Message) => void): () => void {
  const b = bus();
  if (!b) return () => {};
  const on = (e: MessageEvent<Message>) => handler(e.data);
  b.addEventListener('message', on);
  return () => b.removeEventListener('message', on);
}
