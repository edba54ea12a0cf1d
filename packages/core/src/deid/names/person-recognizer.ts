/**
 * PERSON: names of members of the public, professionals and officers (ANNOTATION.md). Rules,
 * strongest first:
 * - a courtesy title, or a rank followed by a collar number, then capitalised words
 *   (`Mr. Mayers`, `PC 114SX Rose O'NEILL`, `DS 28782 MACLEOD`);
 * - a rank without a number, then a word that looks like a surname (UPPERCASE or a known name:
 *   `DC EVANS`, `DC Patel`), or one unknown title-case word at a lower score (`DS Lindqvist`;
 *   not `PC World`);
 * - a nickname after `known as`, `calls me`, `nicknamed`, `aka` (`known as "Smudge"`);
 * - a role word, then a name (`IP Siobhan JONES`, `ex-partner Kwame NI BHRIAIN`);
 * - `SURNAME, First` (`WOOD, Jean`, `SMITH-JONES, Ffion`);
 * - a title-case word then an UPPERCASE surname (`Zoltan KOVACS`);
 * - a known given name, then further name words (`Amir Wright`, `Jean WOOD`, `John Oliver`),
 *   or alone unless it is also an everyday word (`Rose`, `May`);
 * - a transcript speaker label used on two or more lines (`Anwen:`), speaker-labels.ts.
 * Titles, ranks and a possessive `'s` stay outside the span. Words followed by a place or
 * organisation suffix (`Albert Road`, `Hope Trust`) or after `St` are not names.
 */
import type { DeidSettings, Detection, Recognizer } from '../entity-types.js';
import { nameTokens, tokenRuns, type NameToken } from './name-tokens.js';
import { commaNames } from './comma-names.js';
import { speakerLabels } from './speaker-labels.js';
import { triggerBefore, type Trigger } from './name-triggers.js';

/** Longest name we take, in words: `Richard Milhous Nixon`, `Kwame NI BHRIAIN`. */
const MAX_NAME_WORDS = 4;

export const SCORE = {
  title: 0.9,
  rankWithNumber: 0.9,
  rank: 0.85,
  role: 0.8,
  givenAndMore: 0.8,
  initialAndSurname: 0.7,
  givenAlone: 0.6,
  titleThenUpper: 0.65,
  nickname: 0.75,
  rankTitleCase: 0.6,
} as const;

/**
 * Title-case words after a rank that are not surnames: shops named like a rank (`PC World`). Any
 * other single unknown title-case word after a rank is taken as a surname (`DS Lindqvist`).
 */
const NOT_AFTER_RANK = new Set(['world']);

export const personRecognizer: Recognizer = {
  name: 'person',
  types: ['PERSON'],
  detect: (text: string, _settings: DeidSettings) => detectPersons(text),
};

export function detectPersons(text: string): Detection[] {
  const out: Detection[] = [];
  for (const run of tokenRuns(text, nameTokens(text))) {
    for (const d of namesInRun(text, run)) out.push(d);
  }
  for (const d of commaNames(text)) out.push(d);
  for (const d of speakerLabels(text)) out.push(d);
  return out;
}

/**
 * Stop words never start or continue a name, whatever comes before the run (`isNameWord`), so a
 * run of them alone (half the runs of UPPERCASE log text) is skipped before the look-back. A
 * property test checks that `namesFromRun` finds nothing in such runs.
 */
function namesInRun(text: string, run: NameToken[]): Detection[] {
  return run.every((t) => t.kind === 'stop') ? [] : namesFromRun(text, run);
}

/** The names in one run of capitalised words (exported for tests). */
export function namesFromRun(text: string, run: NameToken[]): Detection[] {
  const out: Detection[] = [];
  let trigger: Trigger | null = triggerBefore(text, run[0]!.start);
  let i = 0;
  while (i < run.length) {
    const token = run[i]!;
    const own = ownTrigger(token);
    if (own) {
      trigger = own;
      i++;
      continue;
    }
    const end = nameEnd(run, i, trigger !== null);
    const score = end > i ? accept(run, i, end, trigger) : null;
    if (score !== null) out.push(detection(text, run[i]!, run[end - 1]!, score));
    // Not a name from here: the next word may still start one (`Juvenile Kacper WIŚNIEWSKI`).
    i = score !== null ? Math.max(end, i + 1) : i + 1;
    trigger = null;
  }
  return out;
}

