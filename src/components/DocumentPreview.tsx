/**
 * 预览: the generated document in an overlay over the form, with 打印 for the browser's own
 * print dialog (which also saves as PDF). The print stylesheet shows only the document.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AnnexDefinition } from '../core/annexes/types.ts';

interface Props {
  annex: AnnexDefinition;
  data: unknown;
  onClose: () => void;
}

/** Tab and Shift+Tab go round the dialog's own controls: the form under the overlay is out of reach. */
function trapTab(e: KeyboardEvent, dialog: HTMLElement | null): void {
  if (e.key !== 'Tab' || !dialog) return;
  const stops = Array.from(dialog.querySelectorAll<HTMLElement>('button:not([disabled]), [tabindex="0"]'));
  if (!stops.length) return;
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  const inside = dialog.contains(document.activeElement);
  if (e.shiftKey && (document.activeElement === first || !inside)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * On a phone an A4 page is twice the screen's width: it was cut off on the right and read by scrolling
 * sideways. The pages are scaled down to the width there is (never up); print is not affected (global.css).
 */
function fitPagesToWidth(region: HTMLElement): void {
  const wrapper = region.querySelector<HTMLElement>('.docx-wrapper');
  if (!wrapper) return;
  const scale = Math.min(1, region.clientWidth / wrapper.scrollWidth);
  if (scale < 1) wrapper.style.zoom = String(Math.floor(scale * 100) / 100);
}

export default function DocumentPreview({ annex, data, onClose }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  const pages = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<{ status: 'loading' | 'ready' | 'failed'; text?: string }>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    // Focus goes back where it was (the 预览 button) on closing: it was left on the page's body.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.body.classList.add('previewing');
    closeButton.current?.focus();
    (async () => {
      try {
        const { previewAnnex } = await import('../browser/preview.ts');
        const name = await previewAnnex(annex, data, pages.current!);
        if (live) fitPagesToWidth(pages.current!);
        if (live) setState({ status: 'ready', text: name });
      } catch (error) {
        if (live) setState({ status: 'failed', text: error instanceof Error ? error.message : String(error) });
      }
    })();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
      else trapTab(e, dialog.current);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      live = false;
      document.body.classList.remove('previewing');
      window.removeEventListener('keydown', onKey);
      if (opener?.isConnected) opener.focus();
    };
    // The preview shows the dossier as it was when opened; it is reopened to see later edits.
  }, []);

  // A child of <body>, so the print stylesheet can hide everything else in one rule.
  return createPortal(
    <div className="preview" ref={dialog} role="dialog" aria-modal="true" aria-labelledby="preview-title">
      <div className="preview-bar">
        <h2 id="preview-title">
          预览：{annex.number} {annex.title}
        </h2>
        <span className="preview-status" role="status">
          {state.status === 'loading' && '正在生成预览…'}
          {state.status === 'ready' && `与下载的“${state.text}”内容相同。字体以本机已安装的为准。`}
          {state.status === 'failed' && `无法生成预览：${state.text}`}
        </span>
        <button type="button" disabled={state.status !== 'ready'} onClick={() => window.print()}>
          打印 / 另存为 PDF
        </button>
        <button type="button" ref={closeButton} onClick={onClose}>
          关闭预览
        </button>
      </div>
      {/* Focusable, so the pages scroll with the keyboard alone. */}
      <div className="preview-pages" ref={pages} data-testid="preview-pages" role="region" aria-label="文档页面" tabIndex={0} />
    </div>,
    document.body,
  );
}
