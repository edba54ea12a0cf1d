/**
 * Agreement between coders on a study's codings, per code and pooled, by three statistics that
 * treat uncoded text differently, so the report says so for each:
 *
 * - α_u (unitizing-alpha.ts) over one continuum made by laying the documents end to end in the
 *   given order (UTF-16 offsets shifted by the lengths before them). Text no coder coded with a
 *   code is a gap for every coder, and gap against gap is zero disagreement: uncoded stretches
 *   count as agreed absence, and D_e accounts for how much of the text is uncoded.
 * - Segment overlap (segment-overlap.ts, MAXQDA's method): only coded segments are counted, so
 *   uncoded text is not agreement.
 * - Cohen's kappa on units (log entries, transcript turns, document sections): a unit is coded c
 *   by a coder when any of their codings of c overlaps it by at least one code unit; each
 *   (unit, code) is a yes/no rating, so a unit neither coder coded with c is an agreement on
 *   "absent". Only codes that at least one of the two coders used are rated, so unused codes do
 *   not inflate agreement.
 */
import { cohensKappa, type CohensKappa } from './cohens-kappa.js';
import {
  segmentOverlap,
  MAXQDA_DEFAULT_OVERLAP,
  type CodedSegment,
  type SegmentOverlap,
} from './segment-overlap.js';
import { unitizingAlpha, type CodedSpan, type UnitizingAlpha } from './unitizing-alpha.js';
import { lowerBound } from './unitizing-sums.js';

export interface AgreementDocument {
  id: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  /** Log entries, transcript turns or sections: the units kappa rates (spans, end exclusive). */
  units: readonly { start: number; end: number }[];
}

export interface AgreementInput {
  documents: readonly AgreementDocument[];
  /** Codings with `document` naming a document id; codings of other coders are ignored. */
  codings: readonly CodedSegment[];
  /** The coders to compare (at least two). */
  coders: readonly string[];
  /** Segment-overlap threshold, 0..1 (default MAXQDA's 0.9). */
  threshold?: number;
}

/** How a statistic treats text nobody coded: stated in every report. */
export interface UncodedPolicy {
  uncodedCountsAsAgreement: boolean;
  uncodedExplanation: string;
}

export interface UnitKappa {
  coders: [string, string];
  perCode: (CohensKappa & { code: string })[];
  pooled: CohensKappa;
}

export interface AgreementReport {
  coders: string[];
  documents: number;
  unitizing: UnitizingAlpha & UncodedPolicy;
  /** One entry per pair of coders. */
  segmentOverlap: (SegmentOverlap & UncodedPolicy)[];
  unitKappa: (UnitKappa & UncodedPolicy)[];
}

export const UNITIZING_POLICY: UncodedPolicy = {
  uncodedCountsAsAgreement: true,
  uncodedExplanation:
    'α_u: text a code was not applied to is a gap for that coder; where both coders leave a stretch uncoded it is agreed absence (zero disagreement), and the expected disagreement accounts for it.',
};
export const SEGMENT_POLICY: UncodedPolicy = {
  uncodedCountsAsAgreement: false,
  uncodedExplanation:
    'Segment overlap: only coded segments are counted (each one agreed or not); text neither coder coded is not counted at all.',
};
export const UNIT_KAPPA_POLICY: UncodedPolicy = {
  uncodedCountsAsAgreement: true,
  uncodedExplanation:
    "Kappa on units: each unit (log entry, turn, section) is rated coded / not coded for every code either coder used; a unit neither coder coded with a code counts as agreement on 'not coded'.",
};

export function codingAgreement(input: AgreementInput): AgreementReport {
  const coders = [...new Set(input.coders)];
  if (coders.length < 2) throw new RangeError('codingAgreement: need at least two coders');
  const codings = input.codings.filter((c) => coders.includes(c.coder));
  const pairs = coderPairs(coders);
  const threshold = input.threshold ?? MAXQDA_DEFAULT_OVERLAP;
  return {
    coders,
    documents: input.documents.length,
    unitizing: {
      ...unitizingAlpha(continuum(input.documents, codings, coders)),
      ...UNITIZING_POLICY,
    },
    segmentOverlap: pairs.map((p) => ({
      ...segmentOverlap(codings, p, threshold),
      ...SEGMENT_POLICY,
    })),
    unitKappa: pairs.map((p) => ({
      ...unitKappa(input.documents, codings, p),
      ...UNIT_KAPPA_POLICY,
    })),
  };
}

function coderPairs(coders: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  coders.forEach((a, i) => coders.slice(i + 1).forEach((b) => pairs.push([a, b])));
  return pairs;
}

/** The documents end to end; codings shifted onto it and clamped to their own document. */
function continuum(
  documents: readonly AgreementDocument[],
  codings: readonly CodedSegment[],
  coders: string[],
) {
  const offsets = new Map<string, { at: number; length: number }>();
  let length = 0;
  for (const d of documents) {
    offsets.set(d.id, { at: length, length: d.length });
    length += d.length;
  }
  const spans: CodedSpan[] = [];
  for (const c of codings) {
    const doc = offsets.get(c.document);
    if (!doc) continue;
    const start = doc.at + Math.max(0, c.start);
    const end = doc.at + Math.min(doc.length, c.end);
    if (end > start) spans.push({ coder: c.coder, code: c.code, start, end });
  }
  return { coders, length: Math.max(length, 1), spans };
}

function unitKappa(
  documents: readonly AgreementDocument[],
  codings: readonly CodedSegment[],
  pair: [string, string],
): UnitKappa {
  const marks = unitMarks(documents, codings, pair);
  const perCode = [...marks].map(([code, [a, b]]) => ({ code, ...cohensKappa(a, b) }));
  const all = [...marks.values()];
  const pooled = cohensKappa(
    all.flatMap((m) => m[0]),
    all.flatMap((m) => m[1]),
  );
  return { coders: pair, perCode, pooled };
}

type Marks = Map<string, [number[], number[]]>;

/** Per code, for each coder of the pair, 1/0 per unit (documents in order, units in order). */
function unitMarks(
  documents: readonly AgreementDocument[],
  codings: readonly CodedSegment[],
  pair: [string, string],
): Marks {
  const base = new Map<string, number>();
  let total = 0;
  for (const d of documents) {
    base.set(d.id, total);
    total += d.units.length;
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  const marks: Marks = new Map();
  for (const c of codings) {
    const side = pair.indexOf(c.coder);
    const doc = byId.get(c.document);
    if (side < 0 || !doc) continue;
    const code = marks.get(c.code) ?? [
      new Array<number>(total).fill(0),
      new Array<number>(total).fill(0),
    ];
    marks.set(c.code, code);
    const row = code[side === 0 ? 0 : 1];
    for (const i of overlappedUnits(doc, c)) row[(base.get(doc.id) as number) + i] = 1;
  }
  return marks;
}

/** Indexes of the units a span overlaps (units sorted and not overlapping, as parsers emit them). */
function overlappedUnits(doc: AgreementDocument, span: { start: number; end: number }): number[] {
  const ends = doc.units.map((u) => u.end);
  const hits: number[] = [];
  for (let i = lowerBound(ends, span.start + 1); i < doc.units.length; i++) {
    const u = doc.units[i] as { start: number; end: number };
    if (u.start >= span.end) break;
    if (Math.min(u.end, span.end) > Math.max(u.start, span.start)) hits.push(i);
  }
  return hits;
}
