/**
 * `detectIdentifiersBatch` over the labelled de-identification documents of eval/deid (fictional
 * referrals, statements, transcripts, minutes and log extracts written by annotators, median about
 * 1,100 characters): text as researchers bring it, denser in names and cues than the synthetic
 * entries of deid-detect.bench.ts, so every rule runs and it is slower per character. The
 * baseline is issue 4's target of 5 MB/s per core; then core at a previous commit on the same
 * documents. Each timing runs in a fresh process of its own (this file, run as a child), current
 * and previous alternating: timed in one process, the two copies of core slowed each other down
 * unevenly on these documents (an identical copy measured three times slower), which separate
 * processes avoid. The median of the per-pair CPU-time ratios (previous / current) is the speed-up.
 *
 * Environment: DEID_BENCH_PREVIOUS (commit to compare with, default 0dda6c6; `none` skips it),
 * DEID_DOC_ROUNDS (passes over the documents per timed run, default 4).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { peakRssMb, report, summarise } from './lib/measure.js';
import { importAtCommit } from './lib/previous-implementation.js';

const TARGET_MB_PER_S = 5;
const PREVIOUS = process.env.DEID_BENCH_PREVIOUS ?? '0dda6c6';
const ROUNDS = Number(process.env.DEID_DOC_ROUNDS ?? 4);
/** Documents per call, as the store's review and the CLI pass a study's texts. */
const BATCH = 64;
/** Timed runs of each implementation (one process each). */
const RUNS = 5;

const dir = join('eval', 'deid');
const documents = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const mb = (documents.reduce((n, d) => n + d.length, 0) * ROUNDS) / 1024 / 1024;

type DetectBatch = (texts: string[]) => readonly (readonly unknown[])[];

function detectAll(detect: DetectBatch): number {
  let found = 0;
  for (let round = 0; round < ROUNDS; round++)
    for (let i = 0; i < documents.length; i += BATCH)
      for (const d of detect(documents.slice(i, i + BATCH))) found += d.length;
  return found;
}

/** In a child: loads core (now, or at a commit), warms up, and prints one run's CPU time. */
async function child(which: string): Promise<void> {
  const loaded =
    which === 'current'
      ? { module: await import('@liaison/core') }
      : await importAtCommit<{ detectIdentifiersBatch?: DetectBatch }>(
          which,
          'packages/core/src/index.ts',
        );
  const detect = 'module' in loaded ? loaded.module.detectIdentifiersBatch : undefined;
  if (!detect) return void console.log(JSON.stringify({ missing: which }));
  detectAll(detect);
  const start = process.cpuUsage();
  const found = detectAll(detect);
  const used = process.cpuUsage(start);
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, found, rss: peakRssMb() }));
}

interface ChildRun {
  cpuMs?: number;
  missing?: string;
  rss?: number;
}

function runChild(which: string): ChildRun {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', self], {
    env: { ...process.env, DEID_DOC_CHILD: which },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`child ${which} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildRun;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function parent(): void {
  const previous = PREVIOUS === 'none' ? null : PREVIOUS;
  const now: number[] = [];
  const ratios: number[] = [];
  let rss = 0;
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 && previous ? [previous, 'current'] : ['current', previous];
    const results = new Map(order.flatMap((w) => (w ? [[w, runChild(w)] as const] : [])));
    const cur = results.get('current')!;
    now.push(cur.cpuMs!);
    rss = Math.max(rss, cur.rss ?? 0);
    const before = previous ? results.get(previous) : undefined;
    if (before?.cpuMs) ratios.push(before.cpuMs / cur.cpuMs!);
  }
  const target = { name: `target ${TARGET_MB_PER_S} MB/s`, ms: (mb / TARGET_MB_PER_S) * 1000 };
  const label = `${documents.length} documents x${ROUNDS} (${mb.toFixed(1)} MB, CPU time)`;
  report(`deid documents detectIdentifiersBatch ${label}`, summarise(now), target);
  const perCore = mb / (median(now) / 1000);
  console.log(
    `deid documents: ${perCore.toFixed(2)} MB/s per CPU second ` +
      `(x${(perCore / TARGET_MB_PER_S).toFixed(2)} of target); peak RSS ${rss.toFixed(0)} MB`,
  );
  if (ratios.length > 0)
    console.log(
      `deid documents vs core at ${previous}, ${RUNS} alternating process pairs: median ` +
        `speed-up ${median(ratios).toFixed(2)}x (its CPU time / current)`,
    );
  else if (previous) console.log(`deid documents: core at ${previous} could not be loaded`);
}

if (process.env.DEID_DOC_CHILD) await child(process.env.DEID_DOC_CHILD);
else parent();
