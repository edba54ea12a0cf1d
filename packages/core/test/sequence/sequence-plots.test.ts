/**
 * SVG plots (seqIplot, seqdplot) and cluster medoids: well-formed SVG with one shape per spell,
 * stacked shares that fill each column, escaped labels, and TraMineR-style medoids for mvad.
 */
import { describe, expect, it } from 'vitest';
import {
  clusterPlotSvg,
  condensedFromRows,
  escapeXml,
  medoids,
  sequenceIndexPlotSvg,
  sequenceSetFromRows,
  stateColours,
  stateDistribution,
  stateDistributionPlotSvg,
} from '../../src/index.js';

const set = sequenceSetFromRows(
  ['a', 'b', 'c'],
  [
    ['X', 'X', 'Y', 'Y'],
    ['Y', 'Y', 'Y', ''],
    ['X', 'Y', 'X', 'Y'],
  ],
);

const rects = (svg: string) => [...svg.matchAll(/<rect [^>]*\/>/g)].map((m) => m[0]);
const attr = (el: string, name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(el)?.[1]);

describe('sequenceIndexPlotSvg', () => {
  it('draws one rect per spell (void left blank) plus one legend swatch per state', () => {
    const svg = sequenceIndexPlotSvg(set);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    // Spells: a = XX|YY (2), b = YYY (1), c = X|Y|X|Y (4); legend: 2.
    expect(rects(svg)).toHaveLength(2 + 1 + 4 + 2);
  });

  it('orders rows by cluster and labels each cluster with its size', () => {
    const svg = sequenceIndexPlotSvg(set, { groups: Int32Array.of(2, 1, 2), width: 400 });
    expect(svg).toContain('1 (n = 1)');
    expect(svg).toContain('2 (n = 2)');
    // Row b (cluster 1) is drawn first: its single spell is at the top.
    const first = rects(svg)[0] as string;
    expect(attr(first, 'width')).toBe(300);
  });

  it('escapes state names, titles and row labels', () => {
    const odd = sequenceSetFromRows(['1'], [['<b>&"x"', "o'k"]]);
    const svg = sequenceIndexPlotSvg(odd, { title: 'A & B', rowLabels: ['<script>'] });
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;b&#62;&#38;&#34;x&#34;');
    expect(escapeXml(`<&>"'`)).toBe('&#60;&#38;&#62;&#34;&#39;');
  });
});

describe('accessible titles and marks', () => {
  it('gives a titled plot role="img", <title> and <desc>; an untitled one none', () => {
    const svg = sequenceIndexPlotSvg(set, { title: 'Logs', description: 'One bar & a log' });
    expect(svg).toMatch(
      /^<svg [^>]*role="img"[^>]*>\n<title>Logs<\/title>\n<desc>One bar &#38; a log<\/desc>/,
    );
    expect(sequenceIndexPlotSvg(set)).not.toMatch(/role=|<title>|<desc>/);
  });

  it('draws a mark on the row where the row is drawn, pointing at the middle of its cell', () => {
    const marks = [{ row: 0, position: 2, label: 'a: closure <3>' }];
    const svg = sequenceIndexPlotSvg(set, {
      groups: Int32Array.of(2, 1, 2),
      width: 400,
      height: 30,
      marks,
    });
    const paths = [
      ...svg.matchAll(/<path class="mark" d="M([\d.]+) ([\d.]+)h([\d.]+)L([\d.]+) ([\d.]+)Z"/g),
    ];
    expect(paths).toHaveLength(1);
    const [, , , , tipX, tipY] = paths[0]!.map(Number);
    // Cells are 100 wide from x = 110; row a is drawn second (cluster 2 after b), rows 10 high from y = 30.
    expect(tipX).toBe(110 + 2.5 * 100);
    expect(tipY).toBe(30 + 1.5 * 10);
    expect(svg).toContain('<title>a: closure &#60;3&#62;</title>');
    const hidden = sequenceIndexPlotSvg(set, { rows: [1, 2], marks });
    expect(hidden).not.toContain('class="mark"');
  });
});

describe('stateDistributionPlotSvg', () => {
  it('stacks the shares of each position to the full plot height', () => {
    const svg = stateDistributionPlotSvg(stateDistribution(set), { height: 200, width: 400 });
    const bars = rects(svg).filter((r) => attr(r, 'width') === 100);
    const heightAt = (x: number) =>
      bars.filter((r) => attr(r, 'x') === x).reduce((s, r) => s + attr(r, 'height'), 0);
    for (const x of [110, 210, 310, 410]) expect(heightAt(x)).toBeCloseTo(200, 6);
  });
});

describe('clusterPlotSvg', () => {
  it('stacks the grouped index plot above the medoid rows, labelled by cluster and id', () => {
    const svg = clusterPlotSvg(set, Int32Array.of(1, 2, 1), [0, 1]);
    expect(svg.match(/<svg /g)).toHaveLength(3);
    expect(svg).toContain('1: a');
    expect(svg).toContain('2: b');
    const nestedY = [...svg.matchAll(/<svg y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(nestedY[0]).toBe(0);
    expect(nestedY[1]).toBeGreaterThan(0);
  });
});

describe('stateColours', () => {
  it('gives distinct colours for small and large alphabets', () => {
    expect(new Set(stateColours(6)).size).toBe(6);
    expect(new Set(stateColours(20)).size).toBe(20);
  });
});

describe('medoids', () => {
  it('picks the member with the smallest sum of distances, first on ties', () => {
    const xs = [0, 1, 2, 10, 11];
    const d = condensedFromRows(xs.map((a) => xs.map((b) => Math.abs(a - b))));
    expect(medoids(d, Int32Array.of(1, 1, 1, 2, 2))).toEqual([1, 3]);
  });
});
