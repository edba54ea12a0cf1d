/**
 * The codebook page on a small fictional study: merging two codes in the browser, by keyboard,
 * moves the codings to the target (its count is the sum), and the reason given is kept in the
 * event and shown in the diff from the round taken before the merge.
 */
import { describeAnchor, type Code, type CodeEventAfter } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureStudy } from './support/fixture-study.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

const REASON = 'Coders could not tell attending from contacting apart';

let s: ServedStudy;
let attended: Code;
let contact: Code;

/** Codes each quoted span of the study's log with `code`. */
async function codeSpans(store: StudyStore, code: Code, quotes: string[]): Promise<void> {
  const [source] = await store.sources.list();
  const version = await store.texts.current(source!.id);
  for (const exact of quotes) {
    const start = version.text.indexOf(exact);
    const anchor = describeAnchor(version.text, start, start + exact.length);
    await store.codings.create('coder-1', {
      codeId: code.id,
      textVersionId: version.id,
      coder: 'coder-1',
      anchor,
    });
  }
}

beforeAll(async () => {
  s = await serveStudy(async (location) => {
    const store = await buildFixtureStudy(location);
    attended = await store.codes.create('lead', { name: 'attended', colour: '#2ca02c' });
    contact = await store.codes.create('lead', { name: 'agency_contact', colour: '#d62728' });
    await codeSpans(store, attended, ['ATTENDED', 'NEIGHBOUR SHOUTING']);
    await codeSpans(store, contact, ['CRHT CONTACTED FOR ADVICE']);
    await store.rounds.create('lead', { name: 'Round 1' });
    return store;
  });
});
afterAll(() => s?.close());

const row = (code: Code) => s.page.locator(`.code-row[data-code-id="${code.id}"]`);
const countOf = async (code: Code) =>
  Number(await row(code).locator('[data-coding-count]').getAttribute('data-coding-count'));

describe('merging two codes', () => {
  it('moves the codings to the target and records the reason in the event and the diff', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/`);
    await page.getByRole('link', { name: 'Codebook' }).click();
    await page.getByRole('heading', { level: 1, name: 'Codebook' }).waitFor();
    expect(await countOf(attended)).toBe(2);
    expect(await countOf(contact)).toBe(1);

    // Keyboard only: focus the code, open the merge form, pick the target, give the reason.
    await row(attended).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /attended/ }).waitFor();
    await page.getByRole('button', { name: 'Merge into…' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Merge into').selectOption({ label: 'agency_contact' });
    await page
      .getByRole('form', { name: 'Merge' })
      .getByLabel('Reason (kept with the change)')
      .fill(REASON);
    await page.getByRole('button', { name: 'Merge', exact: true }).focus();
    await page.keyboard.press('Enter');

    await row(attended).getByText('merged into agency_contact').waitFor();
    expect(await countOf(contact)).toBe(3);
    expect(await countOf(attended)).toBe(0);
    expect(await s.store.codings.byCode(contact.id)).toHaveLength(3);

    const events = await s.store.events.list({ entityId: attended.id });
    const merge = events.find((e) => e.action === 'code.merge');
    expect(merge?.actor).toBeTruthy();
    expect((merge?.after as CodeEventAfter).memo).toBe(REASON);

    // The merged code's history (its events) shows the merge with the reason.
    const merged = page.locator('.code-history li[data-action="code.merge"]');
    await merged.waitFor();
    expect(await merged.textContent()).toContain(`Why: ${REASON}`);

    await page.getByLabel('Compare from').selectOption({ label: 'Round 1' });
    const change = page.locator('.codebook-diff li[data-change="merged"]');
    await change.waitFor();
    expect(await change.textContent()).toContain('attended into agency_contact');
    expect(await change.textContent()).toContain(`Why: ${REASON}`);
    await page.screenshot({ path: '/tmp/liaison-codebook.png', fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });
});

describe('adding and redefining a code', () => {
  it('adds a code under a parent with its notes, then redefines it with a reason', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/codebook`);
    const form = page.getByRole('form', { name: 'Add a code' });
    await form.getByLabel('Name', { exact: true }).fill('crisis_team');
    await form.getByLabel('Parent').selectOption({ label: 'agency_contact' });
    await form.getByLabel('Codebook of dataset').selectOption({ label: 'Police logs' });
    await form.getByLabel('Definition').fill('The crisis team is named');
    await form.getByLabel('Apply when', { exact: true }).fill('CRHT or crisis team in the entry');
    await form.getByLabel('Examples (one a line)').fill('CRHT CONTACTED FOR ADVICE\nCRHT TO VISIT');
    await form.getByLabel('Reason (kept with the change)').fill('Split out later if needed');
    await form.getByRole('button', { name: 'Add code' }).click();

    const added = page.locator('.code-row', { hasText: 'crisis_team' });
    await added.waitFor();
    // Nested under its parent's list item, so the tree shows the hierarchy.
    const parentItem = page.locator('li', { has: row(contact) }).first();
    expect(await parentItem.locator('.code-row', { hasText: 'crisis_team' }).count()).toBe(1);
    expect(await added.textContent()).toContain('Police logs');
    const stored = (await s.store.codes.list()).find((c) => c.name === 'crisis_team');
    expect(stored).toMatchObject({
      parentId: contact.id,
      datasetId: (await s.store.datasets.list()).find((d) => d.name === 'Police logs')?.id,
      definition: 'The crisis team is named',
      inclusion: 'CRHT or crisis team in the entry',
      examples: ['CRHT CONTACTED FOR ADVICE', 'CRHT TO VISIT'],
    });

    await page.getByRole('heading', { level: 2, name: /crisis_team/ }).waitFor();
    await page.getByRole('button', { name: 'Edit definition' }).click();
    const edit = page.getByRole('form', { name: 'Save definition' });
    await edit.getByLabel('Do not apply when').fill('Street triage car: use street_triage');
    await edit.getByLabel('Reason (kept with the change)').fill('Coders mixed the two up');
    await edit.getByRole('button', { name: 'Save definition' }).click();
    await page.getByText('Street triage car: use street_triage').waitFor();

    const last = (await s.store.events.list({ entityId: stored!.id })).at(-1);
    expect(last).toMatchObject({
      action: 'code.update',
      after: { memo: 'Coders mixed the two up' },
    });
    expect(s.pageErrors).toEqual([]);
  });
});
