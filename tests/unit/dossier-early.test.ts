/** The dossier opened, and its lock asked for, as soon as the page's code runs (src/browser/dossier-early.ts). */
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

/** A page's document as far as the module reads it: the meta naming its dossier's kind, if any. */
const pageDeclaring = (content: string | null) => ({
  querySelector: (selector: string) => (selector === 'meta[name="zjtx-dossier"]' && content !== null ? { content } : null),
});

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

  it.each(['enterprise', 'platform', 'city'])('starts as the module is evaluated on a page that declares it edits a %s dossier', async (kind) => {
    vi.stubGlobal('document', pageDeclaring(kind));
    const { takeDossier } = await load();
    expect(openDossier).toHaveBeenCalledWith(kind, 'abc');
    await vi.waitFor(() => expect(holdDossier).toHaveBeenCalledTimes(1));
    await takeDossier(kind as 'enterprise', () => undefined);
    expect(openDossier).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['declares nothing (the dossier list, the home page)', null],
    ['declares an unknown kind', 'stranger'],
    ['declares an empty kind', ''],
  ])('starts nothing on a page that %s', async (_what, content) => {
    vi.stubGlobal('document', pageDeclaring(content));
    const { declaredKind } = await load();
    expect(declaredKind()).toBeNull();
    expect(openDossier).not.toHaveBeenCalled();
  });

  it('starts nothing where there is no IndexedDB (the server render)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { openDossierEarly } = await load();
    openDossierEarly('enterprise');
    expect(openDossier).not.toHaveBeenCalled();
  });
});
