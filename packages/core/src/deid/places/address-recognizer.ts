/**
 * ADDRESS: a residence or premises linked to a person, from the flat or house number (or
 * building name) through to the street (ANNOTATION.md). Following the labelled development set
 * (../shared/deid/eval_dev.jsonl), the town after the street is its own LOCATION span and the
 * postcode its own POSTCODE span (found by the postcode recognizer). A street named alone
 * (`stopped on Albert Road`, `lives on Wren Street`) is an ADDRESS with a lower score, and only
 * for street types that are not everyday words; not after premises named by a common noun (`a
 * takeaway on Market Street`: an incident location). A flat before a house number makes a street
 * without a street type an address (`Flat 1, 67 Wide Bargate`); lower-case addresses are in
 * lowercase-addresses.ts.
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
import { mayHoldWordStart, sharedTextSites, wordStarts } from '../recognizers/text-sites.js';
import { lowercaseAddresses } from './lowercase-addresses.js';
import { addressFields } from './address-fields.js';
import { jsonAddresses } from './json-addresses.js';
import { namedBuildings } from './named-buildings.js';

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
  'Cottages',
  // A caravan site's plot is a home address (`Plot 4, Long Acre Caravan Site`).
  'Caravan Site',
  'Caravan Park',
];
// Caravan and holiday parks number their plots and pitches; sheltered schemes their bungalows.
const UNIT_WORDS = [
  'Flat',
  // Typed in lower case on forms too (`Address: flat 2, 19 Gasworks St`).
  'flat',
  'Fflat',
  'Apartment',
  'Apt',
  'Unit',
  'Room',
  'Plot',
  'Pitch',
  'Bungalow',
  'Caravan',
  'Chalet',
];
/** Words that end a house's own name (`Rook Cottage`, `Cooperage Loft`, `Tanyard Barn`). */
const HOUSE_WORDS = [
  'Cottage',
  'Lodge',
  'Barn',
  'Farm',
  'Farmhouse',
  'Mill',
  'Loft',
  'Granary',
  'Forge',
  'Grange',
  'Manor',
  'Rectory',
  'Vicarage',
  'Coach House',
  'Stables',
  'Bungalow',
  'Villa',
];
const UNIT_WORDS_THEN_SPACE = UNIT_WORDS.flatMap((w) => [`${w} `, `${w.toUpperCase()} `]);
/** Welsh house names open with the word for house or mansion (`Tŷ Isaf`, `Plas Glas`). */
const WELSH_BUILDING_WORDS = ['Tŷ', 'Ty', 'Plas'];
const STREET_ANY = `(?:${streetPattern([...STRONG_STREET_TYPES, ...WEAK_STREET_TYPES])}|${welshStreetPattern()})`;
const STREET_STRONG = `(?:${streetPattern(STRONG_STREET_TYPES)}|${welshStreetPattern()})`;

/**
 * House number (`27`, `12A`, `3-5`, `2–4` with an en dash) then a street. The first digit comes before the boundary
 * check so the engine can skip ahead to digits. A dot before the number makes it a decimal, unless
 * it ends a print's dotted leader (`address.....5 Puddingstone Close`); a colon after digits makes
 * it a time's minutes (`16:58 Officers PC Meadows`). A blank, not a tab, parts the number from the
 * street: a tab parts a table's cells (`1800-2200<TAB>Heron Way`, a patrol's hours then its street;
 * all 8 such spans in the read sets were a cell too many).
 */
const NUMBERED = new RegExp(
  String.raw`\d(?<![\p{L}\p{N}/–-]\d|\d:\d|(?<!\.\.)\.\d)\d{0,3}[A-Za-z]?(?:[–-]\d{1,4}[A-Za-z]?)?,?[ ]${STREET_ANY}`,
  'gu',
);
const BARE = new RegExp(STREET_STRONG, 'gu');
/**
 * Where a BARE match can end (its street type after a space or tab) or where its street starts
 * (a Welsh street word, here without the look-behind): every match holds one (`anchoredMatches`).
 */
