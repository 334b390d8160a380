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

/** Takes the dossier from the tab that holds it; that tab turns read-only. */
export async function takeOverDossier(id: string, onLost: () => void): Promise<void> {
  await request(id, { steal: true }, onLost);
}

export function releaseDossier(): void {
  held?.release();
  held = null;
}

type Message = { type: 'saved'; id: string; savedAt: string } | { type: 'erased' };

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
