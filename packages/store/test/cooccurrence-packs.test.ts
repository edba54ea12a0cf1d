/**
 * The co-occurrence packs (migration 0009) stay exact through every write path: after each change
 * the query (overlap and same-unit, every code and one coder) equals a from-scratch computation
 * over the codings and structures read plainly through the store. Each check queries twice: the
 * first rebuilds the packs the change made stale, the second reads the stored packs.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  describeAnchor,
  PseudonymTable,
  unitSpansOf,
  type Code,
  type Coding,
  type CooccurrenceMode,
  type Id,
  type TextVersion,
} from '@liaison/core';
import { nodeHmac, type StudyStore } from '../src/index.js';
import { ACTOR, engines, rawQuery, useStudies, type TestEngine } from './engines.js';
import { LOG_A, LOG_B, TRANSCRIPT, anchorOf, file } from './fixtures.js';
import { DEID_LOG } from './deid/deid-fixtures.js';

/** A small seeded LCG (Numerical Recipes constants) so every run codes the same spans. */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

const span = (c: Coding) => [c.anchor.position.startUtf16, c.anchor.position.endUtf16] as const;

/** Adds one unordered pair of codes to a symmetric matrix. */
function add(m: number[][], i: number, j: number): void {
  m[i]![j]!++;
  if (i !== j) m[j]![i]!++;
}

/** Overlap by definition: unordered pairs in one version sharing a code unit. */
function overlapReference(codings: Coding[], index: Map<Id, number>, m: number[][]): void {
  codings.forEach((a, x) => {
    for (const b of codings.slice(x + 1)) {
      const [[sa, ea], [sb, eb]] = [span(a), span(b)];
      if (a.textVersionId !== b.textVersionId || Math.max(sa, sb) >= Math.min(ea, eb)) continue;
      add(m, index.get(a.codeId)!, index.get(b.codeId)!);
    }
  });
}

/** Same unit by definition: per unit, the distinct codes touching it (empty = its start unit). */
async function unitReference(
  store: StudyStore,
  codings: Coding[],
  index: Map<Id, number>,
  m: number[][],
) {
  for (const versionId of new Set(codings.map((c) => c.textVersionId))) {
    const units = unitSpansOf(await store.texts.structure(versionId));
    const mine = codings.filter((c) => c.textVersionId === versionId);
    units.start.forEach((uStart, u) => {
      const uEnd = units.end[u]!;
      const touching = mine.filter(
        (c) => span(c)[0] < uEnd && Math.max(span(c)[1], span(c)[0] + 1) > uStart,
      );
      const codes = [...new Set(touching.map((c) => index.get(c.codeId)!))].sort((a, b) => a - b);
      codes.forEach((i, a) => codes.slice(a).forEach((j) => add(m, i, j)));
    });
  }
}

async function reference(store: StudyStore, codeIds: Id[], mode: CooccurrenceMode, coder?: string) {
  const all = (await Promise.all(codeIds.map((id) => store.codings.byCode(id)))).flat();
  const codings = all.filter((c) => coder === undefined || c.coder === coder);
  const index = new Map(codeIds.map((id, i) => [id, i]));
  const m = codeIds.map(() => codeIds.map(() => 0));
  if (mode === 'overlap') overlapReference(codings, index, m);
  else await unitReference(store, codings, index, m);
  return { counts: m, codings: codeIds.map((id) => codings.filter((c) => c.codeId === id).length) };
}

/** The query equals the reference in both modes, for every code and for one coder. */
async function expectExact(store: StudyStore, step: string): Promise<void> {
  for (const mode of ['overlap', 'unit'] as const) {
    for (const coder of [undefined, 'coder-2']) {
      const first = await store.queries.cooccurrence({ mode, coder, cache: false });
      const again = await store.queries.cooccurrence({ mode, coder, cache: false });
      const expected = await reference(store, first.codeIds, mode, coder);
      expect({ step, counts: first.counts, codings: first.codings }).toEqual({ step, ...expected });
      expect(again).toEqual(first);
    }
  }
}

async function importAll(store: StudyStore) {
  const logs = await store.importFiles(
    ACTOR,
    [file('a.txt', LOG_A), file('b.txt', LOG_B), file('deid.txt', DEID_LOG)],
    { dataset: 'Logs', kind: 'police_logs' },
  );
  const talk = await store.importFiles(ACTOR, [file('i.txt', TRANSCRIPT)], {
    dataset: 'Interviews',
    kind: 'interviews',
  });
  return Promise.all(
    [...logs, ...talk].map((r) => {
      if (r.status !== 'imported') throw new Error(`fixture ${r.file} did not import`);
      return store.texts.current(r.sourceId);
    }),
  );
}

/** Four sources, five codes, 200 seeded codings by two coders (some empty, many overlapping). */
async function codedStudy(store: StudyStore) {
  const versions = await importAll(store);
  const codes: Code[] = [];
  for (const name of ['a', 'b', 'c', 'd', 'e'])
    codes.push(await store.codes.create(ACTOR, { name }));
  const pick = seeded(11);
  const inputs = Array.from({ length: 200 }, () => {
    const v = versions[pick(versions.length)]!;
    const start = pick(v.text.length);
    const end = Math.min(v.text.length, start + pick(80));
    const coder = pick(2) === 0 ? 'coder-1' : 'coder-2';
    const anchor = describeAnchor(v.text, start, end);
    return { codeId: codes[pick(codes.length)]!.id, textVersionId: v.id, coder, anchor };
  });
  await store.codings.createMany(ACTOR, inputs);
  return { versions, codes };
}

