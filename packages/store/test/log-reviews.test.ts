/**
 * `analyses.review`: a researcher's mark that every entry of a log's analysis was checked, with
 * its events, its refusals, and its end when the text gets a new version, on both engines.
 */
import { analyseLog, type LogStructure } from '@liaison/core';
import { describe, expect, it } from 'vitest';
import type { StudyStore } from '../src/index.js';
import { ACTOR, engines, rawQuery, useStudies } from './engines.js';
import { seeded } from './study-with-sources.js';

async function analyse(store: StudyStore, sourceId: string) {
  const version = await store.texts.current(sourceId);
  return analyseLog((await store.texts.structure(version.id)) as LogStructure);
}

const reviewEvents = async (store: StudyStore, sourceId: string) =>
  (await store.events.list({ entityId: sourceId })).filter((e) =>
    /^log_analysis\.(un)?review$/.test(e.action),
  );

describe.each(engines)('marking a log reviewed on $name', (engine) => {
  const studies = useStudies(engine);

  it('marks and unmarks a stored analysis, each once, with events saying who and when', async () => {
    const { store, a } = await seeded(studies);
    await store.analyses.store(ACTOR, a.sourceId, await analyse(store, a.sourceId));
    expect((await store.analyses.get(a.sourceId))?.reviewed).toBeNull();
    const marked = await store.analyses.review('rater', a.sourceId, true);
    expect(marked.reviewed).toMatchObject({ by: 'rater', at: expect.stringMatching(/^\d{4}-/) });
    expect((await store.analyses.get(a.sourceId))?.reviewed).toEqual(marked.reviewed);
    // Marking again is no change: the first mark, and its time, stay.
    expect((await store.analyses.review('other', a.sourceId, true)).reviewed).toEqual(
      marked.reviewed,
    );
    const unmarked = await store.analyses.review('rater', a.sourceId, false);
    expect(unmarked.reviewed).toBeNull();
    await store.analyses.review('rater', a.sourceId, false);
    const events = await reviewEvents(store, a.sourceId);
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['log_analysis.review', 'rater'],
      ['log_analysis.unreview', 'rater'],
    ]);
    expect(events[0]).toMatchObject({
      before: null,
      after: { textVersionId: a.id, by: 'rater', at: marked.reviewed!.at },
    });
    expect(events[1]).toMatchObject({ before: { by: 'rater' }, after: null });
  });

  it('keeps the mark when the log is corrected or analysed again', async () => {
    const { store, a } = await seeded(studies);
    const computed = await analyse(store, a.sourceId);
    await store.analyses.store(ACTOR, a.sourceId, computed);
    await store.analyses.review(ACTOR, a.sourceId, true);
    const corrected = await store.analyses.correct(ACTOR, a.sourceId, {
      target: 'entry',
      index: 0,
      agencies: ['housing'],
    });
    expect(corrected.reviewed?.by).toBe(ACTOR);
    expect((await store.analyses.store(ACTOR, a.sourceId, computed)).reviewed?.by).toBe(ACTOR);
  });

  it('needs a stored analysis of the current text unless one is given to store first', async () => {
    const { store, a, b } = await seeded(studies);
    for (const reviewed of [true, false])
      await expect(store.analyses.review(ACTOR, b.sourceId, reviewed)).rejects.toMatchObject({
        code: 'store.not_found',
        message: expect.stringMatching(/analyse it first .*then (un)?mark it reviewed/),
      });
    await expect(store.analyses.review(ACTOR, 'nope', true)).rejects.toMatchObject({
      code: 'store.not_found',
    });
    await store.analyses.store(ACTOR, a.sourceId, await analyse(store, a.sourceId));
    await expect(store.analyses.review(ACTOR, a.sourceId, 'yes' as never)).rejects.toMatchObject({
      code: 'store.invalid_input',
    });
    await expect(store.analyses.review(' ', a.sourceId, true)).rejects.toMatchObject({
      code: 'store.invalid_input',
    });
    expect(await reviewEvents(store, a.sourceId)).toEqual([]);
    const computed = await analyse(store, b.sourceId);
    const stored = await store.analyses.review(ACTOR, b.sourceId, true, {
      analysisIfNone: computed,
    });
    expect(stored).toMatchObject({ textVersionId: b.id, reviewed: { by: ACTOR } });
    expect(stored.computed).toEqual(computed);
  });

  it('no longer counts once the text has a new version', async () => {
    const { location, store } = await studies.createAt();
    const [result] = await store.importFiles(
      ACTOR,
      [
        {
          name: 'x.txt',
          bytes: new TextEncoder().encode(
            'Incident: 1\n\n01/01/2015 10:00 [PC 1] Attended.\n01/01/2015 11:00 [PC 1] Left.\n',
          ),
        },
      ],
      { dataset: 'Logs', kind: 'police_logs' },
    );
    if (result?.status !== 'imported') throw new Error('fixture did not import');
    const id = result.sourceId;
    await store.analyses.store(ACTOR, id, await analyse(store, id));
    await store.analyses.review(ACTOR, id, true);
    const text = (await store.texts.current(id)).text.replace('Left.', 'Left the address.');
    await store.texts.createVersion(ACTOR, id, text, 'edit');
    const again = await store.analyses.store(ACTOR, id, await analyse(store, id));
    expect(again.reviewed).toBeNull();
    expect((await store.analyses.get(id))?.reviewed).toBeNull();
    // The old mark stays in the table, naming the version that was checked.
    const rows = await rawQuery(location, 'SELECT text_version_id FROM log_reviews');
    expect(rows).toHaveLength(1);
    const marked = await store.analyses.review(ACTOR, id, true);
    expect(marked.reviewed?.by).toBe(ACTOR);
    expect(await rawQuery(location, 'SELECT text_version_id FROM log_reviews')).toEqual([
      { text_version_id: again.textVersionId },
    ]);
  });

  it('rolls back the mark when its event cannot be written', async () => {
    const { location, store } = await studies.createAt();
    const [result] = await store.importFiles(
      ACTOR,
      [{ name: 'y.txt', bytes: new TextEncoder().encode('01/01/2015 10:00 [PC 1] Attended.\n') }],
      { dataset: 'Logs', kind: 'police_logs' },
    );
    if (result?.status !== 'imported') throw new Error('fixture did not import');
    await store.analyses.store(ACTOR, result.sourceId, await analyse(store, result.sourceId));
    await rawQuery(location, 'DROP TABLE events');
    await expect(store.analyses.review(ACTOR, result.sourceId, true)).rejects.toThrow();
    expect(await rawQuery(location, 'SELECT * FROM log_reviews')).toEqual([]);
  });
});
