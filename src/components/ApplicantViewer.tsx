/** An applicant's answers as the authority received them: every annex, read-only. */
import { useEffect, useRef, useState } from 'react';
import { annexesFor } from '../core/annexes/registry.ts';
import type { DeskEntry } from '../core/city/desk.ts';
import AnnexForm from './AnnexForm.tsx';

const ignore = () => {};

export default function ApplicantViewer({ entry, name, onClose }: { entry: DeskEntry; name: string; onClose: () => void }) {
  const annexes = annexesFor(entry.kind, entry.data);
  const [activeId, setActiveId] = useState(annexes[0]?.id);
  const active = annexes.find((a) => a.id === activeId) ?? annexes[0];
  const heading = useRef<HTMLHeadingElement>(null);
  // The viewer opens below the desk's list, out of sight under a long one: it is brought into view
  // and its heading takes focus, so that 查看 visibly does something and a screen reader says what.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [entry]);
  return (
    <section className="viewer" aria-label={`${name}的填报内容`}>
      <div className="viewer-bar">
        <h3 ref={heading} tabIndex={-1}>
          {name}的填报内容（只读，来自“{entry.fileName}”）
        </h3>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      <nav className="annex-tabs" aria-label={`${name}的附件`}>
        {annexes.map((a) => (
          <button key={a.id} type="button" aria-current={a.id === active?.id ? 'page' : undefined} onClick={() => setActiveId(a.id)}>
            {a.number}
          </button>
        ))}
      </nav>
      {active && <AnnexForm key={active.id} annex={active} data={entry.data} onChange={ignore} readonly />}
    </section>
  );
}
