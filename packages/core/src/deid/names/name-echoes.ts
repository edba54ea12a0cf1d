/**
 * Names a text already gives, found again where they stand alone: a person named in full once
 * (`Hodan Warsame`, `SMITH, Jean`) is usually called by one part of the name later (`Hodan told
 * my colleague`, `Jean's GP`), which no context word announces. Also a name followed by the
 * person's relationship in brackets (`Faadumo (mother)`, `Gurdev (father-in-law)`), as referrals
 * and statements introduce relatives. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { acronyms, commonWords, placeSuffixes, roleWords, titles } from './name-context.js';

export const ECHO_SCORE = 0.6;
export const RELATIVE_SCORE = 0.7;
/** Lowest score of a detection whose name parts are looked for again. */
const ECHO_SOURCE_MIN_SCORE = 0.75;
/** Names read from a name field or a stated relationship are echoed even when one word long. */
const FIELD_SOURCES = new Set(['person-form', 'person-comma', 'person-relative']);

/** One to three title-case words, then a relationship in brackets. */
const NAME_THEN_RELATION =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){0,2}) \((?:mother|father|mum|dad|brother|sister|son|daughter|wife|husband|partner|ex-partner|grandmother|grandfather|nan|grandad|aunt|uncle|cousin|niece|nephew|(?:father|mother|brother|sister|son|daughter)-in-law|step(?:father|mother|son|daughter)|carer|neighbour|friend|guardian|NOK|next of kin)\b/gu;

/** A word that can stand for a person on its own: a name-like, title-case word of 3+ letters. */
function echoable(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    word.length >= 3 &&
    !commonWords().has(lower) &&
    !acronyms().has(lower) &&
    !placeSuffixes().has(lower) &&
    !roleWords().has(lower) &&
    !titles().has(lower)
  );
}

/** Every match needs one of these right after a bracket: most texts skip the name scan. */
const RELATION_GATE =
  /\((?:mother|father|mum|dad|brother|sister|son|daughter|wife|husband|partner|ex-partner|grand|nan|aunt|uncle|cousin|niece|nephew|step|carer|neighbour|friend|guardian|NOK|next of kin)/;

export function relativesNamed(text: string): Detection[] {
  const out: Detection[] = [];
  if (!RELATION_GATE.test(text)) return out;
  for (const m of text.matchAll(NAME_THEN_RELATION)) {
    // Words before the name that are no name (`On 25 Sep Faadumo (mother)`) are dropped.
    const words = m[1]!.split(' ');
    let first = 0;
    while (first < words.length && !echoable(words[first]!)) first++;
    if (first === words.length || !words.slice(first).every(echoable)) continue;
    const skipped = words.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
    out.push(person(m.index + skipped, words.slice(first).join(' '), RELATIVE_SCORE));
  }
  return out;
}

/**
 * Every further whole-word, title-case occurrence of a part of a name already detected by a
 * strong rule (a full name of two or more words, or a name field's or `SURNAME, First` value),
 * that is not inside a detection already (the resolver keeps the longer span where two overlap).
 */
export function nameEchoes(text: string, found: readonly Detection[]): Detection[] {
  const words = new Set<string>();
  for (const d of found) {
    // Only full names found by a strong rule are echoed: a weak single word (a place read as a
    // name) would otherwise spread its mistake through the text.
    const parts = d.text.split(/[\s,]+/);
    const fullName = d.score >= ECHO_SOURCE_MIN_SCORE && parts.length > 1;
    if (d.type !== 'PERSON' || !(fullName || FIELD_SOURCES.has(d.recognizer))) continue;
    for (const w of parts) {
      const title = /^\p{Lu}\p{Ll}/u.test(w) ? w.replace(/['’]s$/, '') : '';
      if (title && echoable(title)) words.add(title);
    }
  }
  if (words.size === 0) return [];
  const covered = found.map((d) => [d.startUtf16, d.endUtf16] as const);
  const out: Detection[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      if (!standsAlone(text, at, at + word.length)) continue;
      if (!covered.some(([s, e]) => at >= s && at < e)) out.push(person(at, word, ECHO_SCORE));
    }
  }
  return out.sort((a, b) => a.startUtf16 - b.startUtf16);
}

const LETTER = /[\p{L}\p{M}]/u;
const JOINER = /['’-]/;

/**
 * A whole word: no letter (or `'`, `-` joining one) before it, and no letter after it except a
 * possessive `'s` (`Hodan's GP`), not a longer name (`Jean-Paul`). Checked by hand: a regex built
 * from each text's names cost more to compile than the rest of the name rules.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  if (start > 0 && (LETTER.test(before) || JOINER.test(before))) return false;
  const after = text.charAt(end);
  if (LETTER.test(after)) return false;
  return !(
    JOINER.test(after) &&
    LETTER.test(text.charAt(end + 2)) &&
    LETTER.test(text.charAt(end + 1))
  );
}

function person(start: number, name: string, score: number): Detection {
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + name.length,
    text: name,
    score,
    recognizer: score === RELATIVE_SCORE ? 'person-relative' : 'person-echo',
  };
}
