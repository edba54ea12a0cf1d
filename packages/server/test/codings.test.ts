import type { Code, Coding, TextVersion } from '@liaison/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDER, openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy;
let version: TextVersion;
let triage: Code;
let sharing: Code;
let folder: Code;
beforeAll(async () => {
  t = await openTestStudy();
  version = await t.store.texts.current(t.ids.transcript);
  triage = await t.store.codes.create(BUILDER, { name: 'street_triage', colour: '#1f77b4' });
  sharing = await t.store.codes.create(BUILDER, { name: 'information_sharing' });
  folder = await t.store.codes.create(BUILDER, { name: 'Partners', codable: false });
});
afterAll(() => t?.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, actor: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { 'x-liaison-actor': actor } });

/** The span of `exact` in the transcript's current text, in UTF-16 code units. */
function spanOf(exact: string) {
  const startUtf16 = version.text.indexOf(exact);
  if (startUtf16 < 0) throw new Error(`fixture lacks ${exact}`);
  return { startUtf16, endUtf16: startUtf16 + exact.length };
}

async function code(actor: string, codeId: string, exact: string): Promise<Coding> {
  const res = await call('POST', '/api/codings', actor, {
    codeId,
    textVersionId: version.id,
    ...spanOf(exact),
  });
  expect(res.statusCode).toBe(201);
  return res.json().coding;
}

const codingsAs = async (actor: string): Promise<Coding[]> =>
  (await call('GET', `/api/sources/${t.ids.transcript}/codings`, actor)).json().codings;

describe('POST /api/codings', () => {
  it('builds the anchor from the stored text and records the coder', async () => {
    const coding = await code('coder-a', triage.id, 'street triage car');
    expect(coding).toMatchObject({
      codeId: triage.id,
      sourceId: t.ids.transcript,
      coder: 'coder-a',
      anchor: { quote: { exact: 'street triage car', prefix: expect.any(String) } },
      status: 'exact',
    });
    expect(await t.store.codings.get(coding.id)).toEqual(coding);
  });

  it('refuses a folder, an unknown code, an empty or out-of-range span and an old version', async () => {
    const post = (body: object) => call('POST', '/api/codings', 'coder-a', body);
    const span = spanOf('safeguarding hub');
    const base = { codeId: triage.id, textVersionId: version.id, ...span };
    const folderRes = await post({ ...base, codeId: folder.id });
    expect(folderRes.json().error).toMatchObject({
      id: 'validation_failed',
      message: expect.stringContaining('folder'),
    });
    expect((await post({ ...base, codeId: 'NOPE' })).json().error.id).toBe('validation_failed');
    expect((await post({ ...base, endUtf16: span.startUtf16 })).statusCode).toBe(400);
    const outside = await post({ ...base, endUtf16: version.text.length + 5 });
    expect(outside.json().error).toMatchObject({
      id: 'validation_failed',
      message: expect.stringContaining('out of bounds'),
    });
    expect((await post({ ...base, textVersionId: 'NOPE' })).statusCode).toBe(404);
  });

  it('refuses a retired code and a text version that is no longer current', async () => {
    const old = await t.store.codes.create(BUILDER, { name: 'old_name' });
    await t.store.codes.retire(BUILDER, old.id);
    const span = spanOf('safeguarding hub');
    const retired = await call('POST', '/api/codings', 'coder-a', {
      codeId: old.id,
      textVersionId: version.id,
      ...span,
    });
    expect(retired.json().error).toMatchObject({
      id: 'conflict',
      message: expect.stringContaining('retired'),
    });
    const log = await t.store.texts.current(t.ids.log);
    await t.store.texts.createVersion(BUILDER, t.ids.log, `${log.text}\n`, 'edit');
    const stale = await call('POST', '/api/codings', 'coder-a', {
      codeId: triage.id,
      textVersionId: log.id,
      startUtf16: 0,
      endUtf16: 5,
    });
    expect(stale.json().error).toMatchObject({
      id: 'conflict',
      message: expect.stringContaining('reload the source'),
    });
  });
});

