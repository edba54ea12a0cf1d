/**
 * Applying the de-identification to chosen sources only (`deid.apply` with `sourceIds`, the
 * store side of `liaison deid apply --source`), on both engines: two logs with no identifier in
 * common are coded, analysed, noted in memos and fully reviewed; applying the first leaves none
 * of its identifiers anywhere in the database, and every row of the second as it was.
 */
import { randomBytes } from 'node:crypto';
import { analyseLog, PseudonymTable, type LogStructure } from '@liaison/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeHmac, type StoreLocation, type StudyStore } from '../../src/index.js';
import { ACTOR, engines, useStudies } from '../engines.js';
import { anchorOf, file } from '../fixtures.js';
import { DEID_LOG, dumpStudy, sqliteFileText } from './deid-fixtures.js';

/** A second fictional log sharing no identifier with DEID_LOG. */
const OTHER_LOG = [
  'Incident: 2016-0412',
  'Site: South',
  'Opened: 12/04/2016 21:05',
  '',
  '12/04/2016 21:05 [OP17] Caller Priya PATEL reports her neighbour Tomasz NOWAK shouting on the landing, call back on 07700 900456.',
  '21:30 [PC 4410] Tomasz NOWAK spoken to at 14 Wren Street, Hull, HU3 2PQ. Calm, no offences.',
  '21:45 [OP17] Log closed.',
  '',
].join('\n');

/** DEID_LOG's identifiers (see deid-fixtures.ts on why these cannot match an id by chance). */
const APPLIED_IDS = [
  'Jean SMITH',
  'Kwame',
  'SMITH',
  '07700 900123',
  '27 Albert Road',
  'Bootle',
  'L20 7AB',
  '943 476 5919',
  'jean.smith@example.com',
];
const OTHER_IDS = ['Priya PATEL', 'Tomasz NOWAK', '07700 900456', '14 Wren Street', 'HU3 2PQ'];

interface Fixture {
  store: StudyStore;
  location: StoreLocation;
  applied: string;
  other: string;
}

async function importLog(store: StudyStore, name: string, text: string): Promise<string> {
  const [imported] = await store.importFiles(ACTOR, [file(name, text)], {
    dataset: 'Police logs',
    kind: 'police_logs',
  });
  if (imported?.status !== 'imported') throw new Error(`${name} did not import`);
  return imported.sourceId;
}

/** One coding over identifiers, an analysis and a memo naming the people, for one source. */
async function workOn(store: StudyStore, sourceId: string, exact: string, memo: string) {
  const code = await store.codes.create(ACTOR, { name: `code_${sourceId}` });
  const version = await store.texts.current(sourceId);
  await store.codings.create(ACTOR, {
    codeId: code.id,
    textVersionId: version.id,
    coder: ACTOR,
    anchor: anchorOf(version.text, exact),
  });
  const structure = await store.texts.structure(version.id);
  await store.analyses.store(ACTOR, sourceId, analyseLog(structure as LogStructure));
  await store.memos.create(ACTOR, {
    targetKind: 'source',
    targetId: sourceId,
    title: 'Note',
    body: memo,
  });
}

/** Everything the store shows about one source, to compare before and after. */
async function snapshot(store: StudyStore, sourceId: string) {
  const current = await store.texts.current(sourceId);
  return {
    versions: await store.texts.versions(sourceId),
    current,
    codings: await store.codings.bySource(sourceId),
    analysis: await store.analyses.get(sourceId),
    memos: await store.memos.list({ targetKind: 'source', targetId: sourceId }),
    detections: (await store.deid.list(sourceId)).detections,
    original: Buffer.from(await store.sources.originalBytes(sourceId)).toString('utf8'),
    // Ranks depend on the whole corpus (BM25), which the apply changed; the hits must not.
    search: (await store.search('Tomasz')).map(({ rank: _rank, ...hit }) => hit),
  };
}

function found(dump: Map<string, string>, ids: string[]): string[] {
  const all = [...dump.values()].join('\n').toLowerCase();
  return ids.filter((id) => all.includes(id.toLowerCase()));
}

describe.each(engines)('deid apply to chosen sources ($name)', (engine) => {
  const studies = useStudies(engine);
  let f: Fixture;
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    const { store, location } = await studies.createAt();
    const applied = await importLog(store, 'log-311.txt', DEID_LOG);
    const other = await importLog(store, 'log-412.txt', OTHER_LOG);
    await workOn(store, applied, 'Kwame SMITH located at 27 Albert Road', 'Jean SMITH rang again.');
    await workOn(store, other, 'Tomasz NOWAK spoken to', 'Priya PATEL rang again (07700 900456).');
    await store.deid.detect(ACTOR);
    for (const sourceId of [applied, other]) {
      const { detections } = await store.deid.list(sourceId);
      await store.deid.review(
        ACTOR,
        detections.map((d) => d.id),
        'accepted',
      );
    }
    f = { store, location, applied, other };
    before = await snapshot(store, other);
  });

  it('has accepted identifiers in both sources before applying', async () => {
    expect((await f.store.deid.remaining(f.other)).accepted).toBeGreaterThanOrEqual(4);
    expect(found(await dumpStudy(f.location), [...APPLIED_IDS, ...OTHER_IDS])).toEqual([
      ...APPLIED_IDS,
      ...OTHER_IDS,
    ]);
  });

  it('applies to one source and leaves none of its identifiers in the database', async () => {
    const table = new PseudonymTable({ secret: randomBytes(32), hmac: nodeHmac });
    const result = await f.store.deid.apply(ACTOR, table, { sourceIds: [f.applied] });
    expect(result.sources.map((s) => s.sourceId)).toEqual([f.applied]);
    expect(result.replaced).toBeGreaterThanOrEqual(8);
    expect(found(await dumpStudy(f.location), APPLIED_IDS)).toEqual([]);
    if (f.location.engine === 'sqlite') {
      const raw = sqliteFileText(f.location.path).toLowerCase();
      expect(APPLIED_IDS.filter((id) => raw.includes(id.toLowerCase()))).toEqual([]);
    }
    const [memo] = await f.store.memos.list({ targetKind: 'source', targetId: f.applied });
    expect(memo?.body).toMatch(/^Person \d+ rang again\.$/);
  });

  it('leaves the other source as it was', async () => {
    expect(await snapshot(f.store, f.other)).toEqual(before);
    expect(before.current.text).toBe(OTHER_LOG);
    expect(before.detections.every((d) => d.status === 'accepted')).toBe(true);
    expect(before.search.length).toBeGreaterThan(0);
    expect(found(await dumpStudy(f.location), OTHER_IDS)).toEqual(OTHER_IDS);
  });

  it('applies the other source afterwards', async () => {
    const table = new PseudonymTable({ secret: randomBytes(32), hmac: nodeHmac });
    const result = await f.store.deid.apply(ACTOR, table, { sourceIds: [f.other] });
    expect(result.sources.map((s) => s.sourceId)).toEqual([f.other]);
    expect(found(await dumpStudy(f.location), [...APPLIED_IDS, ...OTHER_IDS])).toEqual([]);
  });
});
