/**
 * The document as it will download, drawn in the page. Imported on the first 预览 click only:
 * the previewer and its unzip library are heavier than the whole form.
 */
import { renderAsync } from 'docx-preview';
import type { AnnexDefinition } from '../core/annexes/types.ts';
import { buildAnnex } from './download.ts';

/** Renders the annex into `container`, replacing what was there; returns the file name it would download as. */
export async function previewAnnex(annex: AnnexDefinition, dossier: unknown, container: HTMLElement): Promise<string> {
  const { name, bytes } = await buildAnnex(annex, dossier);
  container.replaceChildren();
  // The same bytes the download gives, so what is seen is what is sent.
  await renderAsync(new Blob([bytes as BlobPart]), container, container, {
    className: 'docx',
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: true,
    renderFooters: true,
    useBase64URL: true,
    experimental: false,
  });
  return name;
}
