/**
 * Names that lean on a name already found in the same text (ANNOTATION.md: first names and
 * nicknames are names too):
 * - a relative's first name before the family surname (`Andreas Christodoulou` … `his wife, Eleni
 *   Christodoulou`): the surname comes back as an echo (name-echoes.ts), and an unknown title-case
 *   word right before it, after a comma, bracket, colon or a lower-case word, is that person's
 *   first name;
 * - a nickname told as the person's full name (`Tiny is Reece Okwuosa.`, `"Cotts" = Dwayne
 *   Cottrell`), when the nickname is used elsewhere in the text too.
 * The names found are strong enough to be echoed (`Eleni` alone later). Offsets are UTF-16 code
 * units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isTown } from '../places/towns.js';
import { echoable } from './name-echoes.js';
import { RANKS, roleWords } from './name-context.js';
import { surnames } from './surnames.js';

export const FAMILY_SCORE = 0.75;

/** A title-case word (`Eleni`, `O'Hara`, `Anne-Marie`) ending right before a space and `end`. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*)[ \t]$/u;
/** What may stand before the first name: a comma, bracket, colon, slash, `&` or a lower-case word. */
const OPENER_BEFORE = /(?:[,(:;/&][ \t]*|\p{Ll}[ \t]+)$/u;
/** Verb forms and days, which start clauses before a surname (`Visited Smith`, `Monday Smith`). */
const NOT_FIRST = /(?:ed|ing|day)$/;

/**
 * Echoes of a surname with an unknown first name before them, widened to the whole name (the
 * echo's score raised so the first name is echoed in turn). Echoes without one come back as they
 * were.
 */
export function familyNames(text: string, echoes: readonly Detection[]): Detection[] {
  return echoes.map((d) => {
    if (d.type !== 'PERSON' || d.text.includes(' ') || d.text !== titleCase(d.text)) return d;
    const before = text.slice(Math.max(0, d.startUtf16 - 40), d.startUtf16);
    const m = WORD_BEFORE.exec(before);
    if (!m || !firstNameLike(m[1]!)) return withSurnameAfter(text, d);
    const opener = before.slice(0, before.length - m[0].length);
    if (!OPENER_BEFORE.test(opener)) return withSurnameAfter(text, d);
    const start = d.startUtf16 - m[0].length;
    return {
      ...d,
      startUtf16: start,
      text: text.slice(start, d.endUtf16),
      score: FAMILY_SCORE,
      recognizer: 'person-family',
    };
  });
}

/** A title-case word (hyphenated too) after a space, then no further capitalised word. */
const SURNAME_AFTER =
  /^[ ](\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*)(?![\p{L}\p{M}'’-]|[ \t]+\p{Lu})/u;

/**
 * An echoed name (not a known surname), then an unknown title-case word (`Lili` … `Lili Szűcs`):
 * the person's surname, which no rule knew. Widened like a family name, so the surname is echoed in turn.
 */
function withSurnameAfter(text: string, d: Detection): Detection {
  // A space and a capital first (read by hand: most echoes have neither).
  const c = text.charCodeAt(d.endUtf16 + 1);
  if (text.charCodeAt(d.endUtf16) !== 32 || !((c >= 65 && c <= 90) || c >= 128)) return d;
  const m = SURNAME_AFTER.exec(text.slice(d.endUtf16, d.endUtf16 + 40));
  if (!m || !firstNameLike(m[1]!) || surnames().has(d.text.toLowerCase())) return d;
  const end = d.endUtf16 + m[0].length;
  const widened = { ...d, endUtf16: end, text: text.slice(d.startUtf16, end) };
  return { ...widened, score: FAMILY_SCORE, recognizer: 'person-family' };
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function firstNameLike(word: string): boolean {
  return (
    echoable(word) &&
    !RANKS.has(word) &&
    !NOT_FIRST.test(word) &&
    !isTown(word) &&
    !roleWords().has(word.toLowerCase())
  );
}

/**
 * `Tiny is Reece Okwuosa.`: one or two title-case words (quotes allowed) opening a line, a
 * sentence or a speaker's turn, then `is`, `was` or `=` and a full name found, then the sentence
 * ends. A role or everyday word (`Suspect is …`, `This is …`) is no nickname, nor is a word the
 * text uses only here.
 */
const ALIAS_BEFORE =
  /(?:[\n.!?:;]|[.!?:;][ \t]+)[ \t]*["“']?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*)?)["”']?[ \t]+(?:is|was|=)[ \t]+$/u;
const SENTENCE_END_AFTER = /^[ \t]*(?:[.;,!?]|\r?\n|$)/;
/** Words that open `X is <name>` without being a nickname. */
const NOT_ALIAS = new Set(
  `name names surname forename who which it this that he she they there here mine his hers
  contact keyworker lead worker officer manager nurse gp owner tenant head`.split(/\s+/),
);

export function aliasesOfNames(text: string, found: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const d of found) {
    if (d.type !== 'PERSON' || !d.text.includes(' ')) continue;
    if (!SENTENCE_END_AFTER.test(text.slice(d.endUtf16, d.endUtf16 + 4))) continue;
    const from = Math.max(0, d.startUtf16 - 40);
    const before = text.slice(from, d.startUtf16);
    // The text's start opens a sentence too.
    const m = ALIAS_BEFORE.exec(from === 0 ? `\n${before}` : before);
    const alias = m?.[1];
    if (!alias || !aliasLike(alias)) continue;
    const start = from + before.lastIndexOf(alias);
    if (!usedElsewhere(text, alias, start)) continue;
    out.push({
      type: 'PERSON',
      startUtf16: start,
      endUtf16: start + alias.length,
      text: alias,
      score: FAMILY_SCORE,
      recognizer: 'person-nickname',
    });
  }
  return out;
}

function aliasLike(alias: string): boolean {
  return alias.split(/[ \t]/).every((w) => {
    const lower = w.toLowerCase();
    return !NOT_ALIAS.has(lower) && !roleWords().has(lower) && !RANKS.has(w) && echoable(w);
  });
}

/** Whether the alias stands as a word somewhere other than at `at`. */
function usedElsewhere(text: string, alias: string, at: number): boolean {
  const bounded = new RegExp(
    `(?<![\\p{L}\\p{M}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`,
    'gu',
  );
  for (const m of text.matchAll(bounded)) if (m.index !== at) return true;
  return false;
}
