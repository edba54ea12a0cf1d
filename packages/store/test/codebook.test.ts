import type { CodeEventAfter, Id } from '@liaison/core';
import { describe, expect, it } from 'vitest';
import { StoreError, type StudyStore } from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';
import { anchorOf } from './fixtures.js';
import { seeded, type Seeded } from './study-with-sources.js';

async function errorCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof StoreError))
    throw new Error(`expected a StoreError, got ${String(error)}`);
  return error.code;
}

/** Codes `risk` twice and `partner` once; returns the coding ids. */
async function withCodings(s: Seeded): Promise<{ riskIds: Id[]; partnerIds: Id[] }> {
  const code = (codeId: Id, exact: string, v = s.a) =>
    s.store.codings.create(ACTOR, {
      codeId,
      textVersionId: v.id,
      coder: 'coder-1',
      anchor: anchorOf(v.text, exact),
    });
  const r1 = await code(s.risk.id, 'believes he is unwell');
  const r2 = await code(s.risk.id, 'known to the CMHT crisis team');
  const p1 = await code(s.partner.id, 'Referral made to adult social care', s.b);
  return { riskIds: [r1.id, r2.id], partnerIds: [p1.id] };
}

async function lastEvent(store: StudyStore) {
  return (await store.events.list()).at(-1);
}

