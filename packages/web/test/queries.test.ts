/**
 * The queries page in the browser, on a small fixture study with two codes, three codings and a
 * case: the co-occurrence matrix (both modes) with its cells listing their segments, matrix coding
 * by site, and a framework summary saved, stored as an event and shown again after a reload.
 */
import { describeAnchor, type Code, type TextVersion } from '@liaison/core';
import type { StoreLocation, StudyStore } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureStudy } from './support/fixture-study.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

let s: ServedStudy;
let caseId = '';
let crisis: Code;

async function code(store: StudyStore, v: TextVersion, c: Code, exact: string) {
  const start = v.text.indexOf(exact);
  const anchor = describeAnchor(v.text, start, start + exact.length);
  await store.codings.create('e2e', {
    codeId: c.id,
    textVersionId: v.id,
    coder: 'coder-1',
    anchor,
  });
}

async function codedStudy(location: StoreLocation): Promise<StudyStore> {
  const store = await buildFixtureStudy(location);
  const [log] = await store.sources.list();
  const v = await store.texts.current(log!.id);
  crisis = await store.codes.create('e2e', { name: 'crisis_team' });
  const contact = await store.codes.create('e2e', { name: 'contact' });
  await code(store, v, crisis, 'CRHT CONTACTED FOR ADVICE');
  await code(store, v, contact, 'CONTACTED');
  await code(store, v, contact, 'NEIGHBOUR SHOUTING');
  const theCase = await store.cases.create('e2e', {
    name: 'Incident 0415',
    kind: 'incident',
    sourceIds: [log!.id],
  });
  caseId = theCase.id;
  return store;
}

beforeAll(async () => {
  s = await serveStudy(codedStudy);
});
afterAll(() => s?.close());

/** The co-occurrence table's counts, row by row, as the page shows them. */
async function tableCounts(title: string): Promise<string[][]> {
  const table = s.page.getByRole('region', { name: title }).locator('table');
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
}

describe('the queries page', () => {
  it('shows co-occurrence in both modes and lists the segments behind a cell', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/`);
    await page.getByRole('link', { name: 'Queries', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Queries' }).waitFor();
    const panel = page.getByRole('region', { name: 'Code co-occurrence' });
    await panel.locator('table').waitFor();
    // Codes in codebook order: contact, crisis_team. The two contact codings do not overlap.
    expect(await tableCounts('Code co-occurrence')).toEqual([
      ['0', '1'],
      ['1', '0'],
    ]);
    const cell = panel.getByRole('button', { name: '1: contact with crisis_team, show segments' });
    await cell.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('region', { name: 'contact × crisis_team' });
    await expect
      .poll(() => list.locator('blockquote').allTextContents())
      .toEqual(['CRHT CONTACTED FOR ADVICE', 'CONTACTED']);
    await panel.getByLabel('Co-occur when').selectOption('unit');
    await expect
      .poll(() => tableCounts('Code co-occurrence'))
      .toEqual([
        ['2', '1'],
        ['1', '1'],
      ]);
    expect(s.pageErrors).toEqual([]);
  });

  it('shows matrix coding by site', async () => {
    const panel = s.page.getByRole('region', { name: 'Matrix coding' });
    await panel.getByLabel('Codes by').selectOption('site');
    await panel.getByRole('columnheader', { name: 'Northbridge' }).waitFor();
    await expect.poll(() => tableCounts('Matrix coding')).toEqual([['2'], ['1']]);
    await panel
      .getByRole('button', { name: '1: crisis_team × Northbridge, show segments' })
      .click();
    const list = s.page.getByRole('region', { name: 'crisis_team × Northbridge' });
    expect(await list.locator('blockquote').allTextContents()).toEqual([
      'CRHT CONTACTED FOR ADVICE',
    ]);
  });

  it('saves a framework summary, records it and shows it after a reload', async () => {
    const { page } = s;
    const label = 'Summary of Incident 0415 × crisis_team';
    await page
      .getByRole('textbox', { name: label })
      .fill('Crisis team advised by phone the same night.');
    await page.getByRole('button', { name: 'Save summary of Incident 0415 × crisis_team' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    const m = await s.store.queries.framework({ codeIds: [crisis.id] });
    expect(m.cells[0]![0]!.summary?.text).toBe('Crisis team advised by phone the same night.');
    const events = await s.store.events.list({ entityId: `${caseId}/${crisis.id}` });
    expect(events.map((e) => e.action)).toEqual(['framework.summarise']);
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: label }).inputValue())
      .toBe('Crisis team advised by phone the same night.');
    await page.screenshot({ path: '/tmp/liaison-queries.png', fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });
});
