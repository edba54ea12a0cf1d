/**
 * Coding in the reader, on a fictional transcript: a span selected with the mouse is coded with
 * the type-ahead picker, shown in the margin, kept across a reload, given a memo and unapplied;
 * and blind mode, where each coder sees only their own codings until the lead reveals them.
 * What the page shows is checked against the store, read independently of the web app.
 */
import type { Code, Coding } from '@liaison/core';
import { describeAnchor } from '@liaison/core';
import type { Page } from 'playwright-core';
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
const SPAN = 'share what we know';

let s: ServedStudy;
let sourceId: string;
let sharing: Code;
let delay: Code;
beforeAll(async () => {
  s = await serveStudy(async (location) => {
    const store = await buildFixtureStudy(location);
    sourceId = await importTranscript(store, 'focus-group-triage.txt', TRANSCRIPT);
    sharing = await store.codes.create(BUILDER, { name: 'information_sharing', colour: '#1f77b4' });
    delay = await store.codes.create(BUILDER, { name: 'response_delay', colour: '#d62728' });
    await store.codes.create(BUILDER, { name: 'Partners', codable: false });
    return store;
  });
  // Fail fast: a missing element should fail its step, not the whole test's time budget.
  s.page.setDefaultTimeout(10_000);
});
afterAll(() => s?.close());

const page = (): Page => s.page;
const turn = (index: number) => page().locator(`li[data-turn][data-index="${index}"]`);
const chips = () => page().locator('.coding-margin .coding-chip');
const codings = (): Promise<Coding[]> => s.store.codings.bySource(sourceId);

/** Opens the reader afresh (a reload: the same URL alone would not reload the app). */
async function openAs(actor: string): Promise<void> {
  await page().goto(`${s.url}/#/sources/${sourceId}`);
  await page().reload();
  const field = page().getByLabel('Coding as');
  await field.fill(actor);
  const switchButton = page().getByRole('button', { name: 'Switch' });
  if (await switchButton.isEnabled()) await switchButton.click();
  await turn(0).waitFor();
}

/** Where `phrase` is drawn in a turn's text (viewport pixels). */
function phraseBox(index: number, phrase: string) {
  return turn(index)
    .locator('.turn-text')
    .evaluate((el, p) => {
      const node = el.firstChild?.firstChild ?? el.firstChild;
      const at = (node?.textContent ?? '').indexOf(p);
      const range = document.createRange();
      range.setStart(node!, at);
      range.setEnd(node!, at + p.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, y: r.top + r.height / 2 };
    }, phrase);
}

/** Drags the mouse from the start of one phrase to the end of another, as a person would. */
async function drag(from: [number, string], to: [number, string]): Promise<void> {
  const start = await phraseBox(...from);
  const end = await phraseBox(...to);
  await page().mouse.move(start.left + 1, start.y);
  await page().mouse.down();
  await page().mouse.move(end.right - 1, end.y, { steps: 5 });
  await page().mouse.up();
}

async function applyWithPicker(query: string): Promise<void> {
  await page()
    .getByRole('button', { name: /Apply code/ })
    .click();
  await page()
    .getByRole('combobox', { name: /Code to apply/ })
    .fill(query);
  await page().keyboard.press('Enter');
}

