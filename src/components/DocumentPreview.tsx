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

export default function DocumentPreview({ annex, data, onClose }: Props) {
  const pages = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<{ status: 'loading' | 'ready' | 'failed'; text?: string }>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    document.body.classList.add('previewing');
    closeButton.current?.focus();
    (async () => {
      try {
        const { previewAnnex } = await import('../browser/preview.ts');
        const name = await previewAnnex(annex, data, pages.current!);
        if (live) setState({ status: 'ready', text: name });
      } catch (error) {
        if (live) setState({ status: 'failed', text: error instanceof Error ? error.message : String(error) });
      }
    })();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => {
      live = false;
      document.body.classList.remove('previewing');
      window.removeEventListener('keydown', onKey);
    };
    // The preview shows the dossier as it was when opened; it is reopened to see later edits.
  }, []);

  // A child of <body>, so the print stylesheet can hide everything else in one rule.
  return createPortal(
    <div className="preview" role="dialog" aria-modal="true" aria-labelledby="preview-title">
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
