/**
 * Addresses written in lower case, as chat messages and quick notes write them (ANNOTATION.md and
 * the fresh sets: a street that locates someone's home is an address in any case): a house number,
 * one or two words and a street type (`12 ffordd penglais`, `4 wren street`, `9 mercator house`),
 * or a street after `from`, `on`, `in` or `at` (`that lad from wren street`). The street words are
 * found in one pass; the number and words before them are read backwards from each.
 * Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { commonWords, roleWords } from '../names/name-context.js';
import { literalGate } from '../literal-gate.js';

export const LOWERCASE_ADDRESS_SCORE = { numbered: 0.7, bare: 0.55 } as const;

/**
 * Lower-case street types and Welsh lead words after a space (every layout below has one before
 * them: the scan then stops only at spaces).
 */
/** Quick notes shorten the type (`22 burns st`, `118a colne rd`): read with a house number only. */
const SHORT_TYPES = ['rd', 'st', 'ave', 'tce', 'cres', 'gdns', 'pl', 'row', 'walk', 'mews'];
const STREET_WORDS = [
  ...['street', 'road', 'lane', 'avenue', 'crescent', 'terrace', 'close', 'drive', 'grove'],
  ...['gardens', 'way', 'court', 'place', 'house', 'ffordd', 'heol', 'stryd', 'cwrt', 'clos'],
  ...SHORT_TYPES,
];
const STREET_WORD = new RegExp(` (?:${STREET_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** Every STREET_WORD match holds a space and a street word (literal-gate.ts) or a short type. */
const mayHoldLongStreetWord = literalGate(
  STREET_WORDS.filter((w) => !SHORT_TYPES.includes(w)).map((word) => ` ${word}`),
);
/**
 * A short type as a whole word: ` st` alone would let through most texts (` still`, ` stated`),
 * each then scanned in full.
 */
const SHORT_TYPE_WORD = new RegExp(` (?:${SHORT_TYPES.join('|')})(?![A-Za-z0-9])`);
const mayHoldStreetWord = (text: string) =>
  mayHoldLongStreetWord(text) || SHORT_TYPE_WORD.test(text);
const WELSH_LEADS = new Set(['ffordd', 'heol', 'stryd', 'cwrt', 'clos']);
/** Street types that name a street without a number (`from wren street`), as in street-patterns. */
const BARE_TYPES = new Set(['street', 'road', 'lane', 'avenue', 'crescent', 'terrace']);
/** Generic streets (`the high street`, `main road`) name no one's home. */
const GENERIC = new Set(['high', 'main', 'ring', 'side', 'slip', 'back', 'front', 'old', 'new']);

/** A house number, then one or two lower-case words, ending where the street type starts. */
const NUMBERED_BEFORE =
  /(?<![\p{L}\p{N}/.:,-])(\d{1,4}[a-z]?)[ \t](\p{Ll}[\p{Ll}'’-]*(?:[ \t]\p{Ll}[\p{Ll}'’-]*)?)[ \t]$/u;
/** A preposition, then one lower-case word, ending where the street type starts. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:from|on|in|at)[ \t](\p{Ll}[\p{Ll}'’-]+)[ \t]$/u;
/** A house number before a Welsh lead word. */
const NUMBER_BEFORE_LEAD = /(?<![\p{L}\p{N}/.:,-])\d{1,4}[a-z]?[ \t]$/u;
/** The name after a Welsh lead word (`ffordd penglais`, `heol y nant`). */
const NAME_AFTER_LEAD = /^[ \t](?:(?:y|yr)[ \t])?\p{Ll}[\p{Ll}-]+/u;

export function lowercaseAddresses(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldStreetWord(text)) return out;
  STREET_WORD.lastIndex = 0;
  for (let m = STREET_WORD.exec(text); m !== null; m = STREET_WORD.exec(text)) {
    const start = m.index + 1;
    const end = m.index + m[0].length;
    const word = m[0].slice(1);
    const found = WELSH_LEADS.has(word)
      ? welshStreet(text, start, end)
      : streetBefore(text, start, end, word);
    if (found) out.push(found);
  }
  STREET_WORD.lastIndex = 0;
  return out;
}

/** `4 wren street`, `from wren street`: the words before a street type. */
function streetBefore(text: string, start: number, end: number, type: string): Detection | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const numbered = NUMBERED_BEFORE.exec(before);
  if (numbered && ordinaryWords(numbered[2]!)) {
    return address(text, start - numbered[0].length, end, LOWERCASE_ADDRESS_SCORE.numbered);
  }
  const bare = BARE_TYPES.has(type) ? PREPOSITION_BEFORE.exec(before) : null;
  if (!bare || !ordinaryWords(bare[1]!) || GENERIC.has(bare[1]!)) return null;
  return address(text, start - bare[1]!.length - 1, end, LOWERCASE_ADDRESS_SCORE.bare);
}

/** `12 ffordd penglais`: a house number, the lead word and the street's name. */
function welshStreet(text: string, start: number, end: number): Detection | null {
  const number = NUMBER_BEFORE_LEAD.exec(text.slice(Math.max(0, start - 8), start));
  const name = number ? NAME_AFTER_LEAD.exec(text.slice(end, end + 40)) : null;
  if (!number || !name) return null;
  return address(
    text,
    start - number[0].length,
    end + name[0].length,
    LOWERCASE_ADDRESS_SCORE.numbered,
  );
}

/**
 * Quantities and house descriptions a number also stands before (`5 min drive`, `3 bed house`,
 * `2 storey house`): no street's name.
 */
const MEASURES = new Set(
  `x min mins minute minutes hour hours hr hrs second seconds mile miles km metre metres meter
  meters yard yards day days week weeks month months year years bed beds bedroom bedrooms
  bedroomed storey storeys story stories floor floors lane lanes way`.split(/\s+/),
);

/** Street-name words of three or more letters, not sentence words (`at 10 the road`). */
function ordinaryWords(words: string): boolean {
  return words
    .split(/[ \t]/)
    .every((w) => w.length > 2 && !MEASURES.has(w) && !commonWords().has(w) && !roleWords().has(w));
}

function address(text: string, start: number, end: number, score: number): Detection {
  return {
    type: 'ADDRESS',
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score,
    recognizer: 'address-lowercase',
  };
}
