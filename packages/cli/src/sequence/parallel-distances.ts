/**
 * Distance matrices on several threads: a thin adapter around core's kernels. The distinct rows
 * are cut into chunks of about equal pair counts, handed out to worker threads one at a time
 * (so faster threads take more), and each worker writes its pairs into one SharedArrayBuffer:
 * the values are exactly the single-threaded ones. Memory: d·(d−1)/2 doubles for d distinct
 * sequences. Progress is reported per chunk; an AbortSignal terminates the workers.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  computeDistanceRows,
  DistanceOptionError,
  distancesFromCondensed,
  pairCount,
  prepareDistanceJob,
  type DistanceJob,
  type DistanceOptions,
  type SequenceDistances,
  type SequenceSet,
} from '@liaison/core';
import { startTsWorker } from '../ts-worker.js';
import type { ChunkMessage, RowChunk } from './distance-worker.js';

export interface ParallelRun {
  /** Worker threads; default: the machine's available parallelism. 1 computes in this thread. */
  threads?: number;
  /** Called after each chunk with the distinct pairs done so far and in all. */
  onProgress?: (donePairs: number, totalPairs: number) => void;
  signal?: AbortSignal;
  /** Refuse jobs with more distinct pairs than this (default 2^28 pairs, a 2 GiB result). */
  maxPairs?: number;
}

const DEFAULT_MAX_PAIRS = 2 ** 28;

/** Chunks per thread: enough to balance uneven rows and report progress smoothly. */
const CHUNKS_PER_THREAD = 64;
const CHUNKS_IN_FLIGHT = 2;
/** Below this many pairs a worker's start-up (~0.2 s for tsx) costs more than it saves. */
const MIN_PARALLEL_PAIRS = 20_000;

export async function parallelSequenceDistances(
  set: SequenceSet,
  options: DistanceOptions,
  run: ParallelRun = {},
): Promise<SequenceDistances> {
  const job = prepareDistanceJob(set, options);
  const total = pairCount(job.count);
  if (total > (run.maxPairs ?? DEFAULT_MAX_PAIRS))
    throw new DistanceOptionError(
      `${job.count} distinct sequences make ${total} pairs, a ${((total * 8) / 2 ** 30).toFixed(1)} GiB ` +
        'matrix: too large to hold in memory; analyse a sample or shorter sequences',
    );
  const threads = Math.max(1, Math.floor(run.threads ?? availableParallelism()));
  const buffer = new SharedArrayBuffer(total * Float64Array.BYTES_PER_ELEMENT);
  const queue = rowChunks(job.count, threads * CHUNKS_PER_THREAD);
  const workers = total < MIN_PARALLEL_PAIRS ? 0 : Math.min(threads, queue.length) - 1;
  let done = 0;
  const progress = (chunk: RowChunk) => {
    done += chunk.pairs;
    run.onProgress?.(done, total);
  };
  const pool = startPool({ job, buffer }, queue, workers, progress);
  try {
    await computeHere(job, buffer, queue, progress, run.signal);
    await abortable(pool.drained(), run.signal);
  } finally {
    await pool.stop();
  }
  return distancesFromCondensed(set.ids, job, new Float64Array(buffer));
}