const BARE_ANCHOR = new RegExp(
  String.raw`[ \t](?:${casedAlternation(STRONG_STREET_TYPES)})(?![\p{L}\p{M}\p{N}])|(?:${casedAlternation(WELSH_STREET_WORDS)})`,
  'gu',
);
/**
 * A flat or building before the house number, or both (`Flat 3, `, `Rose Court, `,
 * `Flat 7, Tennyson House, `), including a Scottish tenement position (`2/1, `: floor / door),
 * also after the word flat (`Flat 2/1, `). After a flat number any one to three capitalised words
 * and a comma name the building (`Flat 9, Plas Glas, `); without one the building needs a
 * building word (`Rose Court`, `Tŷ Isaf`).
 */
const UNIT = String.raw`(?:(?:${casedAlternation(UNIT_WORDS)})[ \t](?:\d{1,4}[A-Za-z]?(?:/\d{1,2})?)|\d{1,2}/\d{1,2})`;
const BUILDING = String.raw`(?:${WORD}(?:[ \t]${WORD}){0,2}[ \t](?:${casedAlternation(BUILDING_TYPES)})|(?:${WELSH_BUILDING_WORDS.join('|')})[ \t]${WORD}(?:[ \t]${WORD})?)`;
const NAMED = String.raw`${WORD}(?:[ \t]${WORD}){0,2}`;
/** A house name with `The` before the number (`The Old Forge, 2 Combe Lane`). */
const THE_HOUSE = String.raw`(?:The|THE)[ \t]${NAMED},[ \t]`;
/**
 * A house name on a block's line of its own: `The` and a name (`The Old Saddlery`), or a name
 * ending in a word for a converted or rural building (`Cooperage Loft`, `Rook Cottage`).
 */
const BLOCK_HOUSE = String.raw`(?:(?:The|THE)[ \t]${NAMED}|${NAMED}[ \t](?:${casedAlternation(HOUSE_WORDS)}))`;
const UNIT_BEFORE = new RegExp(
  String.raw`(?:${UNIT},?[ \t](?:${BUILDING},?[ \t]|${NAMED},[ \t])?|${BUILDING},?[ \t]|${THE_HOUSE})$`,
  'u',
);
/**
 * What every UNIT_BEFORE match holds: a unit word, a tenement position's `/`, or a building word
 * (same case rules). The end-anchored regex is tried from every position of its window; most
 * house numbers have none of these before them and skip it.
 */
const UNIT_WORD = new RegExp(
  [
    casedAlternation(UNIT_WORDS),
    '/',
    casedAlternation(BUILDING_TYPES),
    ...WELSH_BUILDING_WORDS,
    'The ',
    'THE ',
  ].join('|'),
);
/**
 * A building before a street named without a house number (`Rose Cottage, Back Lane`, `Flat 7,
 * Eastville Court, Fishponds Road`, `Tŷ Isaf, Heol Senni`): one address.
 */
const BUILDING_BEFORE_STREET = new RegExp(String.raw`(?:${UNIT},?[ \t])?${BUILDING},[ \t]$`, 'u');
/**
 * A children's home is an organisation in its own right (the placement), written before its
 * street: its name is not taken into the address.
 */
