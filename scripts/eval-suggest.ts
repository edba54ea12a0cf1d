/**
 * `npm run eval:suggest`: how well code suggestions learnt from a coder's own codings predict
 * the codes that coder applied to transcripts the model never saw. Builds the demo study in a
 * temporary folder, splits the sources researcher-a coded 80/20 with a seeded shuffle (five
 * seeds, so one lucky split cannot decide), trains on the 80 %, and scores every held-out
 * unit (transcript turn) that has at least one code: precision@k and recall@k for k = 1, 3, 5
 * (core's precisionRecallAtK), against a baseline that always suggests the codes applied to
 * most training units. Also the Brier score of the probabilities against the baseline's
 * constant code frequencies. Prints a table; docs/assisted-coding.md quotes the numbers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  precisionRecallAtK,
  scoreCodes,
  trainSuggester,
  type TrainingUnit,
} from '../packages/core/src/index.js';
import { loadStudyTexts, trainingUnitsFor, type StudyText } from '../packages/store/src/index.js';
import { buildDemoStudy } from '../packages/cli/src/demo/build-demo.js';

const CODER = 'researcher-a';
const SEEDS = [1, 2, 3, 4, 5];
const KS = [1, 3, 5];
const HELD_OUT = 0.2;

/** mulberry32 (Tommy Ettinger, 2017): a small seeded 32-bit PRNG, enough for a shuffle. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle (Knuth, TAOCP vol. 2, Algorithm 3.4.2 P) driven by `random`. */
function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Reliability bins: predicted probability ranges, upper bound exclusive (1 included in the last). */
const BINS = [0, 0.1, 0.3, 0.5, 0.7, 1];

interface Bin {
  predicted: number;
  observed: number;
  n: number;
}

interface SplitScores {
  bins: Bin[];
  model: Map<number, { precision: number; recall: number }>;
  baseline: Map<number, { precision: number; recall: number }>;
  brier: { model: number; baseline: number };
  testUnits: number;
  trainUnits: number;
}

function frequentCodes(units: TrainingUnit[]): string[] {
  const counts = new Map<string, number>();
  for (const u of units) for (const c of u.codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([c]) => c);
}

/** Mean squared error of the probabilities over every held-out unit × learnt code. */
function brier(
  test: TrainingUnit[],
  predict: (text: string) => Map<string, number>,
  codes: string[],
): number {
  let sum = 0;
  for (const u of test) {
    const p = predict(u.text);
    for (const c of codes) sum += ((p.get(c) ?? 0) - (u.codes.includes(c) ? 1 : 0)) ** 2;
  }
  return sum / (test.length * codes.length);
}

/** Mean predicted probability and observed rate per bin, over held-out unit × code pairs. */
function reliability(test: TrainingUnit[], predict: (text: string) => Map<string, number>): Bin[] {
  const bins = BINS.slice(1).map(() => ({ predicted: 0, observed: 0, n: 0 }));
  for (const u of test)
    for (const [code, p] of predict(u.text)) {
      const i = Math.min(BINS.findIndex((b) => p < b) - 1, bins.length - 1);
      const bin = bins[i < 0 ? bins.length - 1 : i] as Bin;
      bin.predicted += p;
      bin.observed += u.codes.includes(code) ? 1 : 0;
      bin.n++;
    }
  return bins;
}

