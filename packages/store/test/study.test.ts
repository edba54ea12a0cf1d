import { writeFileSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createStudy, openStudy, StoreError, type StoreLocation } from '../src/index.js';
import { ACTOR, TEST_PG, engines, useStudies } from './engines.js';

async function errorOf(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe.each(engines)('study on $name', (engine) => {
  const studies = useStudies(engine);

  it('creates a study, records the creation, and reopens it with the same data', async () => {
    const { store, location } = await studies.createAt('Liaison pilot');
    const study = await store.study();
    expect(study).toMatchObject({ name: 'Liaison pilot', description: '' });
    const events = await store.events.list();
    expect(events).toMatchObject([{ seq: 1, action: 'study.create', actor: ACTOR, after: study }]);
    await store.sites.create(ACTOR, { name: 'North' });
    await store.close();
    const reopened = await studies.open(location);
    expect(await reopened.study()).toEqual(study);
    expect((await reopened.counts()).sites).toBe(1);
    expect(reopened.engine).toBe(engine.name);
  });

  it('refuses to create a study where one already exists', async () => {
    const { location } = await studies.createAt();
    const error = await errorOf(createStudy(location, { name: 'Again' }, ACTOR));
    expect(error.code).toBe('store.study_exists');
  });

  it('refuses to open a location that holds no study', async () => {
    const error = await errorOf(openStudy(studies.location()));
    expect(error.code).toBe('store.not_a_study');
  });

  it('counts every kind of entity', async () => {
    const store = await studies.create();
    await store.sites.create(ACTOR, { name: 'North' });
    await store.datasets.create(ACTOR, { name: 'Logs', kind: 'police_logs' });
    await store.codes.create(ACTOR, { name: 'risk_concern' });
    expect(await store.counts()).toEqual({
      sites: 1,
      datasets: 1,
      sources: 0,
      participants: 0,
      cases: 0,
      codes: 1,
      codings: 0,
    });
  });

  it('refuses a study without a name or an actor, before touching storage', async () => {
    const location = studies.location();
    expect((await errorOf(createStudy(location, { name: ' ' }, ACTOR))).code).toBe(
      'store.invalid_input',
    );
    expect((await errorOf(createStudy(location, { name: 'S' }, ''))).code).toBe(
      'store.invalid_input',
    );
    expect((await errorOf(openStudy(location))).code).toBe('store.not_a_study');
  });
});

describe('opening files that are not studies (SQLite)', () => {
  const studies = useStudies({ name: 'sqlite' });
  const path = () => (studies.location() as { path: string }).path;

  it('names a file that is not a database', async () => {
    const file = path();
    writeFileSync(file, 'INCIDENT 123\n'.repeat(500));
    const error = await errorOf(openStudy({ engine: 'sqlite', path: file }));
    expect(error.code).toBe('store.not_a_study');
    expect(error.message).toContain(file);
    expect(error.message).toContain('not a SQLite database');
  });

  it('names a SQLite database that Liaison did not make, and leaves it unchanged', async () => {
    const file = path();
    const other = new Sqlite(file);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const error = await errorOf(openStudy({ engine: 'sqlite', path: file }));
    expect(error.message).toContain('not a Liaison study');
    const reread = new Sqlite(file);
    expect(reread.pragma('journal_mode', { simple: true })).toBe('delete');
    reread.close();
    const create = await errorOf(
      createStudy({ engine: 'sqlite', path: file }, { name: 'S' }, ACTOR),
    );
    expect(create.code).toBe('store.conflict');
  });

  it('says when the file does not exist', async () => {
    const error = await errorOf(openStudy({ engine: 'sqlite', path: path() }));
    expect(error.message).toContain('does not exist');
  });
});

describe('PostgreSQL schema names', () => {
  const hostile = [
    'public; DROP TABLE events',
    'a"b',
    'Study',
    'pg_catalog',
    'information_schema',
    '',
    'x'.repeat(64),
    'liaison,public',
    'liaison -c search_path=public',
  ];

  it.each(hostile)('refuses %j', async (schema) => {
    const location: StoreLocation = { engine: 'postgres', connectionString: TEST_PG, schema };
    expect((await errorOf(createStudy(location, { name: 'S' }, ACTOR))).code).toBe(
      'store.invalid_schema_name',
    );
    expect((await errorOf(openStudy(location))).code).toBe('store.invalid_schema_name');
  });
});
