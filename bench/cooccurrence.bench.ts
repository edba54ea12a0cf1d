/**
 * Code co-occurrence of 100 × 100 codes over 1,000,000 codings (1,000 synthetic transcripts ×
 * 1,000 codings of 3–30 words, seeded), on SQLite and PostgreSQL, through
 * `store.queries.cooccurrence`.
 *
 * Timed, wall clock and this process's CPU time: the uncached query (`cache: false`) with every
 * text version's pack current (migration 0009: read 1,000 packs, decode, sweep), the same-unit
 * mode and one coder the same way; the cold query, every pack stale (as after a bulk change or
 * the migration), which rebuilds and stores them all; and the cached answer of an unchanged study
 * (keyed by the last event seq). Target: p95 under 500 ms. Baseline: the same rows read with the
 * raw driver, then every pair of codings in a text version compared (the O(n²) method the sweep
 * line replaces); its result must equal the store's. A second reference reads two id strings per
 * coding through the raw driver, then the same sweep (no packs).
 *
 * Seeding imports the transcripts and creates the codes through the store, then inserts the
 * codings as valid rows with batched SQL in one transaction (about 1.5 minutes on SQLite, 6 on
 * PostgreSQL, where createMany took about 25 minutes for both). Run: `npm run bench --
 * cooccurrence`; `COOC_BENCH_ENGINES=sqlite` (or `=postgres`) runs one engine;
 * `COOC_BENCH_SQLITE=<path>` and `COOC_BENCH_PG_SCHEMA=<name>` keep the seeded study there and
 * reuse it on the next run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { CodingColumnsBuilder, countOverlaps, newId, type TextVersion } from '@liaison/core';
import {
  createStudy,
  dropPostgresSchema,
  openStudy,
  type StoreLocation,
  type StudyStore,
} from '@liaison/store';
import { randomCodingInputs } from './lib/synthetic-codings.js';
import { peakRssMb, report, summarise, time } from './lib/measure.js';
import { syntheticTranscript } from './lib/synthetic-text.js';

const SOURCES = 1000;
const CODES = 100;
const PER_SOURCE = 1000;
const BATCH_SOURCES = 100;
const WORDS_PER_SOURCE = 2500;
const TARGET_MS = 500;
const ACTOR = 'bench';
const PG = process.env.LIAISON_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SELECT = 'SELECT text_version_id, code_id, start_utf16, end_utf16 FROM codings';

async function importTranscripts(store: StudyStore): Promise<TextVersion[]> {
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
  return versions;
}

/** One valid codings row (as the store writes it) per synthetic coding input. */
function codingRows(versions: TextVersion[], codeIds: string[], first: number): unknown[][] {
  const batch = versions.slice(first, first + BATCH_SOURCES);
  const sourceOf = new Map(batch.map((v) => [v.id, v.sourceId]));
  const now = new Date().toISOString();
  return randomCodingInputs(batch, codeIds, PER_SOURCE, first + 11).map((c) => {
    const { position, quote } = c.anchor;
    const [start, end] = [position.startUtf16, position.endUtf16];
    const where = [c.codeId, sourceOf.get(c.textVersionId), c.textVersionId, c.coder, start, end];
    return [newId(), ...where, quote.exact, quote.prefix, quote.suffix, 'exact', 1, now];
  });
}

const COLUMNS =
  'id, code_id, source_id, text_version_id, coder, start_utf16, end_utf16, exact, prefix, ' +
  'suffix, status, score, created_at';

/** SQLite: one prepared INSERT, reused for every row, all in one transaction. */
function insertSqlite(path: string, batches: () => Generator<unknown[][]>): void {
  const db = new Sqlite(path);
  try {
    const insert = db.prepare(`INSERT INTO codings (${COLUMNS}) VALUES (${'?, '.repeat(12)}?)`);
    db.transaction(() => {
      for (const rows of batches()) for (const r of rows) insert.run(...r);
    })();
  } finally {
    db.close();
  }
}

