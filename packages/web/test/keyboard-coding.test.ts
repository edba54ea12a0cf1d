/**
 * Coding a span selected with the keyboard alone (select mode, key `v`), in a transcript and in
 * a police log: no mouse or pointer event reaches the page. The caret moves by character and
 * word, Shift extends, the selection is described in a live region, and `c` codes it exactly
 * as a mouse selection would be (checked against the store).
 */
import { describeAnchor, type Code } from '@liaison/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureStudy, importTranscript } from './support/fixture-study.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

const TURN = 'A nurse rides with an officer, and we share what we know at the scene.';
const TRANSCRIPT = ['INT: How does the street triage car work?', `P1: ${TURN}`, ''].join('\n');

let s: ServedStudy;
let logId: string;
let transcriptId: string;
let sharing: Code;
let contact: Code;
beforeAll(async () => {
  s = await serveStudy(async (location) => {
    const store = await buildFixtureStudy(location);
    [{ id: logId }] = (await store.sources.list()) as unknown as [{ id: string }];
    transcriptId = await importTranscript(store, 'focus-group-triage.txt', TRANSCRIPT);
    sharing = await store.codes.create('lead', { name: 'information_sharing' });
    contact = await store.codes.create('lead', { name: 'agency_contact' });
    return store;
  });
  s.page.setDefaultTimeout(10_000);
});
afterAll(() => s?.close());

const page = (): Page => s.page;
const keys = async (...presses: string[]) => {
  for (const key of presses) await page().keyboard.press(key);
};
const announced = () => page().locator('.select-announcement').textContent();
const focusedRow = () =>
  page().evaluate(() =>
    document.activeElement?.closest('[data-index]')?.getAttribute('data-index'),
  );

/** Opens a source afresh and counts every pointer and mouse press the page receives. */
async function open(sourceId: string, region: string): Promise<void> {
  await page().goto(`${s.url}/#/sources/${sourceId}`);
  await page().reload();
  await page().getByRole('region', { name: region }).waitFor();
  // Rows render after the source's data arrives; a key pressed before that moves nothing.
  await page().getByRole('region', { name: region }).locator('[data-index="0"]').waitFor();
  await page().evaluate(() => {
    const w = window as unknown as { pointerPresses: number };
    w.pointerPresses = 0;
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'pointerup'])
      window.addEventListener(type, () => w.pointerPresses++, { capture: true });
  });
  await page().getByRole('region', { name: region }).focus();
}

const pointerPresses = () =>
  page().evaluate(() => (window as unknown as { pointerPresses: number }).pointerPresses);

/**
 * Opens the picker with `c`, types the query and applies the highlighted code. The picker takes
 * focus in an effect after it renders, so typing waits for that focus: a letter pressed before it
 * would reach the source view as a shortcut. Enter waits for the highlighted option to be `name`.
 */
async function codeWithPicker(query: string, name: string): Promise<void> {
  await keys('c');
  const picker = page().getByRole('combobox', { name: /Code to apply/ });
  await picker.waitFor();
  await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
  await page().keyboard.type(query);
  await expect.poll(() => picker.inputValue()).toBe(query);
  const highlighted = page().locator('.code-picker [role="option"][aria-selected="true"]');
  await expect.poll(() => highlighted.textContent()).toBe(name);
  await keys('Enter');
}

async function expectCoding(sourceId: string, code: Code, exact: string): Promise<void> {
  const version = await s.store.texts.current(sourceId);
  const start = version.text.indexOf(exact);
  await expect.poll(async () => (await s.store.codings.bySource(sourceId)).length).toBe(1);
  const [coding] = await s.store.codings.bySource(sourceId);
  expect(coding).toMatchObject({
    codeId: code.id,
    anchor: describeAnchor(version.text, start, start + exact.length),
  });
}

