/**
 * Disagreement review in the browser, on a fictional transcript two coders coded differently:
 * the page lists each disputed span with both coders' codes side by side; resolving one from the
 * keyboard records it (the event is read from the store, independently of the web app), and
 * after a reload the span still shows as resolved.
 */
import { describeAnchor, type Code } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureStudy, importTranscript } from './support/fixture-study.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

const BUILDER = 'e2e-builder';
const TRANSCRIPT = [
  'INT: Could you tell me how the street triage car works on weekday evenings?',
  'P1: A nurse rides with an officer, and we share what we know at the scene.',
  'INT: And when the car is not on shift?',
  'P1: Then the control room phones the crisis team, which can take hours at night.',
  '',
].join('\n');

let s: ServedStudy;
let sharing: Code;
let delay: Code;

/** Both code the sharing span alike; they disagree on the delay span and the night span. */
async function codeTranscript(store: StudyStore, sourceId: string): Promise<void> {
  const version = await store.texts.current(sourceId);
  const code = (coder: string, codeId: string, exact: string) => {
    const start = version.text.indexOf(exact);
    const anchor = describeAnchor(version.text, start, start + exact.length);
    return { codeId, textVersionId: version.id, coder, anchor };
  };
  await store.codings.createMany(BUILDER, [
    code('coder-a', sharing.id, 'share what we know'),
    code('coder-b', sharing.id, 'share what we know'),
    code('coder-a', delay.id, 'which can take hours at night'),
    code('coder-b', sharing.id, 'phones the crisis team'),
  ]);
}

beforeAll(async () => {
  s = await serveStudy(async (location) => {
    const store = await buildFixtureStudy(location);
    const sourceId = await importTranscript(store, 'focus-group-triage.txt', TRANSCRIPT);
    sharing = await store.codes.create(BUILDER, { name: 'information_sharing' });
    delay = await store.codes.create(BUILDER, { name: 'response_delay' });
    await codeTranscript(store, sourceId);
    return store;
  });
  s.page.setDefaultTimeout(10_000);
});
afterAll(() => s?.close());

describe('the disagreement review page', () => {
  it('shows disputes side by side, resolves one from the keyboard, and keeps it after a reload', async () => {
    const page = s.page;
    await page.goto(`${s.url}/#/`);
    await page.getByRole('link', { name: 'Disagreement review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Disagreement review' }).waitFor();
    await page.getByLabel('Coder A').fill('coder-a');
    await page.getByLabel('Coder B').fill('coder-b');
    await page.getByLabel('Coder B').press('Enter');
    const cards = page.locator('article.dispute-card');
    await cards.first().waitFor();
    const expected = await s.store.disputes.list({ coders: ['coder-a', 'coder-b'] });
    expect(expected.length).toBeGreaterThan(0);
    expect(await cards.count()).toBe(expected.length);
    const first = cards.first();
    expect(await first.locator('.dispute-text').textContent()).toBe(expected[0]!.text);
    const sides = await first.locator('.dispute-side').allTextContents();
    expect(sides[0]).toContain('coder-a');
    expect(sides[1]).toContain('coder-b');

    // Keyboard only: focus the "Keep A" radio, arrow to "Both", type a note, submit with Enter.
    await first.getByRole('radio', { name: 'Keep A' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await first.getByRole('radio', { name: 'Both' }).isChecked()).toBe(true);
    await first.getByLabel('Note').focus();
    await page.keyboard.type('Both readings hold.');
    await first.getByRole('button', { name: 'Record resolution' }).focus();
    await page.keyboard.press('Enter');
    await first.locator('.dispute-badge').waitFor();

    const [stored] = await s.store.disputes.list({ coders: ['coder-a', 'coder-b'] });
    expect(stored!.resolution).toMatchObject({ outcome: 'both', note: 'Both readings hold.' });
    const events = await s.store.events.list({ entityId: stored!.resolution!.id });
    expect(events).toMatchObject([{ action: 'dispute.resolve' }]);

    await page.reload();
    await page.locator('article.dispute-card').first().waitFor();
    expect(await page.locator('article.dispute-card').first().getAttribute('data-resolved')).toBe(
      'true',
    );
    expect(await page.locator('article.dispute-card[data-resolved="false"]').count()).toBe(
      expected.length - 1,
    );
    await page.screenshot({ path: '/tmp/liaison-disputes.png', fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });
});
