/**
 * The study the model-adaptation tests serve: six fictional logs (examples/bridgeway-logs, whose
 * mental health team goes by a local name, "Bridgeway", that no lexicon rule knows), the first
 * three analysed and corrected at entries 1 and 3 to say the team acts there.
 */
import { readFileSync } from 'node:fs';
import { analyseLog, type LogStructure } from '@liaison/core';
import { createStudy, type StoreLocation } from '@liaison/store';

const FIXTURES = new URL('../../../../examples/bridgeway-logs/', import.meta.url);

const bridgewayFiles = () =>
  [0, 1, 2, 3, 4, 5].map((n) => ({
    name: `bw-${n}.txt`,
    bytes: readFileSync(new URL(`log-${n}.txt`, FIXTURES)),
  }));

export async function buildBridgewayStudy(location: StoreLocation) {
  const store = await createStudy(location, { name: 'Bridgeway', description: 'Invented.' }, 'me');
  const results = await store.importFiles('me', bridgewayFiles(), {
    dataset: 'Police logs',
    kind: 'police_logs',
    site: 'Testshire',
  });
  for (const result of results.slice(0, 3)) {
    if (result.status !== 'imported') throw new Error(`${result.file} did not import`);
    const version = await store.texts.current(result.sourceId);
    const log = (await store.texts.structure(version.id)) as LogStructure;
    await store.analyses.store('me', result.sourceId, analyseLog(log));
    for (const index of [1, 3]) {
      const agencies = ['police', 'mental_health'];
      await store.analyses.correct('me', result.sourceId, { target: 'entry', index, agencies });
    }
  }
  return store;
}
