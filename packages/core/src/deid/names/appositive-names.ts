/**
 * A first name set beside what the person is, between commas or dashes, as interviews and notes
 * introduce people: after the role or relative (`the AMHP – Rafe, he's brilliant`, `the nurse,
 * Elowen, knew him`, `his partner, Dean, was there`) or before it (`Halina, his mum, rang me`,
 * `Chester – he's the housing officer –`). Over the read sets 37 such words were annotated as
 * PERSON and one (a heading's `Interviewer`, a role word, which the check refuses) was not. The
 * word must be name-like (`echoable`) and no town. Read at each `, ` or ` – ` (and each ` from `),
 * with short anchored tests either side: scanning the whole text with the patterns cost 3% of
 * detection. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { echoable } from './name-echoes.js';
import { isTown } from '../places/towns.js';
import { personDetection } from './person-detection.js';
import { isLetterOrMarkAt } from '../recognizers/recognizer-helpers.js';
import { regexMatches } from '../regex-matches.js';

export const APPOSITIVE_SCORE = 0.65;

const ROLE = String.raw`(?:AMHP|nurse|triage nurse|PCSO|social worker|housing officer|GP|consultant|psychiatrist|sergeant|sarge|inspector|CPN|IDVA|manager|key ?worker|support worker|care co(?:-?ordinator)?|duty worker|paramedic|officer|doctor|worker|volunteer|caseworker|advocate|interpreter|landlord|warden|teacher|tutor|mentor|co-?ordinator|practitioner|probation officer|therapist|counsellor|chaplain|vicar|pastor|neighbour|carer|friend|colleague|partner|boyfriend|girlfriend|husband|wife|son|daughter|mum|dad|mother|father|brother|sister|nan|gran|grandson|granddaughter|cousin|uncle|aunt|niece|nephew)`;
const KIN = String.raw`(?:mum|mam|mother|dad|father|brother|sister|son|daughter|wife|husband|partner|boyfriend|girlfriend|nan|gran|grandad|grandson|granddaughter|cousin|uncle|aunt|auntie|niece|nephew|friend|neighbour|carer|sergeant|manager|worker|nurse|AMHP|GP|CPN|key ?worker|housing officer|social worker)`;
const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;

/** Where an aside opens or closes: a comma or a dash, then a blank. */
const SEPARATOR = /(?:,| [–—-]) /g;
/** Before the separator: the role or relative (`the nurse`). */
const ROLE_BEFORE = new RegExp(String.raw`\b(?:the|a|an|our|my|his|her|their) ${ROLE}$`, 'u');
/** After it: the name, then what ends the aside (`Elowen, knew`). */
const NAME_AFTER = new RegExp(
  String.raw`^${NAME}(?=[,.;:)]| [–—-]| (?:who|is|was|said|rang|knew|has|had)\b)`,
  'u',
);
/** Before the separator: the name (`Halina`). */
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}.'’])${NAME}$`, 'u');
/** After it: the relative or role the name is (`his mum,`, `he's the housing officer –`). */
const KIN_AFTER = new RegExp(
  String.raw`^(?:(?:his|her|their|my|our|the) ${KIN}|(?:he|she)['’]s (?:the|a|an|my|our|his|her) (?:\p{L}+ ){0,2}${KIN})(?=[,.;)]| [–—-])`,
  'u',
);
/**
 * A first name then the service the person works for (`Chi from triage`, `Bethia from L&D saw
 * him`, `Jackie from the crisis team`): 18 such words in the read sets are annotated as PERSON;
 * the five that are not are everyday words (`Call from control`, `Referral from the GP`), which
 * `echoable` refuses, or a state (`Missing from the ward`).
 */
const SERVICE_AFTER =
  /^(?:the )?(?:street triage|triage|L&D|CMHT|CRHT|AMHP|housing|council|ASC|MASH|probation|YOT|CAMHS|EDT|social services|children's services|adult social care|ward|hospital|A&E|ambulance|surgery|school|hostel|refuge|Women's Aid|crisis team|home treatment team|outreach|hub|team)\b/;
/** Words that stand before `from` as a state or a message, not a person. */
const NOT_FROM_NAMES = new Set(
  'missing absent absconded discharged released transferred returned escaped away back home text message email letter update'.split(
    ' ',
  ),
);
const WINDOW = 60;

export function appositiveNames(text: string): Detection[] {
  const out: Detection[] = [];
  for (const m of regexMatches(SEPARATOR, text))
    asideNames(text, m.index, m.index + m[0].length, out);
  for (let at = text.indexOf(' from '); at !== -1; at = text.indexOf(' from ', at + 6)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, at - WINDOW), at))?.[0];
    if (!name || NOT_FROM_NAMES.has(name.toLowerCase())) continue;
    if (SERVICE_AFTER.test(text.slice(at + 6, at + 6 + WINDOW))) push(name, at - name.length, out);
  }
  return out;
}

/** The names of an aside opened or closed at [start, end) (see AFTER and BEFORE above). */
function asideNames(text: string, start: number, end: number, out: Detection[]): void {
  const word = wordBefore(text, start);
  if (word === '') return;
  // The end-anchored tests run only where the word before the separator can end one.
  if (ROLE_WORDS.has(word.toLowerCase())) {
    const before = text.slice(Math.max(0, start - WINDOW), start);
    const name = ROLE_BEFORE.test(before)
      ? NAME_AFTER.exec(text.slice(end, end + WINDOW))?.[0]
      : null;
    if (name) push(name, end, out);
  }
  if (!CAPITAL.test(word) || !KIN_OPENERS.test(text.slice(end, end + 8))) return;
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, start - WINDOW), start))?.[0];
  if (name && KIN_AFTER.test(text.slice(end, end + WINDOW))) push(name, start - name.length, out);
}

/** The run of letters right before `at`, or `''` (a word ends at every separator tried). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 30 && isLetterOrMarkAt(text, i - 1)) i--;
  return text.slice(i, at);
}

const CAPITAL = /^\p{Lu}/u;
/** The last words of ROLE, lower-case (the word before a separator must be one of them). */
const ROLE_WORDS = new Set(
  ROLE.replace(/[()?:]/g, '')
    .split('|')
    .map((r) => r.split(/[ -]/).pop()!.toLowerCase())
    // Optional parts give more last words: `care co`, `coordinator`, `keyworker`.
    .concat(['co', 'coordinator', 'keyworker']),
);
/** What KIN_AFTER opens with. */
const KIN_OPENERS = /^(?:his|her|their|my|our|the|he['’]s|she['’]s) /;

function push(name: string, start: number, out: Detection[]): void {
  if (!echoable(name) || isTown(name)) return;
  out.push(personDetection(start, name, APPOSITIVE_SCORE, 'person-relative'));
}
