/**
 * `liaison seq distance <csv> --method OM|HAM|LCS|DHD`: TraMineR's `seqdist` on a wide-format
 * sequence file, computed on worker threads. Writes the n × n matrix to `--out` (.csv or .npy)
 * or, without `--out`, as CSV to stdout; `--json` prints a summary instead: `{file, sequences,
 * distinct, method, sm, indel, norm, threads, min, mean, max, seconds, out}` where min/mean/max
 * are over the n·(n−1)/2 pairs i < j and `seconds` is the distance computation's wall time.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import {
  DISTANCE_METHODS,
  DistanceOptionError,
  NORMALIZATIONS,
  type DistanceMethod,
  type DistanceOptions,
  type Normalization,
  type SequenceDistances,
} from '@liaison/core';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { printJson } from '../io.js';
import { startProgress } from '../progress.js';
import { csvChunks, matrixFormatOf, writeMatrixFile } from '../sequence/matrix-files.js';
import { parallelSequenceDistances } from '../sequence/parallel-distances.js';
import { loadSequences, type SeqInputOptions } from './seq-input.js';

export interface SeqDistanceOptions extends SeqInputOptions {
  method: string;
  sm?: string;
  indel?: string;
  norm?: string;
  out?: string;
  json?: boolean;
  threads?: string;
}

export async function seqDistance(
  ctx: CliContext,
  file: string,
  opts: SeqDistanceOptions,
): Promise<void> {
  const options = distanceOptions(opts);
  const threads = threadCount(opts.threads);
  if (opts.out !== undefined && matrixFormatOf(opts.out) === null)
    throw new UsageError(`--out must end in .csv or .npy, not "${opts.out}"`);
  const set = await loadSequences(ctx, file, opts);
  const started = performance.now();
  const distances = await computeDistances(ctx, set, options, threads);
  const seconds = (performance.now() - started) / 1000;
  if (opts.out !== undefined) await writeMatrixFile(resolve(ctx.io.cwd, opts.out), distances);
  else if (!opts.json) for (const chunk of csvChunks(distances)) ctx.io.stdout(chunk);
  if (opts.json)
    printJson(ctx.io, {
      file,
      ...describe(options, distances),
      threads,
      seconds,
      out: opts.out ?? null,
    });
}

/**
 * Distances on worker threads (every core unless `threads` is given), with a progress bar on a
 * terminal and Ctrl-C to stop. Shared by `seq distance` and `seq cluster`.
 */
export async function computeDistances(
  ctx: CliContext,
  set: Parameters<typeof parallelSequenceDistances>[0],
  options: DistanceOptions,
  threads?: number,
): Promise<SequenceDistances> {
  const stop = new AbortController();
  void ctx.stopSignal?.then(() => stop.abort(new CliError('stopped')));
  let progress: ReturnType<typeof startProgress> | undefined;
  try {
    return await parallelSequenceDistances(set, options, {
      threads,
      signal: stop.signal,
      onProgress: (done, total) => {
        progress ??= startProgress(ctx.io, total, 'distances');
        progress.update(done, 'pairs');
      },
    });
  } catch (error) {
    if (error instanceof DistanceOptionError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress?.stop();
  }
}

export function distanceOptions(opts: SeqDistanceOptions): DistanceOptions {
  const method = opts.method.toUpperCase();
  if (!DISTANCE_METHODS.includes(method as DistanceMethod))
    throw new UsageError(
      `--method must be one of ${DISTANCE_METHODS.join(', ')}, not "${opts.method}"`,
    );
  const sm = opts.sm?.toUpperCase();
  if (sm !== undefined && sm !== 'TRATE' && sm !== 'CONSTANT')
    throw new UsageError(`--sm must be TRATE or CONSTANT, not "${opts.sm}"`);
  if (opts.norm !== undefined && !NORMALIZATIONS.includes(opts.norm as Normalization))
    throw new UsageError(`--norm must be one of ${NORMALIZATIONS.join(', ')}, not "${opts.norm}"`);
  return {
    method: method as DistanceMethod,
    sm,
    indel: indelOf(opts.indel),
    norm: opts.norm as Normalization,
  };
}

function indelOf(text: string | undefined): number | 'auto' | undefined {
  if (text === undefined || text === 'auto') return text;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0)
    throw new UsageError(`--indel must be a positive number or "auto", not "${text}"`);
  return value;
}

/** Worker threads, counting this one; default: every core. */
function threadCount(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 256)
    throw new UsageError(`--threads must be a whole number from 1 to 256, not "${text}"`);
  return value;
}

/** Options echoed back, and min/mean/max over all pairs i < j of the n × n matrix. */
function describe(options: DistanceOptions, d: SequenceDistances) {
  const n = d.ids.length;
  const copies = new Float64Array(d.distinctCount);
  for (const k of d.distinctOf) copies[k]! += 1;
  let sum = 0;
  let max = 0;
  let min = n > d.distinctCount ? 0 : Infinity;
  let at = 0;
  for (let a = 0; a < d.distinctCount; a++)
    for (let b = a + 1; b < d.distinctCount; b++, at++) {
      const v = d.condensed[at] as number;
      sum += v * (copies[a] as number) * (copies[b] as number);
      if (v > max) max = v;
      if (v < min) min = v;
    }
  const pairs = (n * (n - 1)) / 2;
  return {
    sequences: n,
    distinct: d.distinctCount,
    method: options.method,
    sm: options.sm ?? (options.method === 'OM' || options.method === 'DHD' ? 'TRATE' : 'CONSTANT'),
    indel: options.method === 'OM' ? (options.indel ?? 'auto') : null,
    norm: options.norm ?? 'none',
    min: pairs === 0 ? null : min,
    mean: pairs === 0 ? null : sum / pairs,
    max: pairs === 0 ? null : max,
  };
}
