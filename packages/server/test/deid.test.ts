import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy;
beforeAll(async () => {
  t = await openTestStudy();
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const post = (url: string, payload?: unknown) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: payload as never,
    headers: { 'x-liaison-actor': 'rev' },
  });

interface ApiDetection {
  id: string;
  type: string;
  text: string;
  status: string;
  startUtf16: number;
  endUtf16: number;
}

async function detections(id: string): Promise<ApiDetection[]> {
  return (await get(`/api/sources/${id}/deid`)).json().detections;
}

describe('de-identification review API', () => {
  it('stores suggestions and lists them with their words and the text', async () => {
    const res = await post('/api/deid/detect', { sourceIds: [t.ids.log] });
    expect(res.statusCode).toBe(200);
    expect(res.json().sources[0]).toMatchObject({ sourceId: t.ids.log });
    const body = (await get(`/api/sources/${t.ids.log}/deid`)).json();
    const version = await t.store.texts.current(t.ids.log);
    expect(body.text).toBe(version.text);
    const adams = body.detections.find((d: ApiDetection) => d.text === 'ADAMS');
    expect(adams).toMatchObject({ type: 'PERSON', status: 'suggested' });
    expect(body.text.slice(adams.startUtf16, adams.endUtf16)).toBe('ADAMS');
    expect(body.remaining.suggested).toBe(body.detections.length);
  });

  it('records accept and reject decisions with the actor', async () => {
    const [first, second] = await detections(t.ids.log);
    const res = await post('/api/deid/review', { ids: [first!.id], status: 'accepted' });
    expect(res.json().detections[0]).toMatchObject({ status: 'accepted', reviewer: 'rev' });
    await post('/api/deid/review', { ids: [second!.id], status: 'rejected' });
    const statuses = (await detections(t.ids.log)).slice(0, 2).map((d) => d.status);
    expect(statuses).toEqual(['accepted', 'rejected']);
  });

  it('adds a span, refusing one outside the text', async () => {
    const text = (await t.store.texts.current(t.ids.log)).text;
    const start = text.indexOf('STAIRWELL');
    const res = await post(`/api/sources/${t.ids.log}/deid/detections`, {
      type: 'LOCATION',
      startUtf16: start,
      endUtf16: start + 9,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().detection).toMatchObject({ origin: 'reviewer', status: 'accepted' });
    expect((await detections(t.ids.log)).map((d) => d.text)).toContain('STAIRWELL');
    const outside = await post(`/api/sources/${t.ids.log}/deid/detections`, {
      type: 'LOCATION',
      startUtf16: 0,
      endUtf16: text.length + 5,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.id).toBe('validation_failed');
  });

  it('bulk accepts a type and counts what is left, per source and study-wide', async () => {
    const before = (await get('/api/deid/remaining')).json().remaining;
    const persons = before.suggestedByType.PERSON ?? 0;
    const res = await post('/api/deid/accept-type', { type: 'PERSON', sourceId: t.ids.log });
    expect(res.json().accepted).toBe(persons);
    const after = (await get(`/api/deid/remaining?sourceId=${t.ids.log}`)).json().remaining;
    expect(after.suggested).toBe(before.suggested - persons);
    expect(after.suggestedByType.PERSON).toBeUndefined();
  });

  it('answers validation_failed for unknown types and not_found for unknown sources', async () => {
    const bad = await post('/api/deid/accept-type', { type: 'NAME' });
    expect(bad.statusCode).toBe(400);
    expect((await get('/api/sources/NOPE/deid')).json().error.id).toBe('not_found');
    const missing = await post('/api/deid/review', { ids: ['NOPE'], status: 'accepted' });
    expect(missing.json().error.id).toBe('not_found');
  });
});
