import type { Code } from '@liaison/core';
import { describeAnchor } from '@liaison/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy;
beforeAll(async () => {
  t = await openTestStudy();
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const send = (method: 'POST' | 'PATCH', url: string, payload: unknown) =>
  t.app.inject({ method, url, payload: payload as object, headers: { 'x-liaison-actor': 'lead' } });

async function createCode(name: string, extra: object = {}): Promise<Code> {
  const res = await send('POST', '/api/codes', { name, ...extra });
  expect(res.statusCode).toBe(201);
  return res.json().code;
}

async function codeSpan(code: Code, exact: string): Promise<string> {
  const version = await t.store.texts.current(t.ids.log);
  const start = version.text.indexOf(exact);
  const anchor = describeAnchor(version.text, start, start + exact.length);
  return (
    await t.store.codings.create('coder-1', {
      codeId: code.id,
      textVersionId: version.id,
      coder: 'coder-1',
      anchor,
    })
  ).id;
}

describe('/api/codes', () => {
  it('creates a code with its notes and lists it with coding counts', async () => {
    const code = await createCode('welfare_check', {
      definition: 'Police asked to check on a person',
      inclusion: 'Explicit request',
      examples: ['CONCERN FOR WELFARE'],
      colour: '#2ca02c',
      memo: 'Opening code in most logs',
    });
    expect(code).toMatchObject({
      name: 'welfare_check',
      inclusion: 'Explicit request',
      retiredAt: null,
    });
    await codeSpan(code, 'CONCERN FOR WELFARE');
    const res = await get('/api/codes');
    expect(res.statusCode).toBe(200);
    expect(res.json().codes).toContainEqual(code);
    expect(res.json().codingCounts[code.id]).toBe(1);
    expect((await get(`/api/codes/${code.id}`)).json()).toEqual({ code });
  });

  it('refuses bad input with validation_failed naming the field', async () => {
    const res = await send('POST', '/api/codes', { name: ' ', colour: 'red' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(['body.name', 'body.colour']);
    const ghost = await send('POST', '/api/codes', { name: 'x', parentId: 'nope' });
    expect(ghost.json().error).toMatchObject({
      id: 'validation_failed',
      message: expect.stringContaining('body.parentId'),
    });
  });

  it('renames, redefines and moves, and answers a cycle with conflict', async () => {
    const parent = await createCode('Agencies', { codable: false });
    const child = await createCode('crht');
    const renamed = await send('POST', `/api/codes/${child.id}/rename`, {
      name: 'crisis_team',
      memo: 'Spell out',
    });
    expect(renamed.json().code.name).toBe('crisis_team');
    const patched = await send('PATCH', `/api/codes/${child.id}`, {
      exclusion: 'Not the street triage car',
    });
    expect(patched.json().code.exclusion).toBe('Not the street triage car');
    const moved = await send('POST', `/api/codes/${child.id}/move`, { parentId: parent.id });
    expect(moved.json().code.parentId).toBe(parent.id);
    const cycle = await send('POST', `/api/codes/${parent.id}/move`, { parentId: child.id });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().error.id).toBe('conflict');
    const missing = await send('POST', '/api/codes/nope/rename', { name: 'x' });
    expect(missing.statusCode).toBe(404);
  });

  it('merges with a memo: counts combine and the event keeps the reason', async () => {
    const a = await createCode('attended');
    const b = await createCode('on_scene');
    await codeSpan(a, 'ATTENDED');
    await codeSpan(b, 'UNIT 3B ASSIGNED');
    const res = await send('POST', `/api/codes/${a.id}/merge`, {
      targetId: b.id,
      memo: 'Same event',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      moved: 1,
      source: { mergedInto: b.id },
      target: { id: b.id },
    });
    expect((await get('/api/codes')).json().codingCounts[b.id]).toBe(2);
    const events = (await get(`/api/events?entityId=${a.id}`)).json().events;
    expect(events.at(-1)).toMatchObject({
      action: 'code.merge',
      actor: 'lead',
      after: { memo: 'Same event' },
    });
    const again = await send('POST', `/api/codes/${a.id}/merge`, { targetId: b.id });
    expect(again.statusCode).toBe(409);
  });

  it('splits chosen codings into new codes and retires a code', async () => {
    const source = await createCode('contact');
    const phone = await codeSpan(source, 'CRHT CONTACTED FOR ADVICE');
    const res = await send('POST', `/api/codes/${source.id}/split`, {
      parts: [{ code: { name: 'contact_phone' }, codingIds: [phone] }],
      memo: 'Phone and visit differ',
    });
    expect(res.statusCode).toBe(201);
    const [made] = res.json().created;
    expect(made).toMatchObject({ name: 'contact_phone' });
    expect((await get('/api/codes')).json().codingCounts[made.id]).toBe(1);
    const foreign = await send('POST', `/api/codes/${source.id}/split`, {
      parts: [{ code: { name: 'again' }, codingIds: [phone] }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.id).toBe('validation_failed');
    const ghostDataset = await send('PATCH', `/api/codes/${source.id}`, { datasetId: 'nope' });
    expect(ghostDataset.json().error.message).toContain('body.datasetId');
    const retired = await send('POST', `/api/codes/${source.id}/retire`, { memo: 'Replaced' });
    expect(retired.json().code.retiredAt).toEqual(expect.any(String));
  });
});

describe('/api/rounds', () => {
  it('takes rounds and diffs them with the memos', async () => {
    const first = await send('POST', '/api/rounds', { name: 'API round 1' });
    expect(first.statusCode).toBe(201);
    const r1 = first.json().round;
    expect(first.json().codes.length).toBeGreaterThan(0);
    const code = await createCode('new_in_round_2', { memo: 'Emerged from interviews' });
    await send('POST', `/api/codes/${code.id}/rename`, { name: 'emergent', memo: 'Shorter' });
    const r2 = (await send('POST', '/api/rounds', { name: 'API round 2' })).json().round;
    expect((await get('/api/rounds')).json().rounds.map((r: { id: string }) => r.id)).toEqual([
      r1.id,
      r2.id,
    ]);
    const diff = (await get(`/api/rounds/diff?from=${r1.id}&to=${r2.id}`)).json().diff;
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'added',
        name: 'emergent',
        memos: ['Emerged from interviews'],
      }),
    ]);
    const current = (await get(`/api/rounds/diff?from=${r1.id}`)).json().diff;
    expect(current.to).toBe('current');
    expect((await get(`/api/rounds/${r1.id}`)).json().round.name).toBe('API round 1');
    expect((await get('/api/rounds/diff?from=nope')).statusCode).toBe(404);
    expect((await get(`/api/rounds/diff?from=${r2.id}&to=${r1.id}`)).statusCode).toBe(400);
  });
});
