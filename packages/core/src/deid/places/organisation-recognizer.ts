/**
 * ORGANISATION: premises named in the text (shops, pubs, cafés, banks: organisations.ts), pub
 * names (`the Red Lion`, `the Rose and Crown`), GP practices, schools, hospitals, care homes and
 * prisons (`Lowfield Surgery`, `Ravenscliffe Academy`, `HMP Forest Bank`), a study's own
 * organisations (`DeidSettings.organisations`) and, only when a study opts in (`DeidSettings.agencies`),
 * public bodies (`Leeds City Council`, `Northshire Police`), which ANNOTATION.md does not count
 * as identifiers. A leading `the` and a trailing `on <street>` belong to the span, as in the
 * labelled development set (`the Job Centre on Market Street`).
 */
import type { DeidSettings, Detection, Recognizer } from '../entity-types.js';
import { lazy } from '../gazetteer.js';
import { phraseFinder, type PhraseFinder } from '../phrase-finder.js';
import {
  agencySuffixes,
  linkedPrefixes,
  linkedSuffixes,
  premises,
  pubNouns,
} from './organisations.js';
import { STRONG_STREET_TYPES, WORD, casedAlternation, streetPattern } from './street-patterns.js';
import { regexMatches } from '../regex-matches.js';

export const ORGANISATION_SCORE = {
  premises: 0.7,
  pub: 0.7,
  linked: 0.65,
  study: 0.8,
  agency: 0.6,
} as const;

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
/**
 * Words that open a generic phrase rather than a name (`The School`, `her Academy`): the first word
 * of a linked institution's name must be a title-case name word, not one of these.
 */
const GENERIC_OPENERS = String.raw`(?:The|A|An|His|Her|Their|Our|My|Your|This|That|Same|Local|Secondary|Special|New|Old|Previous|Current|Next|Primary|Junior|Infant|Sixth|Any|No)(?![\p{L}\p{M}])`;
/** 1–3 title-case words and a GP-practice or school suffix (`Lowfield Surgery`). */
const LINKED = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])(?!${GENERIC_OPENERS})\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*(?:[ \t]${WORD}){0,2}[ \t](?:${linkedSuffixes().join('|')})(?![\p{L}\p{M}\p{N}])`,
      'gu',
    ),
);
/** An institution named after its prefix: one or two title-case words (`HMP Forest Bank`). */
const PREFIXED = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])(?:${linkedPrefixes().join('|')})[ \t]${WORD}(?:[ \t]${WORD})?`,
      'gu',
    ),
);
/**
 * Every linked name ends in one of these words and every prefixed name starts with one of these:
 * texts without them (most log entries) skip the two scans, which test every capital.
 */
const SUFFIX_GATE = /Surgery|Practice|Centre|School|Academy|College|Hospital|Infirmary|Home/;
const PREFIX_GATE = /HMP|HMYOI|Ysgol|Coleg|Ysbyty/;
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
  if (PREFIX_GATE.test(text)) {
    for (const m of regexMatches(PREFIXED(), text)) {
      out.push(organisation(text, m.index, m.index + m[0].length, ORGANISATION_SCORE.linked));
    }
  }
  const linked = SUFFIX_GATE.test(text) ? regexMatches(LINKED(), text) : [];
  for (const m of linked) {
    const start = m.index + leadingVerbLength(m[0]);
    out.push(organisation(text, start, m.index + m[0].length, ORGANISATION_SCORE.linked));
  }
  if (settings.agencies) {
    for (const m of regexMatches(AGENCY(), text)) {
      out.push(organisation(text, m.index, m.index + m[0].length, ORGANISATION_SCORE.agency));
    }
  }
  return out;
}

/**
 * `Phoned Quayside Surgery`: a sentence-initial verb (a word of 5+ letters ending in -ed or -ing,
 * with more name words after it) is not part of the institution's name. Returns its length with
 * the space after it, or 0.
 */
function leadingVerbLength(match: string): number {
  const verb = /^\p{Lu}\p{Ll}{2,}(?:ed|ing)[ \t](?=\p{Lu}\p{Ll}*[ \t]\p{Lu})/u.exec(match);
  return verb ? verb[0].length : 0;
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
