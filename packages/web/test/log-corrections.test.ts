/**
 * Correcting a police log's analysis in the browser, on the demo study: an entry's labels with
 * the keyboard (j, e, arrows, f, number keys, Enter) and with the mouse (timeline mark,
 * checkbox, Save), each kept over a reload and undoable; the continuum overridden with a reason.
 * The study Analysis page must then count the corrected labels. Expected numbers come from core
 * run here: `analyseLog` on the stored structures with the corrections the store holds applied.
 */
import { buildDemoStudy } from '@liaison/cli/demo';
import {
  analyseLog,
  applyCorrections,
  EVENT_TYPES,
  FRAMINGS,
  TURNING_POINT_TYPES,
  type LogAnalysis,
  type LogStructure,
} from '@liaison/core';
import type { SourceSummary } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelOf } from '../src/analysis/palette.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

interface DemoLog {
  source: SourceSummary;
  log: LogStructure;
}

let s: ServedStudy;
let logs: DemoLog[];
beforeAll(async () => {
  s = await serveStudy((location) => buildDemoStudy(location));
  // Fail an action with Playwright's message (which element, why) before the test times out.
  s.page.setDefaultTimeout(10_000);
  const sources = (await s.store.sources.list()).filter((x) => x.format.startsWith('police_log'));
  logs = await Promise.all(
    sources.map(async (source) => {
      const version = await s.store.texts.current(source.id);
      return { source, log: (await s.store.texts.structure(version.id)) as LogStructure };
    }),
  );
});
afterAll(() => s?.close());

/** A log's analysis as the study should report it: the classifier's with its corrections. */
async function expected({ source, log }: DemoLog): Promise<LogAnalysis> {
  const stored = await s.store.analyses.get(source.id);
  return applyCorrections(analyseLog(log), stored?.corrections ?? []);
}

/** The cell of an Analysis page table: series (site) column, category (row) by its first cell. */
async function tableCell(chart: string, series: string, rowStart: string): Promise<number> {
  const table = s.page.locator(`[data-chart-table="${chart}"]`);
  await table.waitFor();
  return table.evaluate(
    (t, [name, start]) => {
      const el = t as HTMLTableElement;
      const col = [...el.tHead!.rows[0]!.cells].findIndex((c) => c.textContent === name);
      const row = [...el.tBodies[0]!.rows].find((r) => r.cells[0]!.textContent!.startsWith(start!));
      return Number(row?.cells[col]?.textContent);
    },
    [series, rowStart],
  );
}

async function openLog(source: SourceSummary): Promise<void> {
  await s.page.goto(`${s.url}/#/sources/${source.id}`);
  await s.page.getByLabel('Continuum of joint working').waitFor();
}

const status = () => s.page.locator('.correction-status');

