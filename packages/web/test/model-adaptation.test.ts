/**
 * Adapting the learnt models to the researcher's corrections from the study Analysis page: the
 * check's table, then saving, after which the logs nobody corrected are read with the adapted
 * models (the agency chart counts them). The fictional study's mental health team goes by a local
 * name, "Bridgeway", that no lexicon rule knows (examples/bridgeway-logs); three of its six logs
 * are corrected.
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

/** How many logs the agency chart's table counts for mental health at the site. */
async function mentalHealthLogs(): Promise<number> {
  const table = s.page.locator('[data-chart-table="agencies-by-site"]');
  await table.waitFor();
  const row = table.locator('tbody tr', { hasText: /mental health/i });
  return Number(await row.locator('td').first().textContent());
}

describe('adapting the models from the Analysis page', () => {
  it('checks the adaptation, saves it, and the uncorrected logs are read with it', async () => {
    const { page, url } = s;
    await page.goto(`${url}/#/analysis`);
    await page.getByRole('heading', { level: 1, name: 'Police log analysis' }).waitFor();
    expect(await mentalHealthLogs()).toBe(3);

    const panel = page.getByRole('region', { name: 'Adapt the learnt models to your corrections' });
    await panel.getByRole('button', { name: 'Check the adaptation' }).click();
    expect(await panel.locator('.training-basis').textContent()).toMatch(
      /No log is marked reviewed, so the check trains on the 3 logs with a corrected entry/,
    );
    const table = panel.getByRole('table', {
      name: /Cross-validated on 3 logs with a corrected entry/,
    });
    await table.waitFor();
    expect(await panel.locator('.trained-on').textContent()).toBe(
      'Trained on: bw-0.txt, bw-1.txt, bw-2.txt.',
    );
    const agencyRow = table.getByRole('row', { name: /Agency F1/ });
    const [current, adapted] = (await agencyRow.locator('td').allTextContents()).map(Number);
    expect(adapted).toBeGreaterThan(current!);
    // Only agencies were corrected, so the verdict is judged on them.
    expect(await panel.locator('.adapt-verdict').textContent()).toMatch(
      /raises the mean score by \+\d\.\d{3}, judged on the agencies you corrected/,
    );
    await panel.screenshot({ path: '/tmp/liaison-model-adaptation.png' });

    await panel.getByRole('button', { name: /Save as lexicon .+\+study\.1/ }).click();
    await expect
      .poll(() => panel.getByRole('status').textContent())
      .toMatch(/Saved lexicon .+\+study\.1 as version 1\. Logs you have not corrected/);
    expect((await s.store.lexicons.current()).number).toBe(1);
    await expect.poll(mentalHealthLogs).toBe(6);

    // The three corrected logs keep their earlier analysis until analysed again.
    const older = page.getByRole('region', { name: 'Analyses made with an earlier lexicon' });
    await expect.poll(() => older.textContent()).toMatch(/3 logs keep an analysis/);
    await older
      .getByRole('button', { name: /Analyse them again with lexicon .+\+study\.1/ })
      .click();
    await older.waitFor({ state: 'detached' });
    const version = (await s.store.lexicons.current()).version;
    for (const source of await s.store.sources.list())
      expect((await s.store.analyses.get(source.id))?.lexiconVersion ?? version).toBe(version);
    expect(s.pageErrors).toEqual([]);
  });
});
