/**
 * Trains a `LabelModel` (label-model.ts) from labelled entries: multinomial logistic regression with an L2
 * penalty on the weights (not the biases), fitted by L-BFGS (Nocedal & Wright, Numerical
 * Optimization, 2nd ed., 2006, Algorithm 7.4 two-loop recursion, with a backtracking Armijo line
 * search, §3.1). Deterministic: no random start or order, so the same examples give the same
 * model. Pure, so a study's own corrections can retrain it anywhere core runs.
 *
 * With a `prior` model the penalty pulls every parameter (biases too) towards the prior's instead
 * of towards zero, and fitting starts from it: a few hundred corrected entries adapt the default
 * model rather than replace it (Chelba & Acero, "Adaptation of maximum entropy capitalizer:
 * Little data can help a lot", Computer Speech & Language 20(4), 2006, §3).
 */
import type { LabelModel } from './label-model.js';

export interface LabelExample {
  /** Feature names present (`modelFeatureNames`). */
  features: readonly string[];
  label: string;
}

export interface TrainOptions {
  /** Strength of the L2 penalty on the weights. */
  l2?: number;
  /** A feature must appear in at least this many examples to be weighed. */
  minCount?: number;
  /** Features whose centred weights all lie within ± this are dropped from the saved model. */
  prune?: number;
  /** Decimals the saved weights keep (2: an error of at most 0.005 a weight, a smaller file). */
  decimals?: number;
  /** L-BFGS iterations at most. */
  iterations?: number;
  /** Written into the model's `trainedOn`. */
  trainedOn?: string;
  /** A model to adapt: same labels in the same order; its features the examples lack are kept. */
  prior?: LabelModel;
  /** `featureCounts` of these examples' features, when already counted for another model. */
  counts?: ReadonlyMap<string, number>;
}

const DEFAULTS = { l2: 1, minCount: 2, prune: 0.1, decimals: 2, iterations: 300 };

/** Examples as rows of feature indices, over the features seen `minCount` times. */
interface Design {
  /** The number of labels, K. */
  k: number;
  names: string[];
  rows: Int32Array[];
  labels: Int32Array;
}

/**
 * The features weighed: those seen `minCount` times, and every one the prior weighs (so that
 * training scores an example as the adapted model will).
 */
function design(
  examples: readonly LabelExample[],
  labels: readonly string[],
  o: Pick<TrainOptions, 'prior' | 'counts'> & { minCount: number },
): Design {
  const counts = o.counts ?? featureCounts(examples);
  const weighed = (f: string) =>
    (counts.get(f) ?? 0) >= o.minCount || o.prior?.weights[f] !== undefined;
  const names = [...counts.keys()].filter(weighed).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const seen = new Int32Array(names.length).fill(-1);
  const rows = examples.map((e, row) => {
    const ids: number[] = [];
    for (const f of e.features) {
      const id = index.get(f);
      // A feature named twice in one example counts once.
      if (id === undefined || seen[id] === row) continue;
      seen[id] = row;
      ids.push(id);
    }
    return Int32Array.from(ids);
  });
  const ys = Int32Array.from(examples.map((e) => labelIndex(labels, e.label)));
  return { k: labels.length, names, rows, labels: ys };
}

/**
 * In how many examples each feature occurs. Models trained on the same entries (the event,
 * framing and agency models) can count once and pass the counts to each (`counts`).
 */
