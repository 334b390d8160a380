/**
 * How many of a section's parts to render: the first few when it mounts, all of them in a task
 * after the screen has shown those. A step's first render was one task of about 150 ms at 4× CPU;
 * split, its first fields take input sooner and the page answers input in between.
 */
import { useEffect, useState } from 'react';

export function useFirstThenAll(total: number, first: number): number {
  const [all, setAll] = useState(total <= first);
  useEffect(() => {
    if (all) return;
    // Effects run after the paint; the timer puts the rest into a task of its own after that.
    const handle = setTimeout(() => setAll(true), 0);
    return () => clearTimeout(handle);
  }, [all]);
  return all ? total : Math.min(first, total);
}
