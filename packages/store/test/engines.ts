/**
 * Runs store tests on both engines: `describe.each(engines)(…, (engine) => { const s =
 * useStudies(engine); … })`. SQLite studies live in a fresh temp directory; PostgreSQL studies in
 * throw-away schemas `liaison_test_<random>` on LIAISON_TEST_PG (default below), dropped after
 * the suite.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll } from 'vitest';
import {
  createStudy,
  dropPostgresSchema,
  openStudy,
  type StoreLocation,
  type StudyStore,
} from '../src/index.js';

export const TEST_PG = process.env.LIAISON_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestEngine {
  name: 'sqlite' | 'postgres';
}

export const engines: TestEngine[] = [{ name: 'sqlite' }, { name: 'postgres' }];

export const ACTOR = 'tester';

export interface Studies {
  /** A location nobody has used yet. */
  location(): StoreLocation;
  /** A new study at a fresh location (closed after the suite). */
  create(name?: string): Promise<StudyStore>;
  /** Like `create`, also giving the location (for reopening or raw SQL). */
  createAt(name?: string): Promise<{ store: StudyStore; location: StoreLocation }>;
  /** Opens `location` and closes the store after the suite. */
  open(location: StoreLocation): Promise<StudyStore>;
}

/** Call inside a describe block: everything it makes is closed and removed in afterAll. */
export function useStudies(engine: TestEngine): Studies {
  const stores: StudyStore[] = [];
  const schemas: string[] = [];
  let dir: string | undefined;
  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const schema of schemas) await dropPostgresSchema(TEST_PG, schema);
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });
  const location = (): StoreLocation => {
    const id = randomBytes(6).toString('hex');
    if (engine.name === 'postgres') {
      schemas.push(`liaison_test_${id}`);
      return { engine: 'postgres', connectionString: TEST_PG, schema: `liaison_test_${id}` };
    }
    dir ??= mkdtempSync(join(tmpdir(), 'liaison-store-'));
    return { engine: 'sqlite', path: join(dir, `${id}.liaison`) };
  };
  const track = (store: StudyStore) => (stores.push(store), store);
  const createAt = async (name = 'Joint working study') => {
    const loc = location();
    return { store: track(await createStudy(loc, { name }, ACTOR)), location: loc };
  };
  return {
    location,
    createAt,
    create: async (name) => (await createAt(name)).store,
    open: async (loc) => track(await openStudy(loc)),
  };
}

/** Runs SQL on the study's storage behind the store's back (to test database-level guards). */
export async function rawQuery(location: StoreLocation, text: string): Promise<unknown[]> {
  if (location.engine === 'sqlite') {
    const db = new Sqlite(location.path);
    try {
      const statement = db.prepare(text);
      return statement.reader ? statement.all() : (statement.run(), []);
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
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}
