/**
 * Log analysis in the browser, on the demo study: the study Analysis page (continuum by site and
 * dataset, turning points, agencies, each chart with a table that must match it) and a log's
 * timeline (turning points with their evidence, the continuum badge, keyboard reading) and the
 * label columns of the entry table. Expected numbers come from `analyseLog` run here on the
 * stored structures, independently of the server.
 */
import { buildDemoStudy } from '@liaison/cli/demo';
import { analyseLog, type LogAnalysis, type LogStructure } from '@liaison/core';
import type { SourceSummary } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelOf } from '../src/analysis/palette.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

interface AnalysedLog {
  source: SourceSummary;
  log: LogStructure;
  analysis: LogAnalysis;
}

let s: ServedStudy;
let logs: AnalysedLog[];
beforeAll(async () => {
  s = await serveStudy((location) => buildDemoStudy(location));
  const sources = (await s.store.sources.list()).filter((x) => x.format.startsWith('police_log'));
  logs = await Promise.all(sources.map(analysed));
});
afterAll(() => s?.close());

async function analysed(source: SourceSummary): Promise<AnalysedLog> {
  const version = await s.store.texts.current(source.id);
  const log = (await s.store.texts.structure(version.id)) as LogStructure;
  return { source, log, analysis: analyseLog(log) };
}

/** A chart's bars as `series|category → value`, and its table's cells the same way. */
type Cells = Record<string, number>;

async function chartAndTable(id: string): Promise<{ bars: Cells; cells: Cells }> {
  const bars = await s.page
    .locator(`[data-chart="${id}"] [data-value]`)
    .evaluateAll((els) =>
      els.map((el) => [`${el.dataset.series}|${el.dataset.category}`, Number(el.dataset.value)]),
    );
  const cells = await s.page.locator(`[data-chart-table="${id}"]`).evaluate((table) => {
    const t = table as HTMLTableElement;
    const series = [...t.tHead!.rows[0]!.cells].slice(1).map((c) => c.textContent);
    return [...t.tBodies[0]!.rows].flatMap((row) =>
      series.map((name, i) => [
        `${name}|${row.cells[0]!.textContent}`,
        Number(row.cells[i + 1]!.textContent),
      ]),
    );
  });
  return { bars: Object.fromEntries(bars), cells: Object.fromEntries(cells) };
}

describe('the study Analysis page', () => {
  it('shows both sites with continuum counts that sum to the logs, tables matching charts', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/`);
    await page.getByRole('link', { name: 'Police log analysis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Police log analysis' }).waitFor();
    await page.locator('[data-chart="continuum-by-site"]').waitFor();

    const bySite = await chartAndTable('continuum-by-site');
    expect(bySite.bars).toEqual(bySite.cells);
    for (const site of ['Easthaven', 'Northmoor']) {
      const atSite = logs.filter((l) => l.source.siteName === site);
      expect(atSite.length).toBeGreaterThan(0);
      for (let level = 0; level <= 4; level++) {
        const expected = atSite.filter((l) => l.analysis.continuum.level === level).length;
        const key = Object.keys(bySite.cells).find((k) => k.startsWith(`${site}|${level} `));
        expect(bySite.cells[key!]).toBe(expected);
      }
    }
    const total = Object.values(bySite.cells).reduce((a, b) => a + b, 0);
    expect(total).toBe(logs.length);
    await page.screenshot({ path: '/tmp/liaison-analysis.png', fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });

  it('draws every other chart exactly as its table says', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/analysis`);
    await page.locator('[data-chart="agencies-by-site"]').waitFor();
    for (const id of ['continuum-by-dataset', 'turning-points-by-site', 'agencies-by-site']) {
      const { bars, cells } = await chartAndTable(id);
      expect(Object.keys(bars).length).toBeGreaterThan(0);
      expect(bars).toEqual(cells);
    }
    const tps = await chartAndTable('turning-points-by-site');
    const escalations = logs
      .filter((l) => l.source.siteName === 'Northmoor')
      .flatMap((l) => l.analysis.turningPoints)
      .filter((tp) => tp.type === 'escalation').length;
    expect(tps.cells['Northmoor|Escalation']).toBe(escalations);
  });
});

describe("a police log's analysis in the reader", () => {
  const withTurningPoints = () => {
    const found = logs.find((l) => l.analysis.turningPoints.length >= 2);
    if (!found) throw new Error('the demo study has no log with two turning points');
    return found;
  };

  it('shows the continuum badge and the label columns in the table', async () => {
    const { page, url } = s;
    const { source, analysis } = withTurningPoints();
    await page.goto(`${url}/#/sources/${source.id}`);
    const badge = page.getByLabel('Continuum of joint working');
    await badge.waitFor();
    const { level, label } = analysis.continuum;
    expect(await badge.locator('.continuum-level').textContent()).toBe(`Level ${level} · ${label}`);
    await page.locator('td.entry-event').first().waitFor();
    const headers = await page.locator('.log-table thead th').allTextContents();
    expect(headers).toEqual([
      ...['#', 'Time', 'Author', 'Entry', 'Agencies', 'Event', 'Framing'],
      'Codes', // the coding margin (docs/coding.md)
    ]);
    const first = analysis.entries[0]!;
    expect(await page.locator('td.entry-event').first().textContent()).toBe(labelOf(first.event));
    expect(await page.locator('td.entry-framing').first().textContent()).toBe(
      labelOf(first.framing),
    );
  });

  it('switches to the timeline by keyboard and marks turning points with their evidence', async () => {
    const { page, url } = s;
    const { source, analysis } = withTurningPoints();
    await page.goto(`${url}/#/sources/${source.id}`);
    const timelineButton = page.getByRole('button', { name: 'Timeline' });
    await timelineButton.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Entries on a time axis').waitFor();
    expect(await timelineButton.getAttribute('aria-pressed')).toBe('true');

    const marks = page.locator('g.turning-point-mark');
    const types = await marks.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-turning-point')),
    );
    expect(types).toEqual(analysis.turningPoints.map((tp) => tp.type));
    expect(await page.locator('g.timeline-entry').count()).toBe(analysis.entries.length);

    const tp = analysis.turningPoints[1]!;
    await page.locator('.turning-points button').nth(1).focus();
    const highlighted = await page
      .locator('g.timeline-entry.is-evidence')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-entry'))));
    expect(highlighted).toEqual(tp.evidence);
    await page.screenshot({ path: '/tmp/liaison-timeline.png', fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });

  it('reads the timeline entry by entry with the arrow keys', async () => {
    const { page, url } = s;
    const { source, log } = withTurningPoints();
    await page.goto(`${url}/#/sources/${source.id}`);
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.locator('g.timeline-entry[data-entry="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const detail = page.getByLabel('Selected entry');
    expect(await detail.locator('h3').textContent()).toMatch(/^Entry 2 /);
    expect(await detail.locator('.entry-detail-text').textContent()).toBe(log.entries[1]!.text);
    await page.keyboard.press('End');
    expect(await detail.locator('h3').textContent()).toMatch(
      new RegExp(`^Entry ${log.entries.length} `),
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entry'))).toBe(
      String(log.entries.length - 1),
    );
  });
});
