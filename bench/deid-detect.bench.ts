/**
 * `detectIdentifiers` over ~20 MB of seeded synthetic (fictional) police log entries and
 * interview turns holding names, addresses, places, shops and structured identifiers. Text is
 * processed entry by entry, as the CLI and the import would stream it, so memory stays flat; the
 * baseline is issue 4's target of 5 MB/s per core (the time 20 MB would take at that rate). Then
 * the same detection with core as it was at a previous commit, and with this core's structured
 * recognizers run one by one instead of as one merged scan, each in the same process, alternating
 * batches: the median of the per-batch CPU-time ratios is the speed-up (against the previous
 * commit both entry by entry and, when it has one, through its `detectIdentifiersBatch`). Last,
 * the same entries through `detectIdentifiersBatch`, 256 entries a call (recognizer by recognizer
 * over them, as the CLI and the store's review now call it), against entry by entry in
 * alternating batches.
 *
 * Environment: DEID_BENCH_MB (MB per timed run, default 20; 5 gives a quick run),
 * DEID_BENCH_PREVIOUS (commit to compare with, default 1a65235, the core before the staged batch
 * rules; `none` skips it).
 */
import {
  ALL_RECOGNIZERS,
  STRUCTURED_RECOGNIZERS,
  TEXT_RECOGNIZERS,
  detectIdentifiers,
  detectIdentifiersBatch,
  type Recognizer,
} from '@liaison/core';
import { peakRssMb, report, time } from './lib/measure.js';
import { importAtCommit } from './lib/previous-implementation.js';
import { randomInt, seededRandom } from './lib/synthetic-text.js';

const TARGET_MB_PER_S = 5;
const TOTAL_CHARS = Number(process.env.DEID_BENCH_MB ?? 20) * 1024 * 1024;
const PREVIOUS = process.env.DEID_BENCH_PREVIOUS ?? '1a65235';
/** Batches of the same-process comparison, and characters in each (about 1 MB). */
const BATCHES = 15;
const BATCH_CHARS = 1024 * 1024;
const POOL_SIZE = 5000;

