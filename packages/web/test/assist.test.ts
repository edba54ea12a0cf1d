/**
 * Assisted coding in the browser, on fictional transcripts: autocode previews a phrase's hits,
 * codes only the ticked ones as the current coder (checked in the store and in the reader's
 * margin) and shows the server's refusal of a dangerous regex; the reader's suggestions panel
 * shows codes learnt from the coder's own codings with a confidence, and accepting one codes
 * the whole turn.
 */
import { describeAnchor, type Code, type Coding } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureStudy, importTranscript } from './support/fixture-study.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

const BUILDER = 'e2e-builder';
/** Turns 1, 3 and 5 (0-based) say "place of safety"; autocode finds them. */
const SAFETY = [
  'INT: Where do people go after a section 136?',
  'P1: The place of safety at the hospital, when it has a bed free.',
  'INT: And when it has not?',
  'P1: Then the custody suite, which nobody thinks is a place of safety for anyone.',
  'INT: How long do they wait?',
  'P2: Hours; the place of safety in the next county is the fallback.',
  '',
].join('\n');
/** Turns about the crisis team at night; coder-s codes all but turn 9 as out_of_hours. */
const NIGHTS = [
  'INT: What happens with calls after midnight?',
  'P1: The crisis team phone rings out at night and we wait for hours.',
  'INT: Who answers the daytime calls?',
  'P1: The triage nurse in the control room, usually within minutes.',
  'P2: At night the crisis team phone goes to voicemail, so officers wait.',
  'INT: Does the weekend change things?',
  'P2: Weekends are worse: the crisis team phone is not staffed at night.',
  'P1: The triage nurse shares records with the officer in the car.',
  'P2: Again the crisis team phone at night, another wait for hours.',
  'P1: At night we wait hours because the crisis team phone is not answered.',
  'INT: Thank you both.',
  '',
].join('\n');
const NIGHT_TURNS = [1, 4, 6, 8];
const UNCODED_NIGHT_TURN = 9;

let s: ServedStudy;
let safetyId: string;
let nightsId: string;
let safety: Code;
let outOfHours: Code;

async function turnSpans(store: StudyStore, sourceId: string) {
  const version = await store.texts.current(sourceId);
  const structure = await store.texts.structure(version.id);
  const turns = structure.kind === 'transcript' ? structure.turns : [];
  return { version, spans: turns.map((t) => [t.textStartUtf16, t.textEndUtf16] as const) };
}

/** coder-s codes the night-time turns, enough (≥ 3 units) for the model to learn the code. */
async function codeNights(store: StudyStore): Promise<void> {
  const { version, spans } = await turnSpans(store, nightsId);
  const inputs = NIGHT_TURNS.map((i) => {
    const [start, end] = spans[i]!;
    const anchor = describeAnchor(version.text, start, end);
    return { codeId: outOfHours.id, textVersionId: version.id, coder: 'coder-s', anchor };
  });
  await store.codings.createMany('coder-s', inputs);
}

beforeAll(async () => {
  s = await serveStudy(async (location) => {
    const store = await buildFixtureStudy(location);
    safetyId = await importTranscript(store, 'fg-place-of-safety.txt', SAFETY);
    nightsId = await importTranscript(store, 'fg-nights.txt', NIGHTS);
    safety = await store.codes.create(BUILDER, { name: 'place_of_safety', colour: '#1f77b4' });
    outOfHours = await store.codes.create(BUILDER, { name: 'out_of_hours', colour: '#d62728' });
    await store.codes.create(BUILDER, { name: 'Partners', codable: false });
    await codeNights(store);
    return store;
  });
  // Fail fast: a missing element should fail its step, not the whole test's time budget.
  s.page.setDefaultTimeout(15_000);
});
afterAll(() => s?.close());

const page = (): Page => s.page;
const codings = (sourceId: string): Promise<Coding[]> => s.store.codings.bySource(sourceId);

/** Opens a page afresh as `actor` (the "Coding as" form is on both pages). */
async function openAs(path: string, actor: string): Promise<void> {
  await page().goto(`${s.url}/#${path}`);
  await page().reload();
  await page().getByLabel('Coding as').fill(actor);
  const switchButton = page().getByRole('button', { name: 'Switch' });
  if (await switchButton.isEnabled()) await switchButton.click();
}

