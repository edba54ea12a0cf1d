import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryTimes, layoutTimeline, tickLabel } from '../src/analysis/timeline-layout.js';

const BOX = { left: 0, right: 1000, gap: 30, maxTicks: 8 };

describe('layoutTimeline', () => {
  it('places entries by time and gives an untimed entry the time before it', () => {
    const layout = layoutTimeline(['2031-03-14T21:00', null, '2031-03-14T22:00'], BOX);
    expect(layout.points.map((p) => p.x)).toEqual([0, 0, 1000]);
    expect(layout.points.map((p) => p.timed)).toEqual([true, false, true]);
    expect(layout.points.map((p) => p.lane)).toEqual([0, 1, 0]);
    expect(layout.lanes).toBe(2);
  });

  it('ticks every 10 minutes over an hour, labelled with the day at the first', () => {
    const layout = layoutTimeline(['2031-03-14T21:00', '2031-03-14T22:00'], BOX);
    expect(layout.ticks.map((t) => tickLabel(t.ms, false))).toEqual([
      '21:00',
      '21:10',
      '21:20',
      '21:30',
      '21:40',
      '21:50',
      '22:00',
    ]);
    expect(tickLabel(layout.ticks[0]!.ms, true)).toBe('14 Mar 21:00');
  });

  it('reads a log with no times at all, and an empty one', () => {
    expect(entryTimes([null, null])).toEqual([0, 0]);
    expect(layoutTimeline([], BOX)).toEqual({ points: [], lanes: 1, ticks: [] });
  });

  it('never puts two entries of one lane closer than the gap, and keeps x in the box', () => {
    const minute = fc.integer({ min: 0, max: 3 * 24 * 60 });
    fc.assert(
      fc.property(fc.array(minute, { minLength: 1, maxLength: 60 }), (minutes) => {
        const times = [...minutes]
          .sort((a, b) => a - b)
          .map((m) => new Date(Date.UTC(2031, 2, 14) + m * 60_000).toISOString().slice(0, 16));
        const { points } = layoutTimeline(times, BOX);
        for (const [i, p] of points.entries()) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(1000);
          const previous = points
            .slice(0, i)
            .filter((q) => q.lane === p.lane)
            .at(-1);
          if (previous) expect(p.x - previous.x).toBeGreaterThanOrEqual(BOX.gap);
        }
      }),
      { numRuns: 100 },
    );
  });
});