/** coder-1 codes a span of `v` that coder-2 leaves uncoded: one dispute, keyed as resolve wants it. */
async function disputeOn(store: StudyStore, v: TextVersion) {
  const [code] = await store.codes.list();
  for (const coder of ['coder-1', 'coder-2']) {
    const exact = coder === 'coder-1' ? 'Referral made' : v.text.slice(0, 8);
    const anchor = anchorOf(v.text, exact);
    await store.codings.create(coder, { codeId: code!.id, textVersionId: v.id, coder, anchor });
  }
  const disputes = await store.disputes.list({
    coders: ['coder-1', 'coder-2'],
    sourceId: v.sourceId,
  });
  return disputes.map((d) => ({
    sourceId: d.sourceId,
    textVersionId: d.textVersionId,
    start: d.start,
    end: d.end,
    coders: d.coders,
  }));
}

/**
 * Statements that take a study back to before migration 0009 (its tables, triggers, record).
 * Later migrations go first: Kysely refuses a study whose applied migrations skip one.
 */
function undo0009(engine: TestEngine): string[] {
  const later = [
    'DROP TABLE log_reviews',
    "DELETE FROM kysely_migration WHERE name = '0010_log_reviews'",
  ];
  const tables = ['DROP TABLE coding_packs', 'DROP TABLE coding_pack_gens'];
  const record = "DELETE FROM kysely_migration WHERE name = '0009_coding_packs'";
  if (engine.name === 'sqlite') {
    const triggers = ['ai', 'ad', 'au', 'structure_ai', 'structure_au', 'structure_ad'];
    return [...later, ...triggers.map((t) => `DROP TRIGGER coding_packs_${t}`), ...tables, record];
  }
  const functions = ['codings', 'structures'].flatMap((table) =>
    ['insert', 'update', 'delete'].map(
      (op) => `DROP FUNCTION liaison_packs_${table}_${op}() CASCADE`,
    ),
  );
  return [...later, ...functions, ...tables, record];
}

describe.each(engines)('co-occurrence packs on $name', (engine) => {
  const studies = useStudies(engine);

  it('stay exact after every write path that touches codings or units', async () => {
    const store = await studies.create();
    const { versions, codes } = await codedStudy(store);
    const [logA, logB, deidLog] = versions;
    await expectExact(store, 'createMany');
    const one = await store.codings.create('coder-2', {
      codeId: codes[0]!.id,
      textVersionId: logA!.id,
      coder: 'coder-2',
      anchor: anchorOf(logA!.text, 'Crisis team contacted by phone'),
    });
    await expectExact(store, 'create');
    await store.codings.remove(ACTOR, one.id);
    const [first] = await store.codings.byCode(codes[1]!.id);
    await store.codings.remove(ACTOR, first!.id);
    await expectExact(store, 'remove');
    await store.codes.merge(ACTOR, codes[2]!.id, codes[3]!.id);
    await expectExact(store, 'merge');
    const toSplit = (await store.codings.byCode(codes[0]!.id)).slice(0, 5).map((c) => c.id);
    await store.codes.split(ACTOR, codes[0]!.id, [{ code: { name: 'a2' }, codingIds: toSplit }]);
    await expectExact(store, 'split');
    await store.codes.retire(ACTOR, codes[4]!.id);
    await expectExact(store, 'retire');
    const edited = `Edited header line\n${logA!.text.replace('Crisis team', 'The crisis team')}`;
    await store.texts.createVersion(ACTOR, logA!.sourceId, edited, 'edit');
    await expectExact(store, 'new version with re-anchoring');
    const [dispute] = await disputeOn(store, await store.texts.current(logB!.sourceId));
    await store.disputes.resolve('lead', {
      ...dispute!,
      outcome: 'keep_a',
      codeIds: [codes[1]!.id],
      applyCodings: true,
    });
    await expectExact(store, 'dispute resolution applying codings');
    await store.deid.detect(ACTOR);
    const { detections } = await store.deid.list(deidLog!.sourceId);
    await store.deid.review(
      ACTOR,
      detections.map((d) => d.id),
      'accepted',
    );
    const table = new PseudonymTable({ secret: randomBytes(32), hmac: nodeHmac });
    await store.deid.apply(ACTOR, table, { sourceIds: [deidLog!.sourceId] });
    await expectExact(store, 'deid apply');
  });

  it('are built for the codings a study had before migration 0009', async () => {
    const { store, location } = await studies.createAt();
    await codedStudy(store);
    for (const statement of undo0009(engine)) await rawQuery(location, statement);
    const reopened = await studies.open(location);
    const gens = await rawQuery(location, 'SELECT count(*) AS n FROM coding_pack_gens');
    expect(Number((gens[0] as { n: number | string }).n)).toBe(4);
    await expectExact(reopened, 'after migration 0009');
  });
});
