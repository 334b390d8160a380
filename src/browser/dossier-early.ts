/**
 * Opening the page's dossier, and asking for its lock, as soon as the page's code runs: this module
 * is evaluated with the forms' shared code, before the editor's and JSON Forms' (a third of a second
 * at 4× CPU). The page says which kind it edits (`<meta name="zjtx-dossier">`, Base.astro). The reads
 * and the lock's round trip then go on while the rest of the code is evaluated, and the form can show
 * the draft as soon as it is drawn. The editor takes what was started (use-dossier.ts); a page that
 * started nothing, or another kind, opens then.
 */
import { holdDossier, type LockState } from './dossier-lock.ts';
import { openDossier, type OpenedDossier } from './dossier-session.ts';
import type { DossierKind } from './dossier-db.ts';

export interface HeldDossier {
  opened: OpenedDossier;
  lock: LockState;
}

const KINDS: readonly DossierKind[] = ['enterprise', 'platform', 'city'];

let early: { kind: DossierKind; requestedId: string | null; held: Promise<HeldDossier> } | null = null;
// Another tab may take the dossier over before the editor has taken it: told then, to whoever takes it.
let lost: () => void = () => undefined;

const addressedId = (): string | null => new URLSearchParams(location.search).get('d');

const openAndHold = (kind: DossierKind, requestedId: string | null): Promise<HeldDossier> =>
  openDossier(kind, requestedId).then(async (opened) => ({ opened, lock: await holdDossier(opened.record.id, () => lost()) }));

export function openDossierEarly(kind: DossierKind): void {
  if (early || typeof indexedDB === 'undefined' || typeof location === 'undefined') return;
  const requestedId = addressedId();
  const held = openAndHold(kind, requestedId);
  // Its failure is met by whoever takes it; this only keeps it from counting as unhandled meanwhile.
  held.catch(() => undefined);
  early = { kind, requestedId, held };
}

/** The kind of dossier the page declares it edits, if any. */
export function declaredKind(doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): DossierKind | null {
  const content = doc?.querySelector<HTMLMetaElement>('meta[name="zjtx-dossier"]')?.content;
  return KINDS.find((k) => k === content) ?? null;
}

/** Called as this module is evaluated. */
export function openDeclaredDossier(): void {
  const kind = declaredKind();
  if (kind) openDossierEarly(kind);
}

openDeclaredDossier();

/** The dossier opened early for this kind and address, taken once; otherwise opened now. */
export function takeDossier(kind: DossierKind, onLost: () => void): Promise<HeldDossier> {
  lost = onLost;
  const started = early;
  early = null;
  const requestedId = addressedId();
  return started && started.kind === kind && started.requestedId === requestedId ? started.held : openAndHold(kind, requestedId);
}
