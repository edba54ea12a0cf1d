/**
 * Log analysis (entry classification + turning points + continuum) over 100,000 synthetic,
 * fictional logs made by a seeded generator, against the 20 MB/s per core target and
 * against five earlier implementations timed in the same run: core at commit PREVIOUS (before the
 * fast lexicon matcher) and at MAIN (the fast matcher before the per-entry work of issue 3 item
 * 7's fourth pass), each analysing with its own lexicon of that commit; and core at FIFTH (before
 * the fifth pass: key groups, refusal cues as a cue side, turning points and continuum as plain
 * loops) and at SIXTH (before the sixth pass: fewer per-entry calls, copies and sorts in the label
 * decisions), both analysing with the current lexicon, so that their ratios are the code's alone
 * (their classification rules are those commits'); and core at NINTH (main before the ninth pass,
 * lexicon 1.9.0), with its own lexicon, whose rules the current one keeps (the ninth pass only
 * rewrote one pattern to an equivalent form); and core at MODELS (main before the learnt label
 * models, lexicon 1.13.0) with its own lexicon. Logs are streamed in
 * batches of BATCH: generated, analysed by every implementation (in rotating order, so none
 * always runs on a warmer cache) and dropped, so memory stays flat. Throughput is MB of entry
 * text (UTF-16 length as a proxy for bytes of mostly-ASCII text) per CPU-second of this process
 * (user + system), which is what one core delivers even when other processes share the machine;
 * medians are over batches.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  analyseLog,
  DEFAULT_CONTINUUM_SCALE,
  DEFAULT_LEXICON,
} from '../packages/core/src/logs/index.js';
import type { LogEntry } from '../packages/core/src/model/source.js';
import { peakRssMb } from './lib/measure.js';
import { importAtCommit } from './lib/previous-implementation.js';
import { randomInt, seededRandom } from './lib/synthetic-text.js';

const LOGS = Number(process.env.LOGS_BENCH_COUNT ?? 100_000);
const BATCH = 1_000;
const TARGET_MB_PER_S = 20;
/** The commit whose log analysis is the first baseline (trigram-keyed RegExp matching). */
const PREVIOUS = 'cbf0856f2306585157a4657b9cd50a64fb05b743';
/** The second baseline: main before the fourth pass (fast matcher, per-entry objects). */
const MAIN = '92d4d5248eb2811637e5956d199807a0dfccb1b8';
/** The third: main before the fifth pass, run with the current lexicon (`sameLexicon`). */
const FIFTH = '510379111b60d05c183d02010d6376e109e56f04';
/** The fourth: main before the sixth pass (lexicon 1.5.0), also run with the current lexicon. */
const SIXTH = 'dc198cf74905ba4f03e2452d2bdbeac09035b618';
/** The fifth: main before the ninth pass (lexicon 1.9.0), run with its own lexicon. */
const NINTH = '32d8215f93ef236b930e5ade5dccb2c5ea912591';
/**
 * The sixth: main before the learnt event and framing models (lexicon 1.13.0), with its own
 * lexicon: its ratio is what the models cost (their scoring, and the evidence words of relabelled
 * entries), beside the rules 1.13.0 added since NINTH.
 */
const MODELS = '84b7a7afdc5e84d750be92b603756f328acce659';

type Analyse = typeof analyseLog;

/** Phrases in the style of real exports (capitals, abbreviations, negation, CPN both senses). */
const PHRASES = [
  'RP REPORTS NEIGHBOUR SHOUTING AND BANGING ON WALLS',
  'Caller states male threatening staff, no weapons seen',
  'GRADED 2. UNIT ASSIGNED ETA 10',
  'ON SCENE, SPOKE TO MALE, NO MH CONCERNS',
  'PNC/LOCAL CHECKS: NIL TRACE',
  'Phoned CRHT duty, nurse advised GP in the morning',
  'DETAINED S136 MHA, CONVEYED TO SUITE',
  'AMHP AND S12 DR ARRIVED, MHA ASSESSMENT COMPLETE, NOT DETAINED',
  'CPN served following CPW breach',
  'Update from his CPN: visited, depot given',
  'PPN submitted to ASC, no reply',
  'Joint visit with housing officer and ASB officer, plan agreed',
  'MISPER FOUND SAFE, search stood down',
  'Male arrested for criminal damage, taken to custody',
  'Words of advice given, RP updated',
  'NOT KNOWN TO MH SERVICES per previous note',
  'CRHT will take over, officers released',
  'RESULT: ASB - ADVICE GIVEN. NFA. LOG CLOSED',
];

function syntheticEntry(random: () => number, index: number): LogEntry {
  const parts = 1 + randomInt(random, 3);
  const text = Array.from({ length: parts }, () => PHRASES[randomInt(random, PHRASES.length)]).join(
    '. ',
  );
  const author = random() < 0.8 ? `PC ${1000 + randomInt(random, 8999)}` : 'L&D NURSE';
  return {
    index,
    time: null,
    author,
    text,
    startUtf16: 0,
    endUtf16: 0,
    textStartUtf16: 0,
    textEndUtf16: 0,
    line: index + 1,
  };
}

function syntheticLog(random: () => number): { entries: LogEntry[] } {
  const n = 4 + randomInt(random, 16);
  return { entries: Array.from({ length: n }, (_, i) => syntheticEntry(random, i)) };
}

