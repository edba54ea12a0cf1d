/**
 * Reads TraMineR 2.2-12's reference outputs for mvad from ../shared/seq (README there). Shared by
 * the distance tests; files are read once per test file.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readWideSequences, type SequenceSet } from '../../src/sequence/index.js';

export const SEQ_DIR = join(import.meta.dirname, '../../../../../shared/seq');

export function loadMvad(file = 'mvad.csv', cols: [number, number] = [17, 86]): SequenceSet {
  const outcome = readWideSequences(readFileSync(join(SEQ_DIR, file), 'utf8'), file, { cols });
  if (!outcome.ok) throw new Error(`cannot read ${file}`);
  return outcome.structure;
}

/** The parts of reference.json the tests read. */
export interface Reference {
  sm_trate: number[][];
  sm_trate_auto_indel: number;
  sm_dhd_trate_tv: number[][][];
  dist_norm: Record<string, { sum_upper: number; mean_upper: number; max: number; d_1_2: number }>;
  toy: { sequences: string[]; sm: number[][]; results: Record<string, number[][]> };
}

export function loadReference(): Reference {
  return JSON.parse(readFileSync(join(SEQ_DIR, 'reference.json'), 'utf8')) as Reference;
}

/** A gzipped `id,1..n` square matrix as a row-major Float64Array. */
export function loadMatrix(file: string): { n: number; values: Float64Array } {
  const lines = gunzipSync(readFileSync(join(SEQ_DIR, file)))
    .toString('utf8')
    .trim()
    .split('\n');
  const n = lines.length - 1;
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const cells = (lines[i + 1] as string).split(',');
    for (let j = 0; j < n; j++) values[i * n + j] = Number(cells[j + 1]);
  }
  return { n, values };
}
