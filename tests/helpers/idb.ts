/** Reading the site's IndexedDB from a browser test, as the page stores it. */
import type { Page } from 'playwright-core';

export interface StoredDossier {
  id: string;
  kind: string;
  name: string;
  createdAt?: string;
  savedAt: string;
  data: Record<string, unknown>;
  annex?: string;
  step?: string;
  deletedAt?: string;
  exportedAt?: string;
  /** Saves that changed the answers since the last export (the backup reminder's count). */
  changes?: number;
}

/** Every dossier record; opening creates the stores exactly as the site does, so it never blocks it. */
export const storedDossiers = (page: Page): Promise<StoredDossier[]> =>
  page.evaluate(
    () =>
      new Promise<StoredDossier[]>((resolve, reject) => {
        const r = indexedDB.open('zjtx', 1);
        r.onupgradeneeded = () => {
          r.result.createObjectStore('dossiers', { keyPath: 'id' });
          r.result.createObjectStore('meta', { keyPath: 'key' });
        };
        r.onsuccess = () => {
          const db = r.result;
          const all = db.transaction('dossiers').objectStore('dossiers').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredDossier[]);
          };
          all.onerror = () => reject(all.error);
        };
        r.onerror = () => reject(r.error);
      }),
  );

/** Writes dossier records as the site stores them, for a state no test could wait for (a deletion a day old). */
export const putDossiers = (page: Page, records: StoredDossier[]): Promise<void> =>
  page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('zjtx', 1);
        r.onupgradeneeded = () => {
          r.result.createObjectStore('dossiers', { keyPath: 'id' });
          r.result.createObjectStore('meta', { keyPath: 'key' });
        };
        r.onsuccess = () => {
          const db = r.result;
          const tx = db.transaction('dossiers', 'readwrite');
          for (const row of rows) tx.objectStore('dossiers').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        r.onerror = () => reject(r.error);
      }),
    records,
  );

/** The stored record of the dossier the page has open (its id is in the address). */
export async function openDossierRecord(page: Page): Promise<StoredDossier | undefined> {
  const id = new URL(page.url()).searchParams.get('d');
  return (await storedDossiers(page)).find((r) => r.id === id);
}
