/**
 * Two-letter initials that own an action or report in minutes (`Actions: TK – redactions`, `BL to
 * chase CHC checklist`, `2. Police MO reported one arrest`), which fresh26's and fresh27's
 * annotators mark as PERSON (a sign-off's initials are not: eval/deid/README.md). The initials
 * open a clause (a line, a sentence, an `Actions:` list, a list item or a `;`-separated action)
 * and a verb follows: `to` or a dash and a lower-case word, or a reporting verb. Police, health and
 * care letters (`GP`, `SW`) are acronyms, not initials, and so are a responsible clinician's and a
 * personal adviser's (`RC`, `PA`; kept out of the acronym list, where `Pa` would stop a nickname). In the read sets before fresh27: 11
 * such initials annotated, one sign-off and one clinician's role not. Offsets are UTF-16 code
 * units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { regexMatches } from '../regex-matches.js';
import { acronyms } from './name-context.js';
import { personDetection } from './person-detection.js';

/** What follows the initials: `to` or a dash and a lower-case word, or a reporting verb. */
const VERB_AFTER = String.raw` (?:(?:to|–|-) [a-z]|(?:said|reported|confirmed|summarised|agreed|asked|noted|explained|will|rang|chased|updated|offered)\b)`;
export const ACTION_INITIALS = new RegExp(
  String.raw`(?:^|[.;:][ \t]+|[Aa]ctions?:[ \t]*(?:- )?|- (?:\[[ x]\] )?|; |, )([A-Z]{2})(?=${VERB_AFTER})`,
  'gm',
);
/**
 * Every ACTION_INITIALS match holds this (the initials and what follows them): one scan that
 * starts on a capital, where the full pattern tries its six openers at every position. Most log
 * entries have capitals then a space (the old gate) but no initials then a verb.
 */
export const INITIALS_THEN_VERB = new RegExp(`[A-Z]{2}${VERB_AFTER}`);
/** Two title-case words right before (`Lowenna Trevorrow LT –`, `Ilse Marchant, IM`): a signature's initials. */
const NAME_BEFORE = /(\p{Lu})\p{Ll}+[ -](\p{Lu})[\p{Ll}'’-]+,?[ \t]*$/u;
export const ACTION_INITIALS_SCORE = 0.6;
const ROLE_LETTERS = new Set(['RC', 'PA']);

export function actionInitials(text: string): Detection[] {
  const out: Detection[] = [];
  if (!INITIALS_THEN_VERB.test(text)) return out;
  for (const m of regexMatches(ACTION_INITIALS, text)) {
    const initials = m[1]!;
    const start = m.index + m[0].length - 2;
    if (ROLE_LETTERS.has(initials) || acronyms().has(initials.toLowerCase())) continue;
    if (signedBy(text, start, initials)) continue;
    out.push(personDetection(start, initials, ACTION_INITIALS_SCORE, 'person-action-initials'));
  }
  return out;
}

function signedBy(text: string, start: number, initials: string): boolean {
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && before[1]! + before[2]! === initials;
}
