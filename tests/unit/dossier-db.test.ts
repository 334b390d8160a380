/** The in-memory store that stands in where the browser refuses IndexedDB: deleted dossiers stay restorable until purged. */
import { describe, expect, it } from 'vitest';
import { type DossierRecord, memoryStore } from '../../src/browser/dossier-db.ts';

const record = (id: string, savedAt: string, deletedAt?: string): DossierRecord => ({
  id,
  kind: 'enterprise',
  name: id,
  createdAt: savedAt,
  savedAt,
  data: { company: { name: id } },
  ...(deletedAt ? { deletedAt } : {}),
});

describe('memoryStore', () => {
  it('lists live and deleted dossiers apart, the latest deletion first, until purged', async () => {
    const store = memoryStore();
    await store.put(record('live', '2025-03-01T08:00:00.000Z'));
    await store.put(record('deleted-early', '2025-03-01T09:00:00.000Z', '2025-03-01T10:00:00.000Z'));
    await store.put(record('deleted-late', '2025-03-01T07:00:00.000Z', '2025-03-02T10:00:00.000Z'));
    expect((await store.list()).map((r) => r.id)).toEqual(['live']);
    expect((await store.listDeleted()).map((r) => r.id)).toEqual(['deleted-late', 'deleted-early']);

    await store.purgeDeleted(new Date('2025-03-02T00:00:00.000Z'));
    expect((await store.listDeleted()).map((r) => r.id)).toEqual(['deleted-late']);
  });

  it('restores a deleted dossier by clearing only its deletion mark', async () => {
    const store = memoryStore();
    await store.put(record('d', '2025-03-01T08:00:00.000Z', '2025-03-01T09:00:00.000Z'));
    // What an editor tab saved after the deletion: the restore must keep it.
    await store.update('d', (r) => ({ ...r!, data: { company: { name: '删除后保存的' } }, savedAt: '2025-03-01T09:30:00.000Z' }));
    await store.update('d', (r) => {
      const { deletedAt: _was, ...back } = r!;
      return back;
    });
    expect(await store.listDeleted()).toEqual([]);
    expect(await store.list()).toEqual([expect.objectContaining({ id: 'd', savedAt: '2025-03-01T09:30:00.000Z', data: { company: { name: '删除后保存的' } } })]);
  });
});