describe('keyboard-only span selection', () => {
  it('selects by character and word in a transcript turn and codes it with c', async () => {
    await open(transcriptId, 'Transcript turns');
    await keys('j', 'j');
    await expect.poll(focusedRow).toBe('1');
    await keys('v');
    await expect.poll(announced).toContain('Select mode in turn 2. Caret before “A nurse rides');
    expect(
      await page()
        .getByRole('button', { name: /Select with keys/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    // End and Home stay in the turn: the arrows do not move to another turn while selecting.
    await keys('End');
    await expect.poll(announced).toBe('Caret at the end of the text.');
    await page().screenshot({ path: '/tmp/liaison-keyboard-select.png' });
    await keys('ArrowDown', 'Home');
    await expect.poll(announced).toContain('Caret before “A nurse');
    expect(await focusedRow()).toBe('1');

    for (let i = 0; i < TURN.indexOf('share'); i++) await keys('ArrowRight');
    await expect.poll(announced).toContain('Caret before “share what we know');
    for (let i = 0; i < 4; i++) await keys('Control+Shift+ArrowRight');
    await expect
      .poll(announced)
      .toBe('Selected “share what we know”, 18 characters. Press c to code it.');
    await expect
      .poll(() => page().locator('.coding-selection').textContent())
      .toBe('Selected: “share what we know”');

    await codeWithPicker('shar', 'information_sharing');
    await expect.poll(() => page().locator('.coding-margin .coding-chip').count()).toBe(1);
    await expectCoding(transcriptId, sharing, 'share what we know');
    expect(await page().locator('li[data-turn][data-index="1"] .coded').textContent()).toBe(
      'share what we know',
    );

    // The coding's memo, written and edited from the margin with the keyboard alone.
    await page().locator('.coding-margin .coding-chip').focus();
    await keys('Enter');
    const memos = page().getByRole('region', { name: 'Memos' });
    await memos.getByLabel('Memo title').focus();
    await page().keyboard.type('At the scene');
    await keys('Enter');
    await memos.getByRole('button', { name: 'Edit memo “At the scene”' }).focus();
    await keys('Enter');
    await page().keyboard.type(', jointly');
    await keys('Control+Enter');
    await expect
      .poll(() => memos.locator('.memo-title').allTextContents())
      .toEqual(['At the scene, jointly']);
    const [coding] = await s.store.codings.bySource(transcriptId);
    expect(await s.store.memos.list({ targetKind: 'coding', targetId: coding!.id })).toMatchObject([
      { title: 'At the scene, jointly', author: 'local-user' },
    ]);
    expect(await pointerPresses()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('selects to the end of a police log entry with Ctrl+Shift+End and codes it with c', async () => {
    await open(logId, 'Log entries');
    await keys('j', 'j');
    await expect.poll(focusedRow).toBe('1');
    await keys('v');
    await expect.poll(announced).toContain('Select mode in entry 2. Caret before “ATTENDED.');
    // Escape leaves select mode; v enters it again.
    await keys('Escape');
    await expect.poll(announced).toBe('Select mode off.');
    await keys('v');
    await expect.poll(announced).toContain('Select mode in entry 2.');

    for (let i = 0; i < 'ATTENDED. '.length; i++) await keys('ArrowRight');
    // Ctrl+Shift+End extends to the end of the entry (Shift+End only to the end of its line).
    await keys('Control+Shift+End');
    await expect
      .poll(announced)
      .toBe('Selected “CRHT CONTACTED FOR ADVICE.”, 26 characters. Press c to code it.');
    // A word step past the entry's end stops at its edge; the selection stays as it was.
    await keys('Control+Shift+ArrowRight');
    await expect
      .poll(announced)
      .toBe(
        'At the edge of the entry. Selected “CRHT CONTACTED FOR ADVICE.”, 26 characters. Press c to code it.',
      );
    await expect
      .poll(() => page().locator('.coding-selection').textContent())
      .toBe('Selected: “CRHT CONTACTED FOR ADVICE.”');

    await codeWithPicker('agency', 'agency_contact');
    await expectCoding(logId, contact, 'CRHT CONTACTED FOR ADVICE.');
    expect(await pointerPresses()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('codes the selection made just before c, before the page has reported the change', async () => {
    await open(transcriptId, 'Transcript turns');
    // The selection and the key press in one task: no selectionchange event has run yet.
    await page().evaluate(() => {
      const text = document.querySelector('.reader-pane [data-index="1"] [data-text-start]');
      const node = text?.firstChild?.firstChild ?? text?.firstChild;
      if (!node) throw new Error('turn 2 has no text');
      document.getSelection()?.setBaseAndExtent(node, 0, node, 'A nurse'.length);
      const key = new KeyboardEvent('keydown', { key: 'c', bubbles: true, cancelable: true });
      document.activeElement?.dispatchEvent(key);
    });
    const picker = page().getByRole('combobox', { name: /Code to apply/ });
    await picker.waitFor();
    expect(await page().locator('.code-picker label').textContent()).toContain(
      'Code to apply to the selection “A nurse”',
    );
    await keys('Escape');
    expect(s.pageErrors).toEqual([]);
  });
});
