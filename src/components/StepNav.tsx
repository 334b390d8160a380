/** The annex's sections as steps, each with how much is filled and whether something is wrong. */
import { useEffect, useRef, type FocusEvent } from 'react';
import type { AnnexProgress } from './dossier-progress.ts';

interface Props {
  progress: AnnexProgress;
  /** Before the first count the steps show their names only. */
  counted?: boolean;
  activeStep: string;
  onSelect: (stepId: string) => void;
}

/** How far a focused step's ring reaches past its box: 3px outline, 2px off (global.css). */
const RING_PX = 5;

/**
 * A step Tabbed to at the edge of the sideways strip (a phone, or 200% zoom) is brought wholly into
 * view. Chromium leaves a focused element it deems partly in view where it is, and the strip's
 * snapping pulled back what it did scroll: the step stayed cut off at the right edge. Aligned to
 * the start, as the strip snaps (the strip's scroll-padding keeps the ring in view).
 */
function revealStep(e: FocusEvent<HTMLOListElement>) {
  const strip = e.currentTarget;
  if (strip.scrollWidth <= strip.clientWidth || !(e.target instanceof HTMLElement)) return;
  const box = strip.getBoundingClientRect();
  const step = e.target.getBoundingClientRect();
  if (step.left - RING_PX < box.left || step.right + RING_PX > box.right) e.target.scrollIntoView({ block: 'nearest', inline: 'start' });
}

export default function StepNav({ progress, counted = true, activeStep, onSelect }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // On a phone the steps scroll sideways: the current one is brought into the strip's view (the page itself does not move).
  useEffect(() => {
    const ol = list.current;
    const current = ol?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!ol || !current || ol.scrollWidth <= ol.clientWidth) return;
    const left = current.offsetLeft - ol.offsetLeft;
    if (left < ol.scrollLeft || left + current.offsetWidth > ol.scrollLeft + ol.clientWidth) ol.scrollLeft = left - 8;
  }, [activeStep]);
  if (progress.steps.length < 2) return null;
  return (
    <nav className="steps-nav" aria-label="填写步骤">
      <ol ref={list} onFocus={revealStep}>
        {progress.steps.map(({ step, progress: p }, i) => {
          const state = !counted ? '' : p.errors.length ? `${p.errors.length} 处需修改` : p.filled === p.total ? '已完成' : '';
          return (
            <li key={step.id}>
              <button
                type="button"
                aria-current={step.id === activeStep ? 'step' : undefined}
                className={!counted ? '' : p.errors.length ? 'step-has-errors' : p.filled === p.total ? 'step-done' : ''}
                onClick={() => onSelect(step.id)}
              >
                <span className="step-label">
                  {i + 1}. {step.label}
                </span>{' '}
                <span className="step-progress">{counted ? `${p.filled}/${p.total} 项已填写${state && ` · ${state}`}` : '\u00a0'}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
