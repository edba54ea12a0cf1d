import { describe, expect, it } from 'vitest';
import type { CodingInput } from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';
import { anchorOf } from './fixtures.js';
import { seeded } from './study-with-sources.js';

describe.each(engines)('codings on $name', (engine) => {
  const studies = useStudies(engine);

  it('creates a coding with its event and finds it by code, by source and by status', async () => {
    const { store, a, risk } = await seeded(studies);
    const anchor = anchorOf(a.text, 'known to the CMHT crisis team');
    const coding = await store.codings.create(ACTOR, {
      codeId: risk.id,
      textVersionId: a.id,
      coder: 'coder-1',
      anchor,
    });
    expect(coding).toMatchObject({
      codeId: risk.id,
      sourceId: a.sourceId,
      textVersionId: a.id,
      coder: 'coder-1',
      anchor,
      status: 'exact',
      score: 1,
    });
    expect(await store.codings.byCode(risk.id)).toEqual([coding]);
    expect(await store.codings.bySource(a.sourceId)).toEqual([coding]);
    expect(await store.codings.byStatus('exact')).toEqual([coding]);
    expect(await store.codings.byStatus('orphaned')).toEqual([]);
    const [event] = await store.events.list({ entityId: coding.id });
    expect(event).toMatchObject({ action: 'coding.create', before: null, after: coding });
  });

  it('orders by source and position, and separates codes and sources', async () => {
    const { store, a, b, risk, partner } = await seeded(studies);
    const input = (v: typeof a, codeId: string, exact: string): CodingInput => ({
      codeId,
      textVersionId: v.id,
      coder: 'coder-1',
      anchor: anchorOf(v.text, exact),
    });
    const count = await store.codings.createMany(ACTOR, [
      input(a, risk.id, 'Crisis team contacted'),
      input(a, risk.id, 'believes he is unwell'),
      input(b, risk.id, 'struggling since discharge'),
      input(b, partner.id, 'Referral made to adult social care'),
    ]);
    expect(count).toBe(4);
    const byRisk = await store.codings.byCode(risk.id);
    expect(byRisk).toHaveLength(3);
    expect(
      byRisk.filter((c) => c.sourceId === a.sourceId).map((c) => c.anchor.quote.exact),
    ).toEqual(['believes he is unwell', 'Crisis team contacted']);
    const inB = await store.codings.bySource(b.sourceId);
    expect(inB.map((c) => c.codeId)).toEqual([risk.id, partner.id]);
    const batch = (await store.events.list()).filter((e) => e.action === 'coding.create_many');
    expect(batch).toHaveLength(1);
    expect(batch[0]?.after).toMatchObject({ count: 4 });
    expect((await store.counts()).codings).toBe(4);
  });

  it('stores nothing and no event when one input of a batch is bad', async () => {
    const { store, a, risk } = await seeded(studies);
    const events = await store.events.list();
    const good: CodingInput = {
      codeId: risk.id,
      textVersionId: a.id,
      coder: 'coder-1',
      anchor: anchorOf(a.text, 'Log closed NFA'),
    };
    const unknownCode = store.codings.createMany(ACTOR, [good, { ...good, codeId: 'no-code' }]);
    await expect(unknownCode).rejects.toMatchObject({ code: 'store.conflict' });
    expect(await store.codings.byCode(risk.id)).toEqual([]);
    expect(await store.events.list()).toEqual(events);
  });

  it('refuses anchors that do not describe the text version', async () => {
    const { store, a, risk } = await seeded(studies);
    const anchor = anchorOf(a.text, 'Log closed NFA');
    const base = { codeId: risk.id, textVersionId: a.id, coder: 'coder-1' };
    const shifted = {
      ...anchor,
      position: { ...anchor.position, startUtf16: anchor.position.startUtf16 + 1 },
    };
    await expect(store.codings.create(ACTOR, { ...base, anchor: shifted })).rejects.toMatchObject({
      code: 'store.invalid_input',
    });
    const outside = { ...anchor, position: { ...anchor.position, endUtf16: a.text.length + 5 } };
    await expect(store.codings.create(ACTOR, { ...base, anchor: outside })).rejects.toMatchObject({
      code: 'store.invalid_input',
    });
    const ghost = store.codings.create(ACTOR, { ...base, textVersionId: 'nope', anchor });
    await expect(ghost).rejects.toMatchObject({ code: 'store.not_found' });
    expect((await store.counts()).codings).toBe(0);
  });

  it('removes a coding and records what it was', async () => {
    const { store, a, risk } = await seeded(studies);
    const coding = await store.codings.create(ACTOR, {
      codeId: risk.id,
      textVersionId: a.id,
      coder: 'coder-1',
      anchor: anchorOf(a.text, 'Unit deployed'),
    });
    await store.codings.remove('coder-2', coding.id);
    expect(await store.codings.bySource(a.sourceId)).toEqual([]);
    const events = await store.events.list({ entityId: coding.id });
    expect(events.map((e) => e.action)).toEqual(['coding.create', 'coding.remove']);
    expect(events[1]).toMatchObject({ actor: 'coder-2', before: coding, after: null });
    await expect(store.codings.remove(ACTOR, coding.id)).rejects.toMatchObject({
      code: 'store.not_found',
    });
  });
});
