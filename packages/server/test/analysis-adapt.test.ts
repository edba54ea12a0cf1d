/**
 * `POST /api/analysis/adapt`: the study's reviewed logs adapt the lexicon's learnt models, with a
 * cross-validated check, and with `save` the adapted lexicon becomes the study's, which the
 * analysis of every uncorrected log then uses; the answer names the logs trained on and whether
 * they were those marked reviewed or those corrected. The fictional study's mental health team
 * goes by a local name, "Bridgeway", that no lexicon rule knows (examples/bridgeway-logs).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Six fictional logs (examples/bridgeway-logs/README.md). */
const FIXTURES = new URL('../../../examples/bridgeway-logs/', import.meta.url);
const bridgewayFiles = () =>
  [0, 1, 2, 3, 4, 5].map((n) => ({
    name: `bw-${n}.txt`,
    bytes: readFileSync(new URL(`log-${n}.txt`, FIXTURES)),
  }));

/** The Bridgeway logs' ids, the first `reviewed` corrected over HTTP. */
async function study(reviewed: number): Promise<{ s: TestStudy; ids: string[] }> {
  const s = await openTestStudy();
  t = s;
  const results = await s.store.importFiles('builder', bridgewayFiles(), {
    dataset: 'Bridgeway logs',
    kind: 'police_logs',
  });
  const ids = results.map((r) => (r.status === 'imported' ? r.sourceId : ''));
  for (const id of ids.slice(0, reviewed))
    for (const index of [1, 3]) {
      const url = `/api/sources/${id}/analysis/corrections`;
      const agencies = ['police', 'mental_health'];
      const res = await post(s, url, { target: 'entry', index, agencies });
      expect(res.statusCode).toBe(200);
    }
  return { s, ids };
}

const post = (s: TestStudy, url: string, payload: object) =>
  s.app.inject({ method: 'POST', url, payload, headers: { 'x-liaison-actor': 'rater' } });

const agenciesOf = async (s: TestStudy, id: string, entry: number) =>
  (await s.app.inject({ method: 'GET', url: `/api/sources/${id}/analysis` })).json().analysis
    .entries[entry].agencies as string[];

describe('POST /api/analysis/adapt', () => {
  it('checks the adaptation without saving, then saves it for every uncorrected log', async () => {
    const { s, ids } = await study(3);
    expect(await agenciesOf(s, ids[3]!, 3)).not.toContain('mental_health');
    const check = await post(s, '/api/analysis/adapt', {});
    expect(check.statusCode).toBe(200);
    const { adaptation } = check.json();
    expect(adaptation).toMatchObject({ logs: 3, entries: 12, folds: 3, saved: null });
    expect(adaptation.basis).toBe('corrected');
    expect(adaptation.trainedOn).toEqual(['bw-0.txt', 'bw-1.txt', 'bw-2.txt']);
    expect(adaptation.adapted.agencyF1).toBeGreaterThan(adaptation.current.agencyF1);
    expect(adaptation.gain).toBeGreaterThan(0);
    expect((await s.store.lexicons.current()).number).toBe(0);
    expect(JSON.stringify(adaptation)).not.toMatch(/BRIDGEWAY/);

    const saved = (await post(s, '/api/analysis/adapt', { save: true })).json().adaptation;
    expect(saved.saved).toEqual({ number: 1, version: saved.version });
    expect(await agenciesOf(s, ids[3]!, 3)).toContain('mental_health');
    const summary = (await s.app.inject({ method: 'GET', url: '/api/analysis/summary' })).json();
    expect(summary.summary.lexiconVersion).toBe(saved.version);
    const [event] = (await s.store.events.list()).filter((e) => e.action === 'lexicon.save');
    expect(event).toMatchObject({ actor: 'rater' });
  });

  it('analyses the corrected logs again with the saved lexicon, keeping their corrections', async () => {
    const { s, ids } = await study(3);
    const saved = (await post(s, '/api/analysis/adapt', { save: true })).json().adaptation;
    const summary = async () =>
      (await s.app.inject({ method: 'GET', url: '/api/analysis/summary' })).json();
    // The three corrected logs keep the analysis they were stored with.
    expect((await summary()).olderLexicon).toBe(3);
    const res = await post(s, '/api/analysis/reanalyse', {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ reanalysed: 3, lexiconVersion: saved.version });
    expect((await summary()).olderLexicon).toBe(0);
    const stored = await s.store.analyses.get(ids[0]!);
    expect(stored).toMatchObject({ lexiconVersion: saved.version });
    expect(stored!.corrections).toHaveLength(2);
    expect(await agenciesOf(s, ids[0]!, 1)).toContain('mental_health');
    // Nothing is left to analyse again.
    expect((await post(s, '/api/analysis/reanalyse', {})).json().reanalysed).toBe(0);
  });

  it('trains on the logs marked reviewed once any is, leaving out logs only corrected', async () => {
    const { s, ids } = await study(3);
    for (const id of [ids[0]!, ids[2]!]) {
      const url = `/api/sources/${id}/analysis/reviewed`;
      const res = await s.app.inject({
        method: 'PUT',
        url,
        payload: { reviewed: true },
        headers: { 'x-liaison-actor': 'rater' },
      });
      expect(res.statusCode).toBe(200);
    }
    const { adaptation } = (await post(s, '/api/analysis/adapt', {})).json();
    expect(adaptation).toMatchObject({ basis: 'marked', logs: 2, entries: 8, folds: 2 });
    expect(adaptation.trainedOn).toEqual(['bw-0.txt', 'bw-2.txt']);
  });

  it('refuses fewer than two reviewed logs and a malformed body', async () => {
    const { s } = await study(1);
    const few = await post(s, '/api/analysis/adapt', { save: true });
    expect(few.statusCode).toBe(400);
    expect(few.json().error.message).toMatch(/1 reviewed police log; adapting the models needs/);
    const bad = await post(s, '/api/analysis/adapt', { save: 'yes' });
    expect(bad.statusCode).toBe(400);
  });
});
