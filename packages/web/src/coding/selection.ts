/**
 * The reader's text selection as a span of the text version. Each row's text element carries
 * `data-text-start` / `data-text-end` (its text's span in the version, UTF-16 code units); a
 * selection may start and end in different rows, and is read when it changes, so rows later
 * removed by the virtualiser do not lose it.
 */
import type { CodingSpan } from '../api/coding-api.js';
import { piecesOf, toSource } from './row-offsets.js';

const TEXT = '[data-text-start]';

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** The version offset of a selection point, or undefined when it is not in a reader row. */
function pointOffset(node: Node, offset: number, version: string, edge: 'start' | 'end') {
  const element = elementOf(node);
  const text = element?.closest<HTMLElement>(TEXT);
  if (text) {
    const start = Number(text.dataset.textStart);
    const pieces = piecesOf(text.textContent ?? '', version, start);
    const before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(node, offset);
    // A row whose lines are not verbatim in the version (a CSV cell) is taken whole.
    if (!pieces) return Number(edge === 'start' ? start : text.dataset.textEnd);
    return toSource(pieces, before.toString().length);
  }
  // A point on a row's label or margin: the row's text starts or ends the span.
  const rowText = element?.closest('[data-index]')?.querySelector<HTMLElement>(TEXT);
  if (!rowText) return undefined;
  return Number(edge === 'start' ? rowText.dataset.textStart : rowText.dataset.textEnd);
}

export type SelectionRead =
  /** Text selected in the reader. */
  | { kind: 'span'; span: CodingSpan; quote: string }
  /** A click (empty selection) in the reader: the earlier selection is gone. */
  | { kind: 'cleared' }
  /** A selection elsewhere (a button, the picker): keep what was selected. */
  | { kind: 'elsewhere' };

export function readSelection(selection: Selection | null, version: string): SelectionRead {
  if (!selection || selection.rangeCount === 0) return { kind: 'elsewhere' };
  const range = selection.getRangeAt(0);
  const start = pointOffset(range.startContainer, range.startOffset, version, 'start');
  const end = pointOffset(range.endContainer, range.endOffset, version, 'end');
  if (start === undefined && end === undefined) return { kind: 'elsewhere' };
  if (selection.isCollapsed || start === undefined || end === undefined || end <= start)
    return { kind: 'cleared' };
  return {
    kind: 'span',
    span: { startUtf16: start, endUtf16: end },
    quote: version.slice(start, end),
  };
}
