/**
 * Marking police logs reviewed in the browser: with key `r` and with the button in the log's
 * page, each stored with who marked it, undoable; the Analysis page's adaptation panel then says
 * training takes the marked logs only, and its check names them. The fictional study's mental
 * health team goes by a local name, "Bridgeway" (examples/bridgeway-logs); three of its six logs
 * are corrected, two of those are then marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBridgewayStudy } from './support/bridgeway-study.js';
import { serveStudy, type ServedStudy } from './support/served-study.js';

let s: ServedStudy;
beforeAll(async () => {
  s = await serveStudy(buildBridgewayStudy);
  s.page.setDefaultTimeout(20_000);
});
afterAll(() => s?.close());

async function sourceId(name: string): Promise<string> {
  const source = (await s.store.sources.list()).find((x) => x.name === name);
  if (!source) throw new Error(`no source ${name}`);
  return source.id;
}

async function openLog(name: string): Promise<string> {
  const id = await sourceId(name);
  await s.page.goto(`${s.url}/#/sources/${id}`);
  await s.page.getByLabel('Continuum of joint working').waitFor();
  return id;
}

const reviewedBy = async (id: string) => (await s.store.analyses.get(id))?.reviewed?.by ?? null;

async function openAdaptationPanel() {
  await s.page.goto(`${s.url}/#/analysis`);
  await s.page.getByRole('heading', { level: 1, name: 'Police log analysis' }).waitFor();
  return s.page.getByRole('region', { name: 'Adapt the learnt models to your corrections' });
}

describe('marking a log reviewed', () => {
  it('marks logs with r and with the button, and the adaptation panel trains on them only', async () => {
    const { page } = s;
    await page.goto(`${s.url}/#/analysis`);
    await page.evaluate(() => localStorage.setItem('liaison.actor', 'researcher-a'));
    const before = await openAdaptationPanel();
    await expect
      .poll(() => before.locator('.training-basis').textContent())
      .toMatch(/No log is marked reviewed, so the check trains on the 3 logs with a corrected/);

    // Key r, pressed with focus on an entry of the log (not in a text field).
    const first = await openLog('bw-0.txt');
    const toggle = page.getByRole('group', { name: 'Review of this log' });
    await toggle.getByRole('button', { name: 'Mark log as reviewed' }).waitFor();
    await page.locator('.log-table [data-index="0"]').click();
    await page.keyboard.press('r');
    await toggle.getByRole('button', { name: 'Reviewed ✓ (undo)' }).waitFor();
    await expect.poll(() => toggle.textContent()).toMatch(/Marked reviewed by researcher-a, /);
    await page.locator('.reader').screenshot({ path: '/tmp/liaison-review-toggle.png' });
    expect(await page.locator('.correction-status').textContent()).toBe('Log marked reviewed.');
    expect(await reviewedBy(first)).toBe('researcher-a');
    // A reload shows the stored mark.
    await page.reload();
    await toggle.getByRole('button', { name: 'Reviewed ✓ (undo)' }).waitFor();

    // The button, on another log, then undone and marked again.
    const second = await openLog('bw-2.txt');
    await toggle.getByRole('button', { name: 'Mark log as reviewed' }).click();
    await toggle.getByRole('button', { name: 'Reviewed ✓ (undo)' }).click();
    await toggle.getByRole('button', { name: 'Mark log as reviewed' }).waitFor();
    expect(await reviewedBy(second)).toBeNull();
    await toggle.getByRole('button', { name: 'Mark log as reviewed' }).click();
    await toggle.getByRole('button', { name: 'Reviewed ✓ (undo)' }).waitFor();
    expect(await reviewedBy(second)).toBe('researcher-a');
    // Typing r in a text field (the memo form) types it, and leaves the mark alone: the events
    // counted below would show an unmark.
    await page.locator('summary', { hasText: 'Memos on this source' }).click();
    const memoTitle = page.getByLabel('Memo title');
    await memoTitle.press('r');
    expect(await memoTitle.inputValue()).toBe('r');

    const panel = await openAdaptationPanel();
    await expect
      .poll(() => panel.locator('.training-basis').textContent())
      .toMatch(/2 logs are marked reviewed, so the check trains on them only/);
    const list = page.getByRole('region', { name: 'Logs' });
    expect(await list.getByText('reviewed ✓').count()).toBe(2);
    await panel.getByRole('button', { name: 'Check the adaptation' }).click();
    await panel.getByRole('table', { name: /Cross-validated on 2 logs marked reviewed/ }).waitFor();
    expect(await panel.locator('.trained-on').textContent()).toBe(
      'Trained on: bw-0.txt, bw-2.txt.',
    );
    await panel.screenshot({ path: '/tmp/liaison-log-review-panel.png' });
    const actions = (await s.store.events.list()).map((e) => e.action);
    expect(actions.filter((a) => a === 'log_analysis.review')).toHaveLength(3);
    expect(actions.filter((a) => a === 'log_analysis.unreview')).toHaveLength(1);
    expect(await reviewedBy(second)).toBe('researcher-a');
    expect(s.pageErrors).toEqual([]);
  });
});
