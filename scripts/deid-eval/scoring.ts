/**
 * Span scoring for de-identification. A gold span is recalled when any prediction overlaps it
 * (whatever its type); it is exactly recalled when a prediction has its type and offsets. A
 * prediction is correct (precision) when it overlaps any gold span. A hard negative is hit
 * when any scored prediction overlaps it.
 */
import type { Detection, EntityType } from '@liaison/core';
import type { EvalDoc } from './datasets.js';

export interface TypeCounts {
  gold: number;
  recalled: number;
  exact: number;
  predicted: number;
  correct: number;
}

export interface Score {
  byType: Map<EntityType, TypeCounts>;
  hardNegatives: number;
  hardNegativesHit: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const span = (d: Detection) => ({ start: d.startUtf16, end: d.endUtf16 });

function counts(score: Score, type: EntityType): TypeCounts {
  let c = score.byType.get(type);
  if (!c) {
    c = { gold: 0, recalled: 0, exact: 0, predicted: 0, correct: 0 };
    score.byType.set(type, c);
  }
  return c;
}

export function emptyScore(): Score {
  return { byType: new Map(), hardNegatives: 0, hardNegativesHit: 0 };
}

/** DATE and DATE_OF_BIRTH are one family where a set labels only DATE (Presidio). */
function sameType(doc: EvalDoc, gold: EntityType, predicted: EntityType): boolean {
  return gold === predicted || (doc.scoredTypes?.includes(predicted) ?? false);
}

export function scoreDoc(score: Score, doc: EvalDoc, predictions: Detection[]): void {
  const scored = predictions.filter((p) => !doc.scoredTypes || doc.scoredTypes.includes(p.type));
  for (const g of doc.gold) {
    const c = counts(score, g.type);
    c.gold++;
    if (scored.some((p) => overlaps(span(p), g))) c.recalled++;
    const exact = (p: Detection) => p.startUtf16 === g.start && p.endUtf16 === g.end;
    if (scored.some((p) => exact(p) && sameType(doc, g.type, p.type))) c.exact++;
  }
  for (const p of scored) {
    const c = counts(score, p.type);
    c.predicted++;
    if (doc.gold.some((g) => overlaps(span(p), g))) c.correct++;
  }
  score.hardNegatives += doc.hardNegatives.length;
  for (const h of doc.hardNegatives) {
    if (scored.some((p) => overlaps(span(p), h))) score.hardNegativesHit++;
  }
}

export function total(score: Score, types?: ReadonlySet<EntityType>): TypeCounts {
  const sum: TypeCounts = { gold: 0, recalled: 0, exact: 0, predicted: 0, correct: 0 };
  for (const [type, c] of score.byType) {
    if (types && !types.has(type)) continue;
    sum.gold += c.gold;
    sum.recalled += c.recalled;
    sum.exact += c.exact;
    sum.predicted += c.predicted;
    sum.correct += c.correct;
  }
  return sum;
}
