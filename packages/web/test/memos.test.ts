/**
 * Memos in the browser, on a small fictional study: a memo written and then edited, by keyboard
 * and by mouse, on the study (home page), on a source (reader) and on a code (codebook page);
 * each listed newest first with its author, kept with its line breaks, and still there after a
 * reload. Another person's memo is shown but cannot be edited. What the page shows is checked
 * against the store, read independently of the web app.
 */
import type { Code, Memo } from '@liaison/core';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureStudy } from './support/fixture-study.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

/** The server's actor when the browser names none (api/actor.ts). */
const ME = 'local-user';

let s: ServedStudy;
let sourceId: string;
let code: Code;
beforeAll(async () => {
  s = await serveStudy(async (location) => {
    const store = await buildFixtureStudy(location);
    [{ id: sourceId }] = (await store.sources.list()) as unknown as [{ id: string }];
    code = await store.codes.create('lead', { name: 'agency_contact', colour: '#d62728' });
    await store.memos.create('colleague', {
      targetKind: 'study',
      targetId: null,
      title: 'Sampling note',
      body: 'Two sites only.',
    });
    return store;
  });
  s.page.setDefaultTimeout(10_000);
});
afterAll(() => s?.close());

const items = (panel: Locator) => panel.locator('.memo-list > li');
const titles = (panel: Locator) => panel.locator('.memo-title').allTextContents();
const stored = (targetKind: Memo['targetKind'], targetId: string | null) =>
  s.store.memos.list({ targetKind, targetId });

/** Writes a memo with the keyboard alone: type, Tab to the text, Ctrl+Enter saves. */
async function writeByKeyboard(panel: Locator, title: string, body: string): Promise<void> {
  await panel.getByLabel('Memo title').focus();
  await s.page.keyboard.type(title);
  await s.page.keyboard.press('Tab');
  await s.page.keyboard.type(body.split('\n')[0]!);
  for (const line of body.split('\n').slice(1)) {
    await s.page.keyboard.press('Shift+Enter');
    await s.page.keyboard.type(line);
  }
  await s.page.keyboard.press('Control+Enter');
}

/** Opens the edit form of `title` and saves a new title and text, by keyboard or mouse. */
async function edit(panel: Locator, title: string, next: Memo, by: 'keyboard' | 'mouse') {
  const button = panel.getByRole('button', { name: `Edit memo “${title}”` });
  if (by === 'keyboard') {
    await button.focus();
    await s.page.keyboard.press('Enter');
  } else await button.click();
  const form = panel.getByRole('form', { name: `Edit memo “${title}”` });
  await form.getByLabel('Title').fill(next.title);
  await form.getByLabel('Text').fill(next.body);
  if (by === 'keyboard') {
    await form.getByLabel('Title').focus();
    await s.page.keyboard.press('Enter');
  } else await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => titles(panel)).toContain(next.title);
}

describe('memos on the study', () => {
  it('writes and edits a study memo by keyboard, newest first, kept after a reload', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/`);
    const panel = page.getByRole('region', { name: 'Study memos' });
    await expect.poll(() => titles(panel)).toEqual(['Sampling note']);
    // Another person's memo cannot be edited here (the server would refuse it too).
    expect(await panel.getByRole('button', { name: /Edit memo/ }).count()).toBe(0);

    await writeByKeyboard(panel, 'Emerging theme', 'Handover gaps at night.\nCheck Eastmoor.');
    await expect.poll(() => titles(panel)).toEqual(['Emerging theme', 'Sampling note']);
    const mine = items(panel).first();
    expect(await mine.locator('.memo-meta').textContent()).toContain(ME);
    expect(await mine.locator('.memo-body').innerText()).toBe(
      'Handover gaps at night.\nCheck Eastmoor.',
    );
    expect(await stored('study', null)).toMatchObject([
      { title: 'Sampling note', author: 'colleague' },
      { title: 'Emerging theme', author: ME, body: 'Handover gaps at night.\nCheck Eastmoor.' },
    ]);

    const changed = { title: 'Theme: handover gaps', body: 'Nights and weekends.' } as Memo;
    await edit(panel, 'Emerging theme', changed, 'keyboard');
    // Focus goes back to the memo's Edit button, so the keyboard user stays in place.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Edit memo “Theme: handover gaps”');
    expect((await stored('study', null))[1]).toMatchObject({ ...changed, author: ME });

    await page.reload();
    await expect.poll(() => titles(panel)).toEqual(['Theme: handover gaps', 'Sampling note']);
    expect(await items(panel).first().locator('.memo-body').innerText()).toBe(
      'Nights and weekends.',
    );
    expect(await items(panel).first().locator('.memo-meta').textContent()).toContain('edited');
    await page.screenshot({ path: '/tmp/liaison-memos-study.png', fullPage: true });
  });
});

describe('memos on a source', () => {
  it('writes and edits a memo in the reader, kept after a reload', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/sources/${sourceId}`);
    const disclosure = page.locator('summary', { hasText: 'Memos on this source' });
    await disclosure.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Memos on this source' });
    await panel.getByText('No memo on this source yet.').waitFor();
    await writeByKeyboard(panel, 'Log quality', 'Times missing for two entries.');
    await expect.poll(() => titles(panel)).toEqual(['Log quality']);

    const changed = { title: 'Log quality (checked)', body: 'One entry has no time.' } as Memo;
    await edit(panel, 'Log quality', changed, 'mouse');
    expect(await stored('source', sourceId)).toMatchObject([{ ...changed, author: ME }]);

    await page.reload();
    await page.locator('summary', { hasText: 'Memos on this source' }).click();
    await expect.poll(() => titles(panel)).toEqual(['Log quality (checked)']);
    expect(await panel.locator('.memo-body').innerText()).toBe('One entry has no time.');
  });
});

describe('memos on a code', () => {
  it('writes and edits a memo on the codebook page, kept after a reload', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/codebook`);
    await page.locator(`.code-row[data-code-id="${code.id}"]`).click();
    const panel = page.getByRole('region', { name: 'Memos on this code' });
    await panel.getByText('No memo on this code yet.').waitFor();
    await panel.getByLabel('Memo title').fill('Boundary');
    await panel.getByLabel('Memo', { exact: true }).fill('Phone advice counts.\nLetters do not.');
    await panel.getByRole('button', { name: 'Add memo' }).click();
    await expect.poll(() => titles(panel)).toEqual(['Boundary']);

    const changed = { title: 'Boundary rule', body: 'Phone advice counts; letters too.' } as Memo;
    await edit(panel, 'Boundary', changed, 'keyboard');
    expect(await stored('code', code.id)).toMatchObject([{ ...changed, author: ME }]);

    await page.reload();
    await page.locator(`.code-row[data-code-id="${code.id}"]`).click();
    await expect.poll(() => titles(panel)).toEqual(['Boundary rule']);
    await page.getByRole('button', { name: 'Edit memo “Boundary rule”' }).click();
    await page.screenshot({ path: '/tmp/liaison-memos-code.png', fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });
});
