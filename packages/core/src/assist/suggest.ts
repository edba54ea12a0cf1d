/**
 * Code suggestions learnt from one coder's own codings: each unit (log entry, transcript turn,
 * document section) becomes a TF-IDF vector, and for every code a one-vs-rest logistic
 * regression learns "does this coder apply this code to this unit?". A unit's suggestions are
 * the codes with the highest probability σ(wᵀx + b). The probabilities are those of a
 * regularised maximum-likelihood fit: roughly calibrated on data like the training units, not
 * guaranteed (docs/assisted-coding.md reports how they fare on held-out transcripts).
 * Suggestions are shown for review, never applied.
 */
import type { LbfgsOptions } from './lbfgs.js';
import { fitLogistic, linear, sigmoid } from './logistic.js';
import type { UnitSpan } from './sentences.js';
import { fitTfidf, tfidfVector, type TfidfModel } from './tfidf.js';
import { textFeatures } from './tokenize.js';

/** A unit's text and the codes (ids) the coder applied to it; none is a negative example. */
export interface TrainingUnit {
  text: string;
  codes: readonly string[];
}

export interface SuggesterOptions {
  /** Ridge strength λ of the mean loss (default DEFAULT_LAMBDA). */
  lambda?: number;
  /** Terms must occur in this many training units (default 2). */
  minDf?: number;
  /** Codes applied to fewer units are not learnt (default 3). */
  minPositives?: number;
  lbfgs?: LbfgsOptions;
}

export interface CodeModel {
  code: string;
  weights: Float64Array;
  bias: number;
  /** Training units the coder gave this code. */
  positives: number;
  converged: boolean;
}

export interface Suggester {
  tfidf: TfidfModel;
  codes: CodeModel[];
  /** Codes seen in training but with too few units to learn. */
  untrained: string[];
  trainingUnits: number;
}

export interface Suggestion {
  code: string;
  /** Estimated probability (0..1) that the coder would apply the code to the unit. */
  probability: number;
}

/**
 * λ for the mean loss. Chosen on the demo study's eval splits (`npm run eval:suggest`) from
 * 1e-5 … 3e-3: 1e-4 to 3e-4 scored best, 3e-3 fell back towards the baseline. Smaller λ than
 * scikit-learn's default (C = 1, i.e. λ = 1/n ≈ 1e-3 here) because TF-IDF rows are unit-length
 * and most terms are rare, so weights must grow large to matter.
 */
export const DEFAULT_LAMBDA = 3e-4;

function codeCounts(units: TrainingUnit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of units) for (const c of new Set(u.codes)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** Trains one model per code with enough positives, codes in sorted order. */
export function trainSuggester(units: TrainingUnit[], options: SuggesterOptions = {}): Suggester {
  if (units.length === 0) throw new RangeError('no training units: code some text first');
  const docs = units.map((u) => textFeatures(u.text));
  const tfidf = fitTfidf(docs, options.minDf ?? 2);
  const xs = docs.map((d) => tfidfVector(tfidf, d));
  const counts = codeCounts(units);
  const all = [...counts.keys()].sort();
  const minPositives = options.minPositives ?? 3;
  const codes = all
    .filter((c) => (counts.get(c) as number) >= minPositives)
    .map((code) => {
      const y = Uint8Array.from(units, (u) => (u.codes.includes(code) ? 1 : 0));
      const fit = fitLogistic(
        xs,
        y,
        tfidf.terms.length,
        options.lambda ?? DEFAULT_LAMBDA,
        options.lbfgs,
      );
      return {
        code,
        weights: fit.weights,
        bias: fit.bias,
        positives: counts.get(code) as number,
        converged: fit.converged,
      };
    });
  const untrained = all.filter((c) => (counts.get(c) as number) < minPositives);
  return { tfidf, codes, untrained, trainingUnits: units.length };
}

/** Every learnt code's probability for `text`, highest first (ties by code id). */
export function scoreCodes(model: Suggester, text: string): Suggestion[] {
  const x = tfidfVector(model.tfidf, textFeatures(text));
  return model.codes
    .map((c) => ({ code: c.code, probability: sigmoid(linear(c.weights, c.bias, x)) }))
    .sort((a, b) => b.probability - a.probability || (a.code < b.code ? -1 : 1));
}

/** The k most probable codes for `text`, leaving out codes in `exclude` (already applied). */
export function suggestCodes(
  model: Suggester,
  text: string,
  k = 3,
  exclude: ReadonlySet<string> = new Set(),
): Suggestion[] {
  return scoreCodes(model, text)
    .filter((s) => !exclude.has(s.code))
    .slice(0, k);
}

/** A coded span of a text (UTF-16 offsets) with its code id. */
export interface CodedTextSpan extends UnitSpan {
  code: string;
}

/** The codes whose spans overlap each unit by at least one code unit, sorted. */
export function unitCodes(units: UnitSpan[], codings: CodedTextSpan[]): string[][] {
  return units.map((u) =>
    [
      ...new Set(codings.filter((c) => c.start < u.end && c.end > u.start).map((c) => c.code)),
    ].sort(),
  );
}