/** PostgreSQL: one INSERT … SELECT FROM unnest(column arrays) per batch, in one transaction. */
async function insertPostgres(location: PgLocation, batches: () => Generator<unknown[][]>) {
  const client = await pgClient(location);
  const types = 'text,text,text,text,text,int,int,text,text,text,text,float8,text'.split(',');
  const arrays = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
  try {
    await client.query('BEGIN');
    for (const rows of batches()) {
      const columns = types.map((_, i) => rows.map((r) => r[i]));
      await client.query(
        `INSERT INTO codings (${COLUMNS}) SELECT * FROM unnest(${arrays})`,
        columns,
      );
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/**
 * Imports the transcripts and creates the codes through the store, then inserts the codings
 * directly (valid rows, as createMany would write them; seeding is not what is timed).
 */
async function seed(location: StoreLocation): Promise<void> {
  const t0 = performance.now();
  const store = await createStudy(location, { name: 'Co-occurrence bench' }, ACTOR);
  const versions = await importTranscripts(store);
  const codeIds: string[] = [];
  for (let i = 0; i < CODES; i++) {
    codeIds.push(
      (await store.codes.create(ACTOR, { name: `code_${String(i).padStart(3, '0')}` })).id,
    );
  }
  await store.close();
  console.log(`imported ${SOURCES} transcripts in ${seconds(t0)} s`);
  const batches = function* () {
    for (let first = 0; first < SOURCES; first += BATCH_SOURCES) {
      yield codingRows(versions, codeIds, first);
    }
  };
  if (location.engine === 'sqlite') insertSqlite(location.path, batches);
  else await insertPostgres(location, batches);
  console.log(`seeded ${location.engine} in ${seconds(t0)} s`);
}

function seconds(t0: number): string {
  return ((performance.now() - t0) / 1000).toFixed(1);
}

type PgLocation = Extract<StoreLocation, { engine: 'postgres' }>;

async function pgClient(location: PgLocation): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: location.connectionString,
    options: `-c search_path=${location.schema}`,
  });
  await client.connect();
  return client;
}

type Row = [string, string, number, number];

/** The O(n²) baseline: every pair of codings in one text version, compared. */
function naivePairs(rows: Row[], codeIds: string[]): number[][] {
  const index = new Map(codeIds.map((id, i) => [id, i]));
  const m = codeIds.map(() => codeIds.map(() => 0));
  const byVersion = new Map<string, Row[]>();
  for (const r of rows) (byVersion.get(r[0]) ?? byVersion.set(r[0], []).get(r[0])!).push(r);
  for (const group of byVersion.values()) {
    for (let x = 0; x < group.length; x++) {
      const [, ca, sa, ea] = group[x]!;
      for (let y = x + 1; y < group.length; y++) {
        const [, cb, sb, eb] = group[y]!;
        if (Math.max(sa, sb) >= Math.min(ea, eb)) continue;
        const [i, j] = [index.get(ca)!, index.get(cb)!];
        m[i]![j]!++;
        if (i !== j) m[j]![i]!++;
      }
    }
  }
  return m;
}

async function rawRows(location: StoreLocation): Promise<Row[]> {
  if (location.engine === 'sqlite') {
    const db = new Sqlite(location.path, { readonly: true });
    try {
      return db.prepare(SELECT).raw().all() as Row[];
    } finally {
      db.close();
    }
  }
  const client = await pgClient(location);
  try {
    return (await client.query<Row>({ text: SELECT, rowMode: 'array' })).rows;
  } finally {
    await client.end();
  }
}

/** The read without packs: id strings per row, then the same sweep. */
async function stringRead(location: StoreLocation, codeIds: string[]): Promise<number[][]> {
  const rows = await rawRows(location);
  const builder = new CodingColumnsBuilder(codeIds, rows.length);
  for (const r of rows) builder.push(r[0], r[1], r[2], r[3]);
  const counts = countOverlaps(builder.build());
  return codeIds.map((_, i) =>
    Array.from(counts.subarray(i * codeIds.length, (i + 1) * codeIds.length)),
  );
}

/** Marks every text version's pack stale, as a bulk change (or migration 0009) leaves them. */
async function makeAllStale(location: StoreLocation): Promise<void> {
  const text = 'UPDATE coding_pack_gens SET gen = gen + 1';
  if (location.engine === 'sqlite') {
    const db = new Sqlite(location.path);
    db.exec(text);
    db.close();
    return;
  }
  const client = await pgClient(location);
  await client.query(text);
  await client.end();
}

/** Wall-clock timing plus the CPU milliseconds of this process per run (the machine is shared). */
async function timeWithCpu(fn: () => Promise<unknown>, runs: number, before?: () => Promise<void>) {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    await fn();
    const c = process.cpuUsage(c0);
    samples.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ...summarise(samples), cpu: summarise(cpu) };
}

