/**
 * The person an appointment is with (`your appt with Gbemisola at Cordwell Probation Office`,
 * `a review with Tamsin on Monday`), as reminders, diaries and case notes book them: the worker
 * is named by a given name alone, often one no gazetteer holds. One or two capitalised words
 * after `appointment with` (or `appt`, `meeting`, `session`, `supervision`, `review`, `visit`,
 * `catch-up`), then a word that says where or when (`at`, `on`, `in`, `tomorrow`) or the clause's
 * end. A service, team or place is no person (`appointment with Housing at`, `with Tollbury CMHT`):
 * every word must read as a name and none be a town. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isTown } from '../places/towns.js';
import { echoable } from './name-echoes.js';
import { placeSuffixes } from './name-context.js';
import { personDetection } from './person-detection.js';
import { literalGate } from '../literal-gate.js';
import { regexMatches } from '../regex-matches.js';

export const APPOINTMENT_NAME_SCORE = 0.6;

const WORD = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:['’-]\p{Lu}\p{Ll}[\p{L}\p{M}]*)?`;
const APPOINTMENT_WITH = new RegExp(
  String.raw`\b(?:[Aa]ppt|[Aa]ppointment|[Mm]eeting|[Ss]ession|[Ss]upervision|[Rr]eview|[Vv]isit|[Cc]atch-up)s?[ \t]+with[ \t]+(${WORD}(?:[ \t]${WORD})?)(?=[ \t]+(?:at|on|in|tomorrow|today|tonight|this|next|about|re|to)\b|[ \t]*(?:[,.;:!?)]|\r?\n|$))`,
  'gu',
);

/** One of the nouns (without its first letter's case) and `with `, as every match holds. */
const mayHoldNoun = literalGate([
  'ppt',
  'ppointment',
  'eeting',
  'ession',
  'upervision',
  'eview',
  'isit',
  'atch-up',
]);
const mayHoldWith = literalGate([' with ', '\twith ']);

export function appointmentNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldNoun(text) || !mayHoldWith(text)) return out;
  for (const m of regexMatches(APPOINTMENT_WITH, text)) {
    const name = m[1]!;
    if (!name.split(' ').every(personWord)) continue;
    const start = m.index + m[0].length - name.length;
    out.push(personDetection(start, name, APPOINTMENT_NAME_SCORE, 'person'));
  }
  return out;
}

function personWord(word: string): boolean {
  return echoable(word) && !placeSuffixes().has(word.toLowerCase()) && !isTown(word);
}
