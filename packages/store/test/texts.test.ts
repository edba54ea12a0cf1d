import { describe, expect, it } from 'vitest';
import type { Coding } from '@liaison/core';
import { ACTOR, engines, useStudies } from './engines.js';
import { anchorOf } from './fixtures.js';
import { seeded } from './study-with-sources.js';

const UNCHANGED = 'Caller reports neighbour shouting in the street';
const EDITED = 'Male located at home, calm and cooperative, known to the CMHT crisis team';
const DELETED = 'Crisis team contacted by phone, will arrange an assessment visit tomorrow.';

/** The edit: one word respelled in one entry, another entry deleted outright. */
function edit(text: string): string {
  const lines = text.split('\n').filter((line) => !line.includes(DELETED));
  return lines.join('\n').replace('cooperative', 'co-operative');
}

describe.each(engines)('text versions on $name', (engine) => {
  const studies = useStudies(engine);

  async function codedLog() {
    const s = await seeded(studies);
    const codings: Coding[] = [];
    for (const exact of [UNCHANGED, EDITED, DELETED]) {
      const anchor = anchorOf(s.a.text, exact);
      codings.push(
        await s.store.codings.create(ACTOR, {
          codeId: s.risk.id,
          textVersionId: s.a.id,
          coder: 'coder-1',
          anchor,
        }),
      );
    }
    return { ...s, codings };
  }

  it('adds a version and re-anchors codings: exact, fuzzy, orphaned', async () => {
    const { store, a, codings } = await codedLog();
    const text = edit(a.text);
    const { version, reanchor } = await store.texts.createVersion(ACTOR, a.sourceId, text, 'edit');
    expect(reanchor).toEqual({ exact: 1, fuzzy: 1, orphaned: 1 });
    expect(version).toMatchObject({
      number: 2,
      parentId: a.id,
      reason: 'edit',
      text,
      createdBy: ACTOR,
    });
    const after = new Map((await store.codings.bySource(a.sourceId)).map((c) => [c.id, c]));
    const [unchanged, edited, deleted] = codings.map((c) => after.get(c.id) as Coding);
    expect(unchanged).toMatchObject({ textVersionId: version.id, status: 'exact', score: 1 });
    expect(unchanged?.anchor).toEqual(anchorOf(text, UNCHANGED));
    expect(edited).toMatchObject({ textVersionId: version.id, status: 'fuzzy' });
    expect(edited?.score).toBeLessThan(1);
    expect(edited?.anchor.quote.exact).toContain('co-operative');
    const { startUtf16, endUtf16 } = edited!.anchor.position;
    expect(text.slice(startUtf16, endUtf16)).toBe(edited?.anchor.quote.exact);
    expect(deleted).toMatchObject({
      textVersionId: a.id,
      status: 'orphaned',
      anchor: codings[2]?.anchor,
    });
    expect((await store.codings.byStatus('orphaned')).map((c) => c.id)).toEqual([deleted?.id]);
  });

  it('records the version and every coding placement, before and after, in one event', async () => {
    const { store, a, codings } = await codedLog();
    const { version } = await store.texts.createVersion(
      ACTOR,
      a.sourceId,
      edit(a.text),
      'redaction',
    );
    const events = await store.events.list({ entityId: a.sourceId });
    const last = events[events.length - 1];
    expect(last).toMatchObject({
      action: 'text.create_version',
      before: { version: { id: a.id, number: 1 } },
      after: { version: { id: version.id, number: 2, reason: 'redaction' } },
    });
    const before = (last?.before as { codings: { id: string; status: string }[] }).codings;
    const after = (last?.after as { codings: { id: string; status: string }[] }).codings;
    expect(before.map((c) => c.status)).toEqual(['exact', 'exact', 'exact']);
    expect(new Set(after.map((c) => c.id))).toEqual(new Set(codings.map((c) => c.id)));
  });

  it('serves versions, the current one, and the structure of each', async () => {
    const { store, a } = await codedLog();
    const { version } = await store.texts.createVersion(ACTOR, a.sourceId, edit(a.text), 'edit');
    expect(await store.texts.current(a.sourceId)).toEqual(version);
    expect(await store.texts.get(a.id)).toEqual(a);
    const listed = await store.texts.versions(a.sourceId);
    expect(listed.map((v) => v.number)).toEqual([1, 2]);
    expect(listed[0]).not.toHaveProperty('text');
    const [oldS, newS] = await Promise.all([
      store.texts.structure(a.id),
      store.texts.structure(version.id),
    ]);
    expect(oldS.kind === 'police_log' && oldS.entries.length).toBe(5);
    expect(newS.kind === 'police_log' && newS.entries.length).toBe(4);
    expect(await store.sources.get(a.sourceId)).toMatchObject({ currentVersion: 2, unitCount: 4 });
  });

  it('refuses a text that no longer parses, storing nothing', async () => {
    const { store, a } = await codedLog();
    const events = await store.events.list();
    const broken = store.texts.createVersion(ACTOR, a.sourceId, 'Nothing with a time.\n', 'edit');
    await expect(broken).rejects.toMatchObject({ code: 'store.invalid_input' });
    const importAgain = store.texts.createVersion(ACTOR, a.sourceId, a.text, 'import');
    await expect(importAgain).rejects.toMatchObject({ code: 'store.invalid_input' });
    const ghost = store.texts.createVersion(ACTOR, 'no-source', a.text, 'edit');
    await expect(ghost).rejects.toMatchObject({ code: 'store.not_found' });
    expect(await store.texts.versions(a.sourceId)).toHaveLength(1);
    expect(await store.events.list()).toEqual(events);
  });
});