describe('coding a span in a transcript', () => {
  it('applies a code to a mouse selection through the picker and shows it in the margin', async () => {
    await openAs('coder-a');
    await drag([1, SPAN], [1, SPAN]);
    await expect.poll(() => page().locator('.coding-selection').textContent()).toContain(SPAN);
    await page()
      .getByRole('button', { name: /Apply code/ })
      .click();
    const picker = page().getByRole('combobox', { name: /Code to apply/ });
    await picker.fill('shar');
    expect(await page().getByRole('option').allTextContents()).toEqual(['information_sharing']);
    await picker.press('Enter');
    await expect.poll(() => chips().count()).toBe(1);
    expect(await chips().first().textContent()).toContain('information_sharing');
    expect(await turn(1).locator('.coded').textContent()).toBe(SPAN);
    // The coded selection is forgotten, so `c` cannot code it twice by accident.
    expect(await page().locator('.coding-selection').textContent()).toBe(
      'Select text to code a span.',
    );

    const [stored] = await codings();
    const version = await s.store.texts.current(sourceId);
    const start = version.text.indexOf(SPAN);
    expect(stored).toMatchObject({
      codeId: sharing.id,
      coder: 'coder-a',
      anchor: describeAnchor(version.text, start, start + SPAN.length),
    });
  });

  it('keeps the coding across a reload, attaches a memo, and unapplies it', async () => {
    await page().reload();
    await expect.poll(() => chips().count()).toBe(1);
    await chips().first().click();
    const details = page().getByRole('group', { name: 'Coding: information_sharing' });
    await details.getByLabel('Memo title').fill('Shared at the scene');
    await details.getByLabel('Memo', { exact: true }).fill('Joint working in the moment.');
    await details.getByRole('button', { name: 'Add memo' }).click();
    await expect.poll(() => details.locator('.coding-memos li').count()).toBe(1);
    const [coding] = await codings();
    const memos = await s.store.memos.list({ targetKind: 'coding', targetId: coding!.id });
    expect(memos).toMatchObject([{ title: 'Shared at the scene', author: 'coder-a' }]);

    await details.getByRole('button', { name: 'Unapply' }).click();
    await expect.poll(() => chips().count()).toBe(0);
    expect(await codings()).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  it('codes a selection that runs across two turns as one span of the text version', async () => {
    await drag([0, 'weekday evenings?'], [1, 'A nurse']);
    await applyWithPicker('information');
    // One coding, shown beside both turns it touches.
    await expect.poll(() => chips().count()).toBe(2);
    const [coding] = await codings();
    const version = await s.store.texts.current(sourceId);
    const start = version.text.indexOf('weekday evenings?');
    const end = version.text.indexOf('A nurse') + 'A nurse'.length;
    expect(coding?.anchor.position).toMatchObject({ startUtf16: start, endUtf16: end });
    expect(coding?.anchor.quote.exact).toBe('weekday evenings?\nP1: A nurse');
    expect(await turn(1).locator('.coded').textContent()).toBe('A nurse');
    await s.store.codings.remove('e2e-cleanup', coding!.id);
  });

  it("codes every turn of the focused turn's speaker", async () => {
    // The previous test removed its coding behind the page's back: reload so no stale chip counts.
    await openAs('coder-a');
    await expect.poll(() => chips().count()).toBe(0);
    await turn(3).locator('.turn-speaker').click();
    await page().getByRole('button', { name: 'Code all 2 turns of P1' }).click();
    await page()
      .getByRole('combobox', { name: /all 2 turns of P1/ })
      .fill('resp');
    await page().keyboard.press('Enter');
    await expect.poll(() => chips().count()).toBe(2);
    // The turns are coded one request after another: wait until the store holds both.
    await expect.poll(async () => (await codings()).length).toBe(2);
    const structure = await s.store.texts.structure((await s.store.texts.current(sourceId)).id);
    const turns = structure.kind === 'transcript' ? structure.turns : [];
    const p1 = turns.filter((t) => t.speaker === 'P1');
    const stored = await codings();
    expect(stored.map((c) => [c.anchor.position.startUtf16, c.anchor.position.endUtf16])).toEqual(
      p1.map((t) => [t.textStartUtf16, t.textEndUtf16]),
    );
    expect(new Set(stored.map((c) => c.codeId))).toEqual(new Set([delay.id]));
    for (const c of stored) await s.store.codings.remove('e2e-cleanup', c.id);
  });
});

describe('coding a police log', () => {
  it('codes a whole entry from the focused row', async () => {
    const log = (await s.store.sources.list()).find((x) => x.format === 'police_log_text')!;
    await page().goto(`${s.url}/#/sources/${log.id}`);
    const entry = page().locator('tr[data-entry][data-index="1"]');
    await entry.locator('.entry-text').click();
    await page().getByRole('button', { name: 'Code whole entry' }).click();
    await page()
      .getByRole('combobox', { name: /Code to apply to entry 2/ })
      .fill('information');
    await page().keyboard.press('Enter');
    await expect.poll(() => entry.locator('.coding-chip').count()).toBe(1);
    const [coding] = await s.store.codings.bySource(log.id);
    const version = await s.store.texts.current(log.id);
    const structure = await s.store.texts.structure(version.id);
    const second = structure.kind === 'police_log' ? structure.entries[1] : undefined;
    expect(coding?.anchor.position).toMatchObject({
      startUtf16: second?.textStartUtf16,
      endUtf16: second?.textEndUtf16,
    });
    expect(coding?.anchor.quote.exact).toBe('ATTENDED. CRHT CONTACTED FOR ADVICE.');
    await page().screenshot({ path: '/tmp/liaison-coding-log.png' });
  });
});

describe('blind mode', () => {
  it('is turned on by the lead; coder A sees only their codings; the lead reveals both', async () => {
    await openAs('lead');
    await page().getByText('Blind coding settings').click();
    await page()
      .getByLabel(/Blind mode: each coder/)
      .check();
    await page()
      .getByLabel(/Coding lead/)
      .fill('lead');
    await page().getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page().locator('.blind-banner').textContent()).toContain('lead');
    expect(await s.store.codingSettings.get()).toMatchObject({ blind: true, lead: 'lead' });
    const version = await s.store.texts.current(sourceId);
    const phrase = 'can take hours at night';
    const at = version.text.indexOf(phrase);
    await s.store.codings.create('coder-b', {
      codeId: delay.id,
      textVersionId: version.id,
      coder: 'coder-b',
      anchor: describeAnchor(version.text, at, at + phrase.length),
    });

    await openAs('coder-a');
    await expect
      .poll(() => page().locator('.blind-banner').textContent())
      .toContain('Blind mode is on');
    expect(await page().getByRole('button', { name: 'Reveal codings' }).count()).toBe(0);
    // Keyboard only: focus turn 4 with j, press c, type, Enter codes the whole turn.
    await page().getByRole('region', { name: 'Transcript turns' }).focus();
    for (let i = 0; i < 4; i++) await page().keyboard.press('j');
    await page().keyboard.press('c');
    await page().keyboard.type('resp');
    await page().keyboard.press('Enter');
    await expect.poll(() => chips().count()).toBe(1);
    expect(await chips().allTextContents()).toEqual([expect.stringContaining('coder-a')]);
    expect(new Set((await codings()).map((c) => c.coder))).toEqual(new Set(['coder-a', 'coder-b']));

    await openAs('lead');
    await expect.poll(() => page().locator('.blind-banner').textContent()).toContain('Blind mode');
    expect(await chips().count()).toBe(0);
    await page().getByRole('button', { name: 'Reveal codings' }).click();
    await expect.poll(() => chips().count()).toBe(2);
    const shown = (await chips().allTextContents()).join(' | ');
    expect(shown).toContain('coder-a');
    expect(shown).toContain('coder-b');
    await page().screenshot({ path: '/tmp/liaison-coding-blind.png' });
    expect(s.pageErrors).toEqual([]);
  });
});
