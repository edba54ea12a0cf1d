/**
 * Geometry of the log timeline: where each entry sits on the time axis (x, in SVG user units),
 * which lane it takes so that entries close in time do not overlap, and the axis ticks. Times are
 * the log's local times read as if UTC (the log gives no zone; only differences matter here).
 */
import type { IsoLocalDateTime } from '@liaison/core';

const MINUTE_MS = 60_000;

/** Minutes between ticks, tried in order until at most `maxTicks` fit. */
const TICK_STEPS_MIN = [1, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

export interface TimelineLayout {
  /** Per entry: x position, lane (0 = nearest the axis) and the time used (ms). */
  points: { x: number; lane: number; ms: number; timed: boolean }[];
  lanes: number;
  ticks: { x: number; ms: number }[];
}

function readMs(time: IsoLocalDateTime | null): number | null {
  if (time === null) return null;
  const ms = Date.parse(`${time}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** Entry times in ms; an entry without a time takes the previous entry's (or the next known). */
export function entryTimes(times: (IsoLocalDateTime | null)[]): number[] {
  const read = times.map(readMs);
  const firstKnown = read.find((ms) => ms !== null) ?? 0;
  let last = firstKnown;
  return read.map((ms) => (last = ms ?? last));
}

/** Greedy lanes: each entry takes the lowest lane whose last entry is at least `gap` to its left. */
export function assignLanes(xs: number[], gap: number): number[] {
  const laneEnds: number[] = [];
  return xs.map((x) => {
    let lane = laneEnds.findIndex((end) => x - end >= gap);
    if (lane === -1) lane = laneEnds.push(x) - 1;
    laneEnds[lane] = x;
    return lane;
  });
}

function ticksFor(start: number, end: number, maxTicks: number): number[] {
  const spanMin = (end - start) / MINUTE_MS;
  const step = TICK_STEPS_MIN.find((s) => spanMin / s <= maxTicks) ?? 10080;
  const stepMs = step * MINUTE_MS;
  const ticks: number[] = [];
  for (let t = Math.ceil(start / stepMs) * stepMs; t <= end; t += stepMs) ticks.push(t);
  return ticks;
}

export function layoutTimeline(
  times: (IsoLocalDateTime | null)[],
  box: { left: number; right: number; gap: number; maxTicks: number },
): TimelineLayout {
  const ms = entryTimes(times);
  if (ms.length === 0) return { points: [], lanes: 1, ticks: [] };
  const start = Math.min(...ms);
  // A log whose entries share one minute still gets a one-minute axis, so x is defined.
  const end = Math.max(start + MINUTE_MS, ...ms);
  const xOf = (t: number) => box.left + ((t - start) / (end - start)) * (box.right - box.left);
  const xs = ms.map(xOf);
  const lanes = assignLanes(xs, box.gap);
  return {
    points: xs.map((x, i) => ({
      x,
      lane: lanes[i] as number,
      ms: ms[i] as number,
      timed: readMs(times[i] ?? null) !== null,
    })),
    lanes: Math.max(1, ...lanes.map((l) => l + 1)),
    ticks: ticksFor(start, end, box.maxTicks).map((t) => ({ x: xOf(t), ms: t })),
  };
}

/** `21:05`, with the day (`14 Mar`) when the tick starts a new day or is the first. */
export function tickLabel(ms: number, withDay: boolean): string {
  const d = new Date(ms);
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  if (!withDay) return hm;
  const day = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return `${day} ${hm}`;
}