async function measure(location: StoreLocation): Promise<void> {
  const engine = location.engine;
  const t0 = performance.now();
  const store = await openStudy(location);
  console.log(`opened ${engine} (with any pending migration) in ${seconds(t0)} s`);
  const uncachedQuery = () => store.queries.cooccurrence({ cache: false });
  const cold = await timeWithCpu(uncachedQuery, 3, () => makeAllStale(location));
  await uncachedQuery(); // current again
  const uncached = await timeWithCpu(uncachedQuery, 20);
  const unit = await timeWithCpu(
    () => store.queries.cooccurrence({ mode: 'unit', cache: false }),
    10,
  );
  const coder = await timeWithCpu(
    () => store.queries.cooccurrence({ coder: 'coder-1', cache: false }),
    5,
  );
  const result = await store.queries.cooccurrence();
  const cached = await timeWithCpu(() => store.queries.cooccurrence(), 50);
  await store.close();
  const codeIds = result.codeIds;
  let expected: number[][] = [];
  const naive = await time(
    async () => (expected = naivePairs(await rawRows(location), codeIds)),
    3,
    0,
  );
  if (JSON.stringify(expected) !== JSON.stringify(result.counts)) {
    throw new Error(`${engine}: the sweep line and the pairwise baseline disagree`);
  }
  let strings: number[][] = [];
  const viaStrings = await time(async () => (strings = await stringRead(location, codeIds)), 3, 0);
  if (JSON.stringify(strings) !== JSON.stringify(result.counts)) {
    throw new Error(`${engine}: the packs and the id-string read disagree`);
  }
  const baseline = { name: 'raw read + naive pairwise per text version', ms: naive.medianMs };
  report(`id-string read + sweep ${engine} (no packs)`, viaStrings, baseline);
  const rows: [string, Awaited<ReturnType<typeof timeWithCpu>>][] = [
    ['overlap uncached, packs current', uncached],
    ['unit uncached, packs current', unit],
    ['overlap uncached, one coder, packs current', coder],
    ['overlap cold (every pack stale, rebuilt and stored)', cold],
    ['overlap cached (unchanged study)', cached],
  ];
  for (const [what, t] of rows) {
    report(`queries.cooccurrence ${what} ${engine} (100 codes, 1M codings)`, t, baseline);
    console.log(
      `  p95 / target ${TARGET_MS} ms = ${(t.p95Ms / TARGET_MS).toFixed(3)}; ` +
        `CPU per query median ${t.cpu.medianMs.toFixed(0)} ms, p95 ${t.cpu.p95Ms.toFixed(0)} ms; ` +
        `/ id-string read + sweep = ${(t.medianMs / viaStrings.medianMs).toFixed(3)}`,
    );
  }
  const pairs = result.counts.flat().reduce((a, b) => a + b, 0) / 2;
  console.log(`  ${engine}: ~${Math.round(pairs).toLocaleString('en')} overlapping pairs counted`);
  console.log(
    `  load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${cpus().length} CPUs)`,
  );
}

/** `COOC_BENCH_ENGINES=sqlite` (or `postgres`) runs one engine; both by default. */
const ENGINES = (process.env.COOC_BENCH_ENGINES ?? 'sqlite,postgres').split(',');
/** A seeded study kept between runs: a SQLite file path, a PostgreSQL schema name. */
const KEEP_SQLITE = process.env.COOC_BENCH_SQLITE;
const KEEP_PG_SCHEMA = process.env.COOC_BENCH_PG_SCHEMA;

async function schemaExists(schema: string): Promise<boolean> {
  const client = await pgClient({ engine: 'postgres', connectionString: PG, schema: 'public' });
  try {
    const found = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    return found.rowCount === 1;
  } finally {
    await client.end();
  }
}

/** Seeds the study unless a kept one exists, then measures. */
async function run(location: StoreLocation, exists: boolean): Promise<void> {
  if (exists) console.log(`reusing the seeded ${location.engine} study`);
  else await seed(location);
  await measure(location);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-cooc-bench-'));
  const schema = KEEP_PG_SCHEMA ?? `liaison_bench_${newId().toLowerCase()}`;
  const t0 = performance.now();
  try {
    if (ENGINES.includes('sqlite')) {
      const path = KEEP_SQLITE ?? join(dir, 'bench.liaison');
      await run({ engine: 'sqlite', path }, existsSync(path));
    }
    if (ENGINES.includes('postgres')) {
      const postgres = { engine: 'postgres', connectionString: PG, schema } as const;
      await run(postgres, await schemaExists(schema));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (KEEP_PG_SCHEMA === undefined) await dropPostgresSchema(PG, schema);
  }
  const total = summarise([performance.now() - t0]).medianMs / 1000;
  console.log(`total ${total.toFixed(1)} s, peak RSS ${peakRssMb().toFixed(0)} MB`);
}

await main();
