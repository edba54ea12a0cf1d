/**
 * Chooses among overlapping detections so that every character belongs to at most one span
 * (ANNOTATION.md never nests spans: an address excludes its postcode, a name excludes the rank).
 *
 * Precedence, after ../shared/deid/NOTES.md §7.4:
 * 1. tier: checksum-validated identifiers (NHS number, PNC ID, CRO number, card) > fixed-format
 *    identifiers (NINO, VRM, postcode, email) > context-triggered identifiers (collar number,
 *    crime reference, phone, date of birth, date, age) > names, addresses, places and
 *    organisations (rules and gazetteers);
 * 2. within a tier, the longer span (a full name over a first name, `the Job Centre on Market
 *    Street` over `Market Street`);
 * 3. then the higher score, then the earlier start.
 * A detection that overlaps one already kept is dropped whole, never trimmed. Exact duplicates
 * (same type and span from two recognizers) collapse to the highest score.
 */
import type { Detection, EntityType } from './entity-types.js';

export const TYPE_TIER: Readonly<Record<EntityType, number>> = {
  NHS_NUMBER: 4,
  PNC_ID: 4,
  CRO_NUMBER: 4,
  CARD_NUMBER: 4,
  NINO: 3,
  VRM: 3,
  POSTCODE: 3,
  EMAIL: 3,
  COLLAR_NUMBER: 2,
  CRIME_REF: 2,
  PHONE: 2,
  DATE_OF_BIRTH: 2,
  DATE: 2,
  AGE: 2,
  PERSON: 1,
  ADDRESS: 1,
  ORGANISATION: 1,
  LOCATION: 1,
};

const length = (d: Detection) => d.endUtf16 - d.startUtf16;

/** Sort order: strongest first (tier, length, score, earlier start). */
export function comparePrecedence(a: Detection, b: Detection): number {
  return (
    TYPE_TIER[b.type] - TYPE_TIER[a.type] ||
    length(b) - length(a) ||
    b.score - a.score ||
    a.startUtf16 - b.startUtf16
  );
}

/**
 * Up to this many candidates, a candidate is checked against the kept spans one by one; more, and
 * taken characters go in a byte map. Both keep exactly the same spans; the list is cheaper for
 * the few detections of a log entry (no typed array per call), the map stays linear on long files.
 */
const LIST_CHECK_MAX = 32;

/**
 * Non-overlapping detections in text order. Each candidate, strongest first, is kept when none of
 * its characters is taken by a span kept before it.
 */
export function resolveDetections(detections: Detection[]): Detection[] {
  const valid = detections.filter((d) => d.startUtf16 >= 0 && d.endUtf16 > d.startUtf16);
  if (valid.length <= LIST_CHECK_MAX && valid.every(hasScore)) {
    return insertionSort(keepByList(insertionSort(valid, comparePrecedence)), byStart);
  }
  valid.sort(comparePrecedence);
  const kept = valid.length <= LIST_CHECK_MAX ? keepByList(valid) : keepByMap(valid);
  return kept.sort(byStart);
}

const byStart = (a: Detection, b: Detection) => a.startUtf16 - b.startUtf16;

/**
 * A NaN score would make `comparePrecedence` inconsistent (NaN differences count as ties), and
 * then two sorts may order the same list differently: such a list goes to `Array.prototype.sort`.
 */
const hasScore = (d: Detection) => d.score === d.score;

/**
 * `list` sorted in place by `compare`, stably: with a consistent comparator the order is the one
 * `Array.prototype.sort` (stable too) gives. For a log entry's few candidates, without the work
 * array that the built-in sort allocates on every call (about 1.4 KB a log entry).
 */
function insertionSort(list: Detection[], compare: (a: Detection, b: Detection) => number) {
  for (let i = 1; i < list.length; i++) {
    const d = list[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(list[j]!, d) > 0; j--) list[j + 1] = list[j]!;
    list[j + 1] = d;
  }
  return list;
}

function keepByList(sorted: Detection[]): Detection[] {
  const kept: Detection[] = [];
  for (const d of sorted) {
    if (kept.every((k) => k.endUtf16 <= d.startUtf16 || d.endUtf16 <= k.startUtf16)) kept.push(d);
  }
  return kept;
}

/** One byte per UTF-16 code unit of the text, so each candidate costs its own length. */
function keepByMap(sorted: Detection[]): Detection[] {
  const size = sorted.reduce((max, d) => Math.max(max, d.endUtf16), 0);
  const taken = new Uint8Array(size);
  const kept: Detection[] = [];
  for (const d of sorted) {
    if (isFree(taken, d)) {
      taken.fill(1, d.startUtf16, d.endUtf16);
      kept.push(d);
    }
  }
  return kept;
}

function isFree(taken: Uint8Array, d: Detection): boolean {
  for (let i = d.startUtf16; i < d.endUtf16; i++) if (taken[i]) return false;
  return true;
}
