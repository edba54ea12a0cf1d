/**
 * The town of an address block: the capitalised words right before a postcode, on the postcode's
 * line after a comma or at the start of a line, or alone on the line above it (`…, Inverness IV3
 * 5DH`, `Lerwick  ZE1 0QP`, `Boston\nPE21 8SG`). Envelopes and forms put the post town there, so
 * any place name counts, gazetteer or not (`Hunmanby YO14 0NB`); the labelled sets write it as its
 * own LOCATION span, apart from the street (ADDRESS) and the postcode (POSTCODE). Read only
 * around the postcodes already found, so it costs nothing on text without one.
 */
import type { Detection } from '../entity-types.js';
import { commonWords, placeSuffixes } from '../names/name-context.js';
import { STRONG_STREET_TYPES, WEAK_STREET_TYPES, WELSH_STREET_WORDS } from './street-patterns.js';

export const TOWN_BEFORE_POSTCODE_SCORE = 0.7;

/**
 * One to four town words (lower-case links allowed inside: `Newcastle upon Tyne`), starting after
 * a comma or a line start, then a comma or up to three blanks, or a line break, before the
 * postcode. Read in the 60 code units before it.
 */
const TOWN_BEFORE =
  /(?:^|[,\n][ \t]*)(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t](?:(?:upon|on|under|le|in|y|yr|of)[ \t])?\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?:,?[ \t]{1,3}|,|[ \t]*\r?\n[ \t]*)$/u;
/** Street words: `Wide Lane ZE1 …` without a comma is a street, not a town. */
const STREET_WORDS = new Set(
  [...STRONG_STREET_TYPES, ...WEAK_STREET_TYPES, ...WELSH_STREET_WORDS].map((w) => w.toLowerCase()),
);
/** Labels that stand before a postcode on forms (`Postcode`, `Post code`). */
const LABEL_WORDS = new Set(['postcode', 'post', 'code', 'tel', 'address']);

export function townsBeforePostcodes(text: string, found: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const d of found) {
    if (d.type !== 'POSTCODE') continue;
    const town = townBefore(text, d.startUtf16);
    if (town) out.push(town);
  }
  return out;
}

/**
 * Capitalised words on the postcode's line with no comma before the postcode, as callers and chat
 * write an address (`5 Pinfold Lane Bishops Clee SY9 5HU`): read only when a street type stands
 * among them, and the words after it are the town.
 */
const WORDS_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){1,5})[ \t]{1,3}$/u;

/**
 * Index of the first town word after the last street type among `words` (the street type not
 * last), or -1: `Old Tannery Yard Tenbridge` → 3. One to three words must follow it.
 */
function afterStreet(words: readonly string[]): number {
  for (let k = words.length - 2; k >= 0; k--) {
    if (!STREET_WORDS.has(words[k]!.toLowerCase())) continue;
    return words.length - k - 1 <= 3 ? k + 1 : -1;
  }
  return -1;
}

/** `Lydbury Road Cleobridge  WR15 8DX`: the town after a street, no comma between them. */
function townAfterStreet(text: string, from: number, window: string): Detection | null {
  const m = WORDS_BEFORE.exec(window);
  if (!m) return null;
  const words = m[1]!.split(/[ \t]/);
  const first = afterStreet(words);
  if (first < 0) return null;
  const townWords = words.slice(first);
  if (
    townWords.some(
      (w) => placeSuffixes().has(w.toLowerCase()) || commonWords().has(w.toLowerCase()),
    )
  ) {
    return null;
  }
  const end = from + m.index + m[1]!.length;
  const length = townWords.join(' ').length;
  // The words are joined by single blanks in the text too when the lengths agree.
  const start = end - length;
  return text.slice(start, end).split(/[ \t]/).join(' ') === townWords.join(' ')
    ? town(text, start, end)
    : null;
}

/**
 * A lower-case street, a comma and a lower-case town before the postcode, as quick notes type an
 * address (`flat 4, varley road, kingsmere km2 7sb`, `6 shore road, portcullen PA34 4RX`): read
 * only when the word before the comma is a street type, and no town word is an everyday word.
 */
const LOWER_TOWN_AFTER_STREET =
  /(\p{Ll}+),[ \t]*(\p{Ll}[\p{Ll}\p{M}'’-]*(?:[ \t]\p{Ll}[\p{Ll}\p{M}'’-]*)?)[ \t]{1,3}$/u;

