import { describe, expect, it } from 'vitest';
import { sequenceDistances, sequenceSetFromRows, type SequenceSet } from '@liaison/core';
import { parallelSequenceDistances, rowChunks } from '../src/sequence/parallel-distances.js';

/** 260 distinct fictional sequences (33,670 pairs: enough to start workers). */
function randomSet(count: number, length: number): SequenceSet {
  let seed = 20240611;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rows = Array.from({ length: count }, () =>
    Array.from({ length }, () => 'ABCD'[Math.floor(next() * 4)] as string),
  );
  return sequenceSetFromRows(
    rows.map((_, i) => `r${i}`),
    rows,
  );
}

describe('parallelSequenceDistances', () => {
  const set = randomSet(260, 16);

  it('gives exactly the single-threaded values on two threads, reporting progress to the end', async () => {
    const progress: number[] = [];
    const options = { method: 'OM', sm: 'TRATE', indel: 1, norm: 'YujianBo' } as const;
    const got = await parallelSequenceDistances(set, options, {
      threads: 2,
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(got.condensed).toEqual(sequenceDistances(set, options).condensed);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('reuses its workers for the next job, with that job’s data', async () => {
    for (const options of [
      { method: 'LCS' },
      { method: 'OM', sm: 'CONSTANT', indel: 0.7 },
    ] as const) {
      const got = await parallelSequenceDistances(set, options, { threads: 2 });
      expect(got.condensed).toEqual(sequenceDistances(set, options).condensed);
    }
  });

  it('stops when its signal aborts', async () => {
    const stop = new AbortController();
    const run = parallelSequenceDistances(
      set,
      { method: 'OM' },
      {
        threads: 2,
        signal: stop.signal,
        onProgress: () => stop.abort(new Error('cancelled by the researcher')),
      },
    );
    await expect(run).rejects.toThrow('cancelled by the researcher');
  });

  it('refuses a job whose matrix would not fit in memory', async () => {
    await expect(
      parallelSequenceDistances(set, { method: 'HAM' }, { maxPairs: 1000 }),
    ).rejects.toThrow(/260 distinct sequences make 33670 pairs, a 0\.0 GiB matrix: too large/);
  });

  it('cuts rows into chunks that cover every pair once', () => {
    const chunks = rowChunks(100, 7);
    expect(chunks[0]?.first).toBe(0);
    expect(chunks.at(-1)?.last).toBe(99);
    chunks.slice(1).forEach((c, k) => expect(c.first).toBe(chunks[k]?.last));
    expect(chunks.reduce((s, c) => s + c.pairs, 0)).toBe((100 * 99) / 2);
  });
});
