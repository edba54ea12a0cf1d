/**
 * LOCATION: towns and cities from the gazetteer (towns.ts) and a study's own places
 * (`DeidSettings.places`). A town inside a longer name (`Bradford Road`, `Leeds City Council`,
 * `St Helens` excepted) is left to the street or organisation rules. Towns that are also
 * everyday words or names (`Reading`, `Sale`, `Preston`) need a preposition or comma before them.
 * Towns right after an address are found by the address recognizer, and the post town before a
 * postcode by towns-before-postcodes.ts (from the postcodes found).
 */
import type { DeidSettings, Detection, Recognizer } from '../entity-types.js';
import { lazy, wordSet } from '../gazetteer.js';
import { placeSuffixes } from '../names/name-context.js';
import { phraseFinder, type PhraseFinder } from '../phrase-finder.js';
import { towns } from './towns.js';
import { regexMatches } from '../regex-matches.js';

export const LOCATION_SCORE = { gazetteer: 0.6, withContext: 0.7, ofAfterAge: 0.7 } as const;

/**
 * Where a person is from, as court lists and press reports write it: a name, the age in brackets
 * or between commas, then `of <place>` (`AHMETI, Besnik (23) of Gorton`, `Jo Bell, 31, of Kirkby
 * Moor`). Any place name counts here, gazetteer or not.
 */
const OF_AFTER_AGE =
  /(?:\(\d{1,3}\)|,[ \t]\d{1,3},)[ \t]of[ \t](\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?![\p{L}\p{M}])/gu;

const AMBIGUOUS_TOWNS = lazy(() =>
  wordSet(`sale bath reading mold nelson barry preston boston washington hamilton lincoln chester
    bury grays leigh ely poole stafford derby crewe perth neath hull rugby windsor warwick newport
    stoke boston durham york kendal bangor lewes hove dover deal street ash march wells`),
);
/**
 * Ambiguous towns that are neither everyday words nor names people go by (`Bangor` is two towns,
 * not a word): a comma before them is context enough (`recording 2 of 3, Bangor.`).
 */
const COMMA_TOWNS = lazy(() =>
  wordSet('bangor crewe neath perth lewes hove durham derby dover newport york ely'),
);
const PREPOSITION_BEFORE =
  /(?:^|[\s(])(?:in|at|from|to|near|of|around|towards|into|outside|via)\s+$/i;
const COMMA_BEFORE = /,\s*$/;
/**
 * The word after a town, whole: letters glued to digits (`ZE1` of a postcode, `B11`) are a code,
 * not the next word of a longer name, so `Lerwick  ZE1 0QP` keeps its town.
 */
const NEXT_WORD = /^[ \t]+(\p{L}+)(?![\p{L}\p{N}])/u;

const townFinder = lazy(() => phraseFinder(towns()));
const studyFinders = new Map<string, PhraseFinder>();
/** Distinct study gazetteers kept indexed at once (a process rarely sees more than one). */
const MAX_STUDY_FINDERS = 8;

export const locationRecognizer: Recognizer = {
  name: 'location',
  types: ['LOCATION'],
  detect: (text: string, settings: DeidSettings) => detectLocations(text, settings),
};

export function detectLocations(text: string, settings: DeidSettings = {}): Detection[] {
  const hits = [...townFinder().find(text), ...studyFinder(settings.places ?? []).find(text)];
  const out: Detection[] = [];
  for (const hit of hits) {
    const score = locationScore(text, hit.start, hit.end, hit.phrase);
    if (score !== null) out.push(location(text, hit.start, hit.end, score));
  }
  // Every such place follows ` of `: most texts skip the scan.
  const ofAfterAge = text.includes(' of ') ? regexMatches(OF_AFTER_AGE, text) : [];
  for (const m of ofAfterAge) {
    const end = m.index + m[0].length;
    out.push(location(text, end - m[1]!.length, end, LOCATION_SCORE.ofAfterAge));
  }
  return out;
}

/** Study gazetteers are few and small; each distinct list is indexed once. */
function studyFinder(places: readonly string[]): PhraseFinder {
  const key = places.join('|');
  let finder = studyFinders.get(key);
  if (!finder) {
    if (studyFinders.size >= MAX_STUDY_FINDERS) studyFinders.clear();
    finder = phraseFinder(places.filter((p) => p.trim().length > 1));
    studyFinders.set(key, finder);
  }
  return finder;
}

function locationScore(text: string, start: number, end: number, phrase: string): number | null {
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  // `Leeds General Infirmary`, `Bradford Road`: the town is part of a longer name.
  if (next && (placeSuffixes().has(next.toLowerCase()) || /^\p{Lu}/u.test(next))) return null;
  const before = text.slice(Math.max(0, start - 12), start);
  if (/\b(?:St|Saint|the|The)\s+$/.test(before)) return null;
  const preposition = PREPOSITION_BEFORE.test(before);
  const comma = COMMA_BEFORE.test(before);
  const lower = phrase.toLowerCase();
  if (AMBIGUOUS_TOWNS().has(lower) && !preposition && !(comma && COMMA_TOWNS().has(lower))) {
    return null;
  }
  return preposition || comma ? LOCATION_SCORE.withContext : LOCATION_SCORE.gazetteer;
}

function location(text: string, start: number, end: number, score: number): Detection {
  return {
    type: 'LOCATION',
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score,
    recognizer: 'location',
  };
}