const ORGANISATION_BUILDING = /Children['’]s (?:House|Home)/;
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
/**
 * A street whose type is an everyday word, named alone where someone lives (`lives on Mallard
 * Walk`, a list's `lives Sandpiper Walk`, `Ken's house on Mill Drove`, `land at Top Drove`, `a
 * friend's flat in Salter's Yard`), or a person on it (`a woman on Sorrel Rise`, `the caller's
 * address is on Juniper Rise`): the residence says it is a street. So does a bail or order condition
 * (`not to enter Larkspur Walk`): over the read sets, 8 of the 9 streets named after `not to enter`
 * were annotated addresses (the victim's street) and one a hard negative.
 */
const HOME_ON_WEAK = new RegExp(
  String.raw`\b(?:[Ll]ives?[ \t]+(?:(?:on|at|in)[ \t]+)?|(?:[Ll]iving|[Ll]ived|house|home|land|moved|flat|staying)[ \t]+(?:on|at|in|to)[ \t]+|(?:woman|man|lady|gentleman|bloke|chap|lad|girl|family|couple|neighbour|resident|tenant|address(?:[ \t]is)?)[ \t]+on[ \t]+|not[ \t]+to[ \t]+enter[ \t]+)(${streetPattern(WEAK_STREET_TYPES)})`,
  'gu',
);
/**
 * HOME_ON_WEAK's first word (the same words as its alternation: keep the two in step) has `\b`
 * before it, so it starts a run of letters (text-sites.ts `mayHoldWordStart`).
 */
const HOME_WORD_STARTS = wordStarts([
  'woman',
  'man',
  'lady',
  'gentleman',
  'bloke',
  'chap',
  'lad',
  'girl',
  'family',
  'couple',
  'neighbour',
  'resident',
  'tenant',
  'address',
  'live',
  'lives',
  'living',
  'lived',
  'house',
  'home',
  'land',
  'moved',
  'flat',
  'staying',
  'not',
]);
/** For the property test of the site gates (site-gates.property.test.ts). */
export const HOME_SITE_GATE = { pattern: HOME_ON_WEAK, starts: HOME_WORD_STARTS };
const TOWN_AFTER = new RegExp(String.raw`^,[ \t]+(${WORD}(?:[ \t]${WORD}){0,2})`, 'u');
const PREPOSITION_BEFORE = /(?:^|\s)(?:on|in|at|along|into|off|near|from|to|down|up|of|via)\s+$/i;

export const addressRecognizer: Recognizer = {
  name: 'address',
  types: ['ADDRESS', 'LOCATION'],
  detect: (text: string, _settings: DeidSettings) => detectAddresses(text),
};

export function detectAddresses(text: string): Detection[] {
  const out: Detection[] = [];
  for (const d of lowercaseAddresses(text)) out.push(d);
  // Every other address holds a street word or a flat: most log entries have neither.
  const street = STREET_WORD.test(text);
  if (street) numberedAndBare(text, out);
  if (street) homesOnWeakStreets(text, out);
  if (mayHoldFlat(text)) flatsOnUnknownStreets(text, out);
  if (out.length > 0) blockLinesBefore(text, out);
  const lines = text.includes('":') ? jsonAddresses(text) : [];
  // A building alone is followed by whatever the sentence names next, not a town.
  const buildings = namedBuildings(text).filter((b) => !out.some((d) => overlaps(d, b)));
  return [...out, ...townsAfter(text, out), ...addressFields(text, out), ...lines, ...buildings];
}

/** A whole line that is a flat or a named building (`Flat 5`, `Chandler House,`). */
const UNIT_OR_BUILDING_LINE = new RegExp(
  String.raw`^[ \t]*(?:<line>)?(${UNIT}|${BUILDING}|${BLOCK_HOUSE}),?[ \t]*(?:</line>)?[ \t]*$`,
  'u',
);

/**
 * An address block set out line by line, as letters, forms and XML exports write it: the flat and
 * the building on the lines above the street (`Flat 5` / `Chandler House` / `90 Netherwood Road`,
 * `<line>Flat 7</line>` / `<line>Cooperage Loft</line>`) are part of the address. The street is
 * numbered or fills its line (`   Anvil Lane`); each line is its own span, as the labelled sets
 * mark them.
 */
function blockLinesBefore(text: string, out: Detection[]): void {
  const found = out.length;
  for (let i = 0; i < found; i++) {
    const d = out[i]!;
    if (d.type !== 'ADDRESS') continue;
    let lineStart = blockLineStart(text, d.startUtf16);
    if (lineStart < 0 || !endsBlockLine(text, d)) continue;
    // At most two lines up: a flat, then a building.
    for (let up = 0; up < 2 && lineStart > 0; up++) {
      const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      const line = text.slice(prevStart, lineStart - 1).replace(/\r$/, '');
      const m = UNIT_OR_BUILDING_LINE.exec(line);
      if (!m) break;
      const start = prevStart + line.indexOf(m[1]!);
      out.push(span(text, 'ADDRESS', start, m[1]!.length, ADDRESS_SCORE.numbered));
      lineStart = prevStart;
    }
  }
}

/**
 * Where the line of a street found at `at` starts, when only blanks and an XML `<line>` tag stand
 * before it there; otherwise -1. It walks back over those few characters only: looking for the
 * line's start from every address of a long line would make a 1 MB line quadratic.
 */
function blockLineStart(text: string, at: number): number {
  let i = text.endsWith('<line>', at) ? at - 6 : at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 ? i : -1;
}

/**
 * Whether the street found, which opens its line, is numbered or the whole line: the last line of
 * a block, not a street named in a sentence.
 */
function endsBlockLine(text: string, d: Detection): boolean {
  if (/^\d/.test(d.text)) return true;
  const rest = text.slice(d.endUtf16, d.endUtf16 + 12);
  return /^,?[ \t]*(?:<\/line>)?[ \t]*(?:\r?\n|$)/.test(rest);
}

/** Streets with an everyday-word type after a word of residence, not inside an address found. */
function homesOnWeakStreets(text: string, out: Detection[]): void {
  if (!mayHoldWordStart(text, HOME_WORD_STARTS)) return;
  for (const m of regexMatches(HOME_ON_WEAK, text)) {
    const street = m[1]!;
    const start = m.index + m[0].length - street.length;
    if (out.some((d) => d.startUtf16 <= start && d.endUtf16 > start)) continue;
    out.push(span(text, 'ADDRESS', start, street.length, ADDRESS_SCORE.bareAfterPreposition));
  }
}

/**
 * A named building after a flat's, room's or unit's number (`Flat 2, Tanner House`, `Venue: Room
 * 2, Tamar House`, `Unit 7, Kestrel House`) is left to the rules for homes in named buildings
 * (`flatsOnUnknownStreets`), which tell a home from a meeting room or a business; the building
 * words read after a house number alone (`4 Linden House`) must not pre-empt them.
 */
const BUILDING_WORD = /\b(?:House|Mill|Apartments|Heights|Mansions)\b/i;
const UNIT_NUMBER_BEFORE = /\b(?:flat|room|unit|suite|office|plot|apartment|apt)\.?[ \t]$/i;

function roomInBuilding(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  return BUILDING_WORD.test(m[0]) && UNIT_NUMBER_BEFORE.test(before);
}

/** Numbered addresses, then streets named alone that are not inside one, into `out`. */
function numberedAndBare(text: string, out: Detection[]): void {
  const first = out.length;
  for (const m of regexMatches(NUMBERED, text)) {
    if (roomInBuilding(text, m)) continue;
    const start = numberedStart(text, m.index);
    out.push(span(text, 'ADDRESS', start, m.index + m[0].length - start, ADDRESS_SCORE.numbered));
  }
  const numbered = out.length;
  let next = first; // both lists are in text order: walk the numbered ones once
  for (const m of anchoredMatches(BARE, BARE_ANCHOR, isBareBreak, text)) {
    while (next < numbered && out[next]!.endUtf16 <= m.index) next++;
    // A street inside a numbered address (most of them) is not trimmed: it would be dropped.
    if (next < numbered && out[next]!.startUtf16 <= m.index) continue;
    const start = bareStreetStart(text, m.index);
    const end = m.index + m[0].length;
    if (start < m.index)
      out.push(span(text, 'ADDRESS', start, end - start, ADDRESS_SCORE.numbered));
    const bare = start < m.index ? null : trimLeadingWords(text, m.index, m[0]);
    if (bare) out.push(bare.detection);
  }
}

/**
 * What `regexMatches(pattern, text)` returns, with the pattern's scan started near where a match
 * can be: every match holds an `anchor` match, and no `isBreak` character before its anchor, so
 * it starts after the last such character before the first anchor at or after the scan's
 * position, and the scan can begin there. BARE begins on a capital: its own scan tries every
 * letter of UPPERCASE log text. (NUMBERED begins on a digit and scans fast enough: measured, an
 * anchor scan first cost it more than it saved.)
 */
function anchoredMatches(
  pattern: RegExp,
  anchor: RegExp,
  isBreak: (code: number) => boolean,
  text: string,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let from = 0; ;) {
    anchor.lastIndex = from;
    const a = anchor.exec(text);
    if (a === null) break;
    let start = a.index;
    while (start > from && !isBreak(text.charCodeAt(start - 1))) start--;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (m === null) break;
    out.push(m);
    from = pattern.lastIndex; // never empty: a match holds a street word
  }
  pattern.lastIndex = 0;
  anchor.lastIndex = 0;
  return out;
}

