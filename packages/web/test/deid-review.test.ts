/**
 * The de-identification review in the browser: accept and reject with the keyboard, add a span
 * from a text selection, accept a type in bulk, and watch the counts on the page and the study
 * home follow. Expectations are read back from the store, not from the page.
 */
import { createStudy, type StoreLocation, type StudyStore } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStudy, type ServedStudy } from './support/served-study.js';

const LOG = [
  'Incident: 2016-0311',
  'Site: North',
  'Opened: 09/06/2016 10:15',
  '',
  '09/06/2016 10:15 [OP41] Caller Jean SMITH reports her son Kwame SMITH is missing, call back on 07700 900123.',
  '10:40 [OP41] Kwame SMITH found at 27 Albert Road, Bootle. Lulu from the crisis team attended.',
  '11:30 [OP41] Log closed.',
  '',
].join('\n');

let s: ServedStudy;
let sourceId: string;

async function build(location: StoreLocation): Promise<StudyStore> {
  const store = await createStudy(location, { name: 'Deid study', description: '' }, 'builder');
  const [r] = await store.importFiles(
    'builder',
    [{ name: 'log-311.txt', bytes: new TextEncoder().encode(LOG) }],
    { dataset: 'Police logs', kind: 'police_logs' },
  );
  if (r?.status !== 'imported') throw new Error('fixture did not import');
  sourceId = r.sourceId;
  await store.deid.detect('builder');
  return store;
}

beforeAll(async () => {
  s = await serveStudy(build);
});
afterAll(() => s?.close());

const remainingText = () => s.page.getByTestId('deid-remaining').textContent();
const stored = async () => (await s.store.deid.list(sourceId)).detections;

async function waitForLeft(n: number): Promise<void> {
  await s.page.getByTestId('deid-remaining').getByText(`${n} left to review`).waitFor();
}

/** Selects the first occurrence of `words` inside the review text, as a mouse drag would. */
async function selectWords(words: string): Promise<void> {
  await s.page.locator('.deid-text').evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(w) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`${w} is not in the text`);
  }, words);
}

describe('the de-identification review page', () => {
  it('shows what is left on the study home and opens from the source reader', async () => {
    const total = (await s.store.deid.remaining()).suggested;
    expect(total).toBeGreaterThan(3);
    await s.page.goto(`${s.url}/#/`);
    const home = s.page.getByTestId('deid-study-remaining');
    await home.getByText(`${total} suggested identifiers left`).waitFor();
    await s.page.goto(`${s.url}/#/sources/${sourceId}`);
    await s.page.getByRole('link', { name: 'Review identifiers' }).click();
    await s.page.getByRole('heading', { level: 1, name: /Review identifiers/ }).waitFor();
    await waitForLeft(total);
    expect(s.page.url()).toContain(`#/sources/${sourceId}/deid`);
  });

  it('accepts with a, moves on, and rejects with r', async () => {
    const [first, second] = await stored();
    const left = (await s.store.deid.remaining(sourceId)).suggested;
    await s.page.keyboard.press('a');
    await waitForLeft(left - 1);
    await s.page.keyboard.press('r');
    await waitForLeft(left - 2);
    const after = await stored();
    expect(after.find((d) => d.id === first!.id)?.status).toBe('accepted');
    expect(after.find((d) => d.id === second!.id)?.status).toBe('rejected');
    const marks = s.page.locator('.deid-text mark');
    await expect(marks.nth(0).getAttribute('data-status')).resolves.toBe('accepted');
    await expect(marks.nth(1).getAttribute('data-status')).resolves.toBe('rejected');
  });

  it('moves with j and k without deciding', async () => {
    const before = await remainingText();
    await s.page.keyboard.press('j');
    await s.page.keyboard.press('k');
    await s.page.keyboard.press('j');
    const current = s.page.locator('.deid-text mark.deid-current');
    await expect(current.count()).resolves.toBe(1);
    expect(await remainingText()).toBe(before);
  });

  it('adds the selected words with t and a type', async () => {
    await selectWords('Lulu');
    await s.page.keyboard.press('t');
    const type = s.page.getByLabel('Type', { exact: true });
    await type.waitFor();
    await expect(type.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await type.selectOption('PERSON');
    await s.page.getByRole('button', { name: 'Add', exact: true }).click();
    await s.page.locator('.deid-text mark', { hasText: 'Lulu' }).waitFor();
    const text = (await s.store.texts.current(sourceId)).text;
    const added = (await stored()).find((d) => d.origin === 'reviewer');
    expect(added).toMatchObject({ type: 'PERSON', status: 'accepted' });
    expect(text.slice(added!.startUtf16, added!.endUtf16)).toBe('Lulu');
    await s.page.screenshot({ path: '/tmp/liaison-deid-review.png', fullPage: true });
  });

  it('accepts every suggestion of a type at once and updates the counts', async () => {
    const before = await s.store.deid.remaining(sourceId);
    const persons = before.suggestedByType.PERSON ?? 0;
    expect(persons).toBeGreaterThan(0);
    await s.page.getByRole('button', { name: `Accept all PERSON (${persons})` }).click();
    await waitForLeft(before.suggested - persons);
    const left = (await stored()).filter((d) => d.type === 'PERSON' && d.status === 'suggested');
    expect(left).toEqual([]);
    await s.page.goto(`${s.url}/#/`);
    const home = s.page.getByTestId('deid-study-remaining');
    await home.getByText(`${before.suggested - persons} suggested identifier`).waitFor();
    expect(s.pageErrors).toEqual([]);
  });
});
