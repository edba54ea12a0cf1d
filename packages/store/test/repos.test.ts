import { describe, expect, it } from 'vitest';
import { StoreError, type StudyStore } from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return (error as StoreError).code;
}

/** The last event, which every mutating call must have appended. */
async function lastEvent(store: StudyStore) {
  const events = await store.events.list();
  return events[events.length - 1];
}

describe.each(engines)('repositories on $name', (engine) => {
  const studies = useStudies(engine);

  it('sites: create, list, get, update, each change with its event', async () => {
    const store = await studies.create();
    const south = await store.sites.create(ACTOR, { name: 'South' });
    const north = await store.sites.create('coder-2', { name: 'North', description: 'Metro' });
    expect(await lastEvent(store)).toMatchObject({
      action: 'site.create',
      actor: 'coder-2',
      entityType: 'site',
      entityId: north.id,
      before: null,
      after: north,
    });
    expect((await store.sites.list()).map((s) => s.name)).toEqual(['North', 'South']);
    const renamed = await store.sites.update(ACTOR, south.id, { name: 'Coastal' });
    expect(renamed).toEqual({ ...south, name: 'Coastal' });
    expect(await store.sites.get(south.id)).toEqual(renamed);
    expect(await lastEvent(store)).toMatchObject({
      action: 'site.update',
      before: south,
      after: renamed,
    });
    expect(await store.sites.get('nope')).toBeUndefined();
  });

  it('datasets: create, update and refuse an unknown kind', async () => {
    const store = await studies.create();
    const logs = await store.datasets.create(ACTOR, { name: 'Logs', kind: 'police_logs' });
    expect(logs).toMatchObject({ name: 'Logs', kind: 'police_logs', description: '' });
    const updated = await store.datasets.update(ACTOR, logs.id, { description: 'Site A logs' });
    expect(await store.datasets.list()).toEqual([updated]);
    expect(await lastEvent(store)).toMatchObject({ before: logs, after: updated });
    const bad = store.datasets.create(ACTOR, { name: 'X', kind: 'emails' as 'documents' });
    expect(await codeOf(bad)).toBe('store.invalid_input');
  });

  it('participants: attributes round-trip as JSON and filter by site', async () => {
    const store = await studies.create();
    const site = await store.sites.create(ACTOR, { name: 'North' });
    const p7 = await store.participants.create(ACTOR, {
      code: 'P07',
      role: 'AMHP',
      organisation: 'Council',
      sector: 'statutory',
      siteId: site.id,
      attributes: { years_in_post: '6', note: 'quotes " and ünïcode' },
    });
    await store.participants.create(ACTOR, {
      code: 'P08',
      role: 'Support worker',
      organisation: 'Charity',
      sector: 'third_sector',
    });
    expect(await store.participants.list({ siteId: site.id })).toEqual([p7]);
    expect(await store.participants.get(p7.id)).toEqual(p7);
    const moved = await store.participants.update(ACTOR, p7.id, { siteId: null, role: 'CPN' });
    expect(moved).toMatchObject({ siteId: null, role: 'CPN', attributes: p7.attributes });
    expect(await lastEvent(store)).toMatchObject({ before: p7, after: moved });
    expect((await store.participants.list()).map((p) => p.code)).toEqual(['P07', 'P08']);
  });

  it('participants: a taken code or an unknown site is a conflict, with no event', async () => {
    const store = await studies.create();
    const input = { code: 'P01', role: 'PC', organisation: 'Police', sector: 'statutory' } as const;
    await store.participants.create(ACTOR, input);
    const before = (await store.events.list()).length;
    expect(await codeOf(store.participants.create(ACTOR, input))).toBe('store.conflict');
    const ghost = store.participants.create(ACTOR, { ...input, code: 'P02', siteId: 'no-site' });
    expect(await codeOf(ghost)).toBe('store.conflict');
    expect(await store.events.list()).toHaveLength(before);
    expect(await store.participants.list()).toHaveLength(1);
  });

  it('cases: create and update with attributes', async () => {
    const store = await studies.create();
    const c = await store.cases.create(ACTOR, {
      name: 'Incident 0417',
      kind: 'incident',
      attributes: { grade: 'immediate' },
    });
    expect(c).toMatchObject({ description: '', sourceIds: [], attributes: { grade: 'immediate' } });
    const updated = await store.cases.update(ACTOR, c.id, { kind: 'person', name: 'Person 7' });
    expect(await store.cases.list()).toEqual([updated]);
    expect(await lastEvent(store)).toMatchObject({
      action: 'case.update',
      before: c,
      after: updated,
    });
  });

  it('a failure in the middle of a change stores neither the change nor its event', async () => {
    const store = await studies.create();
    const before = await store.events.list();
    // The case row is written first; the link to a missing source then fails the foreign key.
    const failing = store.cases.create(ACTOR, {
      name: 'Half-made',
      kind: 'incident',
      sourceIds: ['no-such-source'],
    });
    expect(await codeOf(failing)).toBe('store.conflict');
    expect(await store.cases.list()).toEqual([]);
    expect(await store.events.list()).toEqual(before);
  });

  it('codes: hierarchy, defaults, and a move under a descendant is refused', async () => {
    const store = await studies.create();
    const drivers = await store.codes.create(ACTOR, { name: 'Drivers', codable: false });
    const risk = await store.codes.create(ACTOR, { name: 'risk_concern', parentId: drivers.id });
    expect(risk).toMatchObject({
      codable: true,
      colour: '#1f77b4',
      definition: '',
      datasetId: null,
    });
    expect(drivers.codable).toBe(false);
    const defined = await store.codes.update(ACTOR, risk.id, { definition: 'Risk to self' });
    expect(await store.codes.get(risk.id)).toEqual(defined);
    expect(await lastEvent(store)).toMatchObject({ before: risk, after: defined });
    const events = (await store.events.list()).length;
    expect(await codeOf(store.codes.update(ACTOR, drivers.id, { parentId: risk.id }))).toBe(
      'store.conflict',
    );
    expect(await store.events.list()).toHaveLength(events);
    expect((await store.codes.list()).map((c) => c.name)).toEqual(['Drivers', 'risk_concern']);
  });

  it('memos: study and targeted memos, update keeps the author and moves updatedAt', async () => {
    const store = await studies.create();
    const studyMemo = await store.memos.create(ACTOR, {
      targetKind: 'study',
      targetId: null,
      title: 'Round 1',
      body: 'Coding plan',
    });
    const code = await store.codes.create(ACTOR, { name: 'handoff' });
    const codeMemo = await store.memos.create('coder-2', {
      targetKind: 'code',
      targetId: code.id,
      title: 'Scope',
      body: '',
    });
    expect(await store.memos.list({ targetKind: 'study', targetId: null })).toEqual([studyMemo]);
    expect(await store.memos.list({ targetId: code.id })).toEqual([codeMemo]);
    const edited = await store.memos.update(ACTOR, codeMemo.id, { body: 'Lead agency changes' });
    expect(edited).toMatchObject({
      author: 'coder-2',
      title: 'Scope',
      body: 'Lead agency changes',
    });
    expect(edited.updatedAt >= codeMemo.updatedAt).toBe(true);
    expect(await lastEvent(store)).toMatchObject({
      action: 'memo.update',
      actor: ACTOR,
      before: codeMemo,
    });
  });

  it('updates of unknown ids, blank names and blank actors are refused', async () => {
    const store = await studies.create();
    expect(await codeOf(store.sites.update(ACTOR, 'ghost', { name: 'X' }))).toBe('store.not_found');
    expect(await codeOf(store.sites.create(ACTOR, { name: '  ' }))).toBe('store.invalid_input');
    expect(await codeOf(store.sites.create('', { name: 'North' }))).toBe('store.invalid_input');
    expect(await store.sites.list()).toEqual([]);
  });

  it('patches cannot change an id or add unknown fields', async () => {
    const store = await studies.create();
    const site = await store.sites.create(ACTOR, { name: 'North' });
    const patch = { name: 'N', id: 'forged', colour: 'red' } as unknown as { name: string };
    expect(await store.sites.update(ACTOR, site.id, patch)).toEqual({ ...site, name: 'N' });
  });
});
