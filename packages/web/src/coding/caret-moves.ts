/**
 * Moving a caret and extending a selection inside one reader row with the keys, the way a
 * text editor does, using the browser's own `Selection.modify` (supported by Chromium, Firefox
 * and Safari) so word and line steps follow the browser's rules for the text. The selection
 * never leaves the row's text: a step past its edge stops at the edge.
 */

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

export interface CaretMove {
  alter: 'move' | 'extend';
  direction: Direction;
  /** `row` is the whole row: Ctrl+Home / Ctrl+End go to its first or last character. */
  granularity: Granularity | 'row';
}

const STEPS: Record<string, [Direction, Granularity]> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
};

/** The move a key press asks for (Shift extends, Ctrl steps by word or to the row's edge). */
export function caretMoveOf(event: KeyboardEvent): CaretMove | null {
  const step = STEPS[event.key];
  if (!step || event.altKey || event.metaKey) return null;
  const [direction, base] = step;
  let granularity: CaretMove['granularity'] = base;
  if (event.ctrlKey) granularity = base === 'character' ? 'word' : 'row';
  return { alter: event.shiftKey ? 'extend' : 'move', direction, granularity };
}

/** The offset just past the last child, i.e. the end of the row's text. */
function endOf(text: Element): [Node, number] {
  return [text, text.childNodes.length];
}

function edgeOf(text: Element, direction: Direction): [Node, number] {
  return direction === 'forward' ? endOf(text) : [text, 0];
}

/** Puts the selection's moving end (and, for a move, its anchor too) at `node`, `offset`. */
function placeFocus(selection: Selection, move: CaretMove, [node, offset]: [Node, number]) {
  if (move.alter === 'move' || selection.anchorNode === null) selection.collapse(node, offset);
  else selection.setBaseAndExtent(selection.anchorNode, selection.anchorOffset, node, offset);
}

/**
 * Applies `move` to the document selection inside `text` (a row's `[data-text-start]` element).
 * Returns false when the step was stopped at the row's edge.
 */
export function moveCaret(selection: Selection, text: Element, move: CaretMove): boolean {
  if (!selection.focusNode || !text.contains(selection.focusNode)) selection.collapse(text, 0);
  if (move.granularity === 'row') {
    placeFocus(selection, move, edgeOf(text, move.direction));
    return true;
  }
  selection.modify(move.alter, move.direction, move.granularity);
  if (selection.focusNode && text.contains(selection.focusNode)) return true;
  placeFocus(selection, move, edgeOf(text, move.direction));
  return false;
}

/** Where the caret (the selection's moving end) is drawn, in viewport pixels. */
export function caretRect(selection: Selection): DOMRect | null {
  if (!selection.focusNode) return null;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.height > 0) return rect;
  // A point between elements (a row's start or end) has no box: use the text's first or last line.
  const node = selection.focusNode;
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) return null;
  const around = document.createRange();
  around.selectNodeContents(element);
  const lines = around.getClientRects();
  const atStart = selection.focusOffset === 0;
  const line = atStart ? lines[0] : lines[lines.length - 1];
  if (!line) return null;
  return new DOMRect(atStart ? line.left : line.right, line.top, 0, line.height);
}
