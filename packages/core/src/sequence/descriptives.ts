/**
 * TraMineR's descriptive statistics of a sequence set (definitions: ../shared/seq/README.md §6.2
 * and §6.9, TraMineR 2.2-12 `seqtrate`, `seqstatd`, `seqient`, `seqmeant`). Weights, when given,
 * are case weights (`seqdef(..., weights = )` with `weighted = TRUE`); otherwise every sequence
 * counts 1. Matrices are indexed `[from][to]` or `[position][state]` in alphabet order.
 */
import { rSum, RSum } from './r-sum.js';
import { VOID_STATE, type SequenceSet } from './sequence-set.js';

export interface DescribeOptions {
  /** One weight per sequence; default 1 each. */
  weights?: ArrayLike<number>;
}

export interface TransitionRates {
  alphabet: string[];
  /** Weighted number of transitions a → b between consecutive positions. */
  counts: number[][];
  /** counts[a][b] / (weighted transitions out of a into any state); a row of 0 when none. */
  rates: number[][];
}

const weightOf = (options: DescribeOptions, i: number): number => options.weights?.[i] ?? 1;

const square = (k: number): number[][] =>
  Array.from({ length: k }, () => new Array<number>(k).fill(0));

/**
 * Time-invariant lag-1 transition rates (`seqtrate`). TraMineR sums, for each position, the
 * weights of the sequences making each transition and adds the positions up; the same order here.
 */
export function transitionRates(set: SequenceSet, options: DescribeOptions = {}): TransitionRates {
  const k = set.alphabet.length;
  const counts = square(k);
  const out = new Array<number>(k).fill(0);
  for (let t = 0; t + 1 < set.width; t++) {
    const step = Array.from({ length: k * k }, () => new RSum());
    for (let i = 0; i < set.ids.length; i++) {
      const from = set.states[i * set.width + t] as number;
      const to = set.states[i * set.width + t + 1] as number;
      if (from !== VOID_STATE && to !== VOID_STATE)
        (step[from * k + to] as RSum).add(weightOf(options, i));
    }
    for (let a = 0; a < k; a++) {
      const row = step.slice(a * k, (a + 1) * k).map((c) => c.value);
      const total = counts[a] as number[];
      row.forEach((c, b) => (total[b] = (total[b] as number) + c));
      out[a] = (out[a] as number) + rSum(row);
    }
  }
  const rates = counts.map((row, a) => row.map((c) => (out[a] === 0 ? 0 : c / (out[a] as number))));
  return { alphabet: [...set.alphabet], counts, rates };
}

/**
 * Shannon entropy −Σ p·ln p of a distribution given as counts or proportions, over the non-zero
 * values renormalised by their sum (TraMineR's `entropy`, with R's sums); 0 for all zeros.
 */
export function shannonEntropy(values: ArrayLike<number>): number {
  const positive = Array.from(values).filter((v) => v !== 0);
  if (positive.length === 0) return 0;
  const total = rSum(positive);
  // 0 − x rather than −x, so a one-state distribution gives 0, not −0.
  return 0 - rSum(positive.map((v) => (v / total) * Math.log(v / total)));
}

/**
 * Entropy of the uniform distribution over k states, computed as TraMineR does
 * (`entropy(rep(1/k, k))`) rather than as ln k, so normalised values keep R's last bit.
 */
export function maximumEntropy(k: number): number {
  return shannonEntropy(new Array<number>(k).fill(1 / k));
}

const normalise = (entropy: number, max: number): number => (max > 0 ? entropy / max : 0);

export interface StateDistribution {
  alphabet: string[];
  /** `[position][state]`: share of the valid cells at that position in each state. */
  frequencies: number[][];
  /** Weighted number of non-void cells at each position. */
  validStates: number[];
  /** Shannon entropy of each position's distribution (natural log). */
  entropy: number[];
  /** `entropy` divided by the entropy of the uniform distribution over the alphabet. */
  entropyNormalised: number[];
}

