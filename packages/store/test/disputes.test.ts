import { describe, expect, it } from 'vitest';
import { StoreError } from '../src/index.js';
import { engines, useStudies } from './engines.js';
import { anchorOf } from './fixtures.js';
import { seeded, type Seeded } from './study-with-sources.js';

async function refused(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return (error as StoreError).code;
}

/** coder-a and coder-b agree on one span of log A and differ on another; log B is coder-a's alone. */
async function twoCoders(s: Seeded): Promise<void> {
  const code = (codeId: string, coder: string, exact: string) =>
    s.store.codings.create(coder, {
      codeId,
      textVersionId: s.a.id,
      coder,
      anchor: anchorOf(s.a.text, exact),
    });
  await code(s.risk.id, 'coder-a', 'believes he is unwell');
  await code(s.risk.id, 'coder-b', 'believes he is unwell');
  await code(s.partner.id, 'coder-a', 'Crisis team contacted');
  // Log B only coder-a coded: not double-coded, so it holds no dispute.
  const b = s.b.text.slice(0, 8);
  await s.store.codings.create('coder-a', {
    codeId: s.risk.id,
    textVersionId: s.b.id,
    coder: 'coder-a',
    anchor: anchorOf(s.b.text, b),
  });
}

describe.each(engines)('disagreement review on $name', (engine) => {
  const studies = useStudies(engine);

  it('lists disputed spans with both coders side by side and records a resolution', async () => {
    const s = await seeded(studies);
    await twoCoders(s);
    const [dispute, ...rest] = await s.store.disputes.list({ coders: ['coder-a', 'coder-b'] });
    expect(rest).toEqual([]);
    expect(dispute).toMatchObject({
      sourceId: s.a.sourceId,
      textVersionId: s.a.id,
      kind: 'uncoded_by_some',
      text: 'Crisis team contacted',
      resolution: null,
      sides: [
        { coder: 'coder-a', segments: [{ codeId: s.partner.id, codeName: 'partner_engagement' }] },
        { coder: 'coder-b', segments: [] },
      ],
    });
    const d = dispute!;
    const key = {
      sourceId: d.sourceId,
      textVersionId: d.textVersionId,
      start: d.start,
      end: d.end,
      coders: d.coders,
    };
    const resolved = await s.store.disputes.resolve('lead', {
      ...key,
      outcome: 'keep_a',
      codeIds: [s.partner.id],
      note: 'The log says the team was called.',
      applyCodings: true,
    });
    expect(resolved).toMatchObject({ ...key, outcome: 'keep_a', resolvedBy: 'lead' });
    expect(resolved.codingIds).toHaveLength(1);
    const coding = await s.store.codings.get(resolved.codingIds[0]!);
    expect(coding).toMatchObject({ coder: 'lead', codeId: s.partner.id });
    const [again] = await s.store.disputes.list({ coders: ['coder-a', 'coder-b'] });
    expect(again?.resolution).toEqual(resolved);
    const events = await s.store.events.list({ entityId: resolved.id });
    expect(events).toMatchObject([{ action: 'dispute.resolve', actor: 'lead', before: null }]);
    const changed = await s.store.disputes.resolve('lead', {
      ...key,
      outcome: 'neither',
      codeIds: [],
    });
    expect(changed).toMatchObject({ outcome: 'neither', codingIds: [] });
    const [last] = await s.store.events.list({ entityId: changed.id });
    expect(last).toMatchObject({ before: { id: resolved.id, outcome: 'keep_a' } });
  });

  it('refuses bad input, unknown disputes and any review while a blind round is unrevealed', async () => {
    const s = await seeded(studies);
    await twoCoders(s);
    const [d] = await s.store.disputes.list({ coders: ['coder-a', 'coder-b'] });
    const key = { ...d!, outcome: 'both' as const, codeIds: [s.risk.id] };
    expect(await refused(s.store.disputes.list({ coders: ['coder-a'] }))).toBe(
      'store.invalid_input',
    );
    expect(await refused(s.store.disputes.resolve('lead', { ...key, codeIds: [] }))).toBe(
      'store.invalid_input',
    );
    expect(await refused(s.store.disputes.resolve('lead', { ...key, start: 0 }))).toBe(
      'store.not_found',
    );
    expect(await refused(s.store.disputes.resolve('lead', { ...key, codeIds: ['nope'] }))).toBe(
      'store.not_found',
    );
    await s.store.codingSettings.set('lead', { blind: true, lead: 'lead' });
    expect(await refused(s.store.disputes.list({ coders: ['coder-a', 'coder-b'] }))).toBe(
      'store.forbidden',
    );
    expect(await refused(s.store.disputes.resolve('lead', key))).toBe('store.forbidden');
    await s.store.codingSettings.reveal('lead');
    expect(await s.store.disputes.list({ coders: ['coder-a', 'coder-b'] })).toHaveLength(1);
  });
});
