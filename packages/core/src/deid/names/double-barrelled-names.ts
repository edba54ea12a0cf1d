/**
 * A title-case word before a double-barrelled surname (`Peregrina Adebanjo-Kerr`, `Morvah
 * Loveday-Kerr`, `Sol Osei-Blackwood`): two capitalised halves joined by a hyphen after a
 * capitalised word read as a person's name whether or not the gazetteers know the words. In the
 * read sets 755 such pairs are annotated PERSON and one is not (`Calderdale Drug-Related`, whose
 * second half is an everyday word here too). Neither word may be an everyday word, a title, a
 * rank or a role (`Self-Harm`, `Drop-In`, `Sergeant Rees-Mogg` is left to the rank rules).
 * An initial stands for the first word as often (`B Roderick-Ives` in a register's cell, `R.
 * Mbeki-Hart`): 104 such pairs in the read sets, all annotated PERSON.
 * Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { atSites, stickyTwin } from '../recognizers/match-finder.js';
import { RANKS, commonWords, roleWords, titles } from './name-context.js';
import { personDetection } from './person-detection.js';
import { hasHyphen } from '../literal-gate.js';

export const DOUBLE_BARRELLED =
  /(?<![\p{L}\p{M}\p{N}'’.-])(\p{Lu}\p{Ll}+|\p{Lu}\.?)[ ](\p{Lu}\p{Ll}+(?:['’]\p{Lu}\p{Ll}+)?-\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}'’-])/gu;
export const DOUBLE_BARRELLED_SCORE = 0.8;

function plainWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    !commonWords().has(lower) && !titles().has(lower) && !roleWords().has(lower) && !RANKS.has(word)
  );
}

/**
 * Every DOUBLE_BARRELLED match, as an `exec` loop of it finds them, tried only where one can start
 * (`doubleBarrelledSites`) rather than scanned from every position (its look-behind comes first):
 * on the eval documents, where most texts have a hyphen, the scan was about 1% of the time.
 */
export function doubleBarrelledMatches(text: string): RegExpExecArray[] {
  const find = atSites(stickyTwin(DOUBLE_BARRELLED), text, doubleBarrelledSites(text));
  const out: RegExpExecArray[] = [];
  for (let m = find(0); m !== null; m = find(m.index + m[0].length)) out.push(m);
  return out;
}

/**
 * Where a DOUBLE_BARRELLED match may start, in order. A match is a word or an initial, a space and
 * a word before its first hyphen, which a capital (or a non-ASCII character) follows; before that
 * hyphen it holds letters, the space, apostrophes and an initial's full stop only. So it starts in the run of such characters (any
 * non-ASCII one counted in) that ends at the hyphen: at the run's start, or after a character of it
 * that is no ASCII letter or apostrophe (the look-behind allows no letter before), never inside a
 * surrogate pair (the `u` scan does not try there).
 */
function doubleBarrelledSites(text: string): number[] {
  const sites: number[] = [];
  for (let h = text.indexOf('-'); h !== -1; h = text.indexOf('-', h + 1)) {
    if (!mayBeCapital(text.charCodeAt(h + 1))) continue;
    let from = h;
    while (from > 0 && inNameRun(text.charCodeAt(from - 1))) from--;
    sites.push(from);
    for (let p = from + 1; p < h; p++) if (siteAfter(text.charCodeAt(p - 1))) sites.push(p);
  }
  return sites;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** An ASCII capital, or a character that may be one of \p{Lu} (any non-ASCII code unit). */
const mayBeCapital = (c: number) => (c >= 65 && c <= 90) || c >= 128;
/** A letter, the space, an apostrophe or an initial's full stop, or any non-ASCII code unit. */
const inNameRun = (c: number) => isAsciiLetter(c) || c === 32 || c === 39 || c === 46 || c >= 128;
/** A match may start after it: no ASCII letter or apostrophe, no high surrogate. */
const siteAfter = (c: number) => !isAsciiLetter(c) && c !== 39 && !(c >= 0xd800 && c <= 0xdbff);

export function doubleBarrelledNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!hasHyphen(text)) return out;
  for (const m of doubleBarrelledMatches(text)) {
    const [first, surname] = [m[1]!, m[2]!];
    if (!plainWord(first) || !surname.split('-').every(plainWord)) continue;
    out.push(personDetection(m.index, m[0], DOUBLE_BARRELLED_SCORE, 'person-double-barrelled'));
  }
  return out;
}