describe.each(engines)('codebook on $name', (engine) => {
  const studies = useStudies(engine);

  it('creates a code with notes and examples, and keeps the reason as event and memo', async () => {
    const store = await studies.create();
    const code = await store.codes.create(
      ACTOR,
      {
        name: ' handoff ',
        definition: 'One agency passes the person to another',
        inclusion: 'Named referral or transfer',
        exclusion: 'Advice only: use advice_sought',
        examples: ['"Referral made to adult social care"'],
      },
      { memo: 'Seen in the first five logs' },
    );
    expect(code).toMatchObject({
      name: 'handoff',
      examples: ['"Referral made to adult social care"'],
    });
    expect(code).toMatchObject({
      retiredAt: null,
      mergedInto: null,
      inclusion: 'Named referral or transfer',
    });
    expect(await store.codes.get(code.id)).toEqual(code);
    expect(await lastEvent(store)).toMatchObject({
      action: 'code.create',
      entityId: code.id,
      before: null,
      after: { ...code, memo: 'Seen in the first five logs' },
    });
    const memos = await store.memos.list({ targetKind: 'code', targetId: code.id });
    expect(memos.map((m) => [m.title, m.body, m.author])).toEqual([
      ['Created: handoff', 'Seen in the first five logs', ACTOR],
    ]);
  });

  it('renames, redefines and retires, each with its own event, before and after', async () => {
    const { store, risk, a } = await seeded(studies);
    const renamed = await store.codes.rename(ACTOR, risk.id, 'risk_to_self', { memo: 'Narrower' });
    expect(await lastEvent(store)).toMatchObject({
      action: 'code.rename',
      before: risk,
      after: { name: 'risk_to_self', memo: 'Narrower' },
    });
    const redefined = await store.codes.update(ACTOR, risk.id, {
      definition: 'Risk the person poses to themself',
    });
    expect(await lastEvent(store)).toMatchObject({
      action: 'code.update',
      before: renamed,
      after: { ...redefined, memo: null },
    });
    const retired = await store.codes.retire(ACTOR, risk.id, { memo: 'Folded into wellbeing' });
    expect(retired.retiredAt).not.toBeNull();
    const coding = { codeId: risk.id, textVersionId: a.id, coder: 'coder-1' };
    const anchor = anchorOf(a.text, 'believes he is unwell');
    expect(await errorCode(store.codings.create(ACTOR, { ...coding, anchor }))).toBe(
      'store.conflict',
    );
    expect(await errorCode(store.codings.createMany(ACTOR, [{ ...coding, anchor }]))).toBe(
      'store.conflict',
    );
    expect(await errorCode(store.codes.retire(ACTOR, risk.id))).toBe('store.conflict');
    expect((await store.codes.list()).find((c) => c.id === risk.id)).toEqual(retired);
  });

  it('moves a code, and refuses a move under itself or a descendant with no event', async () => {
    const { store, risk, partner } = await seeded(studies);
    const folder = await store.codes.create(ACTOR, { name: 'Drivers', codable: false });
    const moved = await store.codes.move(ACTOR, risk.id, folder.id, { memo: 'Grouping drivers' });
    expect(moved.parentId).toBe(folder.id);
    await store.codes.move(ACTOR, partner.id, risk.id);
    const count = (await store.events.list()).length;
    expect(await errorCode(store.codes.move(ACTOR, folder.id, partner.id))).toBe('store.conflict');
    expect(await errorCode(store.codes.move(ACTOR, risk.id, risk.id))).toBe('store.conflict');
    expect(await errorCode(store.codes.move(ACTOR, 'ghost', null))).toBe('store.not_found');
    expect(await store.events.list()).toHaveLength(count);
    expect((await store.codes.get(folder.id))?.parentId).toBeNull();
  });

  it('merges: codings move to the target, the source is retired as merged, in one event', async () => {
    const s = await seeded(studies);
    const { riskIds, partnerIds } = await withCodings(s);
    const merged = await s.store.codes.merge(ACTOR, s.risk.id, s.partner.id, {
      memo: 'Same idea in practice',
    });
    expect(merged.moved).toBe(2);
    expect(merged.source).toMatchObject({
      mergedInto: s.partner.id,
      retiredAt: expect.any(String),
    });
    expect(await s.store.codings.byCode(s.risk.id)).toEqual([]);
    const onTarget = (await s.store.codings.byCode(s.partner.id)).map((c) => c.id).sort();
    expect(onTarget).toEqual([...riskIds, ...partnerIds].sort());
    expect(await s.store.codes.codingCounts()).toEqual({ [s.partner.id]: 3 });
    const event = await lastEvent(s.store);
    expect(event).toMatchObject({ action: 'code.merge', entityId: s.risk.id, before: s.risk });
    expect((event?.after as CodeEventAfter).codingIds).toEqual([...riskIds].sort());
    expect(await errorCode(s.store.codes.merge(ACTOR, s.risk.id, s.partner.id))).toBe(
      'store.conflict',
    );
    expect(await errorCode(s.store.codes.merge(ACTOR, s.partner.id, s.partner.id))).toBe(
      'store.invalid_input',
    );
  });

  it('splits: new codes under the same parent take the chosen codings; a foreign coding is refused', async () => {
    const s = await seeded(studies);
    const { riskIds, partnerIds } = await withCodings(s);
    const count = (await s.store.events.list()).length;
    const foreign = s.store.codes.split(ACTOR, s.risk.id, [
      { code: { name: 'x' }, codingIds: partnerIds },
    ]);
    expect(await errorCode(foreign)).toBe('store.invalid_input');
    expect(await s.store.events.list()).toHaveLength(count);
    const { created } = await s.store.codes.split(
      ACTOR,
      s.risk.id,
      [
        { code: { name: 'risk_to_self' }, codingIds: [riskIds[0] as Id] },
        { code: { name: 'risk_to_others', colour: '#d62728' }, codingIds: [] },
      ],
      { memo: 'Two different risks' },
    );
    expect(created.map((c) => [c.name, c.colour, c.parentId])).toEqual([
      ['risk_to_self', s.risk.colour, null],
      ['risk_to_others', '#d62728', null],
    ]);
    expect((await s.store.codings.byCode(created[0]?.id as Id)).map((c) => c.id)).toEqual([
      riskIds[0],
    ]);
    expect((await s.store.codings.byCode(s.risk.id)).map((c) => c.id)).toEqual([riskIds[1]]);
    expect(await lastEvent(s.store)).toMatchObject({ action: 'code.split', entityId: s.risk.id });
  });

  it('rounds snapshot the codebook, and the diff lists each change with its reason', async () => {
    const s = await seeded(studies);
    await withCodings(s);
    const r1 = await s.store.rounds.create(ACTOR, { name: 'Round 1' });
    expect(r1.codes.map((c) => c.name)).toEqual(['partner_engagement', 'risk_concern']);
    await s.store.codes.rename(ACTOR, s.partner.id, 'partnership', { memo: 'Shorter' });
    await s.store.codes.merge(ACTOR, s.risk.id, s.partner.id, {
      memo: 'Coders could not tell them apart',
    });
    const extra = await s.store.codes.create(ACTOR, { name: 'delay' }, { memo: 'New in round 2' });
    const r2 = await s.store.rounds.create(ACTOR, { name: 'Round 2' });
    await s.store.codes.retire(ACTOR, extra.id, { memo: 'Rare' });
    expect((await s.store.rounds.list()).map((r) => r.name)).toEqual(['Round 1', 'Round 2']);
    const diff = await s.store.rounds.diff(r1.id, r2.id);
    expect(diff.from.name).toBe('Round 1');
    expect(diff.changes.map((c) => [c.kind, c.name, c.memos])).toEqual([
      ['added', 'delay', ['New in round 2']],
      ['renamed', 'partnership', ['Shorter']],
      ['merged', 'risk_concern', ['Coders could not tell them apart']],
    ]);
    const now = await s.store.rounds.diff(r2.id, 'current');
    expect(now.to).toBe('current');
    expect(now.changes.map((c) => [c.kind, c.name, c.memos])).toEqual([
      ['retired', 'delay', ['Rare']],
    ]);
    expect(await errorCode(s.store.rounds.diff(r2.id, r1.id))).toBe('store.invalid_input');
    expect(await errorCode(s.store.rounds.diff('ghost', 'current'))).toBe('store.not_found');
    expect(await errorCode(s.store.rounds.create(ACTOR, { name: 'Round 1' }))).toBe(
      'store.conflict',
    );
  });

  it('a round of one dataset covers its codes and the shared ones only', async () => {
    const store = await studies.create();
    const logs = await store.datasets.create(ACTOR, { name: 'Logs', kind: 'police_logs' });
    const talk = await store.datasets.create(ACTOR, { name: 'Talk', kind: 'interviews' });
    await store.codes.create(ACTOR, { name: 'shared' });
    await store.codes.create(ACTOR, { name: 'log_only', datasetId: logs.id });
    await store.codes.create(ACTOR, { name: 'talk_only', datasetId: talk.id });
    const round = await store.rounds.create(ACTOR, { name: 'Logs round 1', datasetId: logs.id });
    expect(round.codes.map((c) => c.name)).toEqual(['log_only', 'shared']);
    expect(await store.rounds.get(round.id)).toEqual(round);
  });
});
