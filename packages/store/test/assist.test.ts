/**
 * Assisted coding over a stored study, on both engines: autocode preview and apply (one batch,
 * as the acting coder, idempotent) and suggestions learnt from one coder's codings only.
 */
import { anchorQuote, type Code } from '@liaison/core';
import { describe, expect, it } from 'vitest';
import {
  applyAutocode,
  previewAutocode,
  suggestForSources,
  type StudyStore,
} from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';

const TRANSCRIPT = [
  'INT: How do you share information?',
  'P1: We share records with consent. Consent is the key.',
  'INT: And the suite?',
  'P1: The suite was full. He went to custody.',
  'INT: Anything else?',
  'P1: Consent forms take weeks to come back.',
  'INT: Thanks.',
  'P1: The suite closes when the ward is short.',
  '',
].join('\n\n');

async function setUp(store: StudyStore): Promise<{ sourceId: string; sharing: Code; suite: Code }> {
  const [result] = await store.importFiles(
    ACTOR,
    [{ name: 'p1.txt', bytes: new TextEncoder().encode(TRANSCRIPT) }],
    { dataset: 'Interviews', kind: 'interviews' },
  );
  if (result?.status !== 'imported') throw new Error('fixture import failed');
  const sharing = await store.codes.create(ACTOR, { name: 'sharing' });
  const suite = await store.codes.create(ACTOR, { name: 'suite' });
  return { sourceId: result.sourceId, sharing, suite };
}

describe.each(engines)('assisted coding on $name', (engine) => {
  const studies = useStudies(engine);

  it('previews hits and codes the chosen ones in one batch, once', async () => {
    const store = await studies.create();
    const { suite } = await setUp(store);
    const preview = await previewAutocode(store, { phrase: 'suite', unit: 'sentence' });
    expect(preview.hits.map((h) => [h.number, h.snippet])).toEqual([
      [1, 'And the «suite»?'],
      [2, 'The «suite» was full.'],
      [3, 'The «suite» closes when the ward is short.'],
    ]);
    const before = (await store.events.list()).length;
    expect(await applyAutocode(store, 'coder-a', suite.id, preview, [2, 3])).toEqual({
      created: 2,
      skipped: 0,
    });
    const events = await store.events.list({ afterSeq: 0, limit: 10_000 });
    expect(events).toHaveLength(before + 1);
    expect(events[events.length - 1]).toMatchObject({
      action: 'coding.create_many',
      actor: 'coder-a',
    });
    const coded = await store.codings.byCode(suite.id);
    expect(coded.map((c) => [c.coder, c.anchor.quote.exact])).toEqual([
      ['coder-a', 'The suite was full.'],
      ['coder-a', 'The suite closes when the ward is short.'],
    ]);
    expect(await applyAutocode(store, 'coder-a', suite.id, preview, 'all')).toEqual({
      created: 1,
      skipped: 2,
    });
    await expect(applyAutocode(store, 'coder-a', suite.id, preview, [4])).rejects.toThrow(
      'No hit numbered 4',
    );
  });

  it("learns suggestions from the asking coder's codings only", async () => {
    const store = await studies.create();
    const { sourceId, sharing, suite } = await setUp(store);
    const version = await store.texts.current(sourceId);
    const input = (coder: string, codeId: string, quote: string) => {
      const placed = anchorQuote(version.text, quote);
      if (!placed.ok) throw new Error(quote);
      return { coder, codeId, textVersionId: version.id, anchor: placed.anchor };
    };
    await store.codings.createMany(ACTOR, [
      input('coder-a', sharing.id, 'We share records with consent.'),
      input('coder-a', sharing.id, 'Consent forms take weeks'),
      input('coder-a', sharing.id, 'How do you share information?'),
      input('coder-b', suite.id, 'The suite was full.'),
    ]);
    const a = await suggestForSources(store, 'coder-a', [sourceId], 3);
    expect(a.codesLearnt).toBe(1);
    expect(a.untrained).toEqual([]);
    expect(a.units).toHaveLength(8);
    const fourth = a.units[3]?.suggestions.map((s) => s.codeName);
    expect(fourth).toEqual(['sharing']);
    // Units coder-a already coded with `sharing` get no `sharing` suggestion.
    expect(a.units[1]?.suggestions).toEqual([]);
    const b = await suggestForSources(store, 'coder-b', [sourceId], 3);
    expect(b).toMatchObject({ codesLearnt: 0, untrained: ['suite'] });
  });
});
