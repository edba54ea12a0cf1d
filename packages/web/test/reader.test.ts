/**
 * The reader on a fictional study: a 200,000-word transcript stays responsive (a bounded window
 * of rendered turns, scrolling reaches the last turn, j / k move the focused turn), and text that
 * looks like HTML is shown as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureStudy, HTML_LIKE_TEXT, importTranscript } from './support/fixture-study.js';
import { generateTranscript } from './support/long-transcript.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

const WORDS = 200_000;
const SEED = 20_310_415;
/** A window of rendered turns well below the transcript's thousands. */
const MAX_RENDERED_TURNS = 200;

const transcript = generateTranscript(WORDS, SEED);
let s: ServedStudy;
let sourceId: string;
beforeAll(async () => {
  s = await serveStudy(async (location) => {
    const store = await buildFixtureStudy(location);
    sourceId = await importTranscript(store, 'focus-group-long.txt', transcript.text);
    return store;
  });
});
afterAll(() => s?.close());

const turns = () => s.page.locator('li[data-turn]');
const pane = () => s.page.getByRole('region', { name: 'Transcript turns' });

/** True when the turn is rendered and lies within the scroll pane's visible box. */
function inView(index: number): Promise<boolean> {
  return pane().evaluate((el, i) => {
    const row = el.querySelector(`[data-index="${i}"]`);
    if (!row) return false;
    const view = el.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
  }, index);
}
const focusedIndex = () =>
  s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.index ?? null);

describe('a 200,000-word transcript', () => {
  it('opens with a bounded number of rendered turns', async () => {
    expect(transcript.words).toBeGreaterThanOrEqual(WORDS);
    await s.page.goto(`${s.url}/#/sources/${sourceId}`);
    await turns().first().waitFor();
    expect(await turns().first().locator('.turn-text').textContent()).toBe(
      transcript.turns[0]!.text,
    );
    expect(await turns().count()).toBeLessThan(MAX_RENDERED_TURNS);
    expect(transcript.turns.length).toBeGreaterThan(MAX_RENDERED_TURNS * 5);
  });

  it('scrolls to the end and shows the last turn', async () => {
    const last = transcript.turns.length - 1;
    // Row heights are measured as rows render, so the end moves a little; scroll until it holds.
    await expect
      .poll(async () => {
        await pane().evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
        return inView(last);
      })
      .toBe(true);
    const lastTurn = s.page.locator(`li[data-index="${last}"]`);
    expect(await lastTurn.locator('.turn-text').textContent()).toBe(transcript.turns[last]!.text);
    expect(await turns().count()).toBeLessThan(MAX_RENDERED_TURNS);
    await s.page.screenshot({ path: '/tmp/liaison-long-transcript.png' });
  });

  it('moves the focused turn with j and k, scrolling it into view', async () => {
    await s.page.keyboard.press('Home');
    await expect.poll(focusedIndex).toBe('0');
    await s.page.keyboard.press('j');
    await s.page.keyboard.press('j');
    await expect.poll(focusedIndex).toBe('2');
    await s.page.keyboard.press('k');
    await expect.poll(focusedIndex).toBe('1');
    for (let i = 0; i < 40; i++) await s.page.keyboard.press('j');
    await expect.poll(focusedIndex).toBe('41');
    expect(await inView(41)).toBe(true);
    expect(await turns().count()).toBeLessThan(MAX_RENDERED_TURNS);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('a police log whose text looks like HTML', () => {
  it('shows the text as written and runs none of it', async () => {
    const log = (await s.store.sources.list()).find((x) => x.format === 'police_log_text');
    const { page } = s;
    await page.goto(`${s.url}/#/sources/${log!.id}`);
    const entry = page.locator('tr[data-entry]').nth(2).locator('.entry-text');
    await entry.waitFor();
    expect(await entry.textContent()).toBe(HTML_LIKE_TEXT);
    expect(await entry.locator('img, b').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
  });
});
