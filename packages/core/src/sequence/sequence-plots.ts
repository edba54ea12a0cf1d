/**
 * TraMineR's standard plots as standalone SVG text, for the web view and reports: the sequence
 * index plot (`seqIplot`: one bar per sequence, one colour per state, optionally grouped by
 * cluster), and the state distribution plot (`seqdplot`: stacked shares of each state per
 * position). Coordinates are SVG user units (px at 100 %); labels are XML-escaped, since state
 * names and ids come from the researcher's files.
 */
import type { StateDistribution } from './descriptives.js';
import { VOID_STATE, type SequenceSet } from './sequence-set.js';

export interface PlotOptions {
  /** Plot area width (the legend and labels add to it); default 600. */
  width?: number;
  /** Plot area height; default min(600, 3 px per row) for index plots, 300 otherwise. */
  height?: number;
  title?: string;
  /**
   * What the plot shows, for screen readers: with `title`, the SVG gets role="img" and its
   * `<title>` and `<desc>` (WAI-ARIA SVG practice), so the web view can inline it as is.
   */
  description?: string;
  /** Position labels for the x axis (e.g. `WideSequences.positionNames`). */
  positionNames?: string[];
}

export interface IndexPlotOptions extends PlotOptions {
  /** Rows to draw, top to bottom (0-based); default every row in order. */
  rows?: number[];
  /** Cluster of each row (1-based, as `cutTree`); rows are then drawn cluster by cluster. */
  groups?: Int32Array;
  /** A label per drawn row, e.g. "cluster 2 (medoid 17)"; drawn left of the bars. */
  rowLabels?: string[];
  /** Events to mark on the bars (e.g. turning points): a triangle above the position, `label` as its tooltip. */
  marks?: PlotMark[];
}

export interface PlotMark {
  /** Row of the set (0-based), drawn wherever `rows`/`groups` put it. */
  row: number;
  /** Position (0-based) whose cell the mark points at. */
  position: number;
  label: string;
}

/**
 * Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2008), then evenly spaced
 * hues for larger alphabets. TraMineR uses RColorBrewer palettes; the colours are not meant to match.
 */
const OKABE_ITO = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#999999',
];

export function stateColours(k: number): string[] {
  if (k <= OKABE_ITO.length) return OKABE_ITO.slice(0, k);
  return Array.from({ length: k }, (_, i) => `hsl(${Math.round((360 * i) / k)},65%,55%)`);
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const MARGIN = { left: 110, top: 30, bottom: 40, legend: 150 };
const round = (x: number): string => String(Math.round(x * 100) / 100);

function rect(x: number, y: number, w: number, h: number, fill: string): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" fill="${fill}"/>`;
}

function text(x: number, y: number, content: string, anchor = 'start'): string {
  return `<text x="${round(x)}" y="${round(y)}" font-size="11" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

function frame(width: number, height: number, body: string[], options: PlotOptions): string {
  const w = MARGIN.left + width + MARGIN.legend;
  const h = MARGIN.top + height + MARGIN.bottom;
  const { title, description } = options;
  const head = title ? [text(MARGIN.left, 18, title)] : [];
  const a11y = title
    ? [
        `<title>${escapeXml(title)}</title>`,
        ...(description ? [`<desc>${escapeXml(description)}</desc>`] : []),
      ]
    : [];
  const role = title ? ' role="img"' : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${role} width="${round(w)}" height="${round(h)}" viewBox="0 0 ${round(w)} ${round(h)}" font-family="sans-serif" shape-rendering="crispEdges">`,
    ...a11y,
    ...head,
    ...body,
    '</svg>',
  ].join('\n');
}

function legend(alphabet: string[], colours: string[], width: number): string[] {
  const x = MARGIN.left + width + 15;
  return alphabet.flatMap((state, s) => [
    rect(x, MARGIN.top + s * 18, 12, 12, colours[s] as string),
    text(x + 18, MARGIN.top + s * 18 + 10, state),
  ]);
}

/** About ten position labels along the bottom, at the start of their positions. */
function xAxis(names: string[], positions: number, width: number, height: number): string[] {
  const step = Math.max(1, Math.ceil(positions / 10));
  const cell = width / positions;
  const out: string[] = [];
  for (let t = 0; t < positions; t += step)
    out.push(text(MARGIN.left + t * cell, MARGIN.top + height + 16, names[t] ?? String(t + 1)));
  return out;
}

/** Rows in drawing order: grouped by cluster (stable within a cluster) when groups are given. */
function drawOrder(set: SequenceSet, options: IndexPlotOptions): number[] {
  const rows = options.rows ?? set.ids.map((_, i) => i);
  const groups = options.groups;
  if (!groups) return rows;
  return [...rows].sort((a, b) => (groups[a] as number) - (groups[b] as number));
}

/** One rect per spell (run of one state), so the SVG grows with spells, not positions. */
function spells(
  set: SequenceSet,
  row: number,
  y: number,
  h: number,
  cell: number,
  colours: string[],
): string[] {
  const out: string[] = [];
  let t = 0;
  while (t < set.width) {
    const s = set.states[row * set.width + t] as number;
    let end = t + 1;
    while (end < set.width && set.states[row * set.width + end] === s) end++;
    if (s !== VOID_STATE)
      out.push(rect(MARGIN.left + t * cell, y, (end - t) * cell, h, colours[s] as string));
    t = end;
  }
  return out;
}

