/**
 * One million codings (1,000 synthetic transcripts × 1,000 codings, 200 codes) stored with
 * `codings.createMany` on SQLite and PostgreSQL, then retrieval by code (~5,000 codings each)
 * and by source (~1,000 each) over 50 random queries.
 *
 * Baselines: for inserts, raw better-sqlite3 (one prepared statement in one transaction per
 * batch) inserting the same rows into a copy of the same study file, measured batch by batch
 * in the same run; for retrieval, the target "p95 under 50 ms at 1 M codings" (ratio < 1 meets
 * it). A Kysely multi-row VALUES insert of the first 100,000 rows shows why SQLite uses a
 * prepared statement instead. Run: `npx tsx bench/codings.bench.ts` (about 2–3 minutes).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { newId, type TextVersion } from '@liaison/core';
import {
  createStudy,
  dropPostgresSchema,
  openStudy,
  type CodingInput,
  type StoreLocation,
  type StudyStore,
} from '@liaison/store';
import { randomCodingInputs } from './lib/synthetic-codings.js';
import { peakRssMb, report, summarise, time, type Timing } from './lib/measure.js';
import { randomInt, seededRandom, syntheticTranscript } from './lib/synthetic-text.js';

const SOURCES = 1000;
const CODES = 200;
const PER_SOURCE = 1000;
/** Sources per createMany call: 100,000 codings per transaction. */
const BATCH_SOURCES = 100;
const WORDS_PER_SOURCE = 2500;
const QUERIES = 50;
const TARGET_MS = 50;
const ACTOR = 'bench';
/** e.g. `1M`, for result names. */
const TOTAL = `${(SOURCES * PER_SOURCE) / 1e6}M`;
const PG = process.env.LIAISON_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Corpus {
  store: StudyStore;
  versions: TextVersion[];
  codeIds: string[];
}

const since = (t0: number) => performance.now() - t0;
const once = (ms: number): Timing => summarise([ms]);

async function seed(location: StoreLocation): Promise<Corpus> {
  const store = await createStudy(location, { name: 'Codings bench' }, ACTOR);
  const target = { dataset: 'Interviews', kind: 'interviews' } as const;
  const versions: TextVersion[] = [];
  for (let first = 0; first < SOURCES; first += BATCH_SOURCES) {
    const files = Array.from({ length: BATCH_SOURCES }, (_, i) => ({
      name: `interview-${first + i}.txt`,
      bytes: new TextEncoder().encode(syntheticTranscript(first + i + 1, WORDS_PER_SOURCE)),
    }));
    for (const r of await store.importFiles(ACTOR, files, target)) {
      if (r.status !== 'imported') throw new Error(`${r.file} did not import`);
      versions.push(await store.texts.current(r.sourceId));
    }
  }
  const codeIds: string[] = [];
  for (let i = 0; i < CODES; i++) {
    codeIds.push((await store.codes.create(ACTOR, { name: `code_${i}` })).id);
  }
  return { store, versions, codeIds };
}

/** The row createMany would write, for the raw baselines. */
function rowOf(input: CodingInput, sourceId: string, now: string) {
  const { position, quote } = input.anchor;
  return {
    id: newId(),
    code_id: input.codeId,
    source_id: sourceId,
    text_version_id: input.textVersionId,
    coder: input.coder,
    start_utf16: position.startUtf16,
    end_utf16: position.endUtf16,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    status: 'exact',
    score: 1,
    created_at: now,
  };
}
type Row = ReturnType<typeof rowOf>;

