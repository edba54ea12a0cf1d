import { describe, expect, it } from 'vitest';
import { ACTOR, engines, rawQuery, useStudies } from './engines.js';

/** The driver error raised by raw SQL, or undefined if the statement went through. */
async function failure(run: Promise<unknown>): Promise<string | undefined> {
  return run.then(
    () => undefined,
    (e: unknown) => String(e),
  );
}

describe.each(engines)('events on $name', (engine) => {
  const studies = useStudies(engine);

  it('lists events in sequence order, after a sequence number, by entity, with a limit', async () => {
    const store = await studies.create();
    const north = await store.sites.create(ACTOR, { name: 'North' });
    await store.sites.create(ACTOR, { name: 'South' });
    await store.sites.update(ACTOR, north.id, { description: 'Metro' });
    const all = await store.events.list();
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(all.map((e) => e.action)).toEqual([
      'study.create',
      'site.create',
      'site.create',
      'site.update',
    ]);
    expect((await store.events.list({ afterSeq: 2 })).map((e) => e.seq)).toEqual([3, 4]);
    expect((await store.events.list({ limit: 2 })).map((e) => e.seq)).toEqual([1, 2]);
    const forNorth = await store.events.list({ entityId: north.id });
    expect(forNorth.map((e) => e.action)).toEqual(['site.create', 'site.update']);
    expect(new Date(forNorth[0]!.at).toISOString()).toBe(forNorth[0]!.at);
  });

  it('refuses UPDATE and DELETE on the events table at the database level', async () => {
    const { store, location } = await studies.createAt();
    await store.sites.create(ACTOR, { name: 'North' });
    const before = await store.events.list();
    const update = await failure(rawQuery(location, "UPDATE events SET actor = 'someone else'"));
    expect(update).toContain('append-only');
    const remove = await failure(rawQuery(location, 'DELETE FROM events WHERE seq = 1'));
    expect(remove).toContain('append-only');
    expect(await store.events.list()).toEqual(before);
    // Appending is still allowed: the guard blocks only changes to what was written.
    const insert = await failure(
      rawQuery(
        location,
        "INSERT INTO events (at, actor, action, entity_type) VALUES ('2026-01-01T00:00:00.000Z', 'x', 'note.add', 'note')",
      ),
    );
    expect(insert).toBeUndefined();
  });
});

describe('events on postgres: TRUNCATE', () => {
  const studies = useStudies({ name: 'postgres' });

  it('is refused too', async () => {
    const { store, location } = await studies.createAt();
    expect(await failure(rawQuery(location, 'TRUNCATE events'))).toContain('append-only');
    expect(await store.events.list()).toHaveLength(1);
  });
});
