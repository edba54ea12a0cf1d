/**
 * Marking a police log reviewed over HTTP (`PUT /api/sources/:id/analysis/reviewed`): every
 * entry of its analysis checked, so adapting the models trains on it. The mark shows in the log's
 * analysis and in the summary's list of logs, whose `training` says which logs a check would take.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function study(): Promise<TestStudy> {
  t = await openTestStudy();
  return t;
}

const put = (s: TestStudy, id: string, payload: unknown) =>
  s.app.inject({
    method: 'PUT',
    url: `/api/sources/${id}/analysis/reviewed`,
    payload: payload as object,
    headers: { 'x-liaison-actor': 'rater' },
  });
const get = async (s: TestStudy, url: string) =>
  (await s.app.inject({ method: 'GET', url })).json();

describe('PUT /api/sources/:id/analysis/reviewed', () => {
  it('marks a log never analysed (storing its analysis), shows it, then unmarks it', async () => {
    const s = await study();
    expect((await get(s, '/api/analysis/summary')).training).toEqual({
      basis: 'corrected',
      marked: 0,
      corrected: 0,
    });
    const res = await put(s, s.ids.log, { reviewed: true });
    expect(res.statusCode).toBe(200);
    const { analysis } = res.json();
    expect(analysis).toMatchObject({ stored: true, reviewed: { by: 'rater' } });
    expect(Date.parse(analysis.reviewed.at)).not.toBeNaN();
    expect((await get(s, `/api/sources/${s.ids.log}/analysis`)).analysis).toEqual(analysis);
    const summary = await get(s, '/api/analysis/summary');
    expect(summary.summary.logs[0]).toMatchObject({
      reviewed: analysis.reviewed,
      corrected: false,
    });
    expect(summary.training).toEqual({ basis: 'marked', marked: 1, corrected: 0 });
    const actions = (await s.store.events.list({ entityId: s.ids.log })).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['log_analysis.store', 'log_analysis.review']);

    const undone = await put(s, s.ids.log, { reviewed: false });
    expect(undone.json().analysis.reviewed).toBeNull();
    expect((await get(s, '/api/analysis/summary')).training.basis).toBe('corrected');
    expect((await s.store.events.list({ entityId: s.ids.log })).at(-1)).toMatchObject({
      action: 'log_analysis.unreview',
      actor: 'rater',
    });
  });

  it('counts corrected logs for training only while no log is marked', async () => {
    const s = await study();
    const url = `/api/sources/${s.ids.log}/analysis/corrections`;
    const correction = { target: 'entry', index: 0, agencies: ['housing'] };
    const headers = { 'x-liaison-actor': 'rater' };
    await s.app.inject({ method: 'POST', url, payload: correction, headers });
    const { summary, training } = await get(s, '/api/analysis/summary');
    expect(summary.logs[0]).toMatchObject({ reviewed: null, corrected: true });
    expect(training).toEqual({ basis: 'corrected', marked: 0, corrected: 1 });
  });

  it('refuses a malformed body, a source that is not a log, and unmarking a log never stored', async () => {
    const s = await study();
    for (const body of [{}, { reviewed: 'yes' }, { reviewed: true, extra: 1 }, null]) {
      const res = await put(s, s.ids.log, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.id).toBe('validation_failed');
    }
    expect((await put(s, s.ids.transcript, { reviewed: true })).statusCode).toBe(409);
    expect((await put(s, 'no-such-source', { reviewed: true })).statusCode).toBe(404);
    const unmark = await put(s, s.ids.log, { reviewed: false });
    expect(unmark.statusCode).toBe(404);
    expect(unmark.json().error.message).toMatch(/no stored analysis .* then unmark it reviewed/);
    expect(await s.store.analyses.get(s.ids.log)).toBeUndefined();
  });
});
