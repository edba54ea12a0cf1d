/**
 * The sequence view of a study's police logs (issue 6, item 4): each log as a state sequence
 * (`logSequences`), OM distances (`seqdist`), Ward clusters cut into k (`hclust(ward.D2)` +
 * `cutree`), silhouette widths, each cluster's typical trajectory (medoid) and state
 * distribution, and the logs' turning points placed on their sequences. Plain JSON with the SVG
 * plots as text, so the server can answer it and the web app or a report can show it as is.
 * Synchronous and in-process: fine for study-sized sets (hundreds of logs of tens of entries).
 */
import type { TurningPoint } from '../logs/analysis-types.js';
import { expandDistances, type CondensedDistances } from './condensed.js';
import { stateDistribution, type StateDistribution } from './descriptives.js';
import {
  entryPositions,
  LogSequenceError,
  logSequences,
  type AnalysedLog,
  type LogStateKind,
} from './log-sequences.js';
import { medoids } from './medoids.js';
import { sequenceIndexPlotSvg, stateDistributionPlotSvg, type PlotMark } from './sequence-plots.js';
import { sequenceDistances } from './sequence-distances.js';
import { VOID_STATE, type SequenceSet } from './sequence-set.js';
import { silhouette } from './silhouette.js';
import { clusterSizes, cutTree, wardD2 } from './ward.js';

/** A log with its display name and turning points (entry indices into `entries`). */
export interface LogForSequences extends AnalysedLog {
  name: string;
  turningPoints: Pick<TurningPoint, 'entry' | 'type'>[];
}

export interface SequenceViewOptions {
  state: LogStateKind;
  /** Minutes per position; omitted: one position per entry. */
  binMinutes?: number;
  /** Number of Ward clusters, 2..n − 1. */
  k: number;
  /** OM substitution costs; the indel is `seqdist`'s "auto" companion of each. */
  sm: 'TRATE' | 'CONSTANT';
}

export interface PlacedTurningPoint {
  entry: number;
  type: string;
  /** Position in the sequence (0-based), null when the entry has no time in binned sequences. */
  position: number | null;
}

export interface SequenceViewLog {
  id: string;
  name: string;
  /** Positions in the sequence. */
  length: number;
  /** Runs of one state: `length` positions from `start` (0-based). */
  spells: { state: string; start: number; length: number }[];
  cluster: number | null;
  silhouette: number | null;
  turningPoints: PlacedTurningPoint[];
}

export interface SequenceViewCluster {
  cluster: number;
  size: number;
  /** Mean silhouette width of the members. */
  silhouette: number;
  /** The typical trajectory: the member with the smallest sum of distances to the others. */
  medoid: { id: string; name: string };
  /** Share of each state over the members' positions (`alphabet` order). */
  stateShares: number[];
  distributionSvg: string;
}

export interface SequenceView {
  state: LogStateKind;
  binMinutes: number | null;
  sm: 'TRATE' | 'CONSTANT';
  alphabet: string[];
  positions: string[];
  /** Logs in the index plot's order: by cluster, then study order. */
  logs: SequenceViewLog[];
  /** Share of each state over all positions of all logs, `alphabet` order. */
  stateShares: number[];
  /** Null when there are fewer than 3 logs (nothing to cluster). */
  k: number | null;
  clusters: SequenceViewCluster[];
  averageSilhouette: number | null;
  svg: { index: string; distribution: string; typical: string | null };
}

interface Clustering {
  k: number;
  membership: Int32Array;
  widths: Float64Array;
  average: number;
  medoids: number[];
}

