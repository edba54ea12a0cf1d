import { anchorQuote, type Code } from '@liaison/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode } from './support/fixtures.js';
import { BUILDER, openTestStudy, type TestStudy } from './support/test-study.js';

/** Fictional turns about two themes, for a coder to code and the model to learn from. */
const SHARING = [
  'They would not share his records without consent.',
  'Confidentiality means the CMHT will not confirm he is known.',
  'We share information with housing under the protocol.',
  'The consent form never came back, so nothing was shared.',
];
const SUITE = [
  'The suite was full so he went to custody.',
  'We waited five hours at the suite for an assessment.',
  'Custody as a place of safety should be exceptional.',
  'The section 136 suite closed because the ward was short.',
];
const OTHER = ['Thank you for having me.', 'I have been in post three years.', 'Yes.', 'Okay.'];

const transcript = (lines: string[]) =>
  lines.map((l, i) => `${i % 2 ? 'INT' : 'P1'}: ${l}`).join('\n\n') + '\n';

let t: TestStudy;
let sharing: Code;
let suite: Code;
let unseenId: string;
let codedId: string;

beforeAll(async () => {
  t = await openTestStudy();
  sharing = await t.store.codes.create(BUILDER, { name: 'information_sharing' });
  suite = await t.store.codes.create(BUILDER, { name: 'place_of_safety' });
  const lines = [...SHARING, ...SUITE, ...OTHER].sort();
  const [coded, unseen] = await t.store.importFiles(
    BUILDER,
    [
      { name: 'coded.txt', bytes: encode(transcript(lines)) },
      {
        name: 'unseen.txt',
        bytes: encode(transcript(['Custody again, the suite was full.', 'Right.'])),
      },
    ],
    { dataset: 'Interviews', kind: 'interviews' },
  );
  if (coded?.status !== 'imported' || unseen?.status !== 'imported')
    throw new Error('import failed');
  unseenId = unseen.sourceId;
  codedId = coded.sourceId;
  const version = await t.store.texts.current(coded.sourceId);
  const input = (codeId: string, quote: string) => {
    const placed = anchorQuote(version.text, quote);
    if (!placed.ok) throw new Error(`fixture lacks ${quote}`);
    return { codeId, textVersionId: version.id, coder: 'coder-a', anchor: placed.anchor };
  };
  await t.store.codings.createMany(BUILDER, [
    ...SHARING.map((q) => input(sharing.id, q)),
    ...SUITE.map((q) => input(suite.id, q)),
  ]);
});
afterAll(() => t?.close());

const post = (url: string, actor: string, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: { 'x-liaison-actor': actor } });

describe('GET /api/sources/:id/suggestions', () => {
  it("ranks the acting coder's codes for each unit, storing nothing", async () => {
    const events = (await t.store.events.list()).length;
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/sources/${unseenId}/suggestions?k=2`,
      headers: { 'x-liaison-actor': 'coder-a' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ coder: 'coder-a', codesLearnt: 2 });
    expect(body.units).toHaveLength(2);
    expect(body.units[0].suggestions[0]).toMatchObject({
      code: suite.id,
      codeName: 'place_of_safety',
    });
    expect(body.units[0].suggestions[0].probability).toBeGreaterThan(
      body.units[0].suggestions[1].probability,
    );
    expect((await t.store.events.list()).length).toBe(events);
  });

  it('retrains once the study changes (new codings are learnt at the next request)', async () => {
    const get = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/sources/${unseenId}/suggestions`,
          headers: { 'x-liaison-actor': 'coder-e' },
        })
      ).json();
    const version = await t.store.texts.current(codedId);
    const codeAs = async (codeId: string, quotes: string[]) =>
      t.store.codings.createMany(
        BUILDER,
        quotes.map((q) => {
          const placed = anchorQuote(version.text, q);
          if (!placed.ok) throw new Error(q);
          return { codeId, textVersionId: version.id, coder: 'coder-e', anchor: placed.anchor };
        }),
      );
    await codeAs(sharing.id, SHARING.slice(0, 3));
    expect((await get()).codesLearnt).toBe(1);
    expect((await get()).codesLearnt).toBe(1);
    await codeAs(suite.id, SUITE.slice(0, 3));
    expect((await get()).codesLearnt).toBe(2);
  });

  it('answers a coder with no codings with no suggestions and why, and 404s an unknown source', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/sources/${unseenId}/suggestions`,
      headers: { 'x-liaison-actor': 'coder-b' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ units: [], note: expect.stringContaining('no codings') });
    const missing = await t.app.inject({ method: 'GET', url: '/api/sources/nope/suggestions' });
    expect(missing.statusCode).toBe(404);
  });
});

describe('POST /api/autocode', () => {
  it('previews numbered hits, then codes the chosen ones as the acting coder', async () => {
    const query = { phrase: 'suite', unit: 'sentence', sourceIds: [unseenId] };
    const preview = await post('/api/autocode/preview', 'coder-c', query);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().hits).toMatchObject([
      { number: 1, sourceId: unseenId, snippet: 'Custody again, the «suite» was full.' },
    ]);
    const applied = await post('/api/autocode/apply', 'coder-c', {
      ...query,
      codeId: suite.id,
      hits: [1],
    });
    expect(applied.statusCode).toBe(201);
    expect(applied.json()).toEqual({ created: 1, skipped: 0, coder: 'coder-c' });
    const codings = await t.store.codings.bySource(unseenId);
    expect(codings.map((c) => [c.coder, c.codeId, c.anchor.quote.exact])).toEqual([
      ['coder-c', suite.id, 'Custody again, the suite was full.'],
    ]);
  });

  it('refuses unsafe regexes, both or neither of phrase and regex, unknown codes and hits', async () => {
    const unsafe = await post('/api/autocode/preview', 'x', { regex: '(a|aa)*b' });
    expect(unsafe.statusCode).toBe(400);
    expect(unsafe.json().error.message).toContain('refused');
    expect((await post('/api/autocode/preview', 'x', { phrase: 'a', regex: 'a' })).statusCode).toBe(
      400,
    );
    expect((await post('/api/autocode/preview', 'x', {})).statusCode).toBe(400);
    const noCode = await post('/api/autocode/apply', 'x', {
      phrase: 'suite',
      codeId: 'nope',
      hits: 'all',
    });
    expect(noCode.statusCode).toBe(400);
    const noHit = await post('/api/autocode/apply', 'x', {
      phrase: 'suite',
      codeId: suite.id,
      hits: [999],
    });
    expect(noHit.statusCode).toBe(400);
    expect(noHit.json().error.message).toContain('No hit numbered 999');
  });
});