function lowerTownAfterStreet(text: string, from: number, window: string): Detection | null {
  const m = LOWER_TOWN_AFTER_STREET.exec(window);
  if (!m || !STREET_WORDS.has(m[1]!)) return null;
  const words = m[2]!.split(/[ \t]/);
  if (words.some((w) => commonWords().has(w) || STREET_WORDS.has(w))) return null;
  const end = from + m.index + m[0].lastIndexOf(m[2]!) + m[2]!.length;
  return town(text, end - m[2]!.length, end);
}

function townBefore(text: string, postcodeStart: number): Detection | null {
  const from = Math.max(0, postcodeStart - 60);
  const window = text.slice(from, postcodeStart);
  const m = TOWN_BEFORE.exec(window);
  if (!m) return townAfterStreet(text, from, window) ?? lowerTownAfterStreet(text, from, window);
  let words = m[1]!.split(/[ \t]/);
  // `Flat 2B, Old Tannery Yard Tenbridge`: the street runs up to its type, the town after it.
  const first = afterStreet(words);
  if (first > 0) words = words.slice(first);
  if (words.some((w) => LABEL_WORDS.has(w.toLowerCase()))) return null;
  // `^` matched the start of the window: only a real line start counts.
  const atWindowStart = m.index === 0 && m[0].startsWith(m[1]!);
  if (atWindowStart && from > 0 && text.charCodeAt(from - 1) !== 10) return null;
  const end = from + m.index + m[0].indexOf(m[1]!) + m[1]!.length;
  const name = words.join(' ');
  const start = end - name.length;
  const last = words[words.length - 1]!.toLowerCase();
  const streetLike = STREET_WORDS.has(last) || commonWords().has(last);
  if (streetLike && !belowStreetLine(text, start)) return null;
  return town(text, start, end);
}

/** A line that ends with a street type (`12 Tanyard Close`), optionally with a comma. */
const STREET_LINE_END = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*),?[ \t]*\r?$/u;

/**
 * Whether the words at `start` fill a line of their own under a line that ends with a street type:
 * in an envelope block (`12 Tanyard Close` / `Coldharbour Quay` / `TA8 1NE`) that line is the post
 * town even when its last word is a street type (`Quay`) or a common word (`Down`).
 */
function belowStreetLine(text: string, start: number): boolean {
  if (start === 0 || text.charCodeAt(start - 1) !== 10) return false;
  const above = text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1);
  const m = STREET_LINE_END.exec(above);
  return m !== null && STREET_WORDS.has(m[1]!.toLowerCase());
}

function town(text: string, start: number, end: number): Detection {
  return {
    type: 'LOCATION',
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score: TOWN_BEFORE_POSTCODE_SCORE,
    recognizer: 'location-postcode',
  };
}

export const TOWN_ECHO_SCORE = 0.7;

/**
 * The post towns found before postcodes, again wherever the text names them on their own (`moved
 * from Thornmouth`, `Preferred area: Kilverton`), as name echoes repeat a name: a place the text
 * gives as someone's town is that town elsewhere in it too. Not inside a longer capitalised name
 * (`Thornmouth College`, `Thornmouth Crown Court`), whose own recognizer decides it.
 */
export function townEchoes(text: string, towns: readonly Detection[]): Detection[] {
  const names = new Set<string>();
  for (const t of towns) names.add(t.text);
  const out: Detection[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (standsAlone(text, at, at + name.length)) out.push(echo(text, at, at + name.length));
    }
  }
  return out;
}

/** Letters, digits and marks: a town echo must not run into a longer word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;
/** The next word after a blank is capitalised: the town is part of a longer name. */
const CAPITALISED_NEXT = /^[ \t]+\p{Lu}/u;

function standsAlone(text: string, start: number, end: number): boolean {
  if (start > 0 && WORD_CHAR.test(text[start - 1]!)) return false;
  if (end < text.length && WORD_CHAR.test(text[end]!)) return false;
  return !CAPITALISED_NEXT.test(text.slice(end, end + 3));
}

function echo(text: string, start: number, end: number): Detection {
  return { ...town(text, start, end), score: TOWN_ECHO_SCORE, recognizer: 'location-echo' };
}
