/**
 * Transcript speaker labels that are names (ANNOTATION.md: `Siân:`, `[00:00:12] Liz:`) but not in
 * the given-name gazetteer: a single capitalised word that opens at least two lines as a label,
 * after an optional `[timestamp]`, and is not a generic label (`INT`, `P07`, `Interviewer`), a
 * log header (`Incident:`, `Opened:`) or an ordinary word. Labels in the gazetteer are found by
 * the person rules already.
 */
import type { Detection } from '../entity-types.js';
import { isAmbiguousGivenName, isGivenName } from './given-names.js';
import { RANKS, acronyms, commonWords, placeSuffixes, roleWords, titles } from './name-context.js';
import { regexMatches } from '../regex-matches.js';

/** Lines a label must open before it counts as a speaker. */
const MIN_TURNS = 2;
export const SPEAKER_LABEL_SCORE = 0.6;

/**
 * A label at a line start: an optional time (`[00:00:12]`, `06:58`, a chat export's `[14/10/2026,
 * 21:14:07]`), the name with an optional initial (`Kel W`), then an optional note in brackets
 * (`[via interpreter]`, `(Guest)`) or emoji (`Gwen 💛`) before the colon.
 */
const LABEL =
  /^(?:\[[\d:./, ]+\][ \t]*|[\d:.]+[ \t]+)?(\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]+)*(?:[ \t]\p{Lu}(?!\p{L}))?)(?:[ \t]+(?:\[[^\]\n]{1,30}\]|\([^)\n]{1,30}\)))?(?:[ \t]*\p{Extended_Pictographic}\uFE0F?)*:/gmu;

/** What ends a line for `^` under the `m` flag. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function ordinary(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    // A given name that is also a word (`Rosa`, `May`) is not found alone by the person rules.
    (isGivenName(lower) && !isAmbiguousGivenName(lower)) ||
    commonWords().has(lower) ||
    acronyms().has(lower) ||
    roleWords().has(lower) ||
    titles().has(lower) ||
    placeSuffixes().has(lower) ||
    RANKS.has(word)
  );
}

export function speakerLabels(text: string): Detection[] {
  const byName = new Map<string, number[]>();
  // A label opens a line (`^` with the `m` flag): a text of one line holds one at most, and a
  // speaker needs MIN_TURNS of them.
  if (!text.includes(':') || !LINE_BREAK.test(text)) return [];
  for (const m of regexMatches(LABEL, text)) {
    const name = m[1]!;
    if (ordinary(name)) continue;
    const starts = byName.get(name) ?? [];
    // The name follows the optional time, which holds no letters.
    starts.push(m.index + m[0].indexOf(name));
    byName.set(name, starts);
  }
  const out: Detection[] = [];
  for (const [name, starts] of byName) {
    if (starts.length < MIN_TURNS) continue;
    for (const start of starts) out.push(label(name, start));
  }
  return out;
}

function label(name: string, start: number): Detection {
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + name.length,
    text: name,
    score: SPEAKER_LABEL_SCORE,
    recognizer: 'person-speaker',
  };
}
