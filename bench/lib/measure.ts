/**
 * Benchmark helpers: run a function several times, report the median and p95 in milliseconds,
 * and a ratio against a named baseline (a target, a reference tool's time, or a simpler method).
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  samplesMs: number[];
  medianMs: number;
  p95Ms: number;
}

/** Value at quantile q (0..1) of sorted samples, nearest-rank method. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export function summarise(samplesMs: number[]): Timing {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { samplesMs, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) };
}

/** Times `fn` `runs` times (after `warmup` untimed runs). */
export async function time(fn: () => unknown, runs = 5, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Prints one result line: `bench <name>: median 12.3 ms, p95 15.0 ms; baseline <what> 50 ms;
 * ratio 0.25`. A ratio below 1 means faster than the baseline.
 */
export function report(name: string, t: Timing, baseline: { name: string; ms: number }): void {
  const ratio = t.medianMs / baseline.ms;
  console.log(
    `bench ${name}: median ${t.medianMs.toFixed(2)} ms, p95 ${t.p95Ms.toFixed(2)} ms ` +
      `(n=${t.samplesMs.length}); baseline ${baseline.name} ${baseline.ms.toFixed(2)} ms; ` +
      `ratio ${ratio.toFixed(3)}`,
  );
}