/** ASCII letters, space, tab, apostrophe, hyphen: what a street's name and street word hold. */
function isStreetChar(c: number): boolean {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return letter || c === 32 || c === 9 || c === 39 || c === 45;
}

/**
 * An ASCII character no BARE match holds before its anchor. Characters from 128 on never count
 * (letters, marks, `’`), so a scan never starts inside a surrogate pair.
 */
const isBareBreak = (c: number) => c < 128 && !isStreetChar(c);

/**
 * The flat scans (FLAT_NUMBERED, FLAT_IN_BUILDING) need a unit word, a blank and a digit (`Flat 3`,
 * `Plot 4`): one scan for the words' endings, most texts have none.
 */
export const UNIT_GATE =
  /(?:lat|LAT|partment|PARTMENT|pt|PT|nit|NIT|oom|OOM|lot|LOT|itch|ITCH|alow|ALOW|avan|AVAN|alet|ALET)[ \t]\d/;

/** UNIT_GATE's words, by the code of their last letter (the letter before the blank). */
const UNIT_ENDINGS = unitEndings(UNIT_GATE);

/**
 * UNIT_GATE.test(text), read off the merged scan's digit runs (text-sites.ts) instead of a scan
 * from every position (about 1.5 µs a log entry): the digit of a match follows a blank, so it
 * starts a run; the word before the blank must end in one of the unit endings. A text without
 * kept sites (over 64K code units) is scanned.
 */
