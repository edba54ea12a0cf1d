/** The review of detections on both engines: suggestions, decisions, added spans, settings. */
import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from '@liaison/core';
import type { StudyStore } from '../../src/index.js';
import { ACTOR, engines, useStudies } from '../engines.js';
import { file } from '../fixtures.js';
import { DEID_LOG, DEID_TRANSCRIPT } from './deid-fixtures.js';

async function withLog(store: StudyStore): Promise<string> {
  const [r] = await store.importFiles(ACTOR, [file('log.txt', DEID_LOG)], {
    dataset: 'Logs',
    kind: 'police_logs',
  });
  if (r?.status !== 'imported') throw new Error('fixture did not import');
  return r.sourceId;
}

describe.each(engines)('deid review ($name)', (engine) => {
  const studies = useStudies(engine);

  it('stores suggestions without their text and keeps decisions when detecting again', async () => {
    const store = await studies.create();
    const log = await withLog(store);
    const [first] = await store.deid.detect(ACTOR, [log]);
    const { detections, textVersionId } = await store.deid.list(log);
    expect(detections).toHaveLength(first!.suggested);
    expect(detections.every((d) => d.textVersionId === textVersionId)).toBe(true);
    expect(detections[0]).not.toHaveProperty('text');
    const phone = detections.find((d) => d.type === 'PHONE')!;
    const text = (await store.texts.current(log)).text;
    expect(text.slice(phone.startUtf16, phone.endUtf16)).toBe('07700 900123');
    await store.deid.review(ACTOR, [phone.id], 'rejected');
    const [again] = await store.deid.detect(ACTOR, [log]);
    expect(again!.suggested).toBe(first!.suggested - 1);
    const after = (await store.deid.list(log)).detections;
    expect(after.filter((d) => d.type === 'PHONE').map((d) => d.status)).toEqual(['rejected']);
    expect(after.find((d) => d.type === 'PHONE')?.reviewer).toBe(ACTOR);
  });

  it('stores for each source what core detects in its text alone (sources detected together)', async () => {
    const store = await studies.create();
    const settings = { detection: { organisations: ['CMHT'] }, policy: {} };
    await store.deid.saveSettings(ACTOR, settings);
    const ids = [await withLog(store)];
    const [turns] = await store.importFiles(ACTOR, [file('i.txt', DEID_TRANSCRIPT)], {
      dataset: 'Interviews',
      kind: 'interviews',
    });
    if (turns?.status !== 'imported') throw new Error('fixture did not import');
    ids.push(turns.sourceId);
    const counts = await store.deid.detect(ACTOR, ids);
    expect(counts.map((c) => c.sourceId)).toEqual(ids);
    for (const [k, id] of ids.entries()) {
      const text = (await store.texts.current(id)).text;
      const want = detectIdentifiers(text, settings.detection);
      const stored = (await store.deid.list(id)).detections;
      expect(counts[k]!.suggested).toBe(want.length);
      const span = (d: { type: string; startUtf16: number; endUtf16: number; score: number }) =>
        `${d.type}:${d.startUtf16}:${d.endUtf16}:${d.score}`;
      expect(stored.map(span).sort()).toEqual(want.map(span).sort());
    }
  });

  it('bulk accepts one type and counts what is left per type', async () => {
    const store = await studies.create();
    const log = await withLog(store);
    await store.deid.detect(ACTOR);
    const before = await store.deid.remaining();
    const persons = before.suggestedByType.PERSON ?? 0;
    expect(persons).toBeGreaterThan(0);
    expect(await store.deid.acceptType(ACTOR, 'PERSON', log)).toBe(persons);
    const after = await store.deid.remaining(log);
    expect(after.suggested).toBe(before.suggested - persons);
    expect(after.accepted).toBe(persons);
    expect(after.suggestedByType.PERSON).toBeUndefined();
  });

  it('adds a span and refuses one outside the text or of an unknown type', async () => {
    const store = await studies.create();
    const log = await withLog(store);
    const text = (await store.texts.current(log)).text;
    const start = text.indexOf('CMHT');
    const added = await store.deid.add(ACTOR, log, {
      type: 'ORGANISATION',
      startUtf16: start,
      endUtf16: start + 4,
    });
    expect(added).toMatchObject({ status: 'accepted', origin: 'reviewer', reviewer: ACTOR });
    const span = { type: 'PERSON' as const, startUtf16: 0, endUtf16: text.length + 1 };
    await expect(store.deid.add(ACTOR, log, span)).rejects.toThrow(/0 <= start < end/);
    const bad = { type: 'NAME', startUtf16: 0, endUtf16: 2 } as never;
    await expect(store.deid.add(ACTOR, log, bad)).rejects.toThrow(/Entity type must be one of/);
    await expect(store.deid.review(ACTOR, ['nope'], 'accepted')).rejects.toThrow(/No detection/);
  });

  it('keeps settings and detects with them', async () => {
    const store = await studies.create();
    const log = await withLog(store);
    expect(await store.deid.settings()).toEqual({ detection: {}, policy: {} });
    const settings = {
      detection: { organisations: ['CMHT'] },
      policy: { placeholders: ['AGE' as const] },
    };
    await store.deid.saveSettings(ACTOR, settings);
    expect(await store.deid.settings()).toEqual(settings);
    await store.deid.detect(ACTOR, [log]);
    const types = (await store.deid.list(log)).detections.map((d) => d.type);
    expect(types).toContain('ORGANISATION');
    await expect(store.deid.saveSettings(ACTOR, {} as never)).rejects.toThrow(/detection/);
  });
});