function openRaw(path: string): Sqlite.Database {
  const db = new Sqlite(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return db;
}

const COLUMNS = [
  'id',
  'code_id',
  'source_id',
  'text_version_id',
  'coder',
  'start_utf16',
  'end_utf16',
  'exact',
  'prefix',
  'suffix',
  'status',
  'score',
  'created_at',
] as const satisfies readonly (keyof Row)[];

/** Raw better-sqlite3: one prepared statement, one transaction. Returns milliseconds. */
function rawInserter(db: Sqlite.Database): (rows: Row[]) => number {
  const cols = COLUMNS;
  const insert = db.prepare(
    `INSERT INTO codings (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  );
  const all = db.transaction((rows: Row[]) => {
    for (const row of rows) insert.run(row);
  });
  return (rows) => {
    const t0 = performance.now();
    all(rows);
    return since(t0);
  };
}

/** Kysely multi-row VALUES, 1,000 rows (13,000 parameters) per statement, one transaction. */
async function kyselyInsert(path: string, rows: Row[]): Promise<number> {
  const db = new Kysely<{ codings: Row }>({
    dialect: new SqliteDialect({ database: openRaw(path) }),
  });
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 1000) {
      await trx
        .insertInto('codings')
        .values(rows.slice(i, i + 1000))
        .execute();
    }
  });
  const ms = since(t0);
  await db.destroy();
  return ms;
}

interface InsertRun {
  storeMs: number;
  rawMs: number;
  firstBatchRawMs: number;
  firstBatchRows: Row[];
}

/** createMany batch by batch; each batch's same rows also go through `raw` when given. */
async function insertAll(corpus: Corpus, raw?: (rows: Row[]) => number): Promise<InsertRun> {
  const run: InsertRun = { storeMs: 0, rawMs: 0, firstBatchRawMs: 0, firstBatchRows: [] };
  for (let first = 0; first < SOURCES; first += BATCH_SOURCES) {
    const versions = corpus.versions.slice(first, first + BATCH_SOURCES);
    const inputs = randomCodingInputs(versions, corpus.codeIds, PER_SOURCE, first + 7);
    const t0 = performance.now();
    await corpus.store.codings.createMany(ACTOR, inputs);
    run.storeMs += since(t0);
    if (raw === undefined) continue;
    const sourceOf = new Map(versions.map((v) => [v.id, v.sourceId]));
    const now = new Date().toISOString();
    const rows = inputs.map((i) => rowOf(i, sourceOf.get(i.textVersionId)!, now));
    const ms = raw(rows);
    run.rawMs += ms;
    if (first === 0) Object.assign(run, { firstBatchRawMs: ms, firstBatchRows: rows });
  }
  return run;
}

/** Reads run on a freshly opened study, as when a researcher opens it; the store is closed after. */
async function retrieval(engine: string, corpus: Corpus): Promise<void> {
  const random = seededRandom(99);
  const pick = <T>(xs: T[]) => xs[randomInt(random, xs.length)]!;
  const target = { name: `target p95 ${TARGET_MS} ms`, ms: TARGET_MS };
  const byCode = await time(() => corpus.store.codings.byCode(pick(corpus.codeIds)), QUERIES, 5);
  const sourceIds = corpus.versions.map((v) => v.sourceId);
  const bySource = await time(() => corpus.store.codings.bySource(pick(sourceIds)), QUERIES, 5);
  for (const [what, t] of [
    ['byCode', byCode],
    ['bySource', bySource],
  ] as const) {
    report(`codings.${what} ${engine} (${TOTAL} codings)`, t, target);
    console.log(`  p95 / target = ${(t.p95Ms / TARGET_MS).toFixed(3)}`);
  }
  await corpus.store.close();
}

async function sqliteBench(dir: string): Promise<number> {
  const path = join(dir, 'bench.liaison');
  const seeded = await seed({ engine: 'sqlite', path });
  await seeded.store.close();
  copyFileSync(path, join(dir, 'raw.liaison'));
  copyFileSync(path, join(dir, 'kysely.liaison'));
  const corpus = { ...seeded, store: await openStudy({ engine: 'sqlite', path }) };
  const rawDb = openRaw(join(dir, 'raw.liaison'));
  const run = await insertAll(corpus, rawInserter(rawDb));
  rawDb.close();
  const baseline = { name: 'raw better-sqlite3 prepared insert', ms: run.rawMs };
  report(`codings.createMany sqlite (${TOTAL} rows)`, once(run.storeMs), baseline);
  const kyselyMs = await kyselyInsert(join(dir, 'kysely.liaison'), run.firstBatchRows);
  report(
    `kysely multi-row VALUES sqlite (first ${BATCH_SOURCES * PER_SOURCE} rows)`,
    once(kyselyMs),
    {
      name: 'raw better-sqlite3 prepared insert of the same rows',
      ms: run.firstBatchRawMs,
    },
  );
  await corpus.store.close();
  await retrieval('sqlite', { ...corpus, store: await openStudy({ engine: 'sqlite', path }) });
  return run.rawMs;
}

async function postgresBench(rawSqliteMs: number): Promise<void> {
  const schema = `liaison_bench_${newId().toLowerCase()}`;
  try {
    const corpus = await seed({ engine: 'postgres', connectionString: PG, schema });
    const run = await insertAll(corpus);
    report(`codings.createMany postgres (${TOTAL} rows, unnest)`, once(run.storeMs), {
      name: 'raw better-sqlite3 prepared insert (SQLite run)',
      ms: rawSqliteMs,
    });
    await corpus.store.close();
    const location = { engine: 'postgres', connectionString: PG, schema } as const;
    await retrieval('postgres', { ...corpus, store: await openStudy(location) });
  } finally {
    await dropPostgresSchema(PG, schema);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-codings-bench-'));
  const t0 = performance.now();
  try {
    const rawMs = await sqliteBench(dir);
    await postgresBench(rawMs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`total ${(since(t0) / 1000).toFixed(1)} s, peak RSS ${peakRssMb().toFixed(0)} MB`);
}

await main();
