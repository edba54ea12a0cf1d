/**
 * Splitting a code on the codebook page, on a small fictional study: the code's codings are
 * listed with quote, source and coder; the chosen ones move to the new code (the counts show
 * it), the others stay; the reason is kept in the event and shown in the code's history.
 */
import { describeAnchor, type Code, type CodeEventAfter } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureStudy } from './support/fixture-study.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

const REASON = 'Attending in person and advice by phone are different kinds of contact';
const QUOTES = ['ATTENDED', 'CRHT CONTACTED FOR ADVICE', 'NEIGHBOUR SHOUTING'];

let s: ServedStudy;
let contact: Code;

/** Codes each quoted span of the study's log with `code`, as `coder`. */
async function codeSpans(store: StudyStore, code: Code, quotes: string[], coder: string) {
  const [source] = await store.sources.list();
  const version = await store.texts.current(source!.id);
  for (const exact of quotes) {
    const start = version.text.indexOf(exact);
    const anchor = describeAnchor(version.text, start, start + exact.length);
    await store.codings.create(coder, {
      codeId: code.id,
      textVersionId: version.id,
      coder,
      anchor,
    });
  }
}

beforeAll(async () => {
  s = await serveStudy(async (location) => {
    const store = await buildFixtureStudy(location);
    contact = await store.codes.create('lead', { name: 'contact', colour: '#2ca02c' });
    await codeSpans(store, contact, QUOTES.slice(0, 2), 'coder-1');
    await codeSpans(store, contact, QUOTES.slice(2), 'coder-2');
    return store;
  });
  s.page.setDefaultTimeout(10_000);
});
afterAll(() => s?.close());

const row = (name: string) => s.page.locator('.code-row', { hasText: name });
const countOf = async (name: string) =>
  Number(await row(name).locator('[data-coding-count]').getAttribute('data-coding-count'));

describe('splitting a code', () => {
  it('moves the chosen codings to a new code and shows the reason in the history', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/codebook`);
    await row('contact').click();
    await page.getByRole('button', { name: 'Split…' }).click();
    const form = page.getByRole('form', { name: 'Split' });
    const boxes = form.getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBe(3);
    // Each coding is listed with its quote, its source and its coder.
    const shouting = form.locator('li', { hasText: 'NEIGHBOUR SHOUTING' });
    expect(await shouting.textContent()).toMatch(/log-0415\.txt.*coder-2/);

    await form.getByLabel('Name of the new code').fill('attended_in_person');
    await form.getByRole('checkbox', { name: /ATTENDED/ }).check();
    // By keyboard too: Tab order reaches the checkbox and Space ticks it.
    await form.getByRole('checkbox', { name: /NEIGHBOUR SHOUTING/ }).focus();
    await page.keyboard.press('Space');
    await form.getByText('2 codings move to the new code; 1 coding stays with contact.').waitFor();
    await form.getByLabel('Reason (kept with the change)').fill(REASON);
    await page.screenshot({ path: '/tmp/liaison-codebook-split.png', fullPage: true });
    await form.getByRole('button', { name: 'Split', exact: true }).click();

    await row('attended_in_person').waitFor();
    await expect.poll(() => countOf('attended_in_person')).toBe(2);
    expect(await countOf('contact')).toBe(1);

    const made = (await s.store.codes.list()).find((c) => c.name === 'attended_in_person');
    const quotes = async (id: string) =>
      (await s.store.codings.byCode(id)).map((c) => c.anchor.quote.exact).sort();
    expect(await quotes(made!.id)).toEqual(['ATTENDED', 'NEIGHBOUR SHOUTING']);
    expect(await quotes(contact.id)).toEqual(['CRHT CONTACTED FOR ADVICE']);
    const split = (await s.store.events.list({ entityId: contact.id })).find(
      (e) => e.action === 'code.split',
    );
    expect((split?.after as CodeEventAfter).memo).toBe(REASON);

    await row('contact').click();
    const history = page.locator('.code-history li[data-action="code.split"]');
    await history.waitFor();
    expect(await history.textContent()).toContain(`Why: ${REASON}`);
    expect(s.pageErrors).toEqual([]);
  });

  it('refuses a split that moves no coding, saying what to do', async () => {
    const { page } = s;
    await row('contact').click();
    await page.getByRole('button', { name: 'Split…' }).click();
    const form = page.getByRole('form', { name: 'Split' });
    await form.getByLabel('Name of the new code').fill('empty_part');
    await form.getByRole('button', { name: 'Split', exact: true }).click();
    await form.getByRole('alert').getByText('Choose at least one coding').waitFor();
    expect((await s.store.codes.list()).some((c) => c.name === 'empty_part')).toBe(false);
  });
});
