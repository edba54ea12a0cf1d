/**
 * A given name the name rules do not know, written before a surname they found: a surname named
 * earlier with a title (`Mr Kovačević`) comes back in full where a letter addresses the person or
 * a report names a relative (`Dražen Kovačević` on its own line, `his mother,\nThandeka Dlamini`,
 * `Countersigned: Bartholomew Idowu`, `Dr A. Bassani`). The surname was found; the word before it
 * is a name too when it stands where a full name starts: a line's start, after a label's colon, a
 * comma or bracket, a title, or `with`, `by`, `and`, `cc`, `to`, `from`, `for`. Offsets are UTF-16
 * code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isGivenName } from './given-names.js';
import { echoable } from './name-echoes.js';

/** A capitalised word (or an initial) before one space, where a full name starts. */
const GIVEN_BEFORE =
  /(?:^|[\n:,(]|\b(?:with|by|and|cc|to|from|for|Dr|Mr|Mrs|Ms|Miss|Mx|Prof))[ \t]*(\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)?)[ \t]$/u;
/** One title-case word: a surname found alone. */
const SINGLE_TITLE_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
/** How far back the given name and its context are looked for (UTF-16 code units). */
const LOOK_BACK = 40;

/** Full names made of each single-word surname found and the given name or initial before it. */
export function givenBeforeSurnames(text: string, found: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const d of found) {
    if (d.type !== 'PERSON' || !SINGLE_TITLE_WORD.test(d.text)) continue;
    const given = givenBefore(text, d.startUtf16);
    if (given === null) continue;
    const start = d.startUtf16 - given.length - 1;
    out.push({ ...d, startUtf16: start, text: text.slice(start, d.endUtf16) });
  }
  return out;
}

/** The given name or initial standing just before `start`, or null. */
function givenBefore(text: string, start: number): string | null {
  const m = GIVEN_BEFORE.exec(text.slice(Math.max(0, start - LOOK_BACK), start));
  const word = m?.[1];
  if (!word) return null;
  if (word.endsWith('.')) return word;
  return echoable(word) && !verbOrRole(word) ? word : null;
}

/**
 * A word with a verb's or a role's ending that no given-name list holds (`Received Mike` after a
 * radio label, `Listener Roxanne`): not a given name, whatever its case.
 */
function verbOrRole(word: string): boolean {
  const lower = word.toLowerCase();
  return /(?:ed|ing|er|or)$/.test(lower) && !isGivenName(lower);
}