/** State distribution and cross-sectional entropy at each position (`seqstatd`). */
export function stateDistribution(
  set: SequenceSet,
  options: DescribeOptions = {},
): StateDistribution {
  const k = set.alphabet.length;
  const max = maximumEntropy(k);
  const out: StateDistribution = {
    alphabet: [...set.alphabet],
    frequencies: [],
    validStates: [],
    entropy: [],
    entropyNormalised: [],
  };
  for (let t = 0; t < set.width; t++) {
    const sums = Array.from({ length: k }, () => new RSum());
    for (let i = 0; i < set.ids.length; i++) {
      const s = set.states[i * set.width + t] as number;
      if (s !== VOID_STATE) (sums[s] as RSum).add(weightOf(options, i));
    }
    const counts = sums.map((c) => c.value);
    const valid = rSum(counts);
    const frequencies = counts.map((c) => (valid === 0 ? 0 : c / valid));
    // TraMineR takes the entropy of the frequencies, not of the counts: same value, R's bits.
    const entropy = shannonEntropy(frequencies);
    out.frequencies.push(frequencies);
    out.validStates.push(valid);
    out.entropy.push(entropy);
    out.entropyNormalised.push(normalise(entropy, max));
  }
  return out;
}

/** Time each sequence spends in each state: row-major `ids.length × alphabet.length`. */
export function timeInStates(set: SequenceSet): Float64Array {
  const k = set.alphabet.length;
  const time = new Float64Array(set.ids.length * k);
  for (let i = 0; i < set.ids.length; i++) {
    for (let t = 0; t < set.width; t++) {
      const s = set.states[i * set.width + t] as number;
      if (s !== VOID_STATE) time[i * k + s] = (time[i * k + s] as number) + 1;
    }
  }
  return time;
}

/**
 * Within-sequence (longitudinal) entropy of each sequence's state durations, divided by the
 * entropy of the uniform distribution over the alphabet (`seqient(norm = TRUE)`).
 */
export function sequenceEntropy(set: SequenceSet): Float64Array {
  const k = set.alphabet.length;
  const time = timeInStates(set);
  const max = maximumEntropy(k);
  return Float64Array.from({ length: set.ids.length }, (_, i) =>
    normalise(shannonEntropy(time.subarray(i * k, (i + 1) * k)), max),
  );
}

export interface MeanTime {
  alphabet: string[];
  /** Weighted mean number of positions spent in each state. */
  mean: number[];
  /** Weighted variance, W/(W² − Σw²) · Σ w(x − mean)² (the n − 1 variance with unit weights). */
  variance: number[];
  sd: number[];
  /** Standard error √(variance / W). */
  se: number[];
}

/** Mean time in each state with variance and standard error (`seqmeant(serr = TRUE)`). */
export function meanTimeInState(set: SequenceSet, options: DescribeOptions = {}): MeanTime {
  const k = set.alphabet.length;
  const n = set.ids.length;
  const time = timeInStates(set);
  const weights = Array.from({ length: n }, (_, i) => weightOf(options, i));
  const total = rSum(weights);
  const totalSquared = rSum(weights.map((w) => w * w));
  const column = (s: number, f: (x: number) => number): number =>
    rSum(weights.map((w, i) => w * f(time[i * k + s] as number)));
  const mean = set.alphabet.map((_, s) => column(s, (x) => x) / total);
  // seqmeant: apply(weights * (vcent^2), 2, sum) * wtot / (wtot^2 - w2tot), in R's order.
  const variance = mean.map(
    (m, s) => (column(s, (x) => (x - m) ** 2) * total) / (total ** 2 - totalSquared),
  );
  return {
    alphabet: [...set.alphabet],
    mean,
    variance,
    sd: variance.map(Math.sqrt),
    se: variance.map((v) => Math.sqrt(v / total)),
  };
}
