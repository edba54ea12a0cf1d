import { DEFAULT_CODING_SETTINGS } from '@liaison/core';
import { describe, expect, it } from 'vitest';
import { StoreError, type StudyStore } from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';
import { anchorOf } from './fixtures.js';
import { seeded } from './study-with-sources.js';

async function refused(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return (error as StoreError).code;
}

const lastEvent = async (store: StudyStore) => (await store.events.list({ limit: 10_000 })).at(-1);

describe.each(engines)('coding settings on $name', (engine) => {
  const studies = useStudies(engine);

  it('starts with the defaults and records every change as an event', async () => {
    const store = await studies.create();
    expect(await store.codingSettings.get()).toEqual(DEFAULT_CODING_SETTINGS);
    const set = await store.codingSettings.set('lead-a', { blind: true, lead: 'lead-a' });
    expect(set).toMatchObject({
      blind: true,
      lead: 'lead-a',
      revealed: false,
      updatedBy: 'lead-a',
    });
    expect(await store.codingSettings.get()).toEqual(set);
    expect(await lastEvent(store)).toMatchObject({
      actor: 'lead-a',
      action: 'coding_settings.set',
      entityType: 'coding_settings',
      before: DEFAULT_CODING_SETTINGS,
      after: set,
    });
  });

  it('lets only the lead reveal, change the settings or hand over the lead', async () => {
    const store = await studies.create();
    await store.codingSettings.set('lead-a', { blind: true, lead: 'lead-a' });
    expect(await refused(store.codingSettings.reveal('coder-b'))).toBe('store.forbidden');
    expect(await refused(store.codingSettings.set('coder-b', { blind: false }))).toBe(
      'store.forbidden',
    );
    expect(await store.codingSettings.get()).toMatchObject({ blind: true, revealed: false });
    const revealed = await store.codingSettings.reveal('lead-a');
    expect(revealed).toMatchObject({ blind: true, revealed: true });
    expect(await lastEvent(store)).toMatchObject({
      action: 'coding_settings.reveal',
      before: { revealed: false },
      after: { revealed: true },
    });
    await store.codingSettings.set('lead-a', { lead: 'coder-b' });
    expect(await store.codingSettings.set('coder-b', { blind: false })).toMatchObject({
      blind: false,
      lead: 'coder-b',
    });
  });

  it('starts a new unrevealed round when blind mode is turned on again', async () => {
    const store = await studies.create();
    await store.codingSettings.set('lead-a', { blind: true, lead: 'lead-a' });
    await store.codingSettings.reveal('lead-a');
    await store.codingSettings.set('lead-a', { blind: false });
    const again = await store.codingSettings.set('lead-a', { blind: true });
    expect(again).toMatchObject({ blind: true, revealed: false });
  });

  it('refuses blind mode without a lead and a reveal when not blind', async () => {
    const store = await studies.create();
    expect(await refused(store.codingSettings.set(ACTOR, { blind: true }))).toBe(
      'store.invalid_input',
    );
    expect(await refused(store.codingSettings.reveal(ACTOR))).toBe('store.forbidden');
    await store.codingSettings.set(ACTOR, { lead: ACTOR });
    expect(await refused(store.codingSettings.reveal(ACTOR))).toBe('store.invalid_input');
    expect(await refused(store.codingSettings.set(ACTOR, { lead: '  ' }))).toBe(
      'store.invalid_input',
    );
    expect(await store.codingSettings.get()).toMatchObject({ blind: false, lead: ACTOR });
  });
});

describe.each(engines)('codings by coder and memos on codings on $name', (engine) => {
  const studies = useStudies(engine);

  it('filters a source codings by coder and reads one coding by id', async () => {
    const { store, a, risk, partner } = await seeded(studies);
    const code = (codeId: string, coder: string, exact: string) =>
      store.codings.create(coder, {
        codeId,
        textVersionId: a.id,
        coder,
        anchor: anchorOf(a.text, exact),
      });
    const mine = await code(risk.id, 'coder-a', 'believes he is unwell');
    const theirs = await code(partner.id, 'coder-b', 'Crisis team contacted');
    expect(await store.codings.bySource(a.sourceId, { coder: 'coder-a' })).toEqual([mine]);
    expect(await store.codings.bySource(a.sourceId, { coder: 'coder-b' })).toEqual([theirs]);
    expect(await store.codings.bySource(a.sourceId)).toEqual([mine, theirs]);
    expect(await store.codings.get(theirs.id)).toEqual(theirs);
    expect(await store.codings.get('missing')).toBeUndefined();
    const memo = await store.memos.create('coder-a', {
      targetKind: 'coding',
      targetId: mine.id,
      title: 'Why risk',
      body: 'The caller frames it as illness.',
    });
    expect(await store.memos.list({ targetKind: 'coding', targetId: mine.id })).toEqual([memo]);
  });
});
