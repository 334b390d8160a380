/** The dossier opened, and its lock asked for, as the island's module loads (src/browser/dossier-early.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const openDossier = vi.fn();
const holdDossier = vi.fn();
vi.mock('../../src/browser/dossier-session.ts', () => ({ openDossier: (...a: unknown[]) => openDossier(...a) }));
vi.mock('../../src/browser/dossier-lock.ts', () => ({ holdDossier: (...a: unknown[]) => holdDossier(...a) }));

const record = (id: string) => ({ store: {}, record: { id }, restored: false });

beforeEach(() => {
  vi.resetModules();
  openDossier.mockReset().mockImplementation(async (kind: string, requested: string | null) => record(requested ?? `new-${kind}`));
  holdDossier.mockReset().mockResolvedValue('held');
  vi.stubGlobal('indexedDB', {});
  vi.stubGlobal('location', { search: '?d=abc' });
});
afterEach(() => vi.unstubAllGlobals());

const load = () => import('../../src/browser/dossier-early.ts');

describe('opening the dossier early', () => {
  it('reads the addressed dossier and asks for its lock before the editor asks, and hands that over once', async () => {
    const { openDossierEarly, takeDossier } = await load();
    openDossierEarly('enterprise');
    expect(openDossier).toHaveBeenCalledWith('enterprise', 'abc');
    await vi.waitFor(() => expect(holdDossier).toHaveBeenCalledTimes(1));
    expect(holdDossier.mock.calls[0]![0]).toBe('abc');

    const held = await takeDossier('enterprise', () => undefined);
    expect(held).toEqual({ opened: record('abc'), lock: 'held' });
    expect(openDossier).toHaveBeenCalledTimes(1);
    // Taken once: a second editor (none on a page) would open its own.
    await takeDossier('enterprise', () => undefined);
    expect(openDossier).toHaveBeenCalledTimes(2);
  });

  it('tells the editor that takes it when another tab takes the lock, though the lock was asked for before', async () => {
    const { openDossierEarly, takeDossier } = await load();
    openDossierEarly('platform');
    await vi.waitFor(() => expect(holdDossier).toHaveBeenCalledTimes(1));
    const onLost = vi.fn();
    await takeDossier('platform', onLost);
    (holdDossier.mock.calls[0]![1] as () => void)();
    expect(onLost).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another kind', 'city', '?d=abc'],
    ['another address', 'enterprise', '?d=xyz'],
  ])('opens anew for %s', async (_what, kind, search) => {
    const { openDossierEarly, takeDossier } = await load();
    openDossierEarly('enterprise');
    vi.stubGlobal('location', { search });
    await takeDossier(kind as 'city' | 'enterprise', () => undefined);
    expect(openDossier).toHaveBeenCalledTimes(2);
    expect(openDossier.mock.calls[1]).toEqual([kind, new URLSearchParams(search).get('d')]);
  });

  it('starts nothing where there is no IndexedDB (the server render)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { openDossierEarly } = await load();
    openDossierEarly('enterprise');
    expect(openDossier).not.toHaveBeenCalled();
  });
});
