/**
 * Single first names listed together (`Seating (clockwise from door): Priti, Kamau, Lesley-Ann,
 * Dwayne, Godfrey, me.`, `Present: Tariq, Mehmet, Olu and Ines`): a list that is mostly known
 * given names is a list of people, so its other members are names too, though no list knows them
 * (`Priti`, `Kamau`). Each member is one capitalised word; at least two members, and at least a
 * third, are known given names (not the ambiguous ones that are also words); the rest must read as names
 * (`echoable`: no everyday, role, title or place word) and be no town. Offsets are UTF-16 code
 * units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isTown } from '../places/towns.js';
import { isAmbiguousGivenName, isGivenName } from './given-names.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';
import { regexMatches } from '../regex-matches.js';
import { literalGate } from '../literal-gate.js';

export const NAME_LIST_SCORE = 0.6;

/** A capitalised word of letters, with inner hyphens and apostrophes (`Lesley-Ann`, `O'Neill`). */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]*)*`;
/**
 * Three or more such words joined by commas, the last perhaps by `and` or `&`, not inside a longer
 * run of capitalised words on either side (`Smith, Jones and Co` ends at `Co`, which must read as a
 * name too).
 */
const NAME_LIST = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-][ \t]?)(${WORD})(?:,[ \t]+${WORD}){1,}(?:,?[ \t]+(?:and|&)[ \t]+${WORD}|(?:,[ \t]+${WORD}))(?![ \t]?\p{Lu})(?![\p{L}\p{M}'’-])`,
  'gu',
);
const MEMBER = new RegExp(WORD, 'gu');

/** Every NAME_LIST match holds a comma then a blank. */
const mayHoldList = literalGate([', ']);

export function listedNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldList(text)) return out;
  for (const m of regexMatches(NAME_LIST, text)) {
    const members = [...m[0].matchAll(MEMBER)].filter((w) => w[0] !== 'And');
    if (!peopleList(members.map((w) => w[0]))) continue;
    for (const w of members)
      out.push(personDetection(m.index + w.index!, w[0], NAME_LIST_SCORE, 'person-list'));
  }
  return out;
}

/** A known given name, or a hyphenated one whose parts all are (`Lesley-Ann`). */
function knownGiven(word: string): boolean {
  return word
    .toLowerCase()
    .split('-')
    .every((part) => isGivenName(part) && !isAmbiguousGivenName(part));
}

/**
 * The NATO phonetic alphabet, in which radio call signs are spoken (`Oscar Tango 12`); some of its
 * words are given names, and a list holding two of them spells something out (`Victor, Juliet`).
 */
export const PHONETIC: ReadonlySet<string> = new Set(
  `alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
  november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee
  zulu`.split(/\s+/),
);

/** Mostly known given names (two at least), the rest names no list knows, none a town. */
function peopleList(words: string[]): boolean {
  if (words.filter((w) => PHONETIC.has(w.toLowerCase())).length >= 2) return false;
  const known = words.filter(knownGiven).length;
  if (known < 2 || known * 3 < words.length) return false;
  return words.every((w) => knownGiven(w) || (echoable(w) && !isTown(w)));
}
