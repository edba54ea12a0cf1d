/**
 * Log analysis (entry classification + turning points + continuum) over 100,000 synthetic,
 * fictional logs made by a seeded generator. Logs are streamed: generated, analysed and dropped
 * one at a time, so memory stays flat. Throughput is in MB of entry text (UTF-16 length as a
 * proxy for bytes of mostly-ASCII text) per second on one core, against the 20 MB/s target.
 */
import { analyseLog } from '../packages/core/src/logs/index.js';
import type { LogEntry } from '../packages/core/src/model/source.js';
import { peakRssMb, report, summarise } from './lib/measure.js';
import { randomInt, seededRandom } from './lib/synthetic-text.js';

const LOGS = Number(process.env.LOGS_BENCH_COUNT ?? 100_000);
const TARGET_MB_PER_S = 20;

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

function syntheticLog(random: () => number): { entries: LogEntry[]; chars: number } {
  const n = 4 + randomInt(random, 16);
  const entries = Array.from({ length: n }, (_, i) => syntheticEntry(random, i));
  return { entries, chars: entries.reduce((sum, e) => sum + e.text.length, 0) };
}

/** Analyses `count` logs in batches, returning per-batch milliseconds, total chars and RSS samples. */
function run(count: number): { batchMs: number[]; chars: number; rssMb: number[] } {
  const random = seededRandom(20261126);
  const batchMs: number[] = [];
  const rssMb: number[] = [];
  let chars = 0;
  for (let done = 0; done < count;) {
    const size = Math.min(10_000, count - done);
    const t0 = performance.now();
    for (let i = 0; i < size; i++) {
      const log = syntheticLog(random);
      chars += log.chars;
      analyseLog(log);
    }
    batchMs.push(performance.now() - t0);
    rssMb.push(process.memoryUsage().rss / 1024 / 1024);
    done += size;
  }
  return { batchMs, chars, rssMb };
}

run(2_000); // warm-up: compile the lexicon and let the JIT settle
const { batchMs, chars, rssMb } = run(LOGS);
const totalMs = batchMs.reduce((a, b) => a + b, 0);
const mb = chars / 1e6;
const mbPerS = mb / (totalMs / 1000);
const targetMs = (mb / TARGET_MB_PER_S) * 1000;
report(`logs-analyse ${LOGS} logs (${mb.toFixed(1)} MB, total)`, summarise([totalMs]), {
  name: `target ${TARGET_MB_PER_S} MB/s`,
  ms: targetMs,
});
const sortedRss = [...rssMb].sort((a, b) => a - b);
console.log(
  `  ${mbPerS.toFixed(2)} MB/s on one core (target ${TARGET_MB_PER_S}, ratio ${(TARGET_MB_PER_S / mbPerS).toFixed(2)} ` +
    `= time / target time); median batch ${summarise(batchMs).medianMs.toFixed(0)} ms per 10,000 logs; ` +
    `RSS median ${sortedRss[Math.floor(sortedRss.length / 2)]?.toFixed(0)} MB, peak ${peakRssMb().toFixed(0)} MB`,
);