export function mayHoldFlat(text: string): boolean {
  const sites = sharedTextSites(text);
  if (sites === null) return UNIT_GATE.test(text);
  for (const q of sites.runStarts) {
    const blank = text.charCodeAt(q - 1);
    if ((blank === 32 || blank === 9) && unitEndsAt(text, q - 1)) return true;
  }
  return false;
}

/** Whether one of UNIT_GATE's words ends right before `end`. */
function unitEndsAt(text: string, end: number): boolean {
  const endings = UNIT_ENDINGS.get(text.charCodeAt(end - 1));
  if (endings === undefined) return false;
  for (const ending of endings) {
    if (end >= ending.length && text.startsWith(ending, end - ending.length)) return true;
  }
  return false;
}

/** The literals of UNIT_GATE's alternation, grouped by their last code unit. */
function unitEndings(gate: RegExp): Map<number, string[]> {
  const words = /^\(\?:([A-Za-z|]+)\)/.exec(gate.source)![1]!.split('|');
  const byLast = new Map<number, string[]>();
  for (const w of words) {
    const last = w.charCodeAt(w.length - 1);
    byLast.set(last, [...(byLast.get(last) ?? []), w]);
  }
  return byLast;
}

/**
 * A flat, a house number and a street whose name has no street type (`Flat 1, 67 Wide Bargate`
 * before a comma or the line's end): the flat makes it an address. Streets with a type are left
 * to NUMBERED.
 */
const FLAT_NUMBERED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${UNIT},?[ \t](?:${BUILDING},?[ \t]|${NAMED},[ \t])?\d{1,4}[A-Za-z]?[ \t](${NAMED})(?=[ \t]*(?:,|\r?\n|$))`,
  'gu',
);

/**
 * A flat or plot in a named building with no street after it (`lives downstairs at Flat 1, Kiln
 * House.`, a record's `"line": ["Flat 3, Kiln House", …]`): the unit makes it a home. A room or
 * unit is not (`Venue: Room 2, Tamarisk House` is a meeting room, `Unit 4, …` a business).
 */
const HOME_UNIT = String.raw`(?:${casedAlternation(UNIT_WORDS.filter((w) => w !== 'Room' && w !== 'Unit'))})[ \t]\d{1,4}[A-Za-z]?`;
const FLAT_IN_BUILDING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${HOME_UNIT},?[ \t]${BUILDING}(?=[ \t]*(?:[.,;:)"<]|\r?\n|$))`,
  'gu',
);

function flatsOnUnknownStreets(text: string, out: Detection[]): void {
  for (const m of regexMatches(FLAT_NUMBERED, text)) {
    if (STREET_WORD.test(m[1]!)) continue;
    out.push(span(text, 'ADDRESS', m.index, m[0].length, ADDRESS_SCORE.numbered));
  }
  for (const m of regexMatches(FLAT_IN_BUILDING, text)) {
    if (ORGANISATION_BUILDING.test(m[0])) continue;
    // Part of an address found whole (`Flat 9, Plas Glas, 3 Heol Eglwys`).
    const end = m.index + m[0].length;
    if (out.some((d) => d.startUtf16 < end && d.endUtf16 > m.index)) continue;
    out.push(span(text, 'ADDRESS', m.index, m[0].length, ADDRESS_SCORE.numbered));
  }
}

