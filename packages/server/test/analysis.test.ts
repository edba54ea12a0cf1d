import { AGENCIES, analyseLog, TURNING_POINT_TYPES } from '@liaison/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy;
beforeAll(async () => {
  t = await openTestStudy();
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/sources/:id/analysis', () => {
  it("analyses the current version of a police log's entries", async () => {
    const res = await get(`/api/sources/${t.ids.log}/analysis`);
    expect(res.statusCode).toBe(200);
    const { analysis } = res.json();
    const version = await t.store.texts.current(t.ids.log);
    expect(analysis.sourceId).toBe(t.ids.log);
    expect(analysis.textVersionId).toBe(version.id);
    expect(analysis.entries).toHaveLength(4);
    expect(analysis.entries[3]).toMatchObject({ index: 3, event: 'closure' });
    expect(analysis.entries[2].agencies).toContain('mental_health');
    expect(analysis.turningPoints.map((tp: { type: string }) => tp.type)).toContain('closure');
    expect(analysis.continuum).toMatchObject({
      level: expect.any(Number),
      label: expect.any(String),
    });
    expect(analysis.continuum.rationale.length).toBeGreaterThan(0);
  });

  it('refuses a transcript with a conflict that says only police logs can be analysed', async () => {
    const res = await get(`/api/sources/${t.ids.transcript}/analysis`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({
      id: 'conflict',
      message: expect.stringMatching(/not a police log.*only police logs/),
    });
  });

  it('answers not_found for an unknown source and validation_failed for a bad id', async () => {
    expect((await get('/api/sources/NOPE/analysis')).json().error.id).toBe('not_found');
    const bad = await get('/api/sources/bad%20id!/analysis');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.id).toBe('validation_failed');
  });
});

describe('GET /api/analysis/summary', () => {
  it('summarises every police log and only police logs, grouped by site and dataset', async () => {
    const res = await get('/api/analysis/summary');
    expect(res.statusCode).toBe(200);
    const { summary } = res.json();
    const single = (await get(`/api/sources/${t.ids.log}/analysis`)).json().analysis;
    expect(summary.logs).toEqual([
      expect.objectContaining({
        sourceId: t.ids.log,
        siteName: 'Northbridge',
        datasetName: 'Police logs',
        level: single.continuum.level,
        turningPoints: single.turningPoints.map((tp: { type: string }) => tp.type),
      }),
    ]);
    expect(summary.scale.map((l: { level: number }) => l.level)).toEqual([0, 1, 2, 3, 4]);
    expect(summary.bySite.map((g: { name: string }) => g.name)).toEqual(['Northbridge']);
    expect(summary.byDataset.map((g: { name: string }) => g.name)).toEqual(['Police logs']);
  });

  it('counts every level, type and agency, zeros kept, summing to the logs', async () => {
    const { summary } = (await get('/api/analysis/summary')).json();
    const [site] = summary.bySite;
    const level = summary.logs[0].level;
    expect(site.logs).toBe(1);
    expect(site.continuum).toEqual(
      [0, 1, 2, 3, 4].map((key) => ({ key, count: key === level ? 1 : 0 })),
    );
    expect(site.turningPoints.map((c: { key: string }) => c.key)).toEqual([...TURNING_POINT_TYPES]);
    const agencies = Object.fromEntries(
      site.agencies.map((c: { key: string; count: number }) => [c.key, c.count]),
    );
    expect(Object.keys(agencies)).toEqual([...AGENCIES]);
    for (const agency of summary.logs[0].agencies) expect(agencies[agency]).toBe(1);
  });
});

describe('stored analyses and corrections', () => {
  it('serves a stored analysis with the researcher’s corrections, which override the classifier', async () => {
    const version = await t.store.texts.current(t.ids.log);
    const structure = await t.store.texts.structure(version.id);
    if (structure.kind !== 'police_log') throw new Error('fixture log did not parse as a log');
    await t.store.analyses.store('tester', t.ids.log, analyseLog(structure));
    await t.store.analyses.correct('tester', t.ids.log, {
      target: 'entry',
      index: 0,
      event: 'other',
      framing: 'unclear',
    });
    await t.store.analyses.correct('tester', t.ids.log, {
      target: 'continuum',
      level: 4,
      reason: 'standing joint protocol',
    });
    const { analysis } = (await get(`/api/sources/${t.ids.log}/analysis`)).json();
    expect(analysis.entries[0]).toMatchObject({ event: 'other', framing: 'unclear' });
    expect(analysis.continuum.level).toBe(4);
    const { summary } = (await get('/api/analysis/summary')).json();
    expect(summary.logs[0].level).toBe(4);
  });
});
