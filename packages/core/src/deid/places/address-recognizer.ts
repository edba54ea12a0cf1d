/**
 * ADDRESS: a residence or premises linked to a person, from the flat or house number (or
 * building name) through to the street (ANNOTATION.md). Following the labelled development set
 * (../shared/deid/eval_dev.jsonl), the town after the street is its own LOCATION span and the
 * postcode its own POSTCODE span (found by the postcode recognizer). A street named alone
 * (`stopped on Albert Road`, `lives on Wren Street`) is an ADDRESS with a lower score, and only
 * for street types that are not everyday words.
 */
import type { DeidSettings, Detection, Recognizer } from '../entity-types.js';
import { givenNames } from '../names/given-names.js';
import { RANKS, commonWords, roleWords, titles } from '../names/name-context.js';
import { surnames } from '../names/surnames.js';
import {
  STRONG_STREET_TYPES,
  WEAK_STREET_TYPES,
  WELSH_STREET_WORDS,
  WORD,
  casedAlternation,
  streetPattern,
  welshStreetPattern,
} from './street-patterns.js';
import { regexMatches } from '../regex-matches.js';

export const ADDRESS_SCORE = { numbered: 0.85, bareAfterPreposition: 0.65, bare: 0.55 } as const;
export const TOWN_AFTER_ADDRESS_SCORE = 0.75;

const BUILDING_TYPES = [
  'House',
  'Court',
  'Lodge',
  'Cottage',
  'Mansions',
  'Tower',
  'Buildings',
  'Heights',
  'Chambers',
  'Premises',
];
const UNIT_WORDS = ['Flat', 'Apartment', 'Apt', 'Unit', 'Room'];
const STREET_ANY = `(?:${streetPattern([...STRONG_STREET_TYPES, ...WEAK_STREET_TYPES])}|${welshStreetPattern()})`;
const STREET_STRONG = `(?:${streetPattern(STRONG_STREET_TYPES)}|${welshStreetPattern()})`;

/**
 * House number (`27`, `12A`, `3-5`) then a street. The first digit comes before the boundary
 * check so the engine can skip ahead to digits.
 */
const NUMBERED = new RegExp(
  String.raw`\d(?<![\p{L}\p{N}/.-]\d)\d{0,3}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?)?,?[ \t]${STREET_ANY}`,
  'gu',
);
const BARE = new RegExp(STREET_STRONG, 'gu');
/**
 * A flat or building before the house number, or both (`Flat 3, `, `Rose Court, `,
 * `Flat 7, Tennyson House, `), including a Scottish tenement position (`2/1, `: floor / door).
 */
const UNIT = String.raw`(?:(?:${casedAlternation(UNIT_WORDS)})[ \t]\d{1,4}[A-Za-z]?|\d{1,2}/\d{1,2})`;
const BUILDING = String.raw`${WORD}(?:[ \t]${WORD}){0,2}[ \t](?:${casedAlternation(BUILDING_TYPES)})`;
const UNIT_BEFORE = new RegExp(
  String.raw`(?:${UNIT},?[ \t](?:${BUILDING},?[ \t])?|${BUILDING},?[ \t])$`,
  'u',
);
/** `no 4, Wren Street`, `No. 12 Park Road`: the word for "number" belongs to the address. */
const NUMBER_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:[Nn]o\.?|NO\.?|[Nn]umber)[ \t]$/u;
/**
 * A house number and a named development before a street named alone (`2 The Paddocks,
 * Church Lane`): the whole is one address.
 */
