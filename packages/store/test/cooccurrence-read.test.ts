/**
 * The co-occurrence read (the packs of migration 0009, decoded to integers) against the definition
 * computed from the codings the store lists: every pair of codings in one text version, compared.
 */
import { describe, expect, it } from 'vitest';
import { describeAnchor, type Code, type Coding, type Id } from '@liaison/core';
import type { StudyStore } from '../src/index.js';
import { ACTOR, engines, useStudies } from './engines.js';
import { LOG_A, LOG_B, TRANSCRIPT, file } from './fixtures.js';

/** A small seeded LCG (Numerical Recipes constants) so every run codes the same spans. */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

/** The overlap matrix by definition: unordered pairs in one version sharing a code unit. */
function pairwise(codings: Coding[], codeIds: Id[]): number[][] {
  const index = new Map(codeIds.map((id, i) => [id, i]));
  const m = codeIds.map(() => codeIds.map(() => 0));
  const span = (c: Coding) => [c.anchor.position.startUtf16, c.anchor.position.endUtf16] as const;
  codings.forEach((a, x) => {
    for (const b of codings.slice(x + 1)) {
      const [[sa, ea], [sb, eb]] = [span(a), span(b)];
      if (a.textVersionId !== b.textVersionId || Math.max(sa, sb) >= Math.min(ea, eb)) continue;
      const [i, j] = [index.get(a.codeId)!, index.get(b.codeId)!];
      m[i]![j]!++;
      if (i !== j) m[j]![i]!++;
    }
  });
  return m;
}

async function codedStudy(store: StudyStore) {
  const logs = await store.importFiles(ACTOR, [file('a.txt', LOG_A), file('b.txt', LOG_B)], {
    dataset: 'Logs',
    kind: 'police_logs',
  });
  const talk = await store.importFiles(ACTOR, [file('i.txt', TRANSCRIPT)], {
    dataset: 'Interviews',
    kind: 'interviews',
  });
  const versions = await Promise.all(
    [...logs, ...talk].map((r) => {
      if (r.status !== 'imported') throw new Error(`fixture ${r.file} did not import`);
      return store.texts.current(r.sourceId);
    }),
  );
  const codes: Code[] = [];
  for (const name of ['a', 'b', 'c', 'd', 'e'])
    codes.push(await store.codes.create(ACTOR, { name }));
  const pick = seeded(7);
  const inputs = Array.from({ length: 240 }, () => {
    const v = versions[pick(versions.length)]!;
    const start = pick(v.text.length);
    const end = Math.min(v.text.length, start + pick(60)); // some empty: start = end
    const coder = pick(2) === 0 ? 'coder-1' : 'coder-2';
    const anchor = describeAnchor(v.text, start, end);
    return { codeId: codes[pick(codes.length)]!.id, textVersionId: v.id, coder, anchor };
  });
  await store.codings.createMany(ACTOR, inputs);
  return codes.map((c) => c.id);
}

async function codingsOf(store: StudyStore, codeIds: Id[], coder?: string): Promise<Coding[]> {
  const all = (await Promise.all(codeIds.map((id) => store.codings.byCode(id)))).flat();
  return all.filter((c) => coder === undefined || c.coder === coder);
}

describe.each(engines)('co-occurrence read on $name', (engine) => {
  const studies = useStudies(engine);

  it('equals the pairwise definition for all codes, some codes and one coder', async () => {
    const store = await studies.create();
    const codeIds = await codedStudy(store);
    await store.codes.retire(ACTOR, codeIds[4]!);
    const live = codeIds.slice(0, 4);
    const all = await store.queries.cooccurrence({ cache: false });
    expect(all.codeIds).toEqual(live);
    expect(all.counts).toEqual(pairwise(await codingsOf(store, live), live));
    expect(all.counts.flat().some((n) => n > 0)).toBe(true);
    const some = [codeIds[2]!, codeIds[0]!];
    const subset = await store.queries.cooccurrence({ codeIds: some, cache: false });
    expect(subset.counts).toEqual(pairwise(await codingsOf(store, some), some));
    const own = await store.queries.cooccurrence({ coder: 'coder-2', cache: false });
    expect(own.counts).toEqual(pairwise(await codingsOf(store, live, 'coder-2'), live));
    expect(own.codings).toEqual(live.map(() => expect.any(Number)));
  });
});
