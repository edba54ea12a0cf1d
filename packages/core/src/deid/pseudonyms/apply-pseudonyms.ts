/**
 * Rewrites a text with every detection replaced by its pseudonym. Overlapping or touching-inside
 * detections (from a caller that did not resolve them) are merged into one span, replaced by the
 * first one's pseudonym, so no part of an identifier survives.
 */
import type { Detection } from '../entity-types.js';
import { OffsetMap, type ReplacedSegment } from './offset-map.js';
import type { PseudonymTable } from './pseudonym-table.js';

export interface PseudonymisedText {
  text: string;
  offsetMap: OffsetMap;
}

function checkBounds(text: string, d: Detection): void {
  const ok =
    Number.isInteger(d.startUtf16) &&
    Number.isInteger(d.endUtf16) &&
    d.startUtf16 >= 0 &&
    d.startUtf16 < d.endUtf16 &&
    d.endUtf16 <= text.length;
  if (!ok) {
    throw new RangeError(
      `detection ${d.type} [${d.startUtf16}, ${d.endUtf16}) is not a span of a ${text.length}-character text`,
    );
  }
}

/** Detections in text order with overlaps merged; `text` re-read from the text. */
export function mergeOverlaps(text: string, detections: readonly Detection[]): Detection[] {
  const sorted = [...detections].sort(
    (a, b) => a.startUtf16 - b.startUtf16 || b.endUtf16 - a.endUtf16,
  );
  const merged: Detection[] = [];
  for (const d of sorted) {
    checkBounds(text, d);
    const last = merged[merged.length - 1];
    if (last && d.startUtf16 < last.endUtf16) {
      last.endUtf16 = Math.max(last.endUtf16, d.endUtf16);
      last.text = text.slice(last.startUtf16, last.endUtf16);
    } else merged.push({ ...d, text: text.slice(d.startUtf16, d.endUtf16) });
  }
  return merged;
}

/**
 * `text` with each detection replaced by the table's pseudonym, and the map from old to new
 * UTF-16 offsets. Learns the document's full names first (so `Mrs Smith` before `Jean Smith`
 * links); to link a surname to a full name in another document, `table.learn` every document
 * before applying any.
 */
export function applyPseudonyms(
  text: string,
  detections: readonly Detection[],
  table: PseudonymTable,
): PseudonymisedText {
  const spans = mergeOverlaps(text, detections);
  table.learn(spans);
  const parts: string[] = [];
  const segments: ReplacedSegment[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const r of table.replacementsFor(text, spans)) {
    parts.push(text.slice(oldPos, r.startUtf16), r.replacement);
    const newStart = newPos + (r.startUtf16 - oldPos);
    newPos = newStart + r.replacement.length;
    segments.push({ oldStart: r.startUtf16, oldEnd: r.endUtf16, newStart, newEnd: newPos });
    oldPos = r.endUtf16;
  }
  parts.push(text.slice(oldPos));
  return { text: parts.join(''), offsetMap: new OffsetMap(segments) };
}