const HOUSE_BEFORE_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.-])\d{1,4}[A-Za-z]?[ \t](?:The[ \t])?${WORD}(?:[ \t]${WORD})?,[ \t]$`,
  'u',
);
const STREET_WORD = new RegExp(
  String.raw`\b(?:${casedAlternation([...STRONG_STREET_TYPES, ...WEAK_STREET_TYPES, ...WELSH_STREET_WORDS])})(?![\p{L}\p{M}\p{N}])`,
  'u',
);
const TOWN_AFTER = new RegExp(String.raw`^,[ \t]+(${WORD}(?:[ \t]${WORD}){0,2})`, 'u');
const PREPOSITION_BEFORE = /(?:^|\s)(?:on|in|at|along|into|off|near|from|to|down|up|of|via)\s+$/i;

export const addressRecognizer: Recognizer = {
  name: 'address',
  types: ['ADDRESS', 'LOCATION'],
  detect: (text: string, _settings: DeidSettings) => detectAddresses(text),
};

export function detectAddresses(text: string): Detection[] {
  const out: Detection[] = [];
  // Every address holds a street word: most log entries have none and skip the long patterns.
  if (!STREET_WORD.test(text)) return out;
  for (const m of regexMatches(NUMBERED, text)) {
    const start = numberedStart(text, m.index);
    out.push(span(text, 'ADDRESS', start, m.index + m[0].length - start, ADDRESS_SCORE.numbered));
  }
  const numbered = out.length;
  let next = 0; // both lists are in text order: walk the numbered ones once
  for (const m of regexMatches(BARE, text)) {
    while (next < numbered && out[next]!.endUtf16 <= m.index) next++;
    // A street inside a numbered address (most of them) is not trimmed: it would be dropped.
    if (next < numbered && out[next]!.startUtf16 <= m.index) continue;
    const house = HOUSE_BEFORE_STREET.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const end = m.index + m[0].length;
    if (house)
      out.push(
        span(
          text,
          'ADDRESS',
          m.index - house[0].length,
          end - m.index + house[0].length,
          ADDRESS_SCORE.numbered,
        ),
      );
    const bare = house ? null : trimLeadingWords(text, m.index, m[0]);
    if (bare) out.push(bare.detection);
  }
  return [...out, ...townsAfter(text, out)];
}

/** Where a numbered address starts: before its flat, building or `no` (see UNIT_BEFORE). */
function numberedStart(text: string, index: number): number {
  const before = text.slice(Math.max(0, index - 70), index);
  const unit = UNIT_BEFORE.exec(before);
  if (unit) return index - unit[0].length;
  const number = NUMBER_WORD_BEFORE.exec(before);
  return number ? index - number[0].length : index;
}

const STREET_TYPE_WORDS = new Set<string>(
  [...STRONG_STREET_TYPES, ...WEAK_STREET_TYPES].map((w) => w.toLowerCase()),
);

/** Drops sentence words caught before a bare street (`Attended Albert Road` → `Albert Road`). */
function trimLeadingWords(text: string, start: number, match: string) {
  const words = match.split(/([ \t]+)/);
  let offset = 0;
  while (words.length > 3 && (isSentenceWord(words[0]!) || isNameBefore(words))) {
    offset += words[0]!.length + words[1]!.length;
    words.splice(0, 2);
  }
  const rest = words.join('');
  if (STREET_TYPE_WORDS.has(rest.toLowerCase())) return null;
  const from = start + offset;
  const score = PREPOSITION_BEFORE.test(text.slice(Math.max(0, from - 12), from))
    ? ADDRESS_SCORE.bareAfterPreposition
    : ADDRESS_SCORE.bare;
  return { start: from, detection: span(text, 'ADDRESS', from, rest.length, score) };
}

/**
 * A known given name or surname that is not the word right before the street type is a person
 * standing next to a street (`Jean Wood Albert Road`), not part of the street's name.
 */
function isNameBefore(words: string[]): boolean {
  const lower = words[0]!.toLowerCase();
  return words.length > 3 && (givenNames().has(lower) || surnames().has(lower));
}

function isSentenceWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    RANKS.has(word) || titles().has(lower) || roleWords().has(lower) || commonWords().has(lower)
  );
}

/** `176 Ormeau Avenue, Bootle` → LOCATION `Bootle`. */
function townsAfter(text: string, addresses: Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const a of addresses) {
    const m = TOWN_AFTER.exec(text.slice(a.endUtf16, a.endUtf16 + 60));
    if (!m || commonWords().has(m[1]!.toLowerCase())) continue;
    const start = a.endUtf16 + m[0].length - m[1]!.length;
    out.push(span(text, 'LOCATION', start, m[1]!.length, TOWN_AFTER_ADDRESS_SCORE));
  }
  return out;
}

function span(
  text: string,
  type: 'ADDRESS' | 'LOCATION',
  start: number,
  length: number,
  score: number,
): Detection {
  const end = start + length;
  return {
    type,
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score,
    recognizer: 'address',
  };
}