export function logSequenceView(
  logs: LogForSequences[],
  options: SequenceViewOptions,
): SequenceView {
  // Named by source name, so messages and plot labels speak the researcher's language.
  const set = logSequences(
    logs.map((log) => ({ ...log, id: log.name })),
    options,
  );
  const positions = positionNames(set.width, options.binMinutes);
  const clustering = logs.length >= 3 ? clusterLogs(set, options) : null;
  const placed = logs.map((log) => placeTurningPoints(log, options.binMinutes));
  const order = drawOrder(logs.length, clustering?.membership);
  return {
    state: options.state,
    binMinutes: options.binMinutes ?? null,
    sm: options.sm,
    alphabet: set.alphabet,
    positions,
    logs: order.map((row) => viewLog(set, logs, row, placed[row] ?? [], clustering)),
    stateShares: stateShares(set, order),
    k: clustering?.k ?? null,
    clusters: clustering ? viewClusters(set, logs, clustering, positions) : [],
    averageSilhouette: clustering?.average ?? null,
    svg: plots(set, logs, placed, clustering, positions, options),
  };
}

function positionNames(width: number, binMinutes?: number): string[] {
  return Array.from({ length: width }, (_, t) =>
    binMinutes === undefined ? `#${t + 1}` : `+${t * binMinutes}min`,
  );
}

function clusterLogs(set: SequenceSet, options: SequenceViewOptions): Clustering {
  const n = set.ids.length;
  if (!Number.isInteger(options.k) || options.k < 2 || options.k > n - 1)
    throw new LogSequenceError(
      `the number of clusters must be a whole number from 2 to ${n - 1} (${n} logs), not ${options.k}`,
    );
  const d: CondensedDistances = expandDistances(
    sequenceDistances(set, { method: 'OM', sm: options.sm, indel: 'auto' }),
  );
  const membership = cutTree(wardD2(d), options.k);
  const sil = silhouette(d, membership);
  return {
    k: options.k,
    membership,
    widths: sil.widths,
    average: sil.average,
    medoids: medoids(d, membership),
  };
}

/** Rows grouped by cluster, study order within a cluster (the index plot's order). */
function drawOrder(n: number, membership?: Int32Array): number[] {
  const rows = Array.from({ length: n }, (_, i) => i);
  if (!membership) return rows;
  return rows.sort((a, b) => (membership[a] as number) - (membership[b] as number));
}

function placeTurningPoints(log: LogForSequences, binMinutes?: number): PlacedTurningPoint[] {
  const at = entryPositions(log, binMinutes);
  return log.turningPoints.map((tp) => ({
    entry: tp.entry,
    type: tp.type,
    position: at[tp.entry] ?? null,
  }));
}

function viewLog(
  set: SequenceSet,
  logs: LogForSequences[],
  row: number,
  turningPoints: PlacedTurningPoint[],
  clustering: Clustering | null,
): SequenceViewLog {
  const log = logs[row] as LogForSequences;
  return {
    id: log.id,
    name: log.name,
    length: set.lengths[row] as number,
    spells: spellsOf(set, row),
    cluster: clustering ? (clustering.membership[row] as number) : null,
    silhouette: clustering ? (clustering.widths[row] as number) : null,
    turningPoints,
  };
}

function spellsOf(set: SequenceSet, row: number): SequenceViewLog['spells'] {
  const out: SequenceViewLog['spells'] = [];
  const length = set.lengths[row] as number;
  for (let t = 0; t < length;) {
    const s = set.states[row * set.width + t] as number;
    let end = t + 1;
    while (end < length && set.states[row * set.width + end] === s) end++;
    out.push({ state: set.alphabet[s] as string, start: t, length: end - t });
    t = end;
  }
  return out;
}

/** Share of each state over the non-void cells of `rows` (0s when there are none). */
function stateShares(set: SequenceSet, rows: number[]): number[] {
  const counts = new Array<number>(set.alphabet.length).fill(0);
  let total = 0;
  for (const row of rows)
    for (let t = 0; t < set.width; t++) {
      const s = set.states[row * set.width + t] as number;
      if (s === VOID_STATE) continue;
      counts[s] = (counts[s] as number) + 1;
      total++;
    }
  return counts.map((c) => (total === 0 ? 0 : c / total));
}

