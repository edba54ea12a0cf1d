/**
 * Code co-occurrence of 100 × 100 codes over 1,000,000 codings (1,000 synthetic transcripts ×
 * 1,000 codings of 3–30 words, seeded), on SQLite and PostgreSQL, through
 * `store.queries.cooccurrence` on a freshly opened study.
 *
 * Timed: the uncached query (`cache: false`: every coding's span read with its text version and
 * code as integers by the engine's span reader, then the sweep), the same-unit mode uncached, and
 * the cached answer of an unchanged study (keyed by the last event seq). Target: p95 under
 * 500 ms. Baseline: the same rows read with the raw driver, then every pair of codings in a text
 * version compared (the O(n²) method the sweep line replaces); its result must equal the store's.
 * A second ratio compares the read the span readers replaced (two id strings per row through the
 * raw driver, then the same sweep). Run: `npm run bench -- cooccurrence` (seeding 1M codings per
 * engine takes most of it: about 25 minutes on a busy 2-core machine); `COOC_BENCH_ENGINES=sqlite`
 * or `=postgres` runs one engine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { peakRssMb, report, summarise, time, type Timing } from './lib/measure.js';
import { syntheticTranscript } from './lib/synthetic-text.js';

const SOURCES = 1000;
const CODES = 100;
const PER_SOURCE = 1000;
const BATCH_SOURCES = 100;
const WORDS_PER_SOURCE = 2500;
const RUNS = 10;
const TARGET_MS = 500;
const ACTOR = 'bench';
const PG = process.env.LIAISON_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SELECT = 'SELECT text_version_id, code_id, start_utf16, end_utf16 FROM codings';

interface Corpus {
  versions: TextVersion[];
  codeIds: string[];
}

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

async function seed(location: StoreLocation): Promise<Corpus> {
  const t0 = performance.now();
  const store = await createStudy(location, { name: 'Co-occurrence bench' }, ACTOR);
  const versions = await importTranscripts(store);
  const codeIds: string[] = [];
  for (let i = 0; i < CODES; i++) {
    codeIds.push(
      (await store.codes.create(ACTOR, { name: `code_${String(i).padStart(3, '0')}` })).id,
    );
  }
  for (let first = 0; first < SOURCES; first += BATCH_SOURCES) {
    const batch = versions.slice(first, first + BATCH_SOURCES);
    await store.codings.createMany(
      ACTOR,
      randomCodingInputs(batch, codeIds, PER_SOURCE, first + 11),
    );
  }
  await store.close();
  console.log(`seeded ${location.engine} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { versions, codeIds };
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
  const client = new pg.Client({
    connectionString: location.connectionString,
    options: `-c search_path=${location.schema}`,
  });
  await client.connect();
  try {
    return (await client.query<Row>({ text: SELECT, rowMode: 'array' })).rows;
  } finally {
    await client.end();
  }
}

/** The read before the integer span readers: id strings per row, then the same sweep. */
async function stringRead(location: StoreLocation, codeIds: string[]): Promise<number[][]> {
  const rows = await rawRows(location);
  const builder = new CodingColumnsBuilder(codeIds, rows.length);
  for (const r of rows) builder.push(r[0], r[1], r[2], r[3]);
  const counts = countOverlaps(builder.build());
  return codeIds.map((_, i) =>
    Array.from(counts.subarray(i * codeIds.length, (i + 1) * codeIds.length)),
  );
}

async function measure(location: StoreLocation, corpus: Corpus): Promise<void> {
  const engine = location.engine;
  const store = await openStudy(location);
  const target = { name: `target p95 ${TARGET_MS} ms`, ms: TARGET_MS };
  const uncached = await time(() => store.queries.cooccurrence({ cache: false }), RUNS, 1);
  const unit = await time(() => store.queries.cooccurrence({ mode: 'unit', cache: false }), 5, 1);
  const result = await store.queries.cooccurrence();
  const cached = await time(() => store.queries.cooccurrence(), 50, 1);
  await store.close();
  let expected: number[][] = [];
  const naive = await time(
    async () => (expected = naivePairs(await rawRows(location), corpus.codeIds)),
    3,
    0,
  );
  if (JSON.stringify(expected) !== JSON.stringify(result.counts)) {
    throw new Error(`${engine}: the sweep line and the pairwise baseline disagree`);
  }
  let strings: number[][] = [];
  const viaStrings = await time(
    async () => (strings = await stringRead(location, corpus.codeIds)),
    3,
    0,
  );
  if (JSON.stringify(strings) !== JSON.stringify(result.counts)) {
    throw new Error(`${engine}: the integer read and the id-string read disagree`);
  }
  const baseline = { name: 'raw read + naive pairwise per text version', ms: naive.medianMs };
  report(`id-string read + sweep ${engine} (the read replaced)`, viaStrings, baseline);
  const ratio = uncached.medianMs / viaStrings.medianMs;
  console.log(`  overlap uncached / id-string read + sweep = ${ratio.toFixed(3)}`);
  const rows: [string, Timing][] = [
    [`overlap uncached`, uncached],
    [`unit uncached`, unit],
    [`overlap cached (unchanged study)`, cached],
  ];
  for (const [what, t] of rows) {
    report(`queries.cooccurrence ${what} ${engine} (100 codes, 1M codings)`, t, baseline);
    console.log(`  p95 / target ${TARGET_MS} ms = ${(t.p95Ms / target.ms).toFixed(3)}`);
  }
  const pairs = result.counts.flat().reduce((a, b) => a + b, 0) / 2;
  console.log(`  ${engine}: ~${Math.round(pairs).toLocaleString('en')} overlapping pairs counted`);
}

/** `COOC_BENCH_ENGINES=sqlite` (or `postgres`) runs one engine; both by default. */
const ENGINES = (process.env.COOC_BENCH_ENGINES ?? 'sqlite,postgres').split(',');

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-cooc-bench-'));
  const schema = `liaison_bench_${newId().toLowerCase()}`;
  const t0 = performance.now();
  try {
    if (ENGINES.includes('sqlite')) {
      const sqlite = { engine: 'sqlite', path: join(dir, 'bench.liaison') } as const;
      await measure(sqlite, await seed(sqlite));
    }
    if (ENGINES.includes('postgres')) {
      const postgres = { engine: 'postgres', connectionString: PG, schema } as const;
      await measure(postgres, await seed(postgres));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await dropPostgresSchema(PG, schema);
  }
  const total = summarise([performance.now() - t0]).medianMs / 1000;
  console.log(`total ${total.toFixed(1)} s, peak RSS ${peakRssMb().toFixed(0)} MB`);
}

await main();
