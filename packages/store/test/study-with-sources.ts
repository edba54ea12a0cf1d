/** A study with two imported police logs and two codes, for coding, search and version tests. */
import type { Code, TextVersion } from '@liaison/core';
import type { StudyStore } from '../src/index.js';
import type { Studies } from './engines.js';
import { ACTOR } from './engines.js';
import { LOG_A, LOG_B, file } from './fixtures.js';

export interface Seeded {
  store: StudyStore;
  a: TextVersion;
  b: TextVersion;
  risk: Code;
  partner: Code;
}

export async function seeded(studies: Studies): Promise<Seeded> {
  const store = await studies.create();
  const results = await store.importFiles(
    ACTOR,
    [file('log-a.txt', LOG_A), file('log-b.txt', LOG_B)],
    { dataset: 'Police logs', kind: 'police_logs', site: 'North' },
  );
  const [a, b] = await Promise.all(
    results.map((r) => {
      if (r.status !== 'imported') throw new Error(`fixture ${r.file} did not import`);
      return store.texts.current(r.sourceId);
    }),
  );
  const risk = await store.codes.create(ACTOR, { name: 'risk_concern' });
  const partner = await store.codes.create(ACTOR, { name: 'partner_engagement' });
  return { store, a: a as TextVersion, b: b as TextVersion, risk, partner };
}
