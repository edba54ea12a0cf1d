/**
 * The town of an address block: the capitalised words right before a postcode, on the postcode's
 * line after a comma or at the start of a line, or alone on the line above it (`…, Inverness IV3
 * 5DH`, `Lerwick  ZE1 0QP`, `Boston\nPE21 8SG`). Envelopes and forms put the post town there, so
 * any place name counts, gazetteer or not (`Hunmanby YO14 0NB`); the labelled sets write it as its
 * own LOCATION span, apart from the street (ADDRESS) and the postcode (POSTCODE). Read only
 * around the postcodes already found, so it costs nothing on text without one.
 */
import type { Detection } from '../entity-types.js';
import { commonWords } from '../names/name-context.js';
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

function townBefore(text: string, postcodeStart: number): Detection | null {
  const from = Math.max(0, postcodeStart - 60);
  const m = TOWN_BEFORE.exec(text.slice(from, postcodeStart));
  if (!m) return null;
  const words = m[1]!.split(/[ \t]/);
  if (words.some((w) => LABEL_WORDS.has(w.toLowerCase()))) return null;
  const last = words[words.length - 1]!.toLowerCase();
  if (STREET_WORDS.has(last) || commonWords().has(last)) return null;
  // `^` matched the start of the window: only a real line start counts.
  const atWindowStart = m.index === 0 && m[0].startsWith(m[1]!);
  if (atWindowStart && from > 0 && text.charCodeAt(from - 1) !== 10) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return town(text, start, start + m[1]!.length);
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