describe('autocode', () => {
  it('is linked from the study home and the codebook', async () => {
    await page().goto(`${s.url}/#/`);
    await page().getByRole('link', { name: 'Autocode' }).click();
    await page().getByRole('heading', { name: 'Autocode' }).waitFor();
    await page().goto(`${s.url}/#/codebook`);
    await page()
      .getByRole('link', { name: /Autocode a phrase/ })
      .click();
    await page().getByRole('heading', { name: 'Autocode' }).waitFor();
  });

  it('shows the server refusing a dangerous regular expression', async () => {
    await openAs('/autocode', 'coder-a');
    await page().getByLabel('Regular expression').check();
    await page().getByRole('textbox', { name: 'Regular expression' }).fill('(a+)+b');
    await page().getByRole('button', { name: 'Preview hits' }).click();
    const alert = page().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/refused.*body\.regex/s);
    expect(await page().locator('.autocode-hit-list').count()).toBe(0);
  });

  it('previews hits, codes only the ticked ones, and the reader shows them', async () => {
    await openAs('/autocode', 'coder-a');
    await page().getByRole('button', { name: 'Choose code…' }).click();
    await page()
      .getByRole('combobox', { name: /Code to apply to the chosen hits/ })
      .fill('place');
    await page().keyboard.press('Enter');
    await page().getByRole('textbox', { name: 'Phrase' }).fill('place of safety');
    await page().getByLabel('Each hit codes').selectOption('turn');
    await page().getByRole('textbox', { name: 'Phrase' }).press('Enter');
    const hits = page().locator('.autocode-hit-list li');
    await expect.poll(() => hits.count()).toBe(3);
    expect(await hits.nth(0).locator('mark').textContent()).toBe('place of safety');
    expect(await hits.nth(0).textContent()).toContain('fg-place-of-safety.txt');

    await page()
      .getByRole('checkbox', { name: /Code hit 2:/ })
      .uncheck();
    await page()
      .getByRole('button', { name: /Code 2 hits with “place_of_safety” as coder-a/ })
      .click();
    await expect
      .poll(() => page().locator('.autocode-result').textContent())
      .toContain('Created 2 codings of “place_of_safety” as coder-a');

    const { spans } = await turnSpans(s.store, safetyId);
    const stored = await codings(safetyId);
    expect(stored.map((c) => [c.codeId, c.coder])).toEqual([
      [safety.id, 'coder-a'],
      [safety.id, 'coder-a'],
    ]);
    const positions = stored.map((c) => [c.anchor.position.startUtf16, c.anchor.position.endUtf16]);
    expect(positions.sort((a, b) => a[0]! - b[0]!)).toEqual([spans[1], spans[5]]);

    await page()
      .getByRole('button', { name: /Code 2 hits/ })
      .click();
    await expect
      .poll(() => page().locator('.autocode-result').textContent())
      .toContain('Created 0 codings of “place_of_safety” as coder-a; 2 skipped');

    await page().goto(`${s.url}/#/sources/${safetyId}`);
    const margin = (i: number) =>
      page().locator(`li[data-turn][data-index="${i}"] .coding-margin .coding-chip`);
    await expect.poll(() => margin(1).count()).toBe(1);
    expect(await margin(1).textContent()).toContain('place_of_safety');
    expect(await margin(3).count()).toBe(0);
    expect(await margin(5).count()).toBe(1);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('suggestions in the reader', () => {
  it('says a coder without codings has nothing to learn from', async () => {
    await openAs(`/sources/${nightsId}`, 'coder-new');
    await page().getByRole('button', { name: 'Suggestions' }).click();
    const panel = page().getByRole('region', { name: 'Suggestions' });
    await panel.getByRole('heading', { name: 'Not enough codings to learn from yet' }).waitFor();
    expect(await panel.locator('.suggestion').count()).toBe(0);
  });

  it("suggests the coder's code with a confidence, and accepting codes the whole turn", async () => {
    await openAs(`/sources/${nightsId}`, 'coder-s');
    await page().getByRole('button', { name: 'Suggestions' }).click();
    const panel = page().getByRole('region', { name: 'Suggestions' });
    expect(await panel.textContent()).toContain('Learnt only from the codings of coder-s');
    const first = panel.locator('.suggestion').first();
    await first.waitFor();
    // Most confident first: the uncoded night-time turn, with the code coder-s used there.
    expect(await first.getAttribute('data-unit')).toBe(String(UNCODED_NIGHT_TURN));
    expect(await first.locator('.suggestion-code').textContent()).toBe('out_of_hours');
    const percent = await first.locator('.suggestion-confidence').textContent();
    expect(percent).toMatch(/^\d{1,3} % confidence$/);
    const shown = (await panel.locator('.suggestion-confidence').allTextContents()).map((t) =>
      Number.parseInt(t, 10),
    );
    expect(shown).toEqual([...shown].sort((a, b) => b - a));

    const before = (await codings(nightsId)).length;
    await first.getByRole('button', { name: /^Accept/ }).click();
    await expect.poll(async () => (await codings(nightsId)).length).toBe(before + 1);
    const { spans } = await turnSpans(s.store, nightsId);
    const created = (await codings(nightsId)).find(
      (c) => c.anchor.position.startUtf16 === spans[UNCODED_NIGHT_TURN]![0],
    );
    expect(created).toMatchObject({ codeId: outOfHours.id, coder: 'coder-s' });
    expect(created?.anchor.position.endUtf16).toBe(spans[UNCODED_NIGHT_TURN]![1]);
    // The accepted suggestion leaves the list.
    await expect
      .poll(() => panel.locator(`.suggestion[data-unit="${UNCODED_NIGHT_TURN}"]`).count())
      .toBe(0);
    // The margin shows the new coding (opened at the turn: the reader renders rows in view).
    await page().goto(`${s.url}/#/sources/${nightsId}?unit=${UNCODED_NIGHT_TURN}`);
    const chip = page().locator(
      `li[data-turn][data-index="${UNCODED_NIGHT_TURN}"] .coding-margin .coding-chip`,
    );
    await expect.poll(() => chip.count()).toBe(1);
  });

  it('hides weak suggestions until asked, and hides a dismissed one', async () => {
    await page().getByRole('button', { name: 'Suggestions' }).click();
    const panel = page().getByRole('region', { name: 'Suggestions' });
    await panel.getByRole('button', { name: /weaker suggestions \(under 5 %\)/ }).click();
    const first = panel.locator('.suggestion').first();
    const id = `${await first.getAttribute('data-unit')}:${await first.locator('.suggestion-code').textContent()}`;
    const count = await panel.locator('.suggestion').count();
    await first.getByRole('button', { name: /^Dismiss/ }).click();
    await expect.poll(() => panel.locator('.suggestion').count()).toBe(count - 1);
    const left = await panel
      .locator('.suggestion')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${e.getAttribute('data-unit')}:${e.querySelector('.suggestion-code')?.textContent}`,
        ),
      );
    expect(left).not.toContain(id);
    expect(s.pageErrors).toEqual([]);
  });
});
