/**
 * A source's text with its detections marked by type (colour and a label drawn by CSS) and
 * status. Spans that overlap an earlier
 * one are drawn from where it ends (they still appear in counts and in the current-detection
 * panel). Offsets are UTF-16, as the API gives them, which is what JavaScript strings index.
 */
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { ReviewDetection } from './deid-api.js';

interface Props {
  text: string;
  detections: ReviewDetection[];
  currentId: string | null;
  onPick: (id: string) => void;
  containerRef: RefObject<HTMLDivElement | null>;
}

function markFor(d: ReviewDetection, start: number, text: string, props: Props): ReactNode {
  const current = d.id === props.currentId;
  return (
    <mark
      key={d.id}
      className={`deid-mark deid-${d.status}${current ? ' deid-current' : ''}`}
      data-type={d.type}
      data-status={d.status}
      data-id={d.id}
      title={`${d.type}, ${d.status}`}
      onClick={() => props.onPick(d.id)}
    >
      {text.slice(start, d.endUtf16)}
    </mark>
  );
}

function segments(props: Props): ReactNode[] {
  const { text, detections } = props;
  const out: ReactNode[] = [];
  let cursor = 0;
  for (const d of detections) {
    if (d.endUtf16 <= cursor) continue;
    const start = Math.max(d.startUtf16, cursor);
    if (start > cursor) out.push(text.slice(cursor, start));
    out.push(markFor(d, start, text, props));
    cursor = d.endUtf16;
  }
  out.push(text.slice(cursor));
  return out;
}

export function HighlightedText(props: Props) {
  const { containerRef, currentId } = props;
  const scrolled = useRef<string | null>(null);
  useEffect(() => {
    if (currentId === null || scrolled.current === currentId) return;
    scrolled.current = currentId;
    const mark = containerRef.current?.querySelector(`[data-id="${CSS.escape(currentId)}"]`);
    mark?.scrollIntoView?.({ block: 'nearest' });
  }, [currentId, containerRef]);
  return (
    <div className="deid-text" ref={containerRef} aria-label="Source text with detections">
      {segments(props)}
    </div>
  );
}

/**
 * The selection as UTF-16 offsets into the text shown, or null when nothing inside it is
 * selected. Type labels are CSS generated content (deid.css), not text, so they never count.
 */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}
