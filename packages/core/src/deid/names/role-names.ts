/**
 * Full names that a job title follows or labels, as reports, letters and plans name their staff
 * (`Treatment would be given by Siddharth Karve,\nHigh Intensity Therapist`, `Countersigned:
 * Priscilla Oyelaran, Senior Probation Officer`, `Dog handler: Cosmo Penrose`, `Host: Aderonke
 * Bamidele`). ANNOTATION.md marks professionals' names as persons; the given names are often in
 * no list, but the job title says a person is named. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { acronyms, commonWords, titles } from './name-context.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';
import {
  letterStartsOf,
  mayHoldWordStart,
  sharedTextSites,
  wordStarts,
} from '../recognizers/text-sites.js';
import { hasColon, hasComma } from '../literal-gate.js';

export const ROLE_NAME_SCORE = 0.8;

/** The nouns a job title ends with (`Senior Probation Officer`, `Family Support Worker`). */
const ROLE_WORDS =
  'officer|worker|therapist|practitioner|nurse|manager|co-ordinator|coordinator|adviser|advisor|clinician|psychologist|psychiatrist|consultant|lead|inspector|sergeant|constable|keeper|handler|solicitor|headteacher|teacher|director|chair|secretary|caseworker|navigator|mentor|advocate|paramedic|registrar|midwife|visitor|warden|matron|pharmacist|counsellor|investigator|analyst|administrator|assistant|host|supervisor|coach|volunteer|chaplain|interpreter|intermediary';
/**
 * Each noun in lower, title and upper case. The patterns have no `i` flag: under it `\p{Lu}`
 * matches lower-case letters too, and the names must be capitalised.
 */
const ROLE_NOUNS = ROLE_WORDS.split('|')
  .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()])
  .join('|');

/** Two or three title-case words (a given name may be unknown), then a comma and a job title. */
const NAME_THEN_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}),[ \t]*\r?\n?[ \t]*(?:[\p{L}&/'’-]+[ ]){0,4}(?:${ROLE_NOUNS})(?![\p{L}\p{M}])`,
  'gu',
);

/** A label ending in a job title, a colon, then two or three title-case words and the line's end or a gap. */
const ROLE_LABEL_THEN_NAME = new RegExp(
  String.raw`(?:^|\n|[ \t]{2})[ \t]*(?:[\p{L}/'’-]+[ ]){0,3}(?:${ROLE_NOUNS})[ \t]*:[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})(?=[ \t]*(?:\r?\n|$|[ \t]{2}|,|\()|[ \t]+(?:with|at|from|of)\b)`,
  'gu',
);

/** Relatives named in apposition, as reports introduce them (`Her brother, Einar Þórsson,`). */
const KIN_WORDS =
  'brother|sister|partner|mother|father|son|daughter|husband|wife|cousin|aunt|uncle|grandmother|grandfather|friend|boyfriend|girlfriend';

/**
 * A job title or a relative, then a full name (`street triage nurse Philomena Gathoni`, `nurse in
 * charge Dunstan Pryor`, `the clerk to the governors, Cornelius Tebbutt`, `her new partner,
 * Serkan Aydın,`). The title is in lower case here: a capitalised one heads a team's name.
 */
const ROLE_THEN_NAME_SOURCE = String.raw`(?<![\p{L}\p{M}])(?:${ROLE_WORDS}|${KIN_WORDS})(?: in charge| to the \p{Ll}+)?,?[ \t]*\r?\n?[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})(?![\p{L}\p{M}]|[ ]\p{Lu})`;
const ROLE_THEN_NAME = new RegExp(ROLE_THEN_NAME_SOURCE, 'gu');
/** ROLE_THEN_NAME tried at one position: run only where a role or kinship word starts. */
const ROLE_THEN_NAME_AT = new RegExp(ROLE_THEN_NAME_SOURCE, 'yu');

/**
 * The role and kinship words, by their first three letters (text-sites.ts): every match of the
 * three patterns holds one at a word's start, so a text without one skips them all.
 */
const ROLE_STARTS = wordStarts([...ROLE_WORDS.split('|'), ...KIN_WORDS.split('|')]);
/** For the property test of the site gates (site-gates.property.test.ts). */
export const ROLE_SITE_GATES = [
  { pattern: NAME_THEN_ROLE, starts: ROLE_STARTS },
  { pattern: ROLE_LABEL_THEN_NAME, starts: ROLE_STARTS },
  { pattern: ROLE_THEN_NAME, starts: ROLE_STARTS },
];

/** Names before a job title, names a job-title label introduces, and names after a title or kin. */
export function roleNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldWordStart(text, ROLE_STARTS)) return out;
  const sites = sharedTextSites(text);
  if (sites === null) return roleNamesPlain(text);
  for (const at of letterStartsOf(sites, ROLE_STARTS)) namesAtRole(text, at, out);
  return distinctSorted(out);
}

/**
 * The three patterns run over the whole text: what `roleNames` finds from the role words' sites
 * (a property test checks the two agree), and the way for texts too long for shared sites.
 */
export function roleNamesPlain(text: string): Detection[] {
  const out: Detection[] = [];
  for (const pattern of [NAME_THEN_ROLE, ROLE_LABEL_THEN_NAME, ROLE_THEN_NAME]) {
    for (const m of text.matchAll(pattern)) add(m, (m.index ?? 0) + nameAt(m, pattern), out);
  }
  return distinctSorted(out);
}