describe('correcting entry labels', () => {
  it('corrects an event, a framing and agencies with the keyboard; a reload keeps them; Undo reverts', async () => {
    const { page } = s;
    const target = logs[0]!;
    const computed = analyseLog(target.log).entries[1]!;
    const saved = async () => {
      const corrections = (await s.store.analyses.get(target.source.id))?.corrections ?? [];
      for (const c of corrections) if (c.target === 'entry' && c.index === 1) return c;
      return undefined;
    };
    await openLog(target.source);
    await page.locator('td.entry-event').first().waitFor();
    await page.getByRole('region', { name: 'Log entries' }).focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.getByRole('form', { name: 'Correct entry 2' }).waitFor();

    // e focuses the event select; one arrow step picks the neighbouring type; Enter saves.
    const last = computed.event === EVENT_TYPES.at(-1);
    const event = EVENT_TYPES[EVENT_TYPES.indexOf(computed.event) + (last ? -1 : 1)]!;
    await page.keyboard.press('e');
    await page.keyboard.press(last ? 'ArrowUp' : 'ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent()).toBe('Entry 2 corrected.');
    // The status reads the same after every save, so each save is awaited in the store.
    await expect.poll(async () => (await saved())?.event).toBe(event);

    // f focuses the framing radios; a number key picks one; Enter saves.
    const framingIndex = computed.framing === FRAMINGS[0] ? 1 : 0;
    await page.keyboard.press('f');
    await page.keyboard.press(String(framingIndex + 1));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await saved())?.framing).toBe(FRAMINGS[framingIndex]);
    // a focuses the agency checkboxes; 0 toggles the tenth (Public); Enter saves.
    const agencies = computed.agencies.includes('public')
      ? computed.agencies.filter((a) => a !== 'public')
      : [...computed.agencies, 'public'].sort();
    await page.keyboard.press('a');
    await page.keyboard.press('0');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await s.store.analyses.get(target.source.id))?.corrections)
      .toEqual([{ target: 'entry', index: 1, event, framing: FRAMINGS[framingIndex], agencies }]);

    await page.reload();
    const row = page.locator('.log-table tr[data-index="1"]');
    await row.locator('td.entry-event').waitFor();
    expect(await row.locator('td.entry-event').textContent()).toBe(
      `${labelOf(event)}corrected (the classifier said: ${labelOf(computed.event)})`,
    );
    expect(await row.locator('td.entry-event .corrected-mark').getAttribute('title')).toBe(
      `Corrected; the classifier said: ${labelOf(computed.event)}`,
    );
    expect(await row.locator('td.entry-framing .corrected-mark').count()).toBe(1);

    await row.click();
    await page.getByRole('button', { name: 'Undo the event correction' }).click();
    await expect
      .poll(() => row.locator('td.entry-event').textContent())
      .toBe(labelOf(computed.event));
    expect((await s.store.analyses.get(target.source.id))?.corrections).toEqual([
      { target: 'entry', index: 1, framing: FRAMINGS[framingIndex], agencies },
    ]);
    expect(s.pageErrors).toEqual([]);
  });

  it('adds an agency with the mouse on the timeline, and the Analysis page counts it', async () => {
    const { page, url } = s;
    const target = logs[1]!;
    const site = target.source.siteName!;
    const before = await expected(target);
    const agency = ['housing', 'third_sector', 'local_authority', 'social_care'].find(
      (a) => !before.entries.some((e) => e.agencies.includes(a)),
    )!;
    expect(agency).toBeDefined();
    await openLog(target.source);
    await page.getByRole('button', { name: 'Timeline' }).click();
    // The mark's dot: the group also holds the stem down to the axis, under other marks.
    await page.locator('g.timeline-entry[data-entry="2"] > circle:not(.evidence-halo)').click();
    const form = page.getByRole('form', { name: 'Correct entry 3' });
    await form.getByRole('checkbox', { name: labelOf(agency) }).check();
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => status().textContent()).toBe('Entry 3 corrected.');
    const detail = page.getByLabel('Selected entry');
    expect(await detail.locator('.agency-chips').textContent()).toContain(labelOf(agency));
    expect(await detail.locator('.corrected-mark').count()).toBe(1);
    await page.screenshot({ path: '/tmp/liaison-corrections.png', fullPage: true });
    // Back in the table the same entry stays selected, its agencies marked as corrected.
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('form', { name: 'Correct entry 3' }).waitFor();
    const cell = page.locator('.log-table tr[data-index="2"] td.entry-agencies');
    expect(await cell.locator('.corrected-mark').count()).toBe(1);

    const atSite = logs.filter((l) => l.source.siteName === site);
    const analyses = await Promise.all(atSite.map(expected));
    const count = analyses.filter((a) => a.entries.some((e) => e.agencies.includes(agency))).length;
    await page.goto(`${url}/#/analysis`);
    expect(await tableCell('agencies-by-site', site, labelOf(agency))).toBe(count);
    expect(count).toBeGreaterThan(0);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('correcting turning points', () => {
  it('adds a turning point at an entry with the mouse; the Analysis page counts it; Undo removes it', async () => {
    const { page, url } = s;
    const target = logs[3]!;
    const site = target.source.siteName!;
    const here = (await expected(target)).turningPoints.filter((p) => p.entry === 1);
    const type = TURNING_POINT_TYPES.find((t) => !here.some((p) => p.type === t))!;
    await openLog(target.source);
    await page.locator('.log-table tr[data-index="1"] td.entry-when').click();
    const panel = page.getByRole('region', { name: 'Turning points at entry 2' });
    await panel.getByLabel('Add a turning point').selectOption(type);
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => panel.locator('.corrected-mark').textContent()).toBe('added');
    expect(await panel.locator('li').first().textContent()).toContain(labelOf(type));

    const atSite = logs.filter((l) => l.source.siteName === site);
    const points = (await Promise.all(atSite.map(expected))).flatMap((a) => a.turningPoints);
    await page.goto(`${url}/#/analysis`);
    expect(await tableCell('turning-points-by-site', site, labelOf(type))).toBe(
      points.filter((p) => p.type === type).length,
    );

    await openLog(target.source);
    await page.locator('.log-table tr[data-index="1"] td.entry-when').click();
    await panel.getByRole('button', { name: `Undo: ${labelOf(type)} added` }).click();
    await expect.poll(() => panel.locator('.corrected-mark').count()).toBe(0);
    expect((await s.store.analyses.get(target.source.id))?.corrections).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('overriding the continuum placement', () => {
  it('needs a reason, shows the override and the Analysis page counts the new level', async () => {
    const { page, url } = s;
    const target = logs[2]!;
    const site = target.source.siteName!;
    const computedLevel = (await expected(target)).continuum.level;
    const level = computedLevel === 4 ? 0 : 4;
    await openLog(target.source);
    await page.getByRole('button', { name: 'Override placement' }).click();
    const form = page.getByRole('form', { name: 'Override the continuum placement' });
    await form.getByLabel('Level').selectOption(String(level));
    await form.getByLabel('Reason (required)').fill('   ');
    await form.getByRole('button', { name: 'Save override' }).click();
    expect(await form.locator('.form-error').textContent()).toBe(
      'Give the reason for the override.',
    );
    await form.getByLabel('Reason (required)').fill('Standing panel minutes show a joint plan');
    await form.getByRole('button', { name: 'Save override' }).click();
    const badge = page.getByLabel('Continuum of joint working');
    await expect
      .poll(() => badge.locator('.continuum-level').textContent())
      .toMatch(new RegExp(`^Level ${level} · `));
    expect(await badge.locator('.continuum-rationale').textContent()).toContain(
      'Standing panel minutes show a joint plan',
    );
    expect(await page.locator('.continuum-override').textContent()).toContain(
      `Computed: level ${computedLevel}.`,
    );

    const atSite = logs.filter((l) => l.source.siteName === site);
    const levels = (await Promise.all(atSite.map(expected))).map((a) => a.continuum.level);
    expect(levels).toContain(level);
    await page.goto(`${url}/#/analysis`);
    for (const l of [computedLevel, level])
      expect(await tableCell('continuum-by-site', site, `${l} `)).toBe(
        levels.filter((x) => x === l).length,
      );

    await openLog(target.source);
    await page.getByRole('button', { name: 'Undo override' }).click();
    await expect
      .poll(() => badge.locator('.continuum-level').textContent())
      .toMatch(new RegExp(`^Level ${computedLevel} · `));
    expect(s.pageErrors).toEqual([]);
  });
});
