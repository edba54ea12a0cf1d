/**
 * The study's continuum scale (versions, validation, events), on both engines. A stored analysis
 * is placed with the study's current scale when read.
 */
import {
  analyseLog,
  DEFAULT_CONTINUUM_SCALE,
  DEFAULT_CONTINUUM_SCALE_VERSIONS,
  type ContinuumScale,
  type LogStructure,
} from '@liaison/core';
import { describe, expect, it } from 'vitest';
import type { StudyStore } from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';
import { seeded } from './study-with-sources.js';

async function analyse(store: StudyStore, sourceId: string) {
  const version = await store.texts.current(sourceId);
  return analyseLog((await store.texts.structure(version.id)) as LogStructure);
}

/** A two-level scale: any partner contact at all is "joint"; otherwise "police only". */
const twoLevels = (version: string): ContinuumScale => ({
  version,
  ignoreAgencies: [],
  levels: [
    { level: 1, label: 'joint', requires: [['partner_contact']], rationale: 'Entries {entries}.' },
    { level: 0, label: 'police only', requires: [[]], rationale: 'No partner.' },
  ],
});

describe.each(engines)('continuum scales on $name', (engine) => {
  const studies = useStudies(engine);

  it('starts on the default scale and keeps every saved version, each save an event', async () => {
    const store = await studies.create();
    expect(await store.continuumScales.current()).toEqual({
      number: 0,
      version: DEFAULT_CONTINUUM_SCALE.version,
      savedAt: null,
      savedBy: null,
      scale: DEFAULT_CONTINUUM_SCALE,
    });
    await store.continuumScales.save(ACTOR, twoLevels('s-1'));
    const second = await store.continuumScales.save('editor', twoLevels('s-2'));
    expect(second).toMatchObject({ number: 2, version: 's-2', savedBy: 'editor' });
    expect((await store.continuumScales.current()).scale).toEqual(twoLevels('s-2'));
    expect((await store.continuumScales.versions()).map((v) => v.version)).toEqual(['s-1', 's-2']);
    const saves = (await store.events.list()).filter((e) => e.action === 'continuum_scale.save');
    expect(saves.map((e) => e.before)).toMatchObject([{ number: 0 }, { number: 1 }]);
    expect(saves[1]?.after).toMatchObject({ number: 2, scale: twoLevels('s-2') });
  });

  it('refuses an invalid scale or a taken version with a clear error and no event', async () => {
    const store = await studies.create();
    await store.continuumScales.save(ACTOR, twoLevels('s-1'));
    const events = (await store.events.list()).length;
    const noFloor = twoLevels('s-2');
    noFloor.levels[1]!.requires = [['signposting']];
    await expect(store.continuumScales.save(ACTOR, noFloor)).rejects.toMatchObject({
      code: 'store.invalid_input',
      message: expect.stringMatching(/not valid.*\n.*lowest level \(0\) must always hold/),
    });
    await expect(store.continuumScales.save(ACTOR, twoLevels('s-1'))).rejects.toMatchObject({
      code: 'store.conflict',
      message: expect.stringMatching(/"s-1" is already saved as version 1/),
    });
    // Every version the product's default has had is refused, not only the current one.
    for (const version of DEFAULT_CONTINUUM_SCALE_VERSIONS) {
      await expect(
        store.continuumScales.save(ACTOR, { ...twoLevels('x'), version }),
      ).rejects.toMatchObject({ code: 'store.conflict' });
    }
    expect((await store.events.list()).length).toBe(events);
    expect((await store.continuumScales.current()).number).toBe(1);
  });

  it('places stored analyses on the current scale and checks overrides against it', async () => {
    const { store, a } = await seeded(studies);
    const computed = await analyse(store, a.sourceId);
    await store.analyses.store(ACTOR, a.sourceId, computed);
    await store.continuumScales.save(ACTOR, twoLevels('s-1'));
    const read = (await store.analyses.get(a.sourceId))!;
    const partners = computed.continuum.level >= 1;
    expect(read.scaleVersion).toBe('s-1');
    expect(read.analysis.continuum.label).toBe(partners ? 'joint' : 'police only');
    await expect(
      store.analyses.correct(ACTOR, a.sourceId, { target: 'continuum', level: 3, reason: 'x' }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/one of 0, 1 \(got 3\)/) });
    const level = partners ? 0 : 1;
    const out = await store.analyses.correct(ACTOR, a.sourceId, {
      target: 'continuum',
      level,
      reason: 'Read against the site protocol',
    });
    expect(out.analysis.continuum).toMatchObject({ level, override: { fromLevel: 1 - level } });
  });
});
