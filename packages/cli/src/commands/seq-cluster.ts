/**
 * `liaison seq cluster <csv> | --study <path> | --matrix <csv> --k 4`: Ward clustering as R's
 * `hclust(d, "ward.D2")` cut with `cutree(k)`, silhouette widths (`cluster::silhouette`) and each
 * cluster's medoid (its typical trajectory). Distances are computed from the sequences
 * (`seqdist` options: --method, --sm, --indel, --norm) or read with --matrix from the square CSV
 * that `seq distance --out` writes; --svg draws the clusters. JSON output: `{k, sizes, distance,
 * typical: [{cluster, id}], membership: [{id, cluster, silhouette}], averageSilhouette, heights}`
 * with `heights` the n − 1 merge heights in merge order.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  clusterPlotSvg,
  clusterSizes,
  cutTree,
  decodeText,
  expandDistances,
  formatDiagnostic,
  medoids,
  readDistanceMatrix,
  silhouette,
  wardD2,
  type CondensedDistances,
  type WideSequences,
} from '@liaison/core';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { readInputFile } from '../files.js';
import { printJson, say } from '../io.js';
import { formatTable } from '../table.js';
import { computeDistances, distanceOptions, type SeqDistanceOptions } from './seq-distance.js';
import { formatAll, loadSequencesFrom, type SeqInputOptions } from './seq-input.js';
import type { SeqStudyOptions } from './seq-study.js';

export interface SeqClusterOptions extends SeqInputOptions, SeqStudyOptions {
  k: string;
  method: string;
  sm?: string;
  indel?: string;
  norm?: string;
  matrix?: string;
  svg?: string;
  json?: boolean;
}

interface Observations {
  ids: string[];
  distances: CondensedDistances;
  /** What the distances are, for the JSON output. */
  source: Record<string, unknown>;
  /** The sequences, when read from a CSV (not with --matrix). */
  set?: WideSequences;
}

export async function seqCluster(
  ctx: CliContext,
  file: string | undefined,
  opts: SeqClusterOptions,
): Promise<void> {
  if (opts.svg !== undefined && opts.matrix !== undefined)
    throw new UsageError('--svg draws the sequences: give a sequence CSV, not --matrix');
  const observations = await loadObservations(ctx, file, opts);
  const k = parseK(opts.k, observations.ids.length);
  const tree = wardD2(observations.distances);
  const membership = cutTree(tree, k);
  const sil = silhouette(observations.distances, membership);
  const typical = medoids(observations.distances, membership);
  const result = {
    k,
    sizes: clusterSizes(membership, k),
    distance: observations.source,
    typical: typical.map((row, c) => ({ cluster: c + 1, id: observations.ids[row] as string })),
    membership: observations.ids.map((id, i) => ({
      id,
      cluster: membership[i] as number,
      silhouette: sil.widths[i] as number,
    })),
    averageSilhouette: sil.average,
    heights: [...tree.height],
  };
  if (opts.svg !== undefined && observations.set)
    await writeSvg(ctx, opts.svg, clusterPlot(observations.set, membership, typical));
  if (opts.json) printJson(ctx.io, result);
  else ctx.io.stdout(humanClusters(result));
}

function clusterPlot(set: WideSequences, membership: Int32Array, typical: number[]): string {
  const title = `Sequences by Ward cluster (k = ${typical.length})`;
  return clusterPlotSvg(set, membership, typical, { title, positionNames: set.positionNames });
}

export async function writeSvg(ctx: CliContext, path: string, svg: string): Promise<void> {
  await writeFile(resolve(ctx.io.cwd, path), svg);
  say(ctx.io, `Wrote ${path}`);
}

function parseK(text: string, n: number): number {
  if (n < 3) throw new CliError(`clustering needs at least 3 sequences; there are ${n}`);
  const k = Number(text);
  if (!Number.isInteger(k) || k < 2 || k > n - 1)
    throw new UsageError(`--k must be a whole number from 2 to ${n - 1}, not "${text}"`);
  return k;
}

async function loadObservations(
  ctx: CliContext,
  file: string | undefined,
  opts: SeqClusterOptions,
): Promise<Observations> {
  if (opts.matrix !== undefined) {
    if (file !== undefined || opts.study !== undefined)
      throw new UsageError('give a sequence CSV, --study or --matrix, only one of them');
    return loadMatrix(ctx, opts.matrix);
  }
  const options = distanceOptions(opts as SeqDistanceOptions);
  const set = await loadSequencesFrom(ctx, file, opts);
  say(ctx.io, `Computing ${options.method} distances for ${set.ids.length} sequences…`);
  const distances = expandDistances(await computeDistances(ctx, set, options));
  return { ids: set.ids, distances, source: { ...options }, set };
}

async function loadMatrix(ctx: CliContext, path: string): Promise<Observations> {
  const input = await readInputFile(path, ctx.io.cwd);
  if (!input.ok) throw new CliError(formatDiagnostic(input.diagnostic));
  const decoded = decodeText(input.bytes, path);
  const outcome = decoded.ok ? readDistanceMatrix(decoded.text, path) : decoded;
  if (!outcome.ok) throw new CliError(formatAll(outcome.diagnostics));
  return { ...outcome.structure, source: { matrix: path } };
}

function humanClusters(r: {
  k: number;
  sizes: number[];
  typical: { id: string }[];
  membership: { cluster: number; silhouette: number }[];
  averageSilhouette: number;
  heights: number[];
}): string {
  const rows = r.sizes.map((size, c) => {
    const widths = r.membership.filter((m) => m.cluster === c + 1).map((m) => m.silhouette);
    const mean = widths.reduce((s, w) => s + w, 0) / widths.length;
    return [String(c + 1), String(size), mean.toFixed(4), r.typical[c]?.id ?? ''];
  });
  const top = r.heights.slice(-r.k + 1).reverse();
  return (
    `Ward (hclust ward.D2) cut into ${r.k} clusters\n` +
    formatTable([['cluster', 'size', 'mean silhouette', 'medoid'], ...rows]) +
    `Average silhouette width: ${r.averageSilhouette.toFixed(4)}\n` +
    `Heights of the last ${top.length} merges: ${top.map((h) => h.toFixed(3)).join(', ')}\n`
  );
}
