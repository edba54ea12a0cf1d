/**
 * The pure half of `deid.apply`: for each source, its accepted detections turned into core
 * `Detection`s over the current text, pseudonymised with the study's table. Every document's
 * full names are learnt before any is replaced, so `Mrs Smith` in one log links to `Jean SMITH`
 * in another (docs/deid.md, "Linking name variants").
 */
import {
  applyPseudonyms,
  type Detection,
  type KnownIdentifier,
  type OffsetMap,
  type PseudonymTable,
  type TextVersion,
} from '@liaison/core';
import type { StoredDetection } from '../review-types.js';

export interface SourcePlan {
  sourceId: string;
  /** The current version, whose text holds the identifiers. */
  version: TextVersion;
  /** Accepted detections of that version. */
  accepted: StoredDetection[];
}

export interface RedactedSource extends SourcePlan {
  text: string;
  /** Old (current version) to new (redaction version) UTF-16 offsets. */
  offsetMap: OffsetMap;
  /** Each replaced span's original text and its replacement. */
  known: KnownIdentifier[];
}

function toDetection(text: string, d: StoredDetection): Detection {
  return {
    type: d.type,
    startUtf16: d.startUtf16,
    endUtf16: d.endUtf16,
    text: text.slice(d.startUtf16, d.endUtf16),
    score: d.score,
    recognizer: d.recognizer,
  };
}

/** A replaced span's type is that of the detection it starts with (overlaps were merged). */
function knownOf(
  oldText: string,
  newText: string,
  map: OffsetMap,
  detections: Detection[],
): KnownIdentifier[] {
  const typeAt = new Map(detections.map((d) => [d.startUtf16, d.type]));
  return map.segments.map((s) => ({
    original: oldText.slice(s.oldStart, s.oldEnd),
    replacement: newText.slice(s.newStart, s.newEnd),
    type: typeAt.get(s.oldStart),
  }));
}

export function planRedaction(plans: SourcePlan[], table: PseudonymTable): RedactedSource[] {
  const detections = plans.map((p) => p.accepted.map((d) => toDetection(p.version.text, d)));
  for (const list of detections) table.learn(list);
  return plans.map((plan, i) => {
    const list = detections[i]!;
    const { text, offsetMap } = applyPseudonyms(plan.version.text, list, table);
    return { ...plan, text, offsetMap, known: knownOf(plan.version.text, text, offsetMap, list) };
  });
}