/** A title, rank or role token inside the run triggers the words after it. */
function ownTrigger(token: NameToken): Trigger | null {
  if (token.kind === 'title') return 'title';
  if (token.kind === 'rank') return 'rank';
  if (token.kind === 'role') return 'role';
  return null;
}

/**
 * Whether `run[j]` continues a name that starts at `i`. A place word that is also a surname
 * (`Wood`, `Green`, `Hill`) counts after a given name or a title, rank or role
 * (`Jean Wood`, `DC GREEN`), not on its own (`Hope Street`).
 */
function isNameWord(run: NameToken[], i: number, j: number, triggered: boolean): boolean {
  const token = run[j]!;
  if (token.kind === 'name' || token.kind === 'initial' || token.kind === 'particle') return true;
  // `Mrs A NOWICKA`: after a title or rank, a lone capital before a name is an initial.
  const initial = token.text.length === 1 && triggered && j === i && run[j + 1]?.kind === 'name';
  if (initial) return true;
  const afterGiven = j > i && run[j - 1]!.given && !run[j - 1]!.ambiguous;
  if (token.kind === 'suffix') return token.surname && (afterGiven || (triggered && j === i));
  return j > i && token.kind === 'stop' && token.surname;
}

/** Index after the last name word starting at `i` (particles may not end a name). */
function nameEnd(run: NameToken[], i: number, triggered: boolean): number {
  let j = i;
  while (j < run.length && j - i < MAX_NAME_WORDS && isNameWord(run, i, j, triggered)) j++;
  while (j > i && run[j - 1]!.kind === 'particle') j--;
  const next = run[j];
  const placeName = next !== undefined && (next.kind === 'suffix' || next.kind === 'saint');
  const afterSaint = i > 0 && run[i - 1]!.kind === 'saint';
  if (afterSaint) return i;
  // `Jean Wood Albert Road`: the word before the street type names the street, not the person.
  if (placeName) return j - i > 1 ? j - 1 : i;
  return j;
}

function accept(run: NameToken[], i: number, end: number, trigger: Trigger | null): number | null {
  const first = run[i]!;
  const surnameLike = first.upper || first.given || first.surname;
  if (trigger === 'title') return SCORE.title;
  if (trigger === 'nickname') return SCORE.nickname;
  if (trigger === 'rank-number') return SCORE.rankWithNumber;
  if (trigger === 'rank') return surnameLike ? SCORE.rank : rankTitleCase(run, i, end);
  if (trigger === 'role' && roleName(run, i, end)) return SCORE.role;
  return untriggered(run, i, end);
}

/** One unknown title-case word after a rank (`DS Lindqvist,`, `AMHP O'Driscoll;`). */
function rankTitleCase(run: NameToken[], i: number, end: number): number | null {
  const first = run[i]!;
  const ok =
    end - i === 1 && first.kind === 'name' && !NOT_AFTER_RANK.has(first.text.toLowerCase());
  return ok ? SCORE.rankTitleCase : null;
}

/**
 * After a role word, a known name anywhere in the candidate, or two or more title-case words:
 * UPPERCASE logs put ordinary words after role words (`IP HAPPY WITH OUTCOME`).
 */
function roleName(run: NameToken[], i: number, end: number): boolean {
  const words = run.slice(i, end);
  if (words.some((t) => t.given || t.surname)) return true;
  return words.length > 1 && words.every((t) => !t.upper);
}

function untriggered(run: NameToken[], i: number, end: number): number | null {
  const first = run[i]!;
  const second = run[i + 1];
  const words = end - i;
  if (first.kind === 'initial') {
    const last = run[end - 1]!;
    return words > 1 && (last.upper || last.surname) ? SCORE.initialAndSurname : null;
  }
  if (first.given && words > 1) return SCORE.givenAndMore;
  if (first.given && !first.ambiguous) return SCORE.givenAlone;
  // `SMITH Jean`: an UPPERCASE surname before a given name.
  if (first.upper && words > 1 && second?.given) return SCORE.givenAndMore;
  // `Zoltan KOVACS`: a title-case word then an UPPERCASE surname, as police systems write names.
  if (!first.upper && second?.upper && second.kind === 'name') return SCORE.titleThenUpper;
  return null;
}

function detection(text: string, from: NameToken, to: NameToken, score: number): Detection {
  return {
    type: 'PERSON',
    startUtf16: from.start,
    endUtf16: to.end,
    text: text.slice(from.start, to.end),
    score,
    recognizer: 'person',
  };
}
