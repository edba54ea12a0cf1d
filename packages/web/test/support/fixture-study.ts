/**
 * A small fictional study (one police log; transcripts are added by the tests that need them)
 * for browser tests that need known content; the demo study (`@liaison/cli/demo`) is the
 * realistic one.
 */
import { createStudy, type StoreLocation, type StudyStore } from '@liaison/store';

const ACTOR = 'e2e-builder';
const encode = (text: string) => new TextEncoder().encode(text);

/** An entry whose text looks like HTML: the reader must show it as text, never as markup. */
export const HTML_LIKE_TEXT = 'CALLER SENT: <img src=x onerror="document.title=1"> <b>URGENT</b>';

export async function buildFixtureStudy(location: StoreLocation): Promise<StudyStore> {
  const store = await createStudy(
    location,
    { name: 'Fixture study', description: 'Invented.' },
    ACTOR,
  );
  await store.importFiles(ACTOR, [{ name: 'log-0415.txt', bytes: encode(LOG) }], {
    dataset: 'Police logs',
    kind: 'police_logs',
    site: 'Northbridge',
  });
  return store;
}

/** Adds one transcript file to the study and returns its source id. */
export async function importTranscript(
  store: StudyStore,
  name: string,
  text: string,
): Promise<string> {
  const [result] = await store.importFiles(ACTOR, [{ name, bytes: encode(text) }], {
    dataset: 'Focus groups',
    kind: 'focus_groups',
    site: 'Eastmoor',
  });
  if (result?.status !== 'imported')
    throw new Error(`transcript import failed: ${JSON.stringify(result?.diagnostics)}`);
  return result.sourceId;
}

const LOG = [
  'Incident: 2031/0415',
  'Site: Northbridge',
  'Opened: 14/03/2031 21:02',
  'Opening code: CONCERN FOR WELFARE',
  'Closing code: NFA',
  '',
  '14/03/2031 21:05 [PC 4471 ADAMS] CALLER REPORTS NEIGHBOUR SHOUTING IN STAIRWELL.',
  '21:47 [PC 4471 ADAMS] ATTENDED. CRHT CONTACTED FOR ADVICE.',
  `22:03 [DISP 22] ${HTML_LIKE_TEXT}`,
  '',
].join('\n');
