/**
 * Virtualised rows for the reader: only the rows in view (plus a few either side) are in the
 * DOM, so a 200,000-word transcript stays responsive. Rows have dynamic heights, measured as they
 * render (`measureElement`); the space of the rows not rendered is kept by two spacers, `before`
 * and `after` (in pixels), so the rows can stay in a real <table> or <ol>.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';

export interface VirtualRowsOptions {
  count: number;
  /** Guessed row height in pixels until a row is measured. */
  estimatePx: number;
  /** Pixels above the first row inside the scroll pane (e.g. a sticky table header). */
  headPx?: number;
}

/** Rows rendered beyond each edge of the view, so fast scrolling shows no gaps. */
const OVERSCAN_ROWS = 6;

export function useVirtualRows({ count, estimatePx, headPx = 0 }: VirtualRowsOptions) {
  // The pane is kept in state (set by a callback ref) so the virtualiser re-reads it on mount.
  const [pane, setPane] = useState<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLElement>({
    count,
    getScrollElement: () => pane,
    estimateSize: () => estimatePx,
    overscan: OVERSCAN_ROWS,
    paddingStart: headPx,
    scrollPaddingStart: headPx,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - headPx : 0;
  const after = last ? Math.max(0, virtualizer.getTotalSize() - last.end) : 0;
  return { pane, setPane, virtualizer, items, before, after };
}

export type VirtualRows = ReturnType<typeof useVirtualRows>;
