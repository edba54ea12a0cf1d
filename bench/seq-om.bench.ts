/**
 * OM distance matrices (TRATE costs, indel 1) as in issue 6: mvad (712 sequences, 490 distinct)
 * and mvad4x (2,848 sequences, 2,573 distinct; TRATE computed on the 4× set itself), read from
 * ../shared/seq. Each timed call is the whole job, as TraMineR's `system.time(seqdist(...))`:
 * costs, deduplication, the kernel on 2 threads (parallel adapter) and the result object.
 * Baselines: TraMineR 2.2-12's medians from ../shared/seq/timing.json (0.724 s and 17.662 s);
 * target ≤ 0.5×. Also checks the 4× result against timing.json's reference summary, which no
 * test reads. The machine's load average is printed: on a shared 2-core machine the medians are
 * only comparable with TraMineR's when it is below 2. Run: `npx tsx bench/seq-om.bench.ts` (about 1–2 minutes).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { readWideSequences, sequenceDistances, type SequenceDistances } from '@liaison/core';
import { parallelSequenceDistances } from '../packages/cli/src/sequence/parallel-distances.js';
import { peakRssMb, report, time } from './lib/measure.js';

const SEQ_DIR = join(import.meta.dirname, '../../shared/seq');
const OPTIONS = { method: 'OM', sm: 'TRATE', indel: 1 } as const;
const timing = JSON.parse(readFileSync(join(SEQ_DIR, 'timing.json'), 'utf8')) as {
  OM_712: { median_elapsed: number };
  OM_2848: { median_elapsed: number };
  ref_OM_2848: { mean_upper: number; max: number; n_zero_offdiag_pairs: number };
};

function load(file: string, cols: [number, number]) {
  const outcome = readWideSequences(readFileSync(join(SEQ_DIR, file), 'utf8'), file, { cols });
  if (!outcome.ok) throw new Error(`cannot read ${file}`);
  return outcome.structure;
}

/** Mean, max and zero count over all pairs i < j, as timing.json summarises them. */
function summary(d: SequenceDistances) {
  const copies = new Float64Array(d.distinctCount);
  for (const k of d.distinctOf) copies[k] = (copies[k] as number) + 1;
  let sum = 0;
  let max = 0;
  let zeros = 0;
  for (const c of copies) zeros += (c * (c - 1)) / 2;
  let at = 0;
  for (let a = 0; a < d.distinctCount; a++)
    for (let b = a + 1; b < d.distinctCount; b++, at++) {
      const v = d.condensed[at] as number;
      const pairs = (copies[a] as number) * (copies[b] as number);
      sum += v * pairs;
      if (v === 0) zeros += pairs;
      if (v > max) max = v;
    }
  const n = d.ids.length;
  return { mean: sum / ((n * (n - 1)) / 2), max, zeros };
}

const mvad = load('mvad.csv', [17, 86]);
const single = await time(() => sequenceDistances(mvad, OPTIONS), 3, 1);
report('OM TRATE mvad 712, 1 thread', single, {
  name: 'TraMineR',
  ms: timing.OM_712.median_elapsed * 1000,
});
const run = () => parallelSequenceDistances(mvad, OPTIONS, { threads: 2 });
const small = await time(run, 3, 1);
report('OM TRATE mvad 712, 2 threads', small, {
  name: 'TraMineR',
  ms: timing.OM_712.median_elapsed * 1000,
});

const mvad4x = load('mvad4x.csv', [4, 73]);
let last: SequenceDistances | undefined;
const cpuBefore = process.cpuUsage();
const large = await time(
  async () => (last = await parallelSequenceDistances(mvad4x, OPTIONS, { threads: 2 })),
  3,
  0,
);
report('OM TRATE mvad4x 2848, 2 threads', large, {
  name: 'TraMineR',
  ms: timing.OM_2848.median_elapsed * 1000,
});
// CPU time of all threads: on a loaded machine, CPU ÷ 2 is what 2 idle cores would take.
const cpu = process.cpuUsage(cpuBefore);
console.log(
  `mvad4x CPU time per run (all threads): ${((cpu.user + cpu.system) / 3e6).toFixed(2)} s`,
);
if (last) {
  const got = summary(last);
  const ref = timing.ref_OM_2848;
  console.log(
    `mvad4x check: mean ${got.mean} (TraMineR ${ref.mean_upper}), max ${got.max} (${ref.max}), ` +
      `zero pairs ${got.zeros} (${ref.n_zero_offdiag_pairs})`,
  );
}
console.log(
  `load average while running: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`peak RSS ${peakRssMb().toFixed(0)} MB`);
