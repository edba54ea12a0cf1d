import { describeAnchor, type Code, type TextVersion } from '@liaison/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDER, openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy;
let version: TextVersion;
let triage: Code;

/** Both code one span of the transcript alike; coder-a codes another that coder-b does not. */
beforeAll(async () => {
  t = await openTestStudy();
  version = await t.store.texts.current(t.ids.transcript);
  triage = await t.store.codes.create(BUILDER, { name: 'street_triage' });
  const code = (coder: string, exact: string) => {
    const start = version.text.indexOf(exact);
    return t.store.codings.create(coder, {
      codeId: triage.id,
      textVersionId: version.id,
      coder,
      anchor: describeAnchor(version.text, start, start + exact.length),
    });
  };
  await code('coder-a', 'street triage car');
  await code('coder-a', 'safeguarding hub');
  await code('coder-b', 'safeguarding hub');
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const post = (payload: object, actor = 'lead') =>
  t.app.inject({
    method: 'POST',
    url: '/api/disputes/resolve',
    payload,
    headers: { 'x-liaison-actor': actor },
  });

describe('/api/disputes', () => {
  it('lists disputes side by side and records a resolution', async () => {
    const res = await get(`/api/disputes?coders=coder-a,coder-b&sourceId=${t.ids.transcript}`);
    expect(res.statusCode).toBe(200);
    const [d] = res.json().disputes;
    expect(d).toMatchObject({
      text: 'street triage car',
      kind: 'uncoded_by_some',
      sides: [
        { coder: 'coder-a', segments: [{ codeName: 'street_triage' }] },
        { coder: 'coder-b' },
      ],
      resolution: null,
    });
    const { sourceId, textVersionId, start, end, coders } = d;
    const key = { sourceId, textVersionId, start, end, coders };
    const saved = await post({ ...key, outcome: 'keep_a', codeIds: [triage.id], note: 'Agreed.' });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().resolution).toMatchObject({ outcome: 'keep_a', resolvedBy: 'lead' });
    const after = await get('/api/disputes?coders=coder-a,coder-b');
    expect(after.json().disputes[0].resolution).toMatchObject({ note: 'Agreed.' });
  });

  it('answers validation_failed, not_found and, during a blind round, forbidden', async () => {
    expect((await get('/api/disputes?coders=coder-a')).json().error.id).toBe('validation_failed');
    const unknown = await post({
      sourceId: t.ids.log,
      textVersionId: version.id,
      start: 0,
      end: 3,
      coders: ['coder-a', 'coder-b'],
      outcome: 'neither',
      codeIds: [],
    });
    expect(unknown.json().error.id).toBe('not_found');
    await t.store.codingSettings.set('lead', { blind: true, lead: 'lead' });
    const blind = await get('/api/disputes?coders=coder-a,coder-b');
    expect(blind.statusCode).toBe(403);
    expect(blind.json().error.id).toBe('forbidden');
    await t.store.codingSettings.reveal('lead');
    expect((await get('/api/disputes?coders=coder-a,coder-b')).statusCode).toBe(200);
  });
});
