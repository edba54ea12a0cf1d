/**
 * The foundation's end-to-end check: the demo study opens in a real browser; the home page shows
 * both sites, the datasets and counts; a police log shows its timed entries; a transcript shows
 * its speaker turns; search leads into the reader.
 */
import { buildDemoStudy } from '@liaison/cli/demo';
import type { LogStructure, Structure, TranscriptStructure } from '@liaison/core';
import type { SourceSummary } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_KIND_LABELS } from '../src/format.js';
import { serveStudy, type ServedStudy, type StudyBuilder } from './support/served-study.js';

const STUDY: StudyBuilder = (location) => buildDemoStudy(location);

let s: ServedStudy;
beforeAll(async () => {
  s = await serveStudy(STUDY);
});
afterAll(() => s?.close());

async function structureOf(source: SourceSummary): Promise<Structure> {
  const version = await s.store.texts.current(source.id);
  return s.store.texts.structure(version.id);
}

async function sourceOf(
  format: SourceSummary['format'],
  datasetKind?: string,
): Promise<SourceSummary> {
  const sources = await s.store.sources.list();
  const found = sources.find(
    (x) => x.format === format && (!datasetKind || x.datasetKind === datasetKind),
  );
  if (!found) throw new Error(`the demo study has no ${format} source`);
  return found;
}

const texts = (selector: string) => s.page.locator(selector).allTextContents();

describe('the demo study in the browser', () => {
  it('shows the home page: study, two sites, datasets with kinds, counts and sources', async () => {
    const { page, store, url } = s;
    const [study, counts] = await Promise.all([store.study(), store.counts()]);
    await page.goto(`${url}/#/`);
    await page.getByRole('heading', { level: 1, name: study.name }).waitFor();

    const sites = await texts('[aria-labelledby="sites-heading"] .item-name');
    expect(sites.sort()).toEqual(['Easthaven', 'Northmoor']);
    const sources = await store.sources.list();
    const perDataset = (await store.datasets.list()).map((d) => {
      const n = sources.filter((x) => x.datasetId === d.id).length;
      expect(DATASET_KIND_LABELS[d.kind]).toBe(d.name); // so the panel does not repeat the kind
      return `${d.name}${n} sources`;
    });
    expect(perDataset.map((line) => line.replace(/\d+ sources$/, '')).sort()).toEqual([
      'Focus groups',
      'Interviews',
      'Police logs',
    ]);
    expect(await texts('[aria-labelledby="datasets-heading"] li')).toEqual(perDataset);
    expect(await page.locator('[data-count="sites"] dd').textContent()).toBe('2');
    expect(await page.locator('[data-count="sources"] dd').textContent()).toBe(
      String(counts.sources),
    );
    expect(await page.locator('table.source-table tbody tr').count()).toBe(counts.sources);

    await page.getByLabel('Site', { exact: true }).selectOption({ label: 'Easthaven' });
    const siteCells = await texts('table.source-table tbody td:nth-of-type(1)');
    expect(new Set(siteCells)).toEqual(new Set(['Easthaven']));
    await page.getByLabel('Site', { exact: true }).selectOption({ label: 'All sites' });
    await page.screenshot({ path: '/tmp/liaison-home.png' });
    expect(s.pageErrors).toEqual([]);
  });

  it('opens a police log and shows its header and timed entries', async () => {
    const { page, url } = s;
    const log = await sourceOf('police_log_text');
    const structure = (await structureOf(log)) as LogStructure;
    const first = structure.entries[0]!;
    await page.goto(`${url}/#/`);
    await page.getByRole('link', { name: log.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: log.name }).waitFor();

    const header = page.getByLabel('Log header');
    expect(await header.textContent()).toContain(structure.incident ?? '');
    const row = page.locator('tr[data-entry]').first();
    const time = row.locator('time');
    expect(await time.getAttribute('datetime')).toBe(first.time);
    expect(await time.getAttribute('title')).toBe(first.time);
    expect(await row.locator('.entry-time').textContent()).toBe(first.time!.slice(11, 16));
    expect(await row.locator('.entry-author').textContent()).toBe(first.author);
    expect(await row.locator('.entry-text').textContent()).toBe(first.text);
    await page.screenshot({ path: '/tmp/liaison-reader.png' });
    expect(s.pageErrors).toEqual([]);
  });

  it('opens an interview transcript and shows speaker turns', async () => {
    const { page, url } = s;
    const interview = await sourceOf('transcript', 'interviews');
    const structure = (await structureOf(interview)) as TranscriptStructure;
    await page.goto(`${url}/#/`);
    await page.getByRole('link', { name: interview.name, exact: true }).click();
    await page.locator('li[data-turn]').first().waitFor();

    const turns = page.locator('li[data-turn]');
    for (const i of [0, 1]) {
      const expected = structure.turns[i]!;
      expect(await turns.nth(i).locator('.turn-speaker').textContent()).toBe(expected.speaker);
      expect(await turns.nth(i).locator('.turn-text').textContent()).toBe(expected.text);
    }
    const speakerClasses = await turns.evaluateAll((els) =>
      els.slice(0, 2).map((el) => el.className),
    );
    expect(speakerClasses[0]).not.toBe(speakerClasses[1]);
    await page.screenshot({ path: '/tmp/liaison-transcript.png' });
    expect(s.pageErrors).toEqual([]);
  });

  it('searches the study with / and opens the reader at a hit', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('AMHP');
    await page.keyboard.press('Enter');
    const hit = page.locator('.search-hit').first();
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toMatch(/^amhp$/i);
    await hit.locator('a').click();
    const focused = page.locator('[data-index]:focus');
    await focused.waitFor();
    expect(await focused.locator('mark').first().textContent()).toMatch(/^amhp$/i);
    expect(s.pageErrors).toEqual([]);
  });
});
