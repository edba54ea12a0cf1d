/**
 * TraMineR parity for the descriptives of mvad (columns 17:86): `seqtrate`, `seqstatd`,
 * `seqient`, `seqmeant`, unweighted and weighted. Transition rates and counts are exact (integer
 * counts, README §6.2); entropies and variances are sums R takes in long double, compared at
 * 1e-12 as README §6.9 says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  meanTimeInState,
  readWideSequences,
  sequenceEntropy,
  sequenceSetFromRows,
  shannonEntropy,
  stateDistribution,
  transitionRates,
} from '../../src/index.js';
import { loadMvad, SEQ_DIR } from './reference-data.js';

interface DescriptiveReference {
  trate: number[][];
  trate_counts: number[][];
  statd_entropy_norm: number[];
  meant: Record<string, number>;
  weighted_variant: { trate: number[][]; meant: number[]; statd_entropy: number[] };
}

const reference = JSON.parse(
  readFileSync(join(SEQ_DIR, 'reference.json'), 'utf8'),
) as DescriptiveReference;

/** A headed CSV as rows of numbers (first column kept as a label). */
function readTable(file: string): { label: string; values: number[] }[] {
  const lines = readFileSync(join(SEQ_DIR, file), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [label, ...values] = line.split(',');
    return { label: label as string, values: values.map(Number) };
  });
}

const mvad = loadMvad();

function expectClose(actual: number[], expected: number[], tolerance = 1e-12): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - (expected[i] as number))).toBeLessThan(tolerance));
}

describe('transitionRates (seqtrate)', () => {
  it('equals trate.csv and the counts in reference.json exactly', () => {
    const { counts, rates } = transitionRates(mvad);
    expect(counts).toEqual(reference.trate_counts);
    expect(rates).toEqual(readTable('trate.csv').map((r) => r.values));
    expect(rates).toEqual(reference.trate);
  });

  it('skips transitions into void positions and leaves a row of zeros for a state never left', () => {
    const set = sequenceSetFromRows(
      ['a', 'b'],
      [
        ['A', 'B', 'C'],
        ['A', 'A', ''],
      ],
    );
    const { counts, rates } = transitionRates(set);
    expect(counts).toEqual([
      [1, 1, 0],
      [0, 0, 1],
      [0, 0, 0],
    ]);
    expect(rates[0]).toEqual([0.5, 0.5, 0]);
    expect(rates[2]).toEqual([0, 0, 0]);
  });
});

describe('stateDistribution (seqstatd)', () => {
  const statd = readTable('statd.csv');
  const got = stateDistribution(mvad);

  it('gives the frequencies and valid-state counts of statd.csv exactly', () => {
    expect(got.frequencies).toEqual(statd.map((r) => r.values.slice(0, 6)));
    expect(got.validStates).toEqual(statd.map((r) => r.values[6]));
  });

  it('gives the raw and normalised entropy per month', () => {
    expectClose(
      got.entropyNormalised,
      statd.map((r) => r.values[7] as number),
    );
    expectClose(
      got.entropy,
      statd.map((r) => r.values[8] as number),
    );
    expectClose(got.entropyNormalised, reference.statd_entropy_norm);
    expect(Math.max(...got.entropyNormalised)).toBeCloseTo(0.8691683995764012, 12);
    expect(got.entropyNormalised.indexOf(Math.max(...got.entropyNormalised))).toBe(25);
  });

  it('excludes void cells from the valid states', () => {
    const set = sequenceSetFromRows(
      ['a', 'b'],
      [
        ['A', 'B'],
        ['B', ''],
      ],
    );
    const d = stateDistribution(set);
    expect(d.validStates).toEqual([2, 1]);
    expect(d.frequencies[1]).toEqual([0, 1]);
    expect(d.entropy[1]).toBe(0);
    expect(d.entropyNormalised[0]).toBe(1);
  });
});

describe('sequenceEntropy (seqient)', () => {
  it('equals the per-id entropy of per_sequence.csv', () => {
    const expected = readTable('per_sequence.csv').map((r) => r.values[2] as number);
    expectClose([...sequenceEntropy(mvad)], expected);
  });

  it('is 0 for a sequence in one state and 1 when every state lasts as long', () => {
    const set = sequenceSetFromRows(
      ['a', 'b'],
      [
        ['A', 'A'],
        ['A', 'B'],
      ],
    );
    expect([...sequenceEntropy(set)]).toEqual([0, 1]);
  });
});

describe('meanTimeInState (seqmeant, serr = TRUE)', () => {
  it('equals meant.csv', () => {
    const got = meanTimeInState(mvad);
    const table = readTable('meant.csv');
    expect(got.alphabet).toEqual(table.map((r) => r.label));
    expect(got.mean).toEqual(table.map((r) => r.values[0]));
    expect(got.mean).toEqual(got.alphabet.map((s) => reference.meant[s]));
    expectClose(
      got.variance,
      table.map((r) => r.values[1] as number),
      1e-10,
    );
    expectClose(
      got.sd,
      table.map((r) => r.values[2] as number),
    );
    expectClose(
      got.se,
      table.map((r) => r.values[3] as number),
    );
  });
});

describe('weighted variant (seqdef(..., weights = mvad$weight))', () => {
  const text = readFileSync(join(SEQ_DIR, 'mvad.csv'), 'utf8');
  const outcome = readWideSequences(text, 'mvad.csv', { cols: [17, 86], weightColumn: 'weight' });
  if (!outcome.ok) throw new Error('mvad.csv unreadable');
  const options = { weights: outcome.structure.weights };

  it('gives the weighted transition rates, mean times and entropies of reference.json', () => {
    const rates = transitionRates(outcome.structure, options).rates;
    rates.forEach((row, a) => expectClose(row, reference.weighted_variant.trate[a] as number[]));
    expectClose(meanTimeInState(outcome.structure, options).mean, reference.weighted_variant.meant);
    expectClose(
      stateDistribution(outcome.structure, options).entropyNormalised,
      reference.weighted_variant.statd_entropy,
    );
  });
});

describe('shannonEntropy', () => {
  it('renormalises counts and ignores zeros', () => {
    expect(shannonEntropy([2, 2, 0])).toBeCloseTo(Math.log(2), 15);
    expect(shannonEntropy([0, 0])).toBe(0);
    expect(shannonEntropy([5])).toBe(0);
  });
});
