/**
 * `adaptStudyModels`: the study's reviewed police logs adapt the lexicon's learnt models,
 * cross-validated, and the adapted lexicon is saved as the next version only when asked and when
 * it helped, on both engines. Reviewed means marked reviewed once any log is, else corrected.
 * The fictional study's mental health team goes by a local name, "Bridgeway", that no lexicon
 * rule knows (examples/bridgeway-logs).
 */
import { readFileSync } from 'node:fs';
import { analyseLog, type LogStructure } from '@liaison/core';
import { describe, expect, it } from 'vitest';
import { adaptStudyModels, reviewedLogs, type StudyStore } from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';
import { file } from './fixtures.js';

/** Six fictional logs (examples/bridgeway-logs/README.md). */
const FIXTURES = new URL('../../../examples/bridgeway-logs/', import.meta.url);
const bridgewayFiles = () =>
  [0, 1, 2, 3, 4, 5].map((n) =>
    file(`log-${n}.txt`, readFileSync(new URL(`log-${n}.txt`, FIXTURES), 'utf8')),
  );

/** Imports the logs, stores their analyses, and corrects the Bridgeway entries of `reviewed`. */
async function study(store: StudyStore, reviewed: number, dataset = 'Police logs') {
  const results = await store.importFiles(ACTOR, bridgewayFiles(), {
    dataset,
    kind: 'police_logs',
  });
  const ids = results.map((r) => (r.status === 'imported' ? r.sourceId : ''));
  for (const [n, id] of ids.entries()) {
    const version = await store.texts.current(id);
    const log = (await store.texts.structure(version.id)) as LogStructure;
    await store.analyses.store(ACTOR, id, analyseLog(log));
    if (n >= reviewed) continue;
    for (const index of [1, 3])
      await store.analyses.correct(ACTOR, id, {
        target: 'entry',
        index,
        agencies: ['police', 'mental_health'],
      });
  }
  return ids;
}

describe.each(engines)('adapting the models to reviewed logs on $name', (engine) => {
  const studies = useStudies(engine);

  it('reads only the corrected logs, with their corrections as labels, while none is marked', async () => {
    const store = await studies.create();
    await study(store, 3);
    const { basis, checked, logs, names, skipped } = await reviewedLogs(store);
    expect(basis).toBe('corrected');
    // Only agencies were corrected: the events and framings are the classifier's own reading.
    expect(checked).toEqual(['agencies']);
    expect(names).toEqual(['log-0.txt', 'log-1.txt', 'log-2.txt']);
    expect(logs).toHaveLength(3);
    expect(skipped).toEqual([]);
    expect([...logs[0]!.gold[3]!.agencies].sort()).toEqual(['mental_health', 'police']);
    expect(logs[0]!.log.entries[3]!.text).toMatch(/BRIDGEWAY NURSE/);
  });

  it('saves the adapted lexicon as the next version when the check shows a gain', async () => {
    const store = await studies.create();
    const ids = await study(store, 3);
    const result = await adaptStudyModels(store, ACTOR, { save: true, l2: 1 });
    expect(result.basis).toBe('corrected');
    expect(result.trainedOn).toEqual(['log-0.txt', 'log-1.txt', 'log-2.txt']);
    expect(result.judgedOn).toEqual(['agencies']);
    expect(result.gain).toBeGreaterThan(0);
    expect(result.gain).toBeCloseTo(result.check.after.agencyF1 - result.check.before.agencyF1);
    expect(result.check).toMatchObject({ folds: 3, logs: 3 });
    const current = await store.lexicons.current();
    expect(current).toMatchObject({ number: 1, version: result.lexicon.version });
    expect(current.version).toMatch(/\+study\.1$/);
    // The saved lexicon reads the local name in a log nobody corrected.
    const version = await store.texts.current(ids[4]!);
    const unseen = (await store.texts.structure(version.id)) as LogStructure;
    expect(analyseLog(unseen, current.lexicon).entries[3]!.agencies).toContain('mental_health');
    const saves = (await store.events.list()).filter((e) => e.action === 'lexicon.save');
    expect(saves).toHaveLength(1);
  });

  it('once a log is marked reviewed, reads only the marked logs, corrected or not', async () => {
    const store = await studies.create();
    const ids = await study(store, 3);
    for (const id of [ids[0]!, ids[1]!, ids[4]!]) await store.analyses.review(ACTOR, id, true);
    const { basis, checked, logs, names } = await reviewedLogs(store);
    expect(basis).toBe('marked');
    expect(checked).toEqual(['event', 'framing', 'agencies']);
    // log-2 is corrected but not marked: once marks exist, a correction alone does not count.
    expect(names).toEqual(['log-0.txt', 'log-1.txt', 'log-4.txt']);
    expect([...logs[1]!.gold[3]!.agencies].sort()).toEqual(['mental_health', 'police']);
    // A marked log nobody corrected trains on the classifier's labels, checked as right.
    expect(logs[2]!.gold[3]!.agencies).not.toContain('mental_health');
    const result = await adaptStudyModels(store, ACTOR, { l2: 1 });
    expect(result).toMatchObject({ basis: 'marked', check: { logs: 3 }, saved: null });
    expect(result.trainedOn).toEqual(names);
    for (const id of [ids[0]!, ids[1]!, ids[4]!]) await store.analyses.review(ACTOR, id, false);
    expect(await reviewedLogs(store)).toMatchObject({ basis: 'corrected', logs: { length: 3 } });
  });

  it('chooses the basis per dataset when adapting one dataset', async () => {
    const store = await studies.create();
    await study(store, 3, 'North logs');
    const south = await study(store, 3, 'South logs');
    await store.analyses.review(ACTOR, south[0]!, true);
    const datasets = await store.datasets.list();
    const idOf = (name: string) => datasets.find((d) => d.name === name)!.id;
    expect(await reviewedLogs(store, idOf('North logs'))).toMatchObject({
      basis: 'corrected',
      names: ['log-0.txt', 'log-1.txt', 'log-2.txt'],
    });
    expect(await reviewedLogs(store, idOf('South logs'))).toMatchObject({
      basis: 'marked',
      names: ['log-0.txt'],
    });
    await expect(adaptStudyModels(store, ACTOR)).rejects.toMatchObject({
      code: 'store.invalid_input',
      message: /^1 police log marked reviewed; adapting the models needs at least two/,
    });
  });

  it('saves nothing unless asked, and refuses fewer than two reviewed logs', async () => {
    const store = await studies.create();
    await study(store, 1);
    await expect(adaptStudyModels(store, ACTOR, { save: true })).rejects.toMatchObject({
      code: 'store.invalid_input',
      message: /1 reviewed police log; adapting the models needs at least two/,
    });
    expect((await store.lexicons.current()).number).toBe(0);
  });
});
