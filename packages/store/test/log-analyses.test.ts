import { analyseLog, DEFAULT_LEXICON, type Correction, type LogStructure } from '@liaison/core';
import { describe, expect, it } from 'vitest';
import type { StudyStore } from '../src/index.js';
import { ACTOR, engines, rawQuery, useStudies } from './engines.js';
import { seeded } from './study-with-sources.js';

async function analyse(store: StudyStore, sourceId: string) {
  const version = await store.texts.current(sourceId);
  const structure = (await store.texts.structure(version.id)) as LogStructure;
  return analyseLog(structure);
}

const lexicon = (version: string) => ({ ...DEFAULT_LEXICON, name: 'Study lexicon', version });

describe.each(engines)('log analyses and lexicons on $name', (engine) => {
  const studies = useStudies(engine);

  it('stores an analysis per text version and reads it back unchanged without corrections', async () => {
    const { store, a } = await seeded(studies);
    expect(await store.analyses.get(a.sourceId)).toBeUndefined();
    const computed = await analyse(store, a.sourceId);
    await store.analyses.store(ACTOR, a.sourceId, computed);
    const stored = await store.analyses.get(a.sourceId);
    expect(stored).toMatchObject({ sourceId: a.sourceId, textVersionId: a.id, corrections: [] });
    expect(stored?.analysis).toEqual(computed);
    const [event] = await store.events
      .list({ entityId: a.sourceId, afterSeq: 0, limit: 10_000 })
      .then((e) => e.filter((x) => x.action === 'log_analysis.store'));
    expect(event?.after).toMatchObject({ textVersionId: a.id, entries: computed.entries.length });
  });

  it('records a correction as an event with the labels before and after; the correction wins', async () => {
    const { store, a } = await seeded(studies);
    const computed = await analyse(store, a.sourceId);
    await store.analyses.store(ACTOR, a.sourceId, computed);
    const was = computed.entries[1]!;
    const event = was.event === 'deploy' ? 'information_sharing' : 'deploy';
    const result = await store.analyses.correct('rater', a.sourceId, {
      target: 'entry',
      index: 1,
      event,
      framing: 'risk_safety',
    });
    expect(result.analysis.entries[1]).toMatchObject({ event, framing: 'risk_safety' });
    expect(result.computed.entries[1]?.event).toBe(was.event);
    const events = await store.events.list({ entityId: a.sourceId });
    const last = events.at(-1)!;
    expect(last).toMatchObject({ actor: 'rater', action: 'log_analysis.correct' });
    expect(last.before).toMatchObject({ correction: null, value: { event: was.event } });
    expect(last.after).toMatchObject({ value: { event, framing: 'risk_safety' } });
  });

  it('merges successive corrections of one entry and overrides the continuum with a reason', async () => {
    const { store, a } = await seeded(studies);
    await store.analyses.store(ACTOR, a.sourceId, await analyse(store, a.sourceId));
    await store.analyses.correct(ACTOR, a.sourceId, { target: 'entry', index: 2, event: 'other' });
    await store.analyses.correct(ACTOR, a.sourceId, {
      target: 'entry',
      index: 2,
      framing: 'unclear',
    });
    const computedLevel = (await store.analyses.get(a.sourceId))!.computed.continuum.level;
    const level = computedLevel === 4 ? 0 : 4;
    const out = await store.analyses.correct(ACTOR, a.sourceId, {
      target: 'continuum',
      level,
      reason: 'Joint panel recorded elsewhere',
    });
    expect(out.analysis.entries[2]).toMatchObject({ event: 'other', framing: 'unclear' });
    expect(out.analysis.continuum).toMatchObject({
      level,
      override: { fromLevel: computedLevel, reason: 'Joint panel recorded elsewhere' },
    });
    expect(out.corrections).toHaveLength(2);
  });

  it('adds and removes turning points', async () => {
    const { store, a } = await seeded(studies);
    await store.analyses.store(ACTOR, a.sourceId, await analyse(store, a.sourceId));
    const added = await store.analyses.correct(ACTOR, a.sourceId, {
      target: 'turning_point',
      entry: 1,
      type: 'escalation',
      action: 'add',
    });
    expect(added.analysis.turningPoints).toContainEqual({
      entry: 1,
      type: 'escalation',
      evidence: [1],
    });
    const removed = await store.analyses.correct(ACTOR, a.sourceId, {
      target: 'turning_point',
      entry: 1,
      type: 'escalation',
      action: 'remove',
    });
    expect(
      removed.analysis.turningPoints.some((t) => t.entry === 1 && t.type === 'escalation'),
    ).toBe(false);
    expect(removed.corrections).toHaveLength(1);
  });

  it('keeps corrections when the log is analysed again', async () => {
    const { store, a } = await seeded(studies);
    const computed = await analyse(store, a.sourceId);
    await store.analyses.store(ACTOR, a.sourceId, computed);
    await store.analyses.correct(ACTOR, a.sourceId, {
      target: 'entry',
      index: 0,
      agencies: ['housing'],
    });
    const again = await store.analyses.store(ACTOR, a.sourceId, computed);
    expect(again.analysis.entries[0]?.agencies).toEqual(['housing']);
    expect((await store.analyses.get(a.sourceId))?.analysis.entries[0]?.agencies).toEqual([
      'housing',
    ]);
  });

  it('refuses bad corrections and stores neither the correction nor an event', async () => {
    const { store, a, b } = await seeded(studies);
    await expect(
      store.analyses.correct(ACTOR, b.sourceId, { target: 'entry', index: 0, event: 'other' }),
    ).rejects.toMatchObject({
      code: 'store.not_found',
      message: expect.stringMatching(/analyse it first/),
    });
    await store.analyses.store(ACTOR, a.sourceId, await analyse(store, a.sourceId));
    const seq = (await store.events.list()).length;
    const bad = [
      { target: 'entry', index: 99, event: 'other' },
      { target: 'entry', index: 0 },
      { target: 'entry', index: 0, event: 'teleport' },
      { target: 'entry', index: 0, agencies: ['martians'] },
      { target: 'turning_point', entry: 0, type: 'sideways', action: 'add' },
      { target: 'continuum', level: 9, reason: 'x' },
      { target: 'continuum', level: 2, reason: ' ' },
    ];
    for (const c of bad)
      await expect(store.analyses.correct(ACTOR, a.sourceId, c as never)).rejects.toMatchObject({
        code: 'store.invalid_input',
      });
    expect((await store.events.list()).length).toBe(seq);
    expect((await store.analyses.get(a.sourceId))?.corrections).toEqual([]);
  });

  it('accepts an agency label that the study lexicon adds', async () => {
    const { store, a } = await seeded(studies);
    await store.analyses.store(ACTOR, a.sourceId, await analyse(store, a.sourceId));
    const correction: Correction = { target: 'entry', index: 0, agencies: ['street_triage'] };
    await expect(store.analyses.correct(ACTOR, a.sourceId, correction)).rejects.toMatchObject({
      code: 'store.invalid_input',
    });
    const triage = { label: 'street_triage', patterns: ['\\bstreet triage\\b'] };
    await store.lexicons.save(ACTOR, {
      ...lexicon('triage-1'),
      agencies: [...DEFAULT_LEXICON.agencies, triage],
    });
    const out = await store.analyses.correct(ACTOR, a.sourceId, correction);
    expect(out.analysis.entries[0]?.agencies).toEqual(['street_triage']);
  });

  it('rolls back the correction when its event cannot be written', async () => {
    const { location, store } = await studies.createAt();
    const [result] = await store.importFiles(
      ACTOR,
      [
        {
          name: 'x.txt',
          bytes: new TextEncoder().encode('Incident: 1\n\n01/01/2015 10:00 [PC 1] Attended.\n'),
        },
      ],
      { dataset: 'Logs', kind: 'police_logs' },
    );
    if (result?.status !== 'imported') throw new Error('fixture did not import');
    await store.analyses.store(ACTOR, result.sourceId, await analyse(store, result.sourceId));
    // Without the audit trail the event insert fails after the correction row is written.
    await rawQuery(location, 'DROP TABLE events');
    await expect(
      store.analyses.correct(ACTOR, result.sourceId, { target: 'entry', index: 0, event: 'other' }),
    ).rejects.toThrow();
    expect(await rawQuery(location, 'SELECT * FROM log_corrections')).toEqual([]);
  });

  it('starts on the default lexicon and keeps every saved version', async () => {
    const store = await studies.create();
    expect(await store.lexicons.current()).toMatchObject({
      number: 0,
      version: DEFAULT_LEXICON.version,
      savedBy: null,
    });
    await store.lexicons.save(ACTOR, lexicon('study-1'));
    const second = await store.lexicons.save('editor', lexicon('study-2'));
    expect(second).toMatchObject({ number: 2, version: 'study-2', savedBy: 'editor' });
    expect((await store.lexicons.current()).lexicon.version).toBe('study-2');
    expect((await store.lexicons.versions()).map((v) => v.version)).toEqual(['study-1', 'study-2']);
    expect((await store.lexicons.get(1))?.lexicon).toEqual(lexicon('study-1'));
    const saves = (await store.events.list()).filter((e) => e.action === 'lexicon.save');
    expect(saves.map((e) => e.before)).toMatchObject([{ number: 0 }, { number: 1 }]);
  });

  it('refuses an invalid lexicon or a reused version, saving nothing', async () => {
    const store = await studies.create();
    await expect(store.lexicons.save(ACTOR, { name: 'x' })).rejects.toMatchObject({
      code: 'store.invalid_input',
    });
    await store.lexicons.save(ACTOR, lexicon('v1'));
    await expect(store.lexicons.save(ACTOR, lexicon('v1'))).rejects.toMatchObject({
      code: 'store.conflict',
      message: expect.stringMatching(/new "version"/),
    });
    expect(await store.lexicons.versions()).toHaveLength(1);
  });
});