/**
 * Where the name stands in a match: first in NAME_THEN_ROLE, last in the other two, whose label
 * words may repeat the name (`Saffron Ng, Officer:Saffron Ng` would find the first copy).
 */
function nameAt(m: RegExpMatchArray, pattern: RegExp): number {
  const name = m[1] ?? '';
  return pattern === NAME_THEN_ROLE ? m[0].indexOf(name) : m[0].lastIndexOf(name);
}

/**
 * One detection per span, in text order: two titles after one name (`Ann Lee, officer officer`),
 * or two forms finding one name, give it once.
 */
function distinctSorted(found: Detection[]): Detection[] {
  found.sort((a, b) => a.startUtf16 - b.startUtf16 || a.endUtf16 - b.endUtf16);
  return found.filter(
    (d, i) =>
      i === 0 || d.startUtf16 !== found[i - 1]!.startUtf16 || d.endUtf16 !== found[i - 1]!.endUtf16,
  );
}

/** A job title's noun as a whole word, tried at one position. */
const ROLE_NOUN_AT = new RegExp(String.raw`(?:${ROLE_NOUNS})(?![\p{L}\p{M}])`, 'yu');
/** After a label's noun: the colon and the name (ROLE_LABEL_THEN_NAME's tail). */
const LABEL_TAIL = new RegExp(
  String.raw`[ \t]*:[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})(?=[ \t]*(?:\r?\n|$|[ \t]{2}|,|\()|[ \t]+(?:with|at|from|of)\b)`,
  'yu',
);
/** Before a title's noun: the name, its comma and up to four title words (NAME_THEN_ROLE's head). */
const NAME_HEAD = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}),[ \t]*\r?\n?[ \t]*(?:[\p{L}&/'’-]+[ ]){0,4}$`,
  'u',
);
/** A label's words before its noun: up to three, from the line's start or a padded gap. */
const LABEL_HEAD_LINE = /(?:^|[ \t]{2})[ \t]*(?:[\p{L}/'’-]+[ ]){0,3}$/u;
const LABEL_HEAD_GAP = /[ \t]{2}[ \t]*(?:[\p{L}/'’-]+[ ]){0,3}$/u;
/** How far back a name or a label may start before the noun (UTF-16 code units). */
const HEAD_WINDOW = 160;

/** The names that the role or kinship word starting at `at` introduces or follows. */
function namesAtRole(text: string, at: number, out: Detection[]): void {
  ROLE_THEN_NAME_AT.lastIndex = at;
  const after = ROLE_THEN_NAME_AT.exec(text);
  if (after) add(after, at + after[0].lastIndexOf(after[1] ?? ''), out);
  ROLE_NOUN_AT.lastIndex = at;
  const noun = ROLE_NOUN_AT.exec(text);
  if (!noun) return;
  const from = Math.max(0, at - HEAD_WINDOW);
  const head = text.slice(from, at);
  const end = at + noun[0].length;
  LABEL_TAIL.lastIndex = end;
  const label = hasColon(text) && labelHead(text, from, head) ? LABEL_TAIL.exec(text) : null;
  if (label) add(label, end + label[0].indexOf(label[1] ?? ''), out);
  const named = hasComma(text) ? NAME_HEAD.exec(head) : null;
  if (named) add(named, at - head.length + named.index + named[0].indexOf(named[1] ?? ''), out);
}

/** The words before a noun open a label: from the line's start (within the window) or a gap. */
function labelHead(text: string, from: number, head: string): boolean {
  const lineStart = text.lastIndexOf('\n', from + head.length - 1) + 1;
  if (lineStart >= from) return LABEL_HEAD_LINE.test(text.slice(lineStart, from + head.length));
  return LABEL_HEAD_GAP.test(head);
}

/**
 * The name of a match at `start`, when every word of it could be a person's. A signature's verb
 * before it is no part of it (`Signed Tanvir Hossain, Manager`).
 */
function add(m: RegExpMatchArray, start: number, out: Detection[]): void {
  let name = m[1] ?? '';
  const space = name.indexOf(' ');
  if (space > 0 && SIGNATURE_VERBS.has(name.slice(0, space))) {
    name = name.slice(space + 1);
    start += space + 1;
  }
  if (isFullName(name)) out.push(person(start, name));
}

/** Words that sign a name off (`Signed`, `Sgnd`), written right before it. */
export const SIGNATURE_VERBS: ReadonlySet<string> = new Set([
  'Signed',
  'SIGNED',
  'Sgnd',
  'SGND',
  'Sgd',
  'Countersigned',
]);

/**
 * Every word could stand for a person (no common word, place word, role or title among them); a
 * surname may have two letters (`Saffron Ng`).
 */
function isFullName(name: string): boolean {
  const words = name.split(' ');
  if (BODY_WORDS.has(words[words.length - 1]!)) return false;
  return words.every((w, i) => echoable(w) || (i === words.length - 1 && shortSurname(w)));
}

/** Last words of a body's name (`Environment Agency`, `Probation Service`): no person. */
const BODY_WORDS = new Set(
  'Agency Service Services Team Council Trust Authority Partnership Police Constabulary Group Unit Centre Office Board Department Court Hub'.split(
    ' ',
  ),
);

/** A two-letter surname (`Ng`, `Li`, `Wu`): not an everyday word, title or acronym. */
function shortSurname(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    word.length === 2 && !commonWords().has(lower) && !titles().has(lower) && !acronyms().has(lower)
  );
}

function person(start: number, name: string): Detection {
  return personDetection(start, name, ROLE_NAME_SCORE, 'person-role');
}
