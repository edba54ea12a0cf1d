/** `GET/PUT /api/deid/settings`: the study's detection settings and replacement policy. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy;
beforeAll(async () => {
  t = await openTestStudy();
});
afterAll(() => t?.close());

const get = () => t.app.inject({ method: 'GET', url: '/api/deid/settings' });
const put = (payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/deid/settings',
    payload: payload as never,
    headers: { 'x-liaison-actor': 'rev' },
  });

describe('de-identification settings API', () => {
  it('reads the defaults', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.json().settings).toEqual({ detection: {}, policy: {} });
  });

  it('saves settings and records who changed them', async () => {
    const settings = {
      detection: { crimeRefPatterns: ['\\bZZ/\\d{5}/\\d{2}\\b'] },
      policy: { placeholders: ['PHONE'], dates: { DATE: 'placeholder' } },
    };
    const res = await put(settings);
    expect(res.statusCode).toBe(200);
    expect(res.json().settings).toEqual(settings);
    expect((await get()).json().settings).toEqual(settings);
    expect(await t.store.deid.settings()).toEqual(settings);
    const events = await t.store.events.list();
    expect(events.at(-1)).toMatchObject({ action: 'deid.settings', actor: 'rev' });
  });

  it('refuses unknown fields, bad choices and broken patterns, naming each, and keeps the old', async () => {
    const before = (await get()).json().settings;
    const res = await put({
      detection: { crimeRefPatterns: ['(unclosed'], colour: 'red' },
      policy: { dates: { DATE: 'hide' }, placeholders: ['NAME'], maxShiftDays: 0 },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.id).toBe('validation_failed');
    const paths = error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.detection.crimeRefPatterns.0',
        'body.policy.dates.DATE',
        'body.policy.placeholders.0',
        'body.policy.maxShiftDays',
      ]),
    );
    expect(error.message).toContain('colour');
    expect((await put({ policy: {} })).statusCode).toBe(400);
    expect((await get()).json().settings).toEqual(before);
  });
});
