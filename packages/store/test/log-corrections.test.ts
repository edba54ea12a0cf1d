/**
 * Undoing corrections (`analyses.revert`) and correcting a log with no stored analysis
 * (`analysisIfNone`, stored in the same transaction), on both engines.
 */
import { analyseLog, type LogStructure } from '@liaison/core';
import { describe, expect, it } from 'vitest';
import type { StudyStore } from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';
import { seeded } from './study-with-sources.js';

async function analyse(store: StudyStore, sourceId: string) {
  const version = await store.texts.current(sourceId);
  return analyseLog((await store.texts.structure(version.id)) as LogStructure);
}

describe.each(engines)('undoing corrections on $name', (engine) => {
  const studies = useStudies(engine);

  it('undoes one field of an entry correction, then the rest, each an event', async () => {
    const { store, a } = await seeded(studies);
    const computed = await analyse(store, a.sourceId);
    await store.analyses.store(ACTOR, a.sourceId, computed);
    const was = computed.entries[1]!;
    const event = was.event === 'other' ? 'deploy' : 'other';
    const framing = was.framing === 'unclear' ? 'risk_safety' : 'unclear';
    await store.analyses.correct(ACTOR, a.sourceId, { target: 'entry', index: 1, event, framing });
    const partly = await store.analyses.revert('rater', a.sourceId, {
      target: 'entry',
      index: 1,
      fields: ['event'],
    });
    expect(partly.analysis.entries[1]).toMatchObject({ event: was.event, framing });
    expect(partly.corrections).toEqual([{ target: 'entry', index: 1, framing }]);
    const last = (await store.events.list({ entityId: a.sourceId })).at(-1)!;
    expect(last).toMatchObject({ actor: 'rater', action: 'log_analysis.revert' });
    expect(last.before).toMatchObject({ correction: { event, framing }, value: { event } });
    expect(last.after).toMatchObject({ correction: { framing }, value: { event: was.event } });
    const whole = await store.analyses.revert(ACTOR, a.sourceId, { target: 'entry', index: 1 });
    expect(whole.analysis).toEqual(computed);
    expect(whole.corrections).toEqual([]);
  });

  it('undoes a continuum override and refuses to undo what was never corrected', async () => {
    const { store, a } = await seeded(studies);
    const computed = await analyse(store, a.sourceId);
    await store.analyses.store(ACTOR, a.sourceId, computed);
    const level = computed.continuum.level === 4 ? 0 : 4;
    await store.analyses.correct(ACTOR, a.sourceId, { target: 'continuum', level, reason: 'r' });
    const undone = await store.analyses.revert(ACTOR, a.sourceId, { target: 'continuum' });
    expect(undone.analysis.continuum).toEqual(computed.continuum);
    const events = (await store.events.list()).length;
    await expect(
      store.analyses.revert(ACTOR, a.sourceId, { target: 'continuum' }),
    ).rejects.toMatchObject({ code: 'store.not_found', message: /no correction of continuum/ });
    await expect(
      store.analyses.revert(ACTOR, a.sourceId, {
        target: 'entry',
        index: 0,
        fields: ['colour' as never],
      }),
    ).rejects.toMatchObject({ code: 'store.invalid_input' });
    expect((await store.events.list()).length).toBe(events);
  });
});

describe.each(engines)('correcting a log with no stored analysis on $name', (engine) => {
  const studies = useStudies(engine);

  it('stores the given analysis with the first correction, or nothing when it is refused', async () => {
    const { store, a } = await seeded(studies);
    const computed = await analyse(store, a.sourceId);
    await expect(
      store.analyses.correct(
        ACTOR,
        a.sourceId,
        { target: 'entry', index: 999, event: 'other' },
        {
          analysisIfNone: computed,
        },
      ),
    ).rejects.toMatchObject({ code: 'store.invalid_input' });
    expect(await store.analyses.get(a.sourceId)).toBeUndefined();
    expect((await store.events.list({ entityId: a.sourceId })).map((e) => e.action)).not.toContain(
      'log_analysis.store',
    );
    const out = await store.analyses.correct(
      ACTOR,
      a.sourceId,
      { target: 'entry', index: 0, framing: 'unclear' },
      { analysisIfNone: computed },
    );
    expect(out.computed).toEqual(computed);
    expect(out.analysis.entries[0]?.framing).toBe('unclear');
    const actions = (await store.events.list({ entityId: a.sourceId })).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['log_analysis.store', 'log_analysis.correct']);
  });
});
