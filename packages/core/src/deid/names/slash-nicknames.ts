/**
 * A name and the nickname the person goes by, written as a pair with a slash between them, the
 * nickname quoted (`RSO (Batbayar / "Bat") answered`, `Subject Kayode Bello / "KB"`): notes put
 * a person's two names side by side so, with nothing else to announce either. Both are names
 * (ANNOTATION.md: first names and nicknames are names); the quotes stay outside the span. The
 * name before the slash must read as a name (no everyday, role, place or title word) and, unless
 * the pair stands alone in brackets, hold a known given name or surname; it is strong enough to be
 * echoed later in the text. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { echoable } from './name-echoes.js';
import { isGivenName } from './given-names.js';
import { surnames } from './surnames.js';
import { personDetection } from './person-detection.js';
import { literalGate } from '../literal-gate.js';
import { regexMatches } from '../regex-matches.js';

export const SLASH_NICKNAME_SCORE = 0.75;

/**
 * One to three capitalised words, a slash between blanks, then one or two quoted words, the first
 * capitalised. The capital comes first and the look-behind after it, so the engine can skip ahead
 * to capitals.
 */
const NAME_SLASH_QUOTED =
  /\p{Lu}(?<![\p{L}\p{M}\p{N}'’]\p{Lu})[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*(?:[ \t]\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*){0,2}[ \t]+\/[ \t]+(["“'‘])(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{L}[\p{L}\p{M}'’-]*)?)["”'’](?![\p{L}\p{M}])/gu;

/** A slash, a blank and a quote, as every NAME_SLASH_QUOTED match holds. */
const maySlashQuote = literalGate(['/ "', '/ “', "/ '", '/ ‘', '/\t"', '/\t“']);

/** Short capitals are an acronym or a role (`RSO`, `IP`), not a name, before a slash pair. */
const SHORT_CAPITALS = /^\p{Lu}{1,3}$/u;

function nameWord(word: string): boolean {
  return echoable(word) && !SHORT_CAPITALS.test(word);
}

/**
 * The pair alone in brackets (`RSO (Batbayar / "Bat")`): a note's gloss on who is meant. Outside
 * brackets a slash and a quote also join a label to a value (`Status / "pending"`), so there a
 * word of the name must be a known given name or surname.
 */
function bracketed(text: string, start: number, end: number): boolean {
  return text.charAt(start - 1) === '(' && text.charAt(end) === ')';
}

function knownName(word: string): boolean {
  const lower = word.toLowerCase();
  return isGivenName(lower) || surnames().has(lower);
}

export function slashNicknames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!maySlashQuote(text)) return out;
  for (const m of regexMatches(NAME_SLASH_QUOTED, text)) {
    const nickname = m[2]!;
    const words = m[0].slice(0, m[0].search(/[ \t]+\//)).split(/[ \t]/);
    // Words before the name that are no part of it (`RSO Batbayar`, `Subject Kayode Bello`).
    while (words.length > 0 && !nameWord(words[0]!)) words.shift();
    if (nickname.length < 2 || words.length === 0 || !words.every(nameWord)) continue;
    const name = words.join(' ');
    const start = m.index + m[0].indexOf(name);
    const end = m.index + m[0].length;
    if (!bracketed(text, start, end) && !words.some(knownName)) continue;
    const nicknameStart = end - 1 - nickname.length;
    out.push(personDetection(start, name, SLASH_NICKNAME_SCORE, 'person'));
    out.push(personDetection(nicknameStart, nickname, SLASH_NICKNAME_SCORE, 'person-nickname'));
  }
  return out;
}
