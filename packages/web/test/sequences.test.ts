/**
 * The Log sequences page in the browser, on the demo study: the index plot, the state
 * distribution and the clusters' typical trajectories render as accessible SVG with their
 * tables; changing k changes the clusters shown; a log's turning points are marked on its bar
 * and listed beside it. Expected turning points come from `analyseLog` run here on the stored
 * structures, independently of the server.
 */
import { buildDemoStudy } from '@liaison/cli/demo';
import { analyseLog, type LogAnalysis, type LogStructure } from '@liaison/core';
import type { SourceSummary } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelOf } from '../src/analysis/palette.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

let s: ServedStudy;
let logs: { source: SourceSummary; analysis: LogAnalysis }[];
beforeAll(async () => {
  s = await serveStudy((location) => buildDemoStudy(location));
  const sources = (await s.store.sources.list()).filter((x) => x.format.startsWith('police_log'));
  logs = await Promise.all(
    sources.map(async (source) => {
      const version = await s.store.texts.current(source.id);
      const log = (await s.store.texts.structure(version.id)) as LogStructure;
      return { source, analysis: analyseLog(log) };
    }),
  );
}, 120_000);
afterAll(() => s?.close());

const clusterRows = () => s.page.locator('[data-seq-table="clusters"] tbody tr');

describe('the Log sequences page', () => {
  it('opens from the study home and shows the three plots as titled SVG with tables', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/`);
    await page.getByRole('link', { name: 'Log sequences' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log sequences' }).waitFor();
    await clusterRows().first().waitFor();
    for (const plot of ['index', 'distribution', 'typical']) {
      const svg = page.locator(`[data-plot="${plot}"] > svg`);
      expect(await svg.getAttribute('role')).toBe('img');
      expect((await svg.locator('title').first().textContent())?.length).toBeGreaterThan(0);
      expect(await svg.locator('desc').count()).toBe(1);
    }
    expect(await page.locator('[data-seq-table="logs"] tbody tr').count()).toBe(logs.length);
    expect(await clusterRows().count()).toBe(3);
    const sizes = await clusterRows().locator('td:nth-child(2)').allTextContents();
    expect(sizes.map(Number).reduce((a, b) => a + b, 0)).toBe(logs.length);
    await page.screenshot({ path: '/tmp/liaison-sequences.png', fullPage: true });
    expect(s.pageErrors).toEqual([]);
  }, 60_000);

  it('shows as many clusters, typical trajectories and distributions as k says', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/sequences`);
    await clusterRows().first().waitFor();
    await page.getByLabel('Clusters').selectOption('5');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-seq-table="clusters"] tbody tr').length === 5,
    );
    expect(page.url()).toContain('k=5');
    const typicalBars = await page.locator('[data-plot="typical"] text[text-anchor="end"]').count();
    expect(typicalBars).toBe(5);
    expect(await page.locator('[data-plot^="cluster-"]').count()).toBe(5);
    const header = await page.locator('[data-seq-table="shares"] thead th').allTextContents();
    expect(header.slice(2)).toEqual([1, 2, 3, 4, 5].map((c) => `Cluster ${c}`));
  }, 60_000);

  it('marks a log’s turning points on its sequence and lists them beside it', async () => {
    const { page, url } = s;
    const withTurningPoint = logs.find((l) => l.analysis.turningPoints.length > 0);
    if (!withTurningPoint) throw new Error('the demo study has no log with a turning point');
    const { source, analysis } = withTurningPoint;
    await page.goto(`${url}/#/sequences?state=agency&k=3`);
    const row = page.locator(`[data-seq-table="logs"] tr[data-log="${source.name}"]`);
    await row.waitFor();
    const listed = await row.locator('td.turning-points').textContent();
    for (const tp of analysis.turningPoints)
      expect(listed).toContain(`${labelOf(tp.type)} (entry ${tp.entry + 1}, #${tp.entry + 1})`);
    const marks = await page
      .locator('[data-plot="index"] path.mark title')
      .evaluateAll((els) => els.map((el) => el.textContent));
    const first = analysis.turningPoints[0]!;
    expect(marks).toContain(
      `${source.name}: ${first.type.replace(/_/g, ' ')} at entry ${first.entry + 1}`,
    );
    expect(s.pageErrors).toEqual([]);
  }, 60_000);
});
