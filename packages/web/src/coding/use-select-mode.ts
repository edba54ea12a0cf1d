/**
 * Keyboard-only text selection in the reader ("select mode", key `v`): a caret is placed at the
 * start of the focused entry's or turn's text; arrows move it, Shift+arrows select,
 * Ctrl(+Shift)+arrows step by word, Home / End go to the line's edge and Ctrl+Home / Ctrl+End
 * to the row's; `c` then codes the selection as it does a mouse selection; Escape (or moving to
 * another row) leaves. Each step is described for screen readers (an aria-live region).
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { isPlainKey, isTyping } from '../components/keys.js';
import { caretMoveOf, moveCaret } from './caret-moves.js';

/** Characters quoted when the caret or selection is described. */
const SAY_CHARS = 60;

export interface SelectMode {
  active: boolean;
  /** What a screen reader is told after each step. */
  announcement: string;
  toggle(): void;
}

/** The focused row's text element, if it is rendered. */
function rowText(row: number | null): HTMLElement | null {
  if (row === null) return null;
  return document.querySelector<HTMLElement>(
    `.reader-pane [data-index="${row}"] [data-text-start]`,
  );
}

/**
 * The reader row that has focus now. The key is pressed on it, and the coding bar's active row
 * (React state, set from the row's focus) may not have rendered yet when keys come fast.
 */
function focusedRow(): number | null {
  const row = document.activeElement?.closest<HTMLElement>('.reader-pane [data-index]');
  return row ? Number(row.dataset['index']) : null;
}

function quote(text: string): string {
  const short = text.length > SAY_CHARS;
  return `“${short ? `${text.slice(0, SAY_CHARS)}…` : text}”`;
}

/** Says what is selected, or what follows the caret. */
function describe(selection: Selection, text: Element): string {
  if (!selection.isCollapsed) {
    const chosen = selection.toString();
    return `Selected ${quote(chosen)}, ${chosen.length} characters. Press c to code it.`;
  }
  const after = document.createRange();
  after.setStart(selection.focusNode as Node, selection.focusOffset);
  after.setEnd(text, text.childNodes.length);
  const rest = after.toString();
  return rest === '' ? 'Caret at the end of the text.' : `Caret before ${quote(rest)}.`;
}

/** Keeps a selection already made in the row (e.g. with the mouse); else a caret at its start. */
function startIn(text: HTMLElement, selection: Selection): void {
  const inside =
    selection.anchorNode &&
    text.contains(selection.anchorNode) &&
    text.contains(selection.focusNode);
  if (!inside) selection.collapse(text, 0);
}

export function useSelectMode(activeRow: number | null, noun: string): SelectMode {
  // The row select mode was entered in; moving to another row leaves it.
  const [modeRow, setModeRow] = useState<number | null>(null);
  const active = modeRow !== null && modeRow === activeRow;
  const [announcement, setAnnouncement] = useState('');
  const leave = (said: string) => {
    setModeRow(null);
    setAnnouncement(said);
  };
  const enter = () => {
    const row = focusedRow() ?? activeRow;
    const text = rowText(row);
    const selection = document.getSelection();
    if (!text || !selection)
      return setAnnouncement(`First move to the ${noun} to select in (j / k), then press v.`);
    startIn(text, selection);
    setModeRow(row);
    setAnnouncement(
      `Select mode in ${noun} ${(row ?? 0) + 1}. ${describe(selection, text)} Arrows move, Shift+arrows select, Ctrl steps by word, Escape leaves.`,
    );
  };
  const toggle = () => (active ? leave('Select mode off.') : enter());

  const handleSelectKey = (event: KeyboardEvent) => {
    const text = rowText(activeRow);
    const selection = document.getSelection();
    if (event.key === 'Escape' || (event.key === 'v' && isPlainKey(event)) || !text || !selection) {
      if (event.key === 'Escape' || event.key === 'v') event.preventDefault();
      return leave('Select mode off.');
    }
    const move = caretMoveOf(event);
    if (!move) return;
    // Row navigation and page scrolling must not see the arrows while selecting.
    event.preventDefault();
    event.stopPropagation();
    const inside = moveCaret(selection, text, move);
    setAnnouncement(`${inside ? '' : `At the edge of the ${noun}. `}${describe(selection, text)}`);
  };
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (isTyping(event.target)) return;
    if (!active) {
      if (event.key === 'v' && isPlainKey(event)) {
        event.preventDefault();
        enter();
      }
      return;
    }
    handleSelectKey(event);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    // Capture on window runs before the reader's row navigation (a document listener).
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);

  // The selection coded (and so cleared) or dropped: select mode ends.
  useEffect(() => {
    if (!active) return;
    const onChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) setModeRow(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [active]);
  return { active, announcement, toggle };
}