/** Rejects with the signal's reason as soon as it aborts. */
function abortable(work: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return work;
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Splits rows 0..count−1 into about `parts` ranges with similar pair counts (row i has count−1−i). */
export function rowChunks(count: number, parts: number): RowChunk[] {
  const target = Math.max(1, Math.ceil(pairCount(count) / Math.max(1, parts)));
  const chunks: RowChunk[] = [];
  let first = 0;
  let pairs = 0;
  for (let i = 0; i < count - 1; i++) {
    pairs += count - 1 - i;
    if (pairs >= target || i === count - 2) {
      chunks.push({ first, last: i + 1, pairs });
      first = i + 1;
      pairs = 0;
    }
  }
  return chunks;
}

/**
 * This thread takes chunks from the same queue as the workers (it is one of the `threads`, and
 * works while they start), yielding between chunks so worker messages and an abort get through.
 */
async function computeHere(
  job: DistanceJob,
  buffer: SharedArrayBuffer,
  queue: RowChunk[],
  progress: (chunk: RowChunk) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const out = new Float64Array(buffer);
  for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
    signal?.throwIfAborted();
    computeDistanceRows(job, chunk.first, chunk.last, out);
    progress(chunk);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

interface Pool {
  /** Resolves once no worker holds a chunk (call after the queue is empty); rejects on failure. */
  drained(): Promise<void>;
  /** Returns healthy workers to the idle pool and terminates the others. */
  stop(): Promise<void>;
}

interface PooledWorker {
  worker: Worker;
  /** Loaded (it posted `null`); a new worker gets no chunk before, so a slow start never stalls. */
  ready: boolean;
  /** The job whose data the worker holds. */
  jobId: number;
}

/**
 * Workers kept between calls (unreferenced, so they never keep the process alive): a second
 * matrix in the same process starts at once instead of paying ~0.2 s per worker for tsx.
 */
const idleWorkers: PooledWorker[] = [];
let lastJobId = 0;

function acquireWorkers(size: number): PooledWorker[] {
  const taken = idleWorkers.splice(0, size);
  while (taken.length < size) taken.push(pooledWorker());
  for (const w of taken) w.worker.ref();
  return taken;
}

/** A new worker whose readiness and failures are tracked for as long as it lives. */
function pooledWorker(): PooledWorker {
  const w: PooledWorker = { worker: startWorker(), ready: false, jobId: 0 };
  w.worker.on('message', (m: unknown) => void (m === null && (w.ready = true)));
  w.worker.on('error', () => {
    const at = idleWorkers.indexOf(w);
    if (at >= 0) idleWorkers.splice(at, 1);
  });
  return w;
}

function startPool(
  data: { job: DistanceJob; buffer: SharedArrayBuffer },
  queue: RowChunk[],
  size: number,
  progress: (chunk: RowChunk) => void,
): Pool {
  const jobId = ++lastJobId;
  const workers = acquireWorkers(Math.max(0, size));
  let busy = 0;
  let failure: unknown;
  const waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  const wake = () => {
    if (failure === undefined && busy > 0) return;
    for (const w of waiters.splice(0)) {
      if (failure === undefined) w.resolve();
      else w.reject(failure);
    }
  };
  const feed = (w: PooledWorker) => {
    const chunk = queue.shift();
    if (!chunk) return wake();
    busy++;
    const first = w.jobId !== jobId;
    w.jobId = jobId;
    const message: ChunkMessage = first ? { jobId, ...data, chunk } : { jobId, chunk };
    w.worker.postMessage(message);
  };
  // Chunks in flight per worker: its next chunk waits in its port while it computes, so it never
  // idles until this thread, busy with a chunk of its own, hands it more.
  const feedAhead = (w: PooledWorker) => {
    for (let k = 0; k < CHUNKS_IN_FLIGHT; k++) feed(w);
  };
  const listeners = workers.map((w) => {
    const onMessage = (chunk: RowChunk | null) => {
      if (!chunk) return feedAhead(w);
      busy--;
      progress(chunk);
      feed(w);
    };
    const onError = (error: unknown) => {
      failure = error;
      wake();
    };
    w.worker.on('message', onMessage).on('error', onError);
    if (w.ready) feedAhead(w);
    return () => w.worker.off('message', onMessage).off('error', onError);
  });
  const stop = async () => {
    listeners.forEach((off) => off());
    const healthy = failure === undefined && busy === 0;
    for (const w of workers) w.worker.unref();
    if (healthy) idleWorkers.push(...workers);
    else await Promise.all(workers.map((w) => w.worker.terminate()));
  };
  const drained = () =>
    new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject });
      wake();
    });
  return { drained, stop };
}

/** Starts a worker on distance-worker.ts (ts-worker.ts registers tsx in it). */
function startWorker(): Worker {
  return startTsWorker(new URL('./distance-worker.ts', import.meta.url).href);
}
