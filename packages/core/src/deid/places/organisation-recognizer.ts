/**
 * ORGANISATION: premises named in the text (shops, pubs, cafés, banks: organisations.ts), pub
 * names (`the Red Lion`, `the Rose and Crown`), a study's own organisations
 * (`DeidSettings.organisations`) and, only when a study opts in (`DeidSettings.agencies`),
 * public bodies (`Leeds City Council`, `Northshire Police`), which ANNOTATION.md does not count
 * as identifiers. A leading `the` and a trailing `on <street>` belong to the span, as in the
 * labelled development set (`the Job Centre on Market Street`).
 */
import type { DeidSettings, Detection, Recognizer } from '../entity-types.js';
import { lazy } from '../gazetteer.js';
import { phraseFinder, type PhraseFinder } from '../phrase-finder.js';
import { agencySuffixes, premises, pubNouns } from './organisations.js';
import { STRONG_STREET_TYPES, WORD, casedAlternation, streetPattern } from './street-patterns.js';
import { regexMatches } from '../regex-matches.js';

export const ORGANISATION_SCORE = { premises: 0.7, pub: 0.7, study: 0.8, agency: 0.6 } as const;

const premisesFinder = lazy(() => phraseFinder(premises()));
const PUB = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])[Tt]he[ \t](?:${WORD}[ \t](?:(?:and|&)[ \t])?){0,2}(?:${casedAlternation(pubNouns())})(?![\p{L}\p{M}\p{N}])`,
      'gu',
    ),
);
const AGENCY = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])(?:${WORD}[ \t]){1,4}(?:${agencySuffixes().join('|')})(?![\p{L}\p{M}\p{N}])`,
      'gu',
    ),
);
const ON_STREET = new RegExp(String.raw`^[ \t]on[ \t]${streetPattern(STRONG_STREET_TYPES)}`, 'u');
/** A capitalised word right after a pub name makes it part of a longer one (`the Crown Court`). */
const CAPITAL_NEXT = /^[ \t]\p{Lu}/u;
const THE_BEFORE = /(?:^|[^\p{L}])([Tt]he[ \t])$/u;
const studyFinders = new Map<string, PhraseFinder>();
/** Distinct study gazetteers kept indexed at once (a process rarely sees more than one). */
const MAX_STUDY_FINDERS = 8;

export const organisationRecognizer: Recognizer = {
  name: 'organisation',
  types: ['ORGANISATION'],
  detect: (text: string, settings: DeidSettings) => detectOrganisations(text, settings),
};

export function detectOrganisations(text: string, settings: DeidSettings = {}): Detection[] {
  const out: Detection[] = [];
  for (const hit of premisesFinder().find(text)) {
    out.push(organisation(text, hit.start, hit.end, ORGANISATION_SCORE.premises));
  }
  for (const hit of studyFinder(settings.organisations ?? []).find(text)) {
    out.push(organisation(text, hit.start, hit.end, ORGANISATION_SCORE.study));
  }
  for (const m of regexMatches(PUB(), text)) {
    if (CAPITAL_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    out.push(organisation(text, m.index, m.index + m[0].length, ORGANISATION_SCORE.pub));
  }
  if (settings.agencies) {
    for (const m of regexMatches(AGENCY(), text)) {
      out.push(organisation(text, m.index, m.index + m[0].length, ORGANISATION_SCORE.agency));
    }
  }
  return out;
}

function studyFinder(names: readonly string[]): PhraseFinder {
  const key = names.join('|');
  let finder = studyFinders.get(key);
  if (!finder) {
    if (studyFinders.size >= MAX_STUDY_FINDERS) studyFinders.clear();
    finder = phraseFinder(names.filter((n) => n.trim().length > 1));
    studyFinders.set(key, finder);
  }
  return finder;
}

/** Widens a hit to a leading `the` and a trailing `on <street>`. */
function organisation(text: string, start: number, end: number, score: number): Detection {
  const the = THE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  const from = the ? start - the[1]!.length : start;
  const street = ON_STREET.exec(text.slice(end, end + 80));
  const to = street ? end + street[0].length : end;
  return {
    type: 'ORGANISATION',
    startUtf16: from,
    endUtf16: to,
    text: text.slice(from, to),
    score,
    recognizer: 'organisation',
  };
}