const random = seededRandom(42);
const pick = <T>(list: readonly T[]): T => list[randomInt(random, list.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => randomInt(random, 10)).join('');

const FIRST = ['Amir', 'Siobhan', 'Kwame', 'Ffion', 'Tomasz', 'Priya', 'Callum', 'Jean', 'Liz'];
const LAST = ['WRIGHT', 'JONES', 'NI BHRIAIN', 'SMITH-JONES', "O'NEILL", 'Patel', 'Wood'];
const STREETS = ['Ormeau Avenue', 'Jubilee Close', 'Heol y Nant', 'Mill Lane', 'Cliff Terrace'];
const TOWNS = ['Bootle', 'Rhyl', 'Luton', 'Newry', 'Kilmarnock'];
const FILLER = [
  'UNITS ASSIGNED. MALE IN DISTRESS ON BRIDGE, CRHT CONTACTED FOR ADVICE.',
  'Officers responded to a 101 call re a concern for welfare. Form 5090 not required.',
  'So we rang the MASH, and the AMHP came out, and honestly it took hours to sort.',
  'S136 considered, PACE Code C explained, conveyed to place of safety. NFA.',
];

function logEntry(): string {
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const address = `${1 + randomInt(random, 200)} ${pick(STREETS)}, ${pick(TOWNS)}`;
  return pick([
    `PC ${digits(4)} ${pick(LAST)} attended ${address}. IP ${name} (DOB 0${1 + randomInt(random, 9)}/0${1 + randomInt(random, 9)}/19${digits(2)}) reports ABH. IP contact 0113 496 0${digits(3)}. ${pick(FILLER)}`,
    `Fraud: ${name} reports card used at Tesco Express. Contact via user${digits(3)}@example.com or 07700 900${digits(3)}. ${pick(FILLER)}`,
    `Stop check: driver ${name} stopped on ${pick(STREETS)}, NHS 999 ${digits(3)} ${digits(4)}. ${pick(FILLER)}`,
    `DC ${pick(LAST)}: And your address?\n${pick(FIRST)}: ${address}. ${pick(FILLER)}`,
    `${pick(FILLER)} ${pick(FILLER)}`,
  ]);
}

const pool = Array.from({ length: POOL_SIZE }, logEntry);
const poolChars = pool.reduce((n, e) => n + e.length, 0);

type Detect = (text: string) => readonly unknown[];

/** Detects over entries of the pool, round and round, until `total` characters have been read. */
function detectAll(detect: Detect, total = TOTAL_CHARS): number {
  let chars = 0;
  let found = 0;
  for (let i = 0; chars < total; i++) {
    const entry = pool[i % POOL_SIZE]!;
    found += detect(entry).length;
    chars += entry.length;
  }
  return found;
}

/** Entries per `detectIdentifiersBatch` call. */
const BATCH_ENTRIES = 256;

type DetectBatch = (texts: string[]) => readonly (readonly unknown[])[];

/** As `detectAll`, the same entries in the same order, `BATCH_ENTRIES` at a time. */
function detectAllBatched(
  total = TOTAL_CHARS,
  detectBatch: DetectBatch = (texts) => detectIdentifiersBatch(texts),
): number {
  let chars = 0;
  let found = 0;
  for (let i = 0; chars < total;) {
    const texts: string[] = [];
    for (; texts.length < BATCH_ENTRIES && chars < total; i++) {
      const entry = pool[i % POOL_SIZE]!;
      texts.push(entry);
      chars += entry.length;
    }
    for (const detections of detectBatch(texts)) found += detections.length;
  }
  return found;
}

const withSet =
  (recognizers: readonly Recognizer[]): Detect =>
  (text) =>
    detectIdentifiers(text, {}, recognizers);

const mb = TOTAL_CHARS / 1024 / 1024;
const target = { name: `target ${TARGET_MB_PER_S} MB/s`, ms: (mb / TARGET_MB_PER_S) * 1000 };

/**
 * Times one recognizer set and prints its median and its speed against the target, in wall time
 * and in CPU time (this process's user + system time over the timed runs): on a shared machine
 * the CPU figure is the one that compares with "5 MB/s per core".
 */
async function measure(label: string, detect: Detect): Promise<void> {
  await measureRun(label, (total) => detectAll(detect, total));
}

async function measureRun(label: string, run: (total: number) => number): Promise<void> {
  run(TOTAL_CHARS); // warm-up, outside the CPU count
  const cpu0 = process.cpuUsage();
  const timing = await time(() => run(TOTAL_CHARS), 3, 0);
  const cpu = process.cpuUsage(cpu0);
  report(`deid ${label} ${mb} MB (pool ${(poolChars / 1e6).toFixed(1)} MB)`, timing, target);
  const wall = mb / (timing.medianMs / 1000);
  const cpuS = (cpu.user + cpu.system) / 1e6 / timing.samplesMs.length;
  const perCore = mb / cpuS;
  console.log(
    `deid ${label}: ${wall.toFixed(2)} MB/s wall (x${(wall / TARGET_MB_PER_S).toFixed(2)} of target), ` +
      `${perCore.toFixed(2)} MB/s per CPU second (x${(perCore / TARGET_MB_PER_S).toFixed(2)})`,
  );
}

/** CPU milliseconds (user + system) that `fn` takes. */
function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * Alternating batches of the current and the previous `detectIdentifiers` (same entries, same
 * order, the previous first in odd batches), each timed in CPU time: the median per-batch ratio
 * (previous / current) is the speed-up, robust to other jobs on a shared machine.
 */
function compareWith(name: string, previous: Detect): void {
  const current: Detect = (text) => detectIdentifiers(text);
  detectAll(previous, BATCH_CHARS); // warm-up
  const ratios: number[] = [];
  const rates: number[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const [a, b] = batch % 2 ? [previous, current] : [current, previous];
    const first = cpuMs(() => detectAll(a, BATCH_CHARS));
    const second = cpuMs(() => detectAll(b, BATCH_CHARS));
    const [now, before] = a === current ? [first, second] : [second, first];
    ratios.push(before / now);
    rates.push(BATCH_CHARS / 1024 / 1024 / (now / 1000));
  }
  console.log(
    `deid detect vs ${name}, ${BATCHES} alternating 1 MB batches: current ` +
      `${median(rates).toFixed(2)} MB/s per CPU second (median), median speed-up ` +
      `${median(ratios).toFixed(2)}x (its CPU time / current, per batch)`,
  );
}

/**
 * `detectIdentifiersBatch` against the baseline of `detectIdentifiers` entry by entry, alternating
 * 1 MB batches as `compareWith` does: the median ratio (entry by entry / batched) is the speed-up.
 */
function compareBatched(): void {
  const ratios: number[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const single = () => detectAll((text) => detectIdentifiers(text), BATCH_CHARS);
    const batched = () => detectAllBatched(BATCH_CHARS);
    const [a, b] = batch % 2 ? [single, batched] : [batched, single];
    const first = cpuMs(a);
    const second = cpuMs(b);
    ratios.push(a === single ? first / second : second / first);
  }
  console.log(
    `deid detectIdentifiersBatch (${BATCH_ENTRIES} entries a call) vs detectIdentifiers entry by ` +
      `entry, ${BATCHES} alternating 1 MB batches: median speed-up ${median(ratios).toFixed(2)}x ` +
      `(entry-by-entry CPU time / batched, per batch)`,
  );
}

/**
 * `detectIdentifiersBatch` against a previous one (same entries, same groups of
 * `BATCH_ENTRIES`), alternating 1 MB batches as `compareWith` does: the median ratio (previous /
 * current CPU time) is the batched path's speed-up.
 */
function compareBatchedWith(name: string, previous: DetectBatch): void {
  const ratios: number[] = [];
  const rates: number[] = [];
  detectAllBatched(BATCH_CHARS, previous); // warm-up
  for (let batch = 0; batch < BATCHES; batch++) {
    const now = () => detectAllBatched(BATCH_CHARS);
    const before = () => detectAllBatched(BATCH_CHARS, previous);
    const [a, b] = batch % 2 ? [before, now] : [now, before];
    const first = cpuMs(a);
    const second = cpuMs(b);
    const [nowMs, beforeMs] = a === now ? [first, second] : [second, first];
    ratios.push(beforeMs / nowMs);
    rates.push(BATCH_CHARS / 1024 / 1024 / (nowMs / 1000));
  }
  console.log(
    `deid detectIdentifiersBatch vs ${name}, ${BATCHES} alternating 1 MB batches: current ` +
      `${median(rates).toFixed(2)} MB/s per CPU second (median), median speed-up ` +
      `${median(ratios).toFixed(2)}x (its CPU time / current, per batch)`,
  );
}

async function compareWithCommit(commit: string): Promise<void> {
  const loaded = await importAtCommit<{
    detectIdentifiers: (text: string) => unknown[];
    detectIdentifiersBatch?: DetectBatch;
  }>(commit, 'packages/core/src/index.ts');
  if ('missing' in loaded) {
    console.log(`deid detect: core at ${commit} unavailable (${loaded.missing})`);
    return;
  }
  const previous = loaded.module;
  compareWith(`core at ${commit}`, (text) => previous.detectIdentifiers(text));
  // Commits before detectIdentifiersBatch have none to compare with.
  if (previous.detectIdentifiersBatch) {
    const batch = previous.detectIdentifiersBatch;
    compareBatchedWith(`core at ${commit}`, (texts) => batch(texts));
  }
}

await measure('detectIdentifiers (all recognizers)', withSet(ALL_RECOGNIZERS));
await measure('names, addresses, places, organisations only', withSet(TEXT_RECOGNIZERS));
compareWith(
  'structured recognizers one by one',
  withSet([...STRUCTURED_RECOGNIZERS, ...TEXT_RECOGNIZERS]),
);
if (PREVIOUS !== 'none') await compareWithCommit(PREVIOUS);
await measureRun(`detectIdentifiersBatch (${BATCH_ENTRIES} entries a call)`, detectAllBatched);
compareBatched();
console.log(`deid detect: peak RSS ${peakRssMb().toFixed(0)} MB`);