/**
 * Where a numbered address starts: before its flat, building or `no` (see UNIT_BEFORE), or the
 * word flat right before the number a street-like building follows (`Flat 7, Eastville Court`).
 */
function numberedStart(text: string, index: number): number {
  const before = text.slice(Math.max(0, index - 70), index);
  const unit = UNIT_WORD.test(before) ? UNIT_BEFORE.exec(before) : null;
  if (unit && !ORGANISATION_BUILDING.test(unit[0])) return index - unit[0].length;
  const number = NUMBER_WORD_BEFORE.exec(before);
  if (number) return index - number[0].length;
  for (const word of UNIT_WORDS_THEN_SPACE) if (before.endsWith(word)) return index - word.length;
  return index;
}

/** Where a street named without a number starts: before a house number or a building. */
function bareStreetStart(text: string, index: number): number {
  // Both layouts end in a comma and a blank right before the street.
  if (text.charCodeAt(index - 2) !== 44) return index;
  const before = text.slice(Math.max(0, index - 70), index);
  const house = HOUSE_BEFORE_STREET.exec(before) ?? BUILDING_BEFORE_STREET.exec(before);
  if (!house || ORGANISATION_BUILDING.test(house[0])) return index;
  return index - house[0].length;
}

const STREET_TYPE_WORDS = new Set<string>(
  [...STRONG_STREET_TYPES, ...WEAK_STREET_TYPES].map((w) => w.toLowerCase()),
);

const PREPOSITION_WORD = /^(?:on|at|in|to|from|into|near|off|along)$/;
const VERB_FORM = /(?:ed|es|ing)$/i;

/** Drops sentence words caught before a bare street (`Attended Albert Road` → `Albert Road`). */
function trimLeadingWords(text: string, start: number, match: string) {
  const words = match.split(/([ \t]+)/);
  let offset = 0;
  while (words.length > 3 && (isSentenceWord(words[0]!) || isNameBefore(words))) {
    offset += words[0]!.length + words[1]!.length;
    words.splice(0, 2);
  }
  // A verb and its preposition (`Lived on Gannet Walk`): a street's name does not begin so (but a
  // town's may: `Stoke on Trent Road` keeps its words).
  if (words.length > 5 && VERB_FORM.test(words[0]!) && PREPOSITION_WORD.test(words[2]!)) {
    offset += words.slice(0, 4).join('').length;
    words.splice(0, 4);
  }
  const rest = words.join('');
  if (STREET_TYPE_WORDS.has(rest.toLowerCase())) return null;
  const from = start + offset;
  if (incidentPlace(text, from) || publicSpot(text, from, from + rest.length)) return null;
  const score = PREPOSITION_BEFORE.test(text.slice(Math.max(0, from - 12), from))
    ? ADDRESS_SCORE.bareAfterPreposition
    : ADDRESS_SCORE.bare;
  return { start: from, detection: span(text, 'ADDRESS', from, rest.length, score) };
}

/**
 * `outside a takeaway on Market Street`, `near the bus station on Rye Lane`: premises named by a
 * common noun, then the street it is on, is where something happened (ANNOTATION.md: public
 * places and workplaces used as incident locations are not addresses). A home noun there (`a flat
 * on Wren Street`) still locates someone's home.
 */
const PLACE_ON_BEFORE =
  /(?:^|[^\p{L}])(?:a|an|the)[ \t]+(\p{Ll}+(?:[ \t]+\p{Ll}+)?)[ \t]+on[ \t]+$/u;
/**
 * The same premises named first and the street after a comma or `off` (`former brickworks car
 * park, Kiln Road`, `Allotment paths, Gib Lane`, `disused coal yard off Staithes Lane`): the noun
 * before is lower case, so a named firm or a house number is not one.
 */
const PLACE_THEN_STREET_BEFORE =
  /(?:^|[^\p{L}])(\p{Ll}{3,}(?:[ \t]+\p{Ll}{3,})?)(?:,[ \t]+|[ \t]+off[ \t]+)$/u;
/**
 * A form's `Location:` field holding a street named alone, with no house number (`Location: Sea
 * Bank Road (30 mph limit)`): where something was seen or happened, not a home.
 */