/** Labels at the first row of each cluster: "1 (n = 291)". */
function groupLabels(order: number[], groups: Int32Array, rowHeight: number): string[] {
  const counts = new Map<number, number>();
  for (const r of order)
    counts.set(groups[r] as number, (counts.get(groups[r] as number) ?? 0) + 1);
  const out: string[] = [];
  order.forEach((r, i) => {
    const g = groups[r] as number;
    if (i > 0 && groups[order[i - 1] as number] === g) return;
    const y = MARGIN.top + i * rowHeight;
    out.push(
      `<line x1="${MARGIN.left - 100}" x2="${MARGIN.left}" y1="${round(y)}" y2="${round(y)}" stroke="#444"/>`,
    );
    out.push(text(MARGIN.left - 100, y + 12, `${g} (n = ${counts.get(g)})`));
  });
  return out;
}

/**
 * A black triangle pointing down at the middle of the marked cell, its tip on the row's bar,
 * outlined in white so it shows on every state colour; at least 6 px even on thin rows.
 */
function markShapes(order: number[], marks: PlotMark[], rowHeight: number, cell: number): string[] {
  const line = new Map(order.map((row, i) => [row, i]));
  const size = Math.max(6, Math.min(12, rowHeight));
  return marks.flatMap((mark) => {
    const i = line.get(mark.row);
    if (i === undefined) return [];
    const x = MARGIN.left + (mark.position + 0.5) * cell;
    const y = MARGIN.top + (i + 0.5) * rowHeight;
    const d = `M${round(x - size / 2)} ${round(y - size)}h${round(size)}L${round(x)} ${round(y)}Z`;
    return [
      `<path class="mark" d="${d}" fill="#000" stroke="#fff" stroke-width="1"><title>${escapeXml(mark.label)}</title></path>`,
    ];
  });
}

/** `seqIplot`: one horizontal bar per sequence, coloured by state, void left blank. */
export function sequenceIndexPlotSvg(set: SequenceSet, options: IndexPlotOptions = {}): string {
  const order = drawOrder(set, options);
  const width = options.width ?? 600;
  const height = options.height ?? Math.min(600, Math.max(12, order.length * 3));
  const rowHeight = height / Math.max(1, order.length);
  const cell = width / Math.max(1, set.width);
  const colours = stateColours(set.alphabet.length);
  const bars = order.flatMap((r, i) =>
    spells(set, r, MARGIN.top + i * rowHeight, rowHeight, cell, colours),
  );
  const labels = (options.rowLabels ?? []).map((l, i) =>
    text(MARGIN.left - 6, MARGIN.top + (i + 0.5) * rowHeight + 4, l, 'end'),
  );
  const groups = options.groups ? groupLabels(order, options.groups, rowHeight) : [];
  const marks = markShapes(order, options.marks ?? [], rowHeight, cell);
  const names = options.positionNames ?? [];
  return frame(
    width,
    height,
    [
      ...bars,
      ...marks,
      ...labels,
      ...groups,
      ...xAxis(names, set.width, width, height),
      ...legend(set.alphabet, colours, width),
    ],
    options,
  );
}

/** `seqdplot`: at each position, the shares of the states stacked from the bottom in alphabet order. */
export function stateDistributionPlotSvg(
  distribution: StateDistribution,
  options: PlotOptions = {},
): string {
  const positions = distribution.frequencies.length;
  const width = options.width ?? 600;
  const height = options.height ?? 300;
  const cell = width / Math.max(1, positions);
  const colours = stateColours(distribution.alphabet.length);
  const bars = distribution.frequencies.flatMap((shares, t) => {
    let top = MARGIN.top + height;
    return shares.flatMap((share, s) => {
      if (share === 0) return [];
      top -= share * height;
      return [rect(MARGIN.left + t * cell, top, cell, share * height, colours[s] as string)];
    });
  });
  const axis = [
    text(MARGIN.left - 6, MARGIN.top + 8, '1', 'end'),
    text(MARGIN.left - 6, MARGIN.top + height, '0', 'end'),
  ];
  const names = options.positionNames ?? [];
  return frame(
    width,
    height,
    [
      ...bars,
      ...axis,
      ...xAxis(names, positions, width, height),
      ...legend(distribution.alphabet, colours, width),
    ],
    options,
  );
}

const rootSize = (svg: string, name: string): number =>
  Number(new RegExp(`^<svg [^>]*?${name}="([\\d.]+)"`).exec(svg)?.[1] ?? 0);

/** Plots made here, one above the other in a single SVG (each nested at its own offset). */
export function stackSvgs(parts: string[]): string {
  let y = 0;
  const nested = parts.map((svg) => {
    const placed = svg.replace(/^<svg /, `<svg y="${round(y)}" `);
    y += rootSize(svg, 'height');
    return placed;
  });
  const width = Math.max(0, ...parts.map((svg) => rootSize(svg, 'width')));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(y)}" viewBox="0 0 ${round(width)} ${round(y)}">`,
    ...nested,
    '</svg>',
  ].join('\n');
}

/**
 * Clusters at a glance: the index plot grouped by cluster, then each cluster's typical
 * trajectory (its medoid row, see medoids.ts) labelled with the cluster and the sequence id.
 */
export function clusterPlotSvg(
  set: SequenceSet,
  membership: Int32Array,
  medoidRows: number[],
  options: PlotOptions = {},
): string {
  const present = medoidRows.filter((r) => r >= 0);
  const index = sequenceIndexPlotSvg(set, { ...options, groups: membership });
  const typical = sequenceIndexPlotSvg(set, {
    ...options,
    title: 'Typical trajectory (medoid) of each cluster',
    rows: present,
    height: 14 * present.length,
    rowLabels: present.map((r) => `${membership[r]}: ${set.ids[r]}`),
  });
  return stackSvgs([index, typical]);
}
