import { useEffect, useState, type RefObject } from 'react';

export interface ScrollEdges {
  /** Columns are scrolled out of view on the left. */
  left: boolean;
  /** More columns wait on the right. */
  right: boolean;
}

/** Whether a sideways scroller hides content on either side, kept up to date as it scrolls or resizes. */
export function useScrollEdges(scroller: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>({ left: false, right: false });

  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const measure = () => {
      // A pixel of slack: zoomed pages scroll to fractional positions that never reach the end exactly.
      const left = box.scrollLeft > 1;
      const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setEdges((was) => (was.left === left && was.right === right ? was : { left, right }));
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(box);
    if (box.firstElementChild) resized.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', measure);
      resized.disconnect();
    };
  }, [scroller]);

  return edges;
}
