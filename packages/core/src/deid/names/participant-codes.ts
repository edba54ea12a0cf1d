/**
 * A name followed by a study participant's code in brackets, as research notes and memos quote
 * their interviewees (`Elowen (INT-09): "it's usual…"`, `Hope (INT-12)`, `Tamsin (P07)`): the
 * code says the words before it are a participant. One or two title-case words that read as a name
 * (`echoable`) and are no gazetteer town (`Cauldmere (P41)` numbers a place). In the labelled sets
 * 20 words stand so, all annotated as PERSON, and one town. Offsets are UTF-16 code units, end
 * exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isTown } from '../places/towns.js';
import { regexMatches } from '../regex-matches.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';
import { hasSpaceBracket } from '../literal-gate.js';

export const PARTICIPANT_NAME_SCORE = 0.7;

/** A name, a space and a code of a study's letters and a number in brackets (`(INT-09)`, `(P 7)`). */
const NAME_THEN_CODE =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?) \((?:INT|P|FG\d?|PT|R|S|C)[- ]?\d{1,3}[A-Za-z]?\)/gu;

export function participantNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!hasSpaceBracket(text)) return out;
  for (const m of regexMatches(NAME_THEN_CODE, text)) {
    const name = m[1]!;
    if (isTown(name) || !name.split(/[ -]/).every(echoable)) continue;
    out.push(personDetection(m.index, name, PARTICIPANT_NAME_SCORE, 'person-participant'));
  }
  return out;
}