export function featureCounts(examples: readonly LabelExample[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

function labelIndex(labels: readonly string[], label: string): number {
  const i = labels.indexOf(label);
  if (i < 0)
    throw new Error(`training example labelled "${label}", not one of ${labels.join(', ')}`);
  return i;
}

/**
 * Where the penalty pulls the parameters (laid out as in `objective`), and how many of them it
 * covers: the weights only towards zero, or with a prior every parameter towards the prior's.
 */
interface Centre {
  at: Float64Array;
  penalised: number;
}

/** Zero, or the prior's weights and biases, in the design's layout. */
function centre(d: Design, prior: LabelModel | undefined): Centre {
  const at = new Float64Array((d.names.length + 1) * d.k);
  if (!prior) return { at, penalised: d.names.length * d.k };
  d.names.forEach((name, j) => {
    const row = prior.weights[name];
    if (row) at.set(row, j * d.k);
  });
  at.set(prior.bias, d.names.length * d.k);
  return { at, penalised: at.length };
}

/**
 * Negative log-likelihood plus (l2 / 2)·|θ − centre|² over the penalised parameters, and its
 * gradient, at parameters `w`: the weights of feature j for label k at j·K + k, then the K biases.
 */
function objective(d: Design, w: Float64Array, pen: Penalty, grad: Float64Array): number {
  const K = d.k;
  const biasAt = d.names.length * K;
  grad.fill(0);
  let loss = 0;
  const s = new Float64Array(K);
  for (let i = 0; i < d.rows.length; i++) {
    const row = d.rows[i]!;
    for (let k = 0; k < K; k++) s[k] = w[biasAt + k]!;
    for (const j of row) for (let k = 0; k < K; k++) s[k]! += w[j * K + k]!;
    const p = softmax(s);
    const y = d.labels[i]!;
    loss -= Math.log(Math.max(p[y]!, 1e-300));
    for (let k = 0; k < K; k++) {
      const g = p[k]! - (k === y ? 1 : 0);
      grad[biasAt + k]! += g;
      for (const j of row) grad[j * K + k]! += g;
    }
  }
  const { l2, centre: c } = pen;
  for (let i = 0; i < c.penalised; i++) {
    const off = w[i]! - c.at[i]!;
    loss += 0.5 * l2 * off * off;
    grad[i]! += l2 * off;
  }
  return loss;
}

/** exp(s − max s) normalised: probabilities without overflow. */
function softmax(s: Float64Array): Float64Array {
  let max = -Infinity;
  for (const x of s) if (x > max) max = x;
  const p = new Float64Array(s.length);
  let sum = 0;
  for (let k = 0; k < s.length; k++) sum += p[k] = Math.exp(s[k]! - max);
  for (let k = 0; k < s.length; k++) p[k]! /= sum;
  return p;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** The search direction −H·g from the stored pairs (s, y) (two-loop recursion). */
function direction(g: Float64Array, ss: Float64Array[], ys: Float64Array[]): Float64Array {
  const q = Float64Array.from(g);
  const alpha: number[] = [];
  for (let i = ss.length - 1; i >= 0; i--) {
    const a = dot(ss[i]!, q) / dot(ys[i]!, ss[i]!);
    alpha[i] = a;
    for (let n = 0; n < q.length; n++) q[n]! -= a * ys[i]![n]!;
  }
  const last = ss.length - 1;
  const gamma = last >= 0 ? dot(ss[last]!, ys[last]!) / dot(ys[last]!, ys[last]!) : 1;
  for (let n = 0; n < q.length; n++) q[n]! *= gamma;
  for (let i = 0; i < ss.length; i++) {
    const b = dot(ys[i]!, q) / dot(ys[i]!, ss[i]!);
    for (let n = 0; n < q.length; n++) q[n]! += ss[i]![n]! * (alpha[i]! - b);
  }
  for (let n = 0; n < q.length; n++) q[n] = -q[n]!;
  return q;
}

/** Pairs L-BFGS keeps (Nocedal & Wright suggest 3 to 20). */
const MEMORY = 10;

/** The penalty's strength and centre. */
interface Penalty {
  l2: number;
  centre: Centre;
}

/** Minimises `objective` from the penalty's centre; returns the parameters. */
function lbfgs(d: Design, pen: Penalty, iterations: number): Float64Array {
  let w: Float64Array = Float64Array.from(pen.centre.at);
  let g: Float64Array = new Float64Array(w.length);
  let f = objective(d, w, pen, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  for (let it = 0; it < iterations; it++) {
    const p = direction(g, ss, ys);
    const step = lineSearch(d, pen, w, f, g, p, ss.length === 0 ? 1 / Math.sqrt(dot(g, g)) : 1);
    if (!step) break;
    const { w: w2, g: g2, f: f2 } = step;
    remember(ss, ys, diff(w2, w), diff(g2, g));
    const done = Math.abs(f - f2) <= 1e-9 * Math.max(1, Math.abs(f));
    [w, g, f] = [w2, g2, f2];
    if (done) break;
  }
  return w;
}

function diff(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! - b[i]!;
  return out;
}

function remember(ss: Float64Array[], ys: Float64Array[], s: Float64Array, y: Float64Array): void {
  if (dot(s, y) <= 1e-12) return; // keeps the approximation positive definite
  ss.push(s);
  ys.push(y);
  if (ss.length > MEMORY) {
    ss.shift();
    ys.shift();
  }
}

/** Backtracking until the Armijo condition holds (c = 1e-4, halving), or null when none does. */
function lineSearch(
  d: Design,
  pen: Penalty,
  w: Float64Array,
  f: number,
  g: Float64Array,
  p: Float64Array,
  first: number,
): { w: Float64Array; g: Float64Array; f: number } | null {
  const slope = dot(g, p);
  if (!(slope < 0)) return null;
  for (let t = first, tries = 0; tries < 40; t /= 2, tries++) {
    const w2 = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) w2[i] = w[i]! + t * p[i]!;
    const g2 = new Float64Array(w.length);
    const f2 = objective(d, w2, pen, g2);
    if (f2 <= f + 1e-4 * t * slope) return { w: w2, g: g2, f: f2 };
  }
  return null;
}

/** Rounds to `decimals` places: the saved model stays small and its JSON stable across runs. */
const rounder = (decimals: number) => (x: number) =>
  Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * A model from labelled examples. Each feature's weights are centred (their mean over the labels
 * subtracted), which changes no prediction (softmax is unchanged by adding the same amount to
 * every label's score) and lets `prune` drop features that barely favour any label.
 */
export function trainLabelModel(
  examples: readonly LabelExample[],
  labels: readonly string[],
  options: TrainOptions = {},
): LabelModel {
  // Options given as undefined keep their defaults.
  const given = Object.entries(options).filter(([, v]) => v !== undefined);
  const o = { ...DEFAULTS, ...(Object.fromEntries(given) as TrainOptions) };
  if (o.prior) checkPriorLabels(o.prior, labels);
  const d = design(examples, labels, o);
  const w = lbfgs(d, { l2: o.l2, centre: centre(d, o.prior) }, o.iterations);
  const K = d.k;
  const round = rounder(o.decimals);
  // The prior's features no example has keep their weights; the rest are refitted below.
  const weights: Record<string, number[]> = { ...o.prior?.weights };
  for (const name of d.names) delete weights[name];
  d.names.forEach((name, j) => {
    const row = Array.from(w.subarray(j * K, (j + 1) * K));
    const mean = row.reduce((a, b) => a + b, 0) / K;
    const centred = row.map((x) => round(x - mean));
    if (centred.some((x) => Math.abs(x) > o.prune)) weights[name] = centred;
  });
  const bias = Array.from(w.subarray(d.names.length * K)).map(round);
  const trainedOn = o.trainedOn ?? `${examples.length} entries`;
  return { labels: [...labels], bias, weights, trainedOn };
}

function checkPriorLabels(prior: LabelModel, labels: readonly string[]): void {
  if (prior.labels.join('\n') === labels.join('\n')) return;
  throw new Error(
    `cannot adapt a model labelled ${prior.labels.join(', ')} to labels ${labels.join(', ')}`,
  );
}
