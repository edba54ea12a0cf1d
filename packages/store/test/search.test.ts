import { describe, expect, it } from 'vitest';
import { ACTOR, engines, useStudies } from './engines.js';
import { seeded } from './study-with-sources.js';

describe.each(engines)('search on $name', (engine) => {
  const studies = useStudies(engine);

  it('finds units with all the words and marks matches in the snippet', async () => {
    const { store, a } = await seeded(studies);
    const hits = await store.search('crisis team');
    expect(hits.map((h) => h.sourceName)).toEqual(['log-a.txt', 'log-a.txt']);
    for (const hit of hits) {
      expect(hit.snippet.toLowerCase()).toContain('«crisis»');
      expect(hit.snippet.toLowerCase()).toContain('«team»');
      expect(hit.textVersionId).toBe(a.id);
      expect(a.text.slice(hit.startUtf16, hit.endUtf16).toLowerCase()).toContain('crisis team');
    }
    expect(hits[0]!.rank).toBeGreaterThanOrEqual(hits[1]!.rank);
    expect(await store.search('crisis housing')).toEqual([]);
  });

  it('is case-insensitive, matches prefixes with *, and honours the limit', async () => {
    const { store } = await seeded(studies);
    const cmht = await store.search('cmht');
    expect(cmht).toHaveLength(1);
    expect(cmht[0]?.snippet).toContain('«CMHT»');
    expect(cmht[0]?.unitIndex).toBe(2);
    expect((await store.search('refer*')).map((h) => h.sourceName)).toEqual(['log-b.txt']);
    expect(await store.search('the', { limit: 1 })).toHaveLength(1);
  });

  it('treats query syntax as plain words', async () => {
    const { store } = await seeded(studies);
    for (const q of [
      '"',
      'NEAR(crisis team)',
      "'; DROP TABLE events; --",
      'crisis OR',
      '*',
      '-',
      '',
    ]) {
      await expect(store.search(q)).resolves.toBeInstanceOf(Array);
    }
    expect((await store.search('crisis OR')).length).toBe(0);
    expect((await store.events.list()).length).toBeGreaterThan(0);
  });

  it('searches only the current version of each source', async () => {
    const { store, b } = await seeded(studies);
    const text = b.text.replace('loud music', 'noise nuisance');
    await store.texts.createVersion(ACTOR, b.sourceId, text, 'edit');
    expect(await store.search('music')).toEqual([]);
    const hits = await store.search('nuisance');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.textVersionId).not.toBe(b.id);
  });
});
