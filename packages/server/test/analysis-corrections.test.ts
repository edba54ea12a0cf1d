/**
 * Correcting a police log's analysis over HTTP (`POST /api/sources/:id/analysis/corrections`
 * and `…/undo`) and the study's continuum scale (`GET/PUT /api/continuum-scale`). Each test opens
 * its own study, since corrections and scales change what every later read answers.
 */
import { DEFAULT_CONTINUUM_SCALE } from '@liaison/core';
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

const send = (s: TestStudy, method: 'POST' | 'PUT', url: string, payload: unknown) =>
  s.app.inject({
    method,
    url,
    payload: payload as object,
    headers: { 'x-liaison-actor': 'rater' },
  });
const get = (s: TestStudy, url: string) => s.app.inject({ method: 'GET', url });
const correctionsUrl = (s: TestStudy) => `/api/sources/${s.ids.log}/analysis/corrections`;

describe('POST /api/sources/:id/analysis/corrections', () => {
  it('stores the computed analysis first, then the correction, which GET and the summary show', async () => {
    const s = await study();
    const before = (await get(s, `/api/sources/${s.ids.log}/analysis`)).json().analysis;
    expect(before).toMatchObject({ stored: false, corrections: [] });
    expect(await s.store.analyses.get(s.ids.log)).toBeUndefined();
    const was = before.entries[1];
    const event = was.event === 'referral' ? 'support' : 'referral';
    const res = await send(s, 'POST', correctionsUrl(s), {
      target: 'entry',
      index: 1,
      event,
      agencies: ['police', 'housing'],
    });
    expect(res.statusCode).toBe(200);
    const { analysis } = res.json();
    expect(analysis).toMatchObject({ stored: true, sourceId: s.ids.log });
    expect(analysis.entries[1]).toMatchObject({ event, agencies: ['housing', 'police'] });
    expect(analysis.computed.entries[1]).toEqual({
      index: 1,
      agencies: was.agencies,
      event: was.event,
      framing: was.framing,
    });
    expect((await get(s, `/api/sources/${s.ids.log}/analysis`)).json().analysis).toEqual(analysis);
    const { summary } = (await get(s, '/api/analysis/summary')).json();
    expect(summary.logs[0].agencies).toContain('housing');
    const actions = (await s.store.events.list({ entityId: s.ids.log })).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['log_analysis.store', 'log_analysis.correct']);
    const last = (await s.store.events.list({ entityId: s.ids.log })).at(-1);
    expect(last?.actor).toBe('rater');
  });

  it('overrides the continuum with a reason, and refuses an override without one', async () => {
    const s = await study();
    const noReason = await send(s, 'POST', correctionsUrl(s), {
      target: 'continuum',
      level: 2,
      reason: '  ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/body\.reason: give the reason/);
    const computed = (await get(s, `/api/sources/${s.ids.log}/analysis`)).json().analysis;
    const level = computed.continuum.level === 4 ? 1 : 4;
    const res = await send(s, 'POST', correctionsUrl(s), {
      target: 'continuum',
      level,
      reason: 'Joint visit agreed by phone',
    });
    expect(res.json().analysis.continuum).toMatchObject({
      level,
      rationale: 'Joint visit agreed by phone',
      override: { fromLevel: computed.continuum.level, reason: 'Joint visit agreed by phone' },
    });
    const { summary } = (await get(s, '/api/analysis/summary')).json();
    expect(summary.logs[0].level).toBe(level);
  });

  it('answers validation_failed for labels outside the vocabulary or entries the log lacks', async () => {
    const s = await study();
    const cases = [
      { target: 'entry', index: 0, event: 'teleport' },
      { target: 'entry', index: 0, agencies: ['martians'] },
      { target: 'entry', index: 99, framing: 'unclear' },
      { target: 'entry', index: 0 },
      { target: 'continuum', level: 7, reason: 'x' },
      { target: 'sideways' },
    ];
    for (const body of cases) {
      const res = await send(s, 'POST', correctionsUrl(s), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.id).toBe('validation_failed');
    }
    const transcript = await send(
      s,
      'POST',
      `/api/sources/${s.ids.transcript}/analysis/corrections`,
      {
        target: 'entry',
        index: 0,
        event: 'other',
      },
    );
    expect(transcript.statusCode).toBe(409);
    // A refused first correction stores neither the analysis nor an event.
    expect(await s.store.analyses.get(s.ids.log)).toBeUndefined();
    const actions = (await s.store.events.list({ entityId: s.ids.log })).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('log_analysis.'))).toEqual([]);
  });
});

