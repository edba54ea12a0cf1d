import { describe, expect, it } from 'vitest';
import { StoreError } from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';
import { anchorOf } from './fixtures.js';
import { queryStudy } from './query-study.js';

describe.each(engines)('queries on $name', (engine) => {
  const studies = useStudies(engine);

  it('counts overlapping codings and codings within one entry or turn', async () => {
    const { store, risk, partner, trust } = await queryStudy(studies);
    const codeIds = [risk.id, partner.id, trust.id];
    const overlap = await store.queries.cooccurrence({ codeIds });
    expect(overlap.codeIds).toEqual(codeIds);
    expect(overlap.counts).toEqual([
      [1, 2, 0],
      [2, 0, 0],
      [0, 0, 0],
    ]);
    expect(overlap.codings).toEqual([4, 3, 1]);
    const unit = await store.queries.cooccurrence({ codeIds, mode: 'unit' });
    expect(unit.counts).toEqual([
      [3, 2, 1],
      [2, 3, 1],
      [1, 1, 1],
    ]);
  });

  it('recomputes a cached co-occurrence once the study changes', async () => {
    const { store, logA, partner, trust } = await queryStudy(studies);
    const codeIds = [partner.id, trust.id];
    expect((await store.queries.cooccurrence({ codeIds })).counts[0]![1]).toBe(0);
    expect((await store.queries.cooccurrence({ codeIds })).counts[0]![1]).toBe(0);
    await store.codings.create(ACTOR, {
      codeId: partner.id,
      textVersionId: logA.id,
      coder: 'coder-2',
      anchor: anchorOf(logA.text, 'assessment visit'),
    });
    const after = await store.queries.cooccurrence({ codeIds });
    expect(after.counts[0]![1]).toBe(1);
    expect(await store.queries.cooccurrence({ codeIds, cache: false })).toEqual(after);
    // One coder's codings only (what blind coding shows each coder).
    const own = await store.queries.cooccurrence({ codeIds, coder: 'coder-2' });
    expect(own.codings).toEqual([1, 0]);
    expect(own.counts[0]![1]).toBe(0);
    const segments = await store.queries.segments({ coder: 'coder-2' });
    expect(segments.map((s) => s.exact)).toEqual(['assessment visit']);
  });

  it('lists coded segments by code and by attribute value', async () => {
    const { store, risk, p07, interview } = await queryStudy(studies);
    const bySpeaker = await store.queries.segments({ by: 'participant', values: [p07] });
    expect(bySpeaker.map((s) => s.exact)).toEqual([
      'Most of my work with the police',
      'work with the police is around section 136',
      'section 136',
    ]);
    expect(bySpeaker.every((s) => s.sourceId === interview.sourceId)).toBe(true);
    const amhpRisk = await store.queries.segments({
      codeIds: [risk.id],
      by: 'role',
      values: ['AMHP'],
    });
    expect(amhpRisk.map((s) => s.participantIds)).toEqual([[p07], [p07]]);
    const sites = await store.sites.list();
    const north = await store.queries.segments({ by: 'site', values: [sites[0]!.id] });
    expect(north.map((s) => s.exact).sort()).toEqual(
      [
        'Crisis team contacted by phone',
        'Referral made to adult social care',
        'contacted by phone, will arrange an assessment',
        'struggling since discharge',
        'visit tomorrow',
      ].sort(),
    );
  });

  it('builds matrix coding by dataset with the segments of each cell', async () => {
    const { store, risk, partner, trust } = await queryStudy(studies);
    const m = await store.queries.matrix({
      by: 'dataset',
      codeIds: [risk.id, partner.id, trust.id],
    });
    expect(m.values.map((v) => v.label)).toEqual(['Interviews', 'Police logs']);
    expect(m.cells.map((row) => row.map((c) => c.count))).toEqual([
      [2, 2],
      [1, 2],
      [0, 1],
    ]);
    expect(m.cells[2]![1]!.segments.map((s) => s.exact)).toEqual(['visit tomorrow']);
  });

  it('keeps framework summaries per case and theme, each edit an event', async () => {
    const { store, risk, trust, caseId } = await queryStudy(studies);
    const cell = { caseId, codeId: risk.id };
    const first = await store.queries.summarise('lead', cell, ' Crisis team engaged quickly. ');
    expect(first).toMatchObject({ text: 'Crisis team engaged quickly.', updatedBy: 'lead' });
    await store.queries.summarise('lead', cell, 'Crisis team engaged the next day.');
    const m = await store.queries.framework({ codeIds: [risk.id, trust.id] });
    expect(m.caseIds).toEqual([caseId]);
    expect(m.cells[0]![0]!.summary?.text).toBe('Crisis team engaged the next day.');
    expect(m.cells[0]![0]!.segments).toHaveLength(3);
    expect(m.cells[0]![1]).toEqual({
      segments: [expect.objectContaining({ exact: 'visit tomorrow' })],
      summary: null,
    });
    const events = await store.events.list({ entityId: `${caseId}/${risk.id}` });
    expect(events.map((e) => [e.action, (e.before as { text?: string } | null)?.text])).toEqual([
      ['framework.summarise', undefined],
      ['framework.summarise', 'Crisis team engaged quickly.'],
    ]);
    expect(await store.queries.summarise('lead', cell, '  ')).toBeNull();
    expect((await store.queries.framework()).cells[0]![0]!.summary).toBeNull();
  });

  it('refuses unknown codes, cases, attributes and modes', async () => {
    const { store, risk } = await queryStudy(studies);
    const refused = (p: Promise<unknown>, code: string) =>
      expect(p).rejects.toSatisfy((e) => e instanceof StoreError && e.code === code);
    await refused(store.queries.cooccurrence({ codeIds: ['nope'] }), 'store.not_found');
    await refused(store.queries.framework({ caseIds: ['nope'] }), 'store.not_found');
    await refused(
      store.queries.summarise(ACTOR, { caseId: 'nope', codeId: risk.id }, 'x'),
      'store.not_found',
    );
    await refused(store.queries.matrix({ by: 'colour' as never }), 'store.invalid_input');
    await refused(store.queries.cooccurrence({ mode: 'near' as never }), 'store.invalid_input');
  });
});