function scoreSplit(train: TrainingUnit[], test: TrainingUnit[]): SplitScores {
  const model = trainSuggester(train);
  const coded = test.filter((u) => u.codes.length > 0);
  const ranked = coded.map((u) => scoreCodes(model, u.text).map((s) => s.code));
  const frequent = frequentCodes(train);
  const truth = coded.map((u) => u.codes);
  const codes = model.codes.map((c) => c.code);
  const prevalence = new Map(model.codes.map((c) => [c.code, c.positives / train.length]));
  const probs = (text: string) =>
    new Map(scoreCodes(model, text).map((s) => [s.code, s.probability]));
  return {
    bins: reliability(test, probs),
    model: new Map(KS.map((k) => [k, precisionRecallAtK(ranked, truth, k)])),
    baseline: new Map(
      KS.map((k) => [
        k,
        precisionRecallAtK(
          coded.map(() => frequent),
          truth,
          k,
        ),
      ]),
    ),
    brier: { model: brier(test, probs, codes), baseline: brier(test, () => prevalence, codes) },
    testUnits: coded.length,
    trainUnits: train.length,
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function printTable(splits: SplitScores[]): void {
  const rows = [['k', 'precision@k', 'baseline', 'ratio', 'recall@k', 'baseline', 'ratio']];
  for (const k of KS) {
    const p = mean(splits.map((s) => s.model.get(k)?.precision ?? 0));
    const pb = mean(splits.map((s) => s.baseline.get(k)?.precision ?? 0));
    const r = mean(splits.map((s) => s.model.get(k)?.recall ?? 0));
    const rb = mean(splits.map((s) => s.baseline.get(k)?.recall ?? 0));
    rows.push([
      String(k),
      p.toFixed(3),
      pb.toFixed(3),
      `${(p / pb).toFixed(2)}×`,
      r.toFixed(3),
      rb.toFixed(3),
      `${(r / rb).toFixed(2)}×`,
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i] ?? 0)).join('  '));
  const bm = mean(splits.map((s) => s.brier.model));
  const bb = mean(splits.map((s) => s.brier.baseline));
  console.log(
    `\nBrier score (lower is better): model ${bm.toFixed(4)}, code-frequency baseline ${bb.toFixed(4)} (ratio ${(bm / bb).toFixed(2)})`,
  );
}

function printReliability(splits: SplitScores[]): void {
  console.log('\nReliability (held-out unit × code pairs, all splits):');
  const rows = [['predicted', 'pairs', 'mean predicted', 'observed rate']];
  BINS.slice(1).forEach((hi, i) => {
    const n = splits.reduce((a, s) => a + (s.bins[i]?.n ?? 0), 0);
    const p = splits.reduce((a, s) => a + (s.bins[i]?.predicted ?? 0), 0);
    const o = splits.reduce((a, s) => a + (s.bins[i]?.observed ?? 0), 0);
    const range = `${BINS[i]}–${hi}`;
    rows.push([range, String(n), n ? (p / n).toFixed(3) : '—', n ? (o / n).toFixed(3) : '—']);
  });
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i] ?? 0)).join('  '));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-eval-suggest-'));
  const store = await buildDemoStudy({ engine: 'sqlite', path: join(dir, 'demo.liaison') });
  try {
    const texts = await loadStudyTexts(store);
    const perSource = new Map<string, TrainingUnit[]>();
    for (const t of texts) {
      const units = await trainingUnitsFor(store, [t] as StudyText[], CODER);
      if (units.length) perSource.set(t.sourceId, units);
    }
    const ids = [...perSource.keys()].sort();
    const splits = SEEDS.map((seed) => {
      const order = shuffled(ids, mulberry32(seed));
      const cut = Math.round(order.length * HELD_OUT);
      const test = order.slice(0, cut).flatMap((id) => perSource.get(id) ?? []);
      const train = order.slice(cut).flatMap((id) => perSource.get(id) ?? []);
      return scoreSplit(train, test);
    });
    console.log(
      `Suggestions for ${CODER}: ${ids.length} coded transcripts, ${SEEDS.length} seeded ${100 - HELD_OUT * 100}/${HELD_OUT * 100} splits by source`,
    );
    console.log(
      `mean training units ${mean(splits.map((s) => s.trainUnits)).toFixed(0)}, mean held-out units with codes ${mean(splits.map((s) => s.testUnits)).toFixed(0)}\n`,
    );
    printTable(splits);
    printReliability(splits);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
