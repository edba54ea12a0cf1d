/**
 * Review and apply on both engines: fictional sources with known identifiers are coded,
 * analysed, edited, noted in a memo, reviewed and applied; then every table is dumped and
 * searched for every original identifier, and the codings are checked on the right words.
 */
import { randomBytes } from 'node:crypto';
import { analyseLog, PseudonymTable, type LogStructure } from '@liaison/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeHmac, type StoreLocation, type StudyStore } from '../../src/index.js';
import { ACTOR, engines, rawQuery, useStudies } from '../engines.js';
import { anchorOf, file } from '../fixtures.js';
import {
  DEID_LOG,
  DEID_TRANSCRIPT,
  dumpStudy,
  sqliteFileText,
  survivors,
} from './deid-fixtures.js';

interface Fixture {
  store: StudyStore;
  location: StoreLocation;
  log: string;
  transcript: string;
}

async function importSources(store: StudyStore): Promise<{ log: string; transcript: string }> {
  const [log] = await store.importFiles(ACTOR, [file('log-311.txt', DEID_LOG)], {
    dataset: 'Police logs',
    kind: 'police_logs',
  });
  const [transcript] = await store.importFiles(ACTOR, [file('interview-03.txt', DEID_TRANSCRIPT)], {
    dataset: 'Interviews',
    kind: 'interviews',
  });
  if (log?.status !== 'imported' || transcript?.status !== 'imported') {
    throw new Error('fixtures did not import');
  }
  return { log: log.sourceId, transcript: transcript.sourceId };
}

/** Codes spans (one over identifiers, one not), edits the log once, stores an analysis, a memo. */
async function workOn(store: StudyStore, log: string, transcript: string): Promise<void> {
  const code = await store.codes.create(ACTOR, { name: 'missing_person' });
  const edited = (await store.texts.current(log)).text.replace('Log closed.', 'Log closed NFA.');
  await store.texts.createVersion(ACTOR, log, edited, 'edit');
  for (const [sourceId, exact] of [
    [log, 'Kwame SMITH located at 27 Albert Road'],
    [log, 'refused to engage'],
    [transcript, 'Lulu picked up straight away'],
  ] as const) {
    const version = await store.texts.current(sourceId);
    await store.codings.create(ACTOR, {
      codeId: code.id,
      textVersionId: version.id,
      coder: ACTOR,
      anchor: anchorOf(version.text, exact),
    });
  }
  const structure = await store.texts.structure((await store.texts.current(log)).id);
  await store.analyses.store(ACTOR, log, analyseLog(structure as LogStructure));
  await store.memos.create(ACTOR, {
    targetKind: 'source',
    targetId: log,
    title: 'Call Jean SMITH back',
    body: 'Jean SMITH said Lulu knows where Kwame stays (07700 900123).',
  });
}

/** Accepts every suggestion but the collar numbers, in the ways a reviewer would. */
async function review(store: StudyStore, log: string, transcript: string): Promise<void> {
  await store.deid.detect(ACTOR);
  const { detections } = await store.deid.list(log);
  const collars = detections.filter((d) => d.type === 'COLLAR_NUMBER').map((d) => d.id);
  await store.deid.review(ACTOR, collars, 'rejected');
  await store.deid.acceptType(ACTOR, 'PERSON');
  const rest = (await store.deid.list(log)).detections.filter((d) => d.status === 'suggested');
  await store.deid.review(
    ACTOR,
    rest.map((d) => d.id),
    'accepted',
  );
  const text = (await store.texts.current(transcript)).text;
  const start = text.indexOf('Lulu');
  await store.deid.add(ACTOR, transcript, {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + 4,
  });
  await store.deid.acceptType(ACTOR, 'PERSON', transcript);
}

describe.each(engines)('deid review and apply ($name)', (engine) => {
  const studies = useStudies(engine);
  let f: Fixture;
  let table: PseudonymTable;

  beforeAll(async () => {
    const { store, location } = await studies.createAt();
    const { log, transcript } = await importSources(store);
    await workOn(store, log, transcript);
    await review(store, log, transcript);
    f = { store, location, log, transcript };
    table = new PseudonymTable({ secret: randomBytes(32), hmac: nodeHmac });
  });

  it('counts what is left to review', async () => {
    const counts = await f.store.deid.remaining();
    expect(counts.suggested).toBe(0);
    expect(counts.rejected).toBe(2);
    expect(counts.accepted).toBeGreaterThanOrEqual(12);
    expect(await f.store.deid.remaining(f.transcript)).toMatchObject({ accepted: 2 });
  });

  it('applies, and no identifier survives anywhere in the study', async () => {
    let saved = 0;
    const result = await f.store.deid.apply(ACTOR, table, {
      beforeCommit: async () => void saved++,
    });
    expect(saved).toBe(1);
    expect(result.sources.map((s) => s.sourceId).sort()).toEqual([f.log, f.transcript].sort());
    expect(survivors(await dumpStudy(f.location))).toEqual([]);
    if (f.location.engine === 'sqlite') {
      const raw = sqliteFileText(f.location.path).toLowerCase();
      expect(raw.includes('kwame') || raw.includes('07700 900123')).toBe(false);
    }
  });

  it('keeps codings on the right words', async () => {
    const log = await f.store.texts.current(f.log);
    expect(log.reason).toBe('redaction');
    const codings = await f.store.codings.bySource(f.log);
    const quotes = codings.map((c) => {
      const { startUtf16, endUtf16 } = c.anchor.position;
      expect(c.textVersionId).toBe(log.id);
      expect(log.text.slice(startUtf16, endUtf16)).toBe(c.anchor.quote.exact);
      return c.anchor.quote.exact;
    });
    expect(quotes).toContain('refused to engage');
    expect(quotes).toContainEqual(expect.stringMatching(/^Person \d+ located at \[ADDRESS \d+\]$/));
  });

  it('gives one person the same pseudonym in every source and in memos', async () => {
    const log = (await f.store.texts.current(f.log)).text;
    const transcript = (await f.store.texts.current(f.transcript)).text;
    const jean = /Caller (Person \d+) reports/.exec(log)?.[1];
    expect(jean).toBeDefined();
    expect(transcript).toContain(`P03: ${jean} rang me`);
    const [memo] = await f.store.memos.list({ targetKind: 'source', targetId: f.log });
    expect(memo?.title).toBe(`Call ${jean} back`);
  });

  it('leaves the search index, the original bytes and older versions without identifiers', async () => {
    expect(await f.store.search('Kwame')).toEqual([]);
    expect((await f.store.search('Person')).length).toBeGreaterThan(0);
    const original = new TextDecoder().decode(await f.store.sources.originalBytes(f.log));
    expect(original).toContain('[PHONE 1]');
    const versions = await f.store.texts.versions(f.log);
    expect(versions.map((v) => v.reason)).toEqual(['import', 'edit', 'redaction']);
    const first = await f.store.texts.get(versions[0]!.id);
    expect(first?.text).toContain('Log closed.');
    expect(first?.text).not.toContain('Kwame');
  });

  it('marks accepted detections applied and keeps events append-only outside apply', async () => {
    const counts = await f.store.deid.remaining();
    expect(counts.accepted).toBe(0);
    expect(counts.applied).toBeGreaterThanOrEqual(12);
    await expect(rawQuery(f.location, `UPDATE events SET after = NULL`)).rejects.toThrow(
      /append-only/,
    );
    const again = await f.store.deid.apply(ACTOR, table);
    expect(again.sources).toEqual([]);
  });
});
