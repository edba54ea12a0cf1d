/**
 * Keyboard reading: j / ArrowDown and k / ArrowUp move the focused row, Home and End jump to the
 * first and last. The focused row is scrolled into view by the virtualiser, then focused once it
 * is rendered (it may not be in the DOM until the scroll has happened).
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { isPlainKey, isTyping } from '../components/keys.js';
import type { VirtualRows } from './use-virtual-rows.js';

type Step = 'next' | 'previous' | 'first' | 'last';

const KEY_STEPS: Record<string, Step> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/** The first row whose bottom is below the top of the view. */
function firstVisibleIndex(rows: VirtualRows): number {
  const top = rows.virtualizer.scrollOffset ?? 0;
  return rows.items.find((item) => item.end > top)?.index ?? 0;
}

function target(step: Step, active: number | null, rows: VirtualRows, count: number): number {
  if (step === 'first') return 0;
  if (step === 'last') return count - 1;
  if (active === null) return firstVisibleIndex(rows);
  return step === 'next' ? Math.min(count - 1, active + 1) : Math.max(0, active - 1);
}

export function useRowNavigation(rows: VirtualRows, count: number, initial: number | null) {
  const [active, setActiveState] = useState<number | null>(initial);
  // The latest row asked for: a second key press can arrive before React has re-rendered with
  // the first one's row, and must step on from it rather than from the rendered state.
  const latest = useRef(initial);
  const pendingFocus = useRef(initial !== null);
  const { virtualizer, pane } = rows;

  const setActive = useCallback((index: number | null) => {
    latest.current = index;
    setActiveState(index);
  }, []);

  const moveTo = useCallback(
    (index: number) => {
      pendingFocus.current = true;
      setActive(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer, setActive],
  );

  // An effect event reads the latest rows and active row without re-adding the listener.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const step = KEY_STEPS[event.key];
    if (!step || count === 0 || !isPlainKey(event) || isTyping(event.target)) return;
    event.preventDefault();
    moveTo(target(step, latest.current, rows, count));
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // Runs after every render: the row to focus may only have been rendered by this one.
  // It focuses the latest row asked for, not this render's: focusing a row that a later key
  // press has already moved on from would move the active row back (its onFocus sets it).
  useEffect(() => {
    const wanted = latest.current;
    if (!pendingFocus.current || wanted === null) return;
    const row = pane?.querySelector<HTMLElement>(`[data-index="${wanted}"]`);
    if (!row) return;
    pendingFocus.current = false;
    row.focus({ preventScroll: true });
  });

  // A search link opens the reader at its first match. Waits for the pane: the virtualiser
  // cannot scroll before it has its scroll element (set by a callback ref after mount).
  useEffect(() => {
    if (initial !== null && pane) virtualizer.scrollToIndex(initial, { align: 'start' });
  }, [initial, virtualizer, pane]);

  return { active, setActive, moveTo };
}