/** CPU milliseconds (user + system) `fn` takes over the whole batch. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** An earlier implementation timed beside the current one, with its per-batch figures. */
interface Baseline {
  name: string;
  analyse: Analyse;
  rates: number[];
  /** Per batch: the baseline's CPU time over the current code's. */
  ratios: number[];
}

interface Run {
  current: number[];
  mb: number;
}

/** The implementations in batch `b`'s order: rotated, so each runs first as often as the others. */
function rotation(all: Analyse[], b: number): Analyse[] {
  const k = b % all.length;
  return [...all.slice(k), ...all.slice(0, k)];
}

function runBatches(baselines: Baseline[]): Run {
  const random = seededRandom(20261126);
  const run: Run = { current: [], mb: 0 };
  const all = [analyseLog, ...baselines.map((x) => x.analyse)];
  for (let done = 0, b = 0; done < LOGS; done += BATCH, b++) {
    const logs = Array.from({ length: Math.min(BATCH, LOGS - done) }, () => syntheticLog(random));
    const mb = logs.reduce((n, l) => n + l.entries.reduce((m, e) => m + e.text.length, 0), 0) / 1e6;
    const time = (analyse: Analyse) => cpuMs(() => logs.forEach((l) => analyse(l)));
    const ms = new Map(rotation(all, b).map((f) => [f, time(f)]));
    const now = ms.get(analyseLog) as number;
    run.current.push(mb / (now / 1000));
    for (const x of baselines) {
      x.rates.push(mb / ((ms.get(x.analyse) as number) / 1000));
      x.ratios.push((ms.get(x.analyse) as number) / now);
    }
    run.mb += mb;
  }
  return run;
}

/**
 * Whether the default (fast) path gives the same analyses as the reference path (every pattern
 * as its own RegExp) on a sample: a sanity check, untimed. Against the reference rather than
 * PREVIOUS because the lexicon keeps changing and PREVIOUS analyses with its own.
 */
function sameAsReference(): boolean {
  const random = seededRandom(7);
  const logs = Array.from({ length: 200 }, () => syntheticLog(random));
  const options = { matcher: 'reference' } as const;
  const reference = (l: { entries: LogEntry[] }) =>
    analyseLog(l, DEFAULT_LEXICON, DEFAULT_CONTINUUM_SCALE, options);
  return logs.every((l) => isDeepStrictEqual(analyseLog(l), reference(l)));
}

/** Length of the single long entry timed on its own (issue 3: it once took about 9 s). */
const LONG_ENTRY = 400_000;

/** CPU milliseconds to analyse one log holding one entry of LONG_ENTRY characters. */
function longEntryMs(): number {
  const random = seededRandom(11);
  const parts: string[] = [];
  for (let n = 0; n < LONG_ENTRY; n += 40) parts.push(syntheticEntry(random, 0).text);
  const entry = { ...syntheticEntry(random, 0), text: parts.join('. ').slice(0, LONG_ENTRY) };
  return cpuMs(() => analyseLog({ entries: [entry] }));
}

/**
 * The implementation at `commit`, or null (with the reason printed) when it cannot be loaded.
 * With `sameLexicon` it analyses with the current default lexicon instead of its own.
 */
async function baselineAt(commit: string, sameLexicon = false): Promise<Baseline | null> {
  const loaded = await importAtCommit<{ analyseLog: Analyse }>(
    commit,
    'packages/core/src/logs/analyse-log.ts',
  );
  if (!('module' in loaded)) {
    console.log(`  implementation at ${commit.slice(0, 7)} unavailable (${loaded.missing})`);
    return null;
  }
  const own = loaded.module.analyseLog;
  const analyse: Analyse = sameLexicon ? (log) => own(log, DEFAULT_LEXICON) : own;
  const name = `${commit.slice(0, 7)}${sameLexicon ? ' (current lexicon)' : ''}`;
  return { name, analyse, rates: [], ratios: [] };
}

const baselines = (
  await Promise.all([
    baselineAt(PREVIOUS),
    baselineAt(MAIN),
    baselineAt(FIFTH, true),
    baselineAt(SIXTH, true),
    baselineAt(NINTH),
    baselineAt(MODELS),
  ])
).filter((x): x is Baseline => x !== null);
console.log(`  same analyses as the reference path on 200 sample logs: ${sameAsReference()}`);
const run = runBatches(baselines);
const now = median(run.current);
console.log(
  `bench logs-analyse ${LOGS} logs (${run.mb.toFixed(1)} MB), ${run.current.length} batches: ` +
    `median ${now.toFixed(2)} MB/s per CPU-second (target ${TARGET_MB_PER_S}: ratio ${(now / TARGET_MB_PER_S).toFixed(2)})`,
);
for (const x of baselines)
  console.log(
    `  baseline ${x.name}: median ${median(x.rates).toFixed(2)} MB/s; ` +
      `median speed-up ${median(x.ratios).toFixed(2)}x (its CPU time / current, per batch)`,
  );
console.log(
  `  one entry of ${LONG_ENTRY.toLocaleString('en-GB')} characters: ${longEntryMs().toFixed(0)} ms CPU`,
);
console.log(
  `  peak RSS ${peakRssMb().toFixed(0)} MB (${baselines.length + 1} implementations in one process)`,
);
