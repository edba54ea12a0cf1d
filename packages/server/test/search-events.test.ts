import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy;
beforeAll(async () => {
  t = await openTestStudy();
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/search', () => {
  it('finds a word across sources with a marked snippet and the unit it is in', async () => {
    const res = await get('/api/search?q=triage');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.query).toBe('triage');
    expect(body.hits).toHaveLength(1);
    expect(body.hits[0]).toEqual({
      sourceId: t.ids.transcript,
      sourceName: expect.any(String),
      textVersionId: expect.any(String),
      unitIndex: 1,
      startUtf16: expect.any(Number),
      endUtf16: expect.any(Number),
      snippet: expect.stringContaining('«triage»'),
      rank: expect.any(Number),
    });
  });

  it('answers no hits for a word no source holds', async () => {
    expect((await get('/api/search?q=zeppelin')).json()).toEqual({ query: 'zeppelin', hits: [] });
  });

  it('refuses an empty query with 400 validation_failed', async () => {
    const res = await get('/api/search?q=%20');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      id: 'validation_failed',
      message: 'query.q: must not be empty',
      details: { issues: [{ path: 'query.q', code: 'too_small', message: 'must not be empty' }] },
    });
  });
});

describe('GET /api/events', () => {
  it('pages the audit trail by afterSeq', async () => {
    const all = (await get('/api/events?limit=1000')).json();
    expect(all.nextAfterSeq).toBeNull();
    expect(all.events.length).toBeGreaterThan(3);
    const [event] = all.events;
    expect(Object.keys(event).sort()).toEqual([
      'action',
      'actor',
      'after',
      'at',
      'before',
      'entityId',
      'entityType',
      'seq',
    ]);
    expect(event).toMatchObject({
      seq: expect.any(Number),
      actor: 'test-builder',
      action: expect.stringMatching(/^\w+\.\w+/),
    });
    const seqs = all.events.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    const first = (await get('/api/events?limit=2')).json();
    expect(first.events.map((e: { seq: number }) => e.seq)).toEqual(
      all.events.slice(0, 2).map((e: { seq: number }) => e.seq),
    );
    expect(first.nextAfterSeq).toBe(first.events[1].seq);
    const second = (await get(`/api/events?limit=2&afterSeq=${first.nextAfterSeq}`)).json();
    expect(second.events[0]).toEqual(all.events[2]);
  });

  it('refuses a negative afterSeq', async () => {
    const res = await get('/api/events?afterSeq=-1');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('query.afterSeq: Too small: expected number to be >=0');
  });
});