/** The rows of `set` as a set of their own, same alphabet and width (positions stay aligned). */
function subset(set: SequenceSet, rows: number[]): SequenceSet {
  const states = new Int16Array(rows.length * set.width);
  rows.forEach((row, i) =>
    states.set(set.states.subarray(row * set.width, (row + 1) * set.width), i * set.width),
  );
  return {
    alphabet: set.alphabet,
    ids: rows.map((r) => set.ids[r] as string),
    width: set.width,
    states,
    lengths: Int32Array.from(rows, (r) => set.lengths[r] as number),
  };
}

function viewClusters(
  set: SequenceSet,
  logs: LogForSequences[],
  c: Clustering,
  positions: string[],
): SequenceViewCluster[] {
  const sizes = clusterSizes(c.membership, c.k);
  return sizes.map((size, index) => {
    const cluster = index + 1;
    const members = logs.map((_, i) => i).filter((i) => c.membership[i] === cluster);
    const medoid = logs[c.medoids[index] as number] as LogForSequences;
    const widths = members.map((i) => c.widths[i] as number);
    return {
      cluster,
      size,
      silhouette: widths.reduce((a, b) => a + b, 0) / Math.max(1, size),
      medoid: { id: medoid.id, name: medoid.name },
      stateShares: stateShares(set, members),
      distributionSvg: clusterDistributionSvg(subset(set, members), cluster, positions),
    };
  });
}

function clusterDistributionSvg(members: SequenceSet, cluster: number, positions: string[]) {
  const title = `State distribution of cluster ${cluster} (${members.ids.length} logs)`;
  return distributionSvg(stateDistribution(members), title, positions, 160);
}

function distributionSvg(
  distribution: StateDistribution,
  title: string,
  positionNames: string[],
  height: number,
): string {
  const description =
    'Stacked shares of each state at each position, over the logs that reach that position.';
  return stateDistributionPlotSvg(distribution, { title, description, positionNames, height });
}

function plots(
  set: SequenceSet,
  logs: LogForSequences[],
  placed: PlacedTurningPoint[][],
  clustering: Clustering | null,
  positionNames: string[],
  options: SequenceViewOptions,
): SequenceView['svg'] {
  const marks = turningPointMarks(logs, placed);
  const height = Math.min(1200, Math.max(120, 10 * logs.length));
  const index = sequenceIndexPlotSvg(set, {
    title: `Logs as ${options.state} sequences${clustering ? `, by Ward cluster (k = ${clustering.k})` : ''}`,
    description: `One bar per log, coloured by ${options.state} at each position; black triangles mark turning points.`,
    positionNames,
    height,
    marks,
    ...(clustering ? { groups: clustering.membership } : {}),
  });
  const all = distributionSvg(
    stateDistribution(set),
    `State distribution of all ${logs.length} logs`,
    positionNames,
    240,
  );
  return { index, distribution: all, typical: clustering && typicalSvg(set, logs, clustering) };
}

function turningPointMarks(logs: LogForSequences[], placed: PlacedTurningPoint[][]): PlotMark[] {
  return placed.flatMap((points, row) =>
    points.flatMap((tp) =>
      tp.position === null
        ? []
        : [
            {
              row,
              position: tp.position,
              label: `${logs[row]?.name}: ${tp.type.replace(/_/g, ' ')} at entry ${tp.entry + 1}`,
            },
          ],
    ),
  );
}

/**
 * Each cluster's medoid, one bar per cluster, labelled "cluster N" (log names are too wide for
 * the label margin; they are in the description and in the web view's table).
 */
function typicalSvg(set: SequenceSet, logs: LogForSequences[], c: Clustering): string {
  const rows = c.medoids.filter((r) => r >= 0);
  const names = rows.map((r) => `cluster ${c.membership[r]}: ${logs[r]?.name}`);
  return sequenceIndexPlotSvg(set, {
    title: `Typical trajectory (medoid) of each of the ${c.k} clusters`,
    description: `One bar per cluster, its medoid log: ${names.join('; ')}.`,
    rows,
    rowLabels: rows.map((r) => `cluster ${c.membership[r]}`),
    height: 16 * rows.length,
  });
}