const LOCATION_FIELD_BEFORE = /(?:^|\n|[ \t]{2}|\|)[ \t]*(?:incident )?location[ \t]*:[ \t]*$/i;
const HOME_NOUNS = new Set(['flat', 'house', 'home', 'room', 'bedsit', 'maisonette', 'bungalow']);

/**
 * A street named alone as a public spot, not a home: followed by a public facility on it (`Kings
 * Road stop`, `Fenton Road custody`, `Mill Street CCTV`, `Kings Road bus station`, `Mill Street
 * multi-storey`), the way someone went (`drove off towards Mill Lane`, `ran along Mill Lane`,
 * `junction with Mill Lane`), or a stretch of numbered road (`A595 Moor Lane`).
 */
const PUBLIC_SPOT_AFTER =
  /^[ \t]+(?:(?:bus|tram)[ \t]+)?(?:stop|stops|custody|CCTV|camera|cameras|car[ \t]+park|multi-storey|(?:bus|coach|railway|train|police|fire|ambulance)[ \t]+station|junction|roundabout|underpass|subway|taxi[ \t]+rank|rank|shops|precinct|retail[ \t]+park|interchange|depot|bridge)(?![\p{L}\p{N}])/iu;
const MOVEMENT_BEFORE =
  /(?:^|[^\p{L}])(?:towards|toward|along|heading[ \t]+(?:up|down|for|into)|junction[ \t]+with)[ \t]+$/u;
/** A road number before the street (`A595 Moor Lane`, `B5277 Mill Road`): a stretch of road. */
const ROAD_NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}])[ABM]\d{1,4}(?:\([MT]\))?[ \t]+$/u;

function publicSpot(text: string, from: number, end: number): boolean {
  if (PUBLIC_SPOT_AFTER.test(text.slice(end, end + 20))) return true;
  const before = text.slice(Math.max(0, from - 16), from);
  return MOVEMENT_BEFORE.test(before) || ROAD_NUMBER_BEFORE.test(before);
}

export function incidentPlace(text: string, from: number): boolean {
  // The three look-backs are end-anchored, so the engine tries them from every position of the
  // window (several µs each); each needs a mark right before the blanks that end it, checked first.
  const mark = lastNonBlank(text, from);
  const field = mark >= 0 && text.charCodeAt(mark) === 58; // `:`
  if (field && LOCATION_FIELD_BEFORE.test(text.slice(Math.max(0, from - 24), from))) return true;
  if (mark === from - 1 || !premisesMark(text, mark)) return false;
  const before = text.slice(Math.max(0, from - 40), from);
  const m = PLACE_ON_BEFORE.exec(before) ?? PLACE_THEN_STREET_BEFORE.exec(before);
  if (!m) return false;
  const noun = m[1]!.split(/[ \t]+/).pop()!;
  return !HOME_NOUNS.has(noun) && !HOME_NOUNS.has(noun.replace(/s$/, ''));
}

/** The look-backs `incidentPlace` tries, for the property test that checks its pre-checks. */
export const INCIDENT_PLACE_PATTERNS = {
  LOCATION_FIELD_BEFORE,
  PLACE_ON_BEFORE,
  PLACE_THEN_STREET_BEFORE,
  HOME_NOUNS,
} as const;

/** Offset of the last character before `end` that is not a space or tab (-1: none). */
function lastNonBlank(text: string, end: number): number {
  let k = end - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k;
}

/**
 * What PLACE_ON_BEFORE or PLACE_THEN_STREET_BEFORE has right before its closing blanks (at
 * `mark`): the `n` of `on`, the last `f` of `off`, or a comma.
 */
function premisesMark(text: string, mark: number): boolean {
  const c = text.charCodeAt(mark);
  if (c === 44) return true;
  if (c === 110) return text.charCodeAt(mark - 1) === 111; // `on`
  return c === 102 && text.startsWith('of', mark - 2); // `off`
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
    // A title or rank opens a person's name, not a town (`outside the Anchor on Market Street, Mr
    // Kiplagat pushed …`).
    if (isSentenceWord(m[1]!.split(/[ \t]/)[0]!)) continue;
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

const overlaps = (a: Detection, b: Detection) =>
  a.startUtf16 < b.endUtf16 && b.startUtf16 < a.endUtf16;