describe('POST /api/sources/:id/analysis/corrections/undo', () => {
  it('undoes one field, then the continuum override, returning to the computed labels', async () => {
    const s = await study();
    const computed = (await get(s, `/api/sources/${s.ids.log}/analysis`)).json().analysis;
    const was = computed.entries[0];
    await send(s, 'POST', correctionsUrl(s), {
      target: 'entry',
      index: 0,
      event: was.event === 'other' ? 'deploy' : 'other',
      framing: was.framing === 'unclear' ? 'risk_safety' : 'unclear',
    });
    await send(s, 'POST', correctionsUrl(s), { target: 'continuum', level: 0, reason: 'r' });
    const undo = `${correctionsUrl(s)}/undo`;
    const one = await send(s, 'POST', undo, { target: 'entry', index: 0, fields: ['event'] });
    expect(one.statusCode).toBe(200);
    expect(one.json().analysis.entries[0].event).toBe(was.event);
    expect(one.json().analysis.entries[0].framing).not.toBe(was.framing);
    await send(s, 'POST', undo, { target: 'entry', index: 0 });
    const done = (await send(s, 'POST', undo, { target: 'continuum' })).json().analysis;
    expect(done.corrections).toEqual([]);
    expect(done.entries).toEqual(computed.entries);
    expect(done.continuum).toEqual(computed.continuum);
    const again = await send(s, 'POST', undo, { target: 'continuum' });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toMatch(/no correction of continuum to undo/);
  });
});

describe('/api/continuum-scale', () => {
  const threeLevels = {
    version: 'study-scale-1',
    levels: [
      { level: 2, label: 'working together', requires: [['joint_action']], rationale: '{entries}' },
      { level: 1, label: 'in touch', requires: [['partner_contact']], rationale: '{entries}' },
      { level: 0, label: 'police alone', requires: [[]], rationale: 'No partner.' },
    ],
  };

  it('answers the default scale until one is saved, then places every log on the saved one', async () => {
    const s = await study();
    const first = (await get(s, '/api/continuum-scale')).json();
    expect(first).toEqual({ scale: expect.objectContaining({ number: 0 }), versions: [] });
    expect(first.scale.scale).toEqual(DEFAULT_CONTINUUM_SCALE);
    const put = await send(s, 'PUT', '/api/continuum-scale', threeLevels);
    expect(put.statusCode).toBe(200);
    expect(put.json().scale).toMatchObject({
      number: 1,
      version: 'study-scale-1',
      savedBy: 'rater',
    });
    const { summary } = (await get(s, '/api/analysis/summary')).json();
    expect(summary.scale).toEqual([
      { level: 0, label: 'police alone' },
      { level: 1, label: 'in touch' },
      { level: 2, label: 'working together' },
    ]);
    const { analysis } = (await get(s, `/api/sources/${s.ids.log}/analysis`)).json();
    expect(analysis.scaleVersion).toBe('study-scale-1');
    expect(['police alone', 'in touch', 'working together']).toContain(analysis.continuum.label);
    const after = (await get(s, '/api/continuum-scale')).json();
    expect(after.versions.map((v: { version: string }) => v.version)).toEqual(['study-scale-1']);
  });

  it('refuses an invalid scale naming each problem, and a version already saved', async () => {
    const s = await study();
    const bad = await send(s, 'PUT', '/api/continuum-scale', {
      ...threeLevels,
      levels: [{ level: 1, label: 'x', requires: [['hugs']], rationale: '' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/levels\[0\]\.requires\[0\]\[0\]: expected one of/);
    await send(s, 'PUT', '/api/continuum-scale', threeLevels);
    const taken = await send(s, 'PUT', '/api/continuum-scale', threeLevels);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toMatch(/already saved as version 1/);
  });
});
