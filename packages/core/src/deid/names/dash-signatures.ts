/**
 * The name signing a comment at its line's end after a dash (`… no issues. – Les Ambrose-Tait`,
 * `Writing letters. — A Venkataraman (OSG)`, `… re names" - H. Ní Riain 04/02/2027`), as
 * supervisors, night staff and reviewers sign entries: nothing but the dash announces it. The
 * dash must follow the end of a sentence (a full stop, `!`, `?`, a closing bracket or quote), and
 * the name be an initial and a surname or two to four capitalised words that read as a name, with
 * at most a role in brackets or a date after it. Bare initials (`– DH`) are the writer's mark, which
 * the annotation leaves out. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isTown } from '../places/towns.js';
import { echoable } from './name-echoes.js';
import { RANKS, particles, placeSuffixes, titles } from './name-context.js';
import { personDetection } from './person-detection.js';
import { literalGate } from '../literal-gate.js';
import { regexMatches } from '../regex-matches.js';

export const DASH_SIGNATURE_SCORE = 0.7;

/** A capitalised name word (`Ambrose-Tait`, `O'Neill`, `Ní`). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*`;
/**
 * Sentence end, blanks, a dash between blanks, the name (an initial with or without its stop, or
 * a first word, then one to three more words), then an optional role in brackets or date, and the
 * line's end.
 */
const DASH_SIGNATURE = new RegExp(
  String.raw`[.!?)"”][ \t]*[–—-][ \t]+((?:\p{Lu}\.?|${WORD})(?:[ \t]${WORD}){1,3})[ \t]*(?:\([^()\r\n]{1,30}\))?[ \t]*(?:\d{1,2}/\d{1,2}/\d{2,4})?[ \t]*\r?$`,
  'gmu',
);

/** A dash between blanks, as every DASH_SIGNATURE match holds. */
const mayHoldDash = literalGate([' – ', ' — ', ' - ', '\t– ', '\t- ']);

export function dashSignatures(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldDash(text)) return out;
  for (const m of regexMatches(DASH_SIGNATURE, text)) {
    // A rank or title before the name stays outside it (`— OSG Patience Oyelaran`).
    const words = m[1]!.split(/[ \t]/);
    while (words.length > 2 && (RANKS.has(words[0]!) || titles().has(words[0]!.toLowerCase()))) {
      words.shift();
    }
    const name = words.join(' ');
    if (RANKS.has(words[0]!) || !signatureName(name)) continue;
    out.push(
      personDetection(m.index + m[0].lastIndexOf(name), name, DASH_SIGNATURE_SCORE, 'person'),
    );
  }
  return out;
}

/** An initial then a surname, or words that each read as part of a name and name no place. */
function signatureName(name: string): boolean {
  const words = name.split(/[ \t]/);
  const rest = /^\p{Lu}\.?$/u.test(words[0]!) ? words.slice(1) : words;
  if (isTown(name) || rest.every((w) => particles().has(w.toLowerCase()))) return false;
  return rest.every(
    (w) =>
      particles().has(w.toLowerCase()) ||
      (echoable(w) && !placeSuffixes().has(w.toLowerCase()) && !isTown(w)),
  );
}

/**
 * The writer of a dated entry after the date and a dash (`05/09/2060 - HW Byun (CWO)`,
 * `09/11/2026 07:30 — Stacey`), as case notes and chat exports head each entry: one to three
 * initials then a surname, or one to three words that read as a name, then a bracket or the
 * line's end (a colon after it is a chat export's sender, which needs two such lines:
 * speaker-labels.ts). All 17 such names in the read sets are annotated; a code in that place
 * (`JV`) does not read as a name and is left alone.
 */
const DATED_ENTRY_AUTHOR = new RegExp(
  String.raw`^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?[ \t]\d{1,2}:\d{2})?[ \t]+[–—-][ \t]+((?:\p{Lu}{1,3}\.?[ \t])?${WORD}(?:[ \t]${WORD}){0,2})[ \t]*(?=\(|\r?$)`,
  'gmu',
);
/** Every DATED_ENTRY_AUTHOR match holds a dash between blanks, as DASH_SIGNATURE's do. */
export function datedEntryAuthors(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldDash(text)) return out;
  for (const m of regexMatches(DATED_ENTRY_AUTHOR, text)) {
    const name = m[1]!;
    if (!signatureName(name.replace(/^\p{Lu}{1,3}\.?[ \t]/u, 'A '))) continue;
    out.push(
      personDetection(m.index + m[0].lastIndexOf(name), name, DASH_SIGNATURE_SCORE, 'person'),
    );
  }
  return out;
}