describe('blind mode', () => {
  it('shows each coder only their own codings until the lead reveals', async () => {
    const put = await call('PUT', '/api/coding-settings', 'lead', { blind: true, lead: 'lead' });
    expect(put.json().settings).toMatchObject({ blind: true, lead: 'lead', revealed: false });
    const a = await code('coder-a', sharing.id, 'Mostly by phone');
    const b = await code('coder-b', sharing.id, 'by phone, and sometimes');
    expect((await codingsAs('coder-a')).map((c) => c.coder)).toEqual(['coder-a', 'coder-a']);
    expect((await codingsAs('coder-b')).map((c) => c.id)).toEqual([b.id]);
    expect(await codingsAs('lead')).toEqual([]);

    expect((await call('DELETE', `/api/codings/${a.id}`, 'coder-b')).statusCode).toBe(403);
    const peek = await call('PUT', '/api/coding-settings', 'coder-b', { blind: false });
    expect(peek.json().error.id).toBe('forbidden');
    const early = await call('POST', '/api/coding-settings/reveal', 'coder-a');
    expect(early.statusCode).toBe(403);

    const revealed = await call('POST', '/api/coding-settings/reveal', 'lead');
    expect(revealed.json().settings).toMatchObject({ revealed: true });
    const all = await codingsAs('lead');
    expect(new Set(all.map((c) => c.coder))).toEqual(new Set(['coder-a', 'coder-b']));
    expect(all.map((c) => c.id)).toContain(a.id);
  });

  it('lets only the coder unapply while blind; anyone once revealed', async () => {
    await call('PUT', '/api/coding-settings', 'lead', { blind: false });
    await call('PUT', '/api/coding-settings', 'lead', { blind: true });
    const coding = await code('coder-a', triage.id, 'weekday evenings');
    expect((await call('DELETE', `/api/codings/${coding.id}`, 'coder-b')).statusCode).toBe(403);
    expect((await call('DELETE', `/api/codings/${coding.id}`, 'coder-a')).statusCode).toBe(204);
    expect(await t.store.codings.get(coding.id)).toBeUndefined();
    expect((await call('DELETE', `/api/codings/${coding.id}`, 'coder-a')).statusCode).toBe(404);
    const [event] = (await t.store.events.list({ entityId: coding.id })).slice(-1);
    expect(event).toMatchObject({ actor: 'coder-a', action: 'coding.remove' });
  });
});

describe('/api/memos', () => {
  it('attaches a memo to a coding, hides it from others while blind, and lets only its author edit it', async () => {
    await call('PUT', '/api/coding-settings', 'lead', { blind: false });
    await call('PUT', '/api/coding-settings', 'lead', { blind: true });
    const coding = await code('coder-a', triage.id, 'I coordinate');
    const created = await call('POST', '/api/memos', 'coder-a', {
      targetKind: 'coding',
      targetId: coding.id,
      title: 'Role',
      body: 'Describes a coordinating role.',
    });
    expect(created.statusCode).toBe(201);
    const memo = created.json().memo;
    expect(memo).toMatchObject({ author: 'coder-a', targetKind: 'coding', targetId: coding.id });
    const query = `/api/memos?targetKind=coding&targetId=${coding.id}`;
    expect((await call('GET', query, 'coder-a')).json().memos).toEqual([memo]);
    expect((await call('GET', query, 'coder-b')).json().memos).toEqual([]);
    const onHidden = await call('POST', '/api/memos', 'coder-b', {
      targetKind: 'coding',
      targetId: coding.id,
      title: 'Peek',
    });
    expect(onHidden.statusCode).toBe(403);
    const edit = (actor: string) =>
      call('PATCH', `/api/memos/${memo.id}`, actor, { body: 'A coordinating role.' });
    expect((await edit('coder-b')).json().error.id).toBe('forbidden');
    expect((await edit('coder-a')).json().memo).toMatchObject({ body: 'A coordinating role.' });
  });

  it('checks memo targets: a study memo has none, a source memo needs an existing source', async () => {
    const post = (body: object) => call('POST', '/api/memos', 'coder-a', body);
    const study = await post({ targetKind: 'study', title: 'Round 1 reflections' });
    expect(study.json().memo).toMatchObject({ targetKind: 'study', targetId: null, body: '' });
    expect((await post({ targetKind: 'source', targetId: 'NOPE', title: 'x' })).statusCode).toBe(
      400,
    );
    const onSource = await post({ targetKind: 'source', targetId: t.ids.log, title: 'Log' });
    expect(onSource.statusCode).toBe(201);
    const onCode = await post({ targetKind: 'code', targetId: triage.id, title: 'Scope' });
    expect(onCode.statusCode).toBe(201);
    const codeMemos = await call('GET', `/api/memos?targetKind=code`, 'coder-b');
    expect(codeMemos.json().memos).toEqual([onCode.json().memo]);
  });
});
