/**
 * Names in form fields (ANNOTATION.md: every individual's name): `Surname: NGUYEN`,
 * `Forename(s): Thi Huong`, `Known as: Dyl`, `Signed: K. Wójcik-Nowak`, `Appropriate adult:
 * Chidinma Okafor (mother)`, as custody records, s136 forms, referrals, statements and call
 * transcripts lay them out (NOTES.md §7.3). The value runs from the label's colon to the first
 * word that cannot be part of a name (a stop word, an acronym such as `DOB`, a digit, a comma, a
 * bracket or a padded gap). Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isGivenName } from './given-names.js';
import {
  RANKS,
  acronyms,
  commonWords,
  particles,
  placeSuffixes,
  roleWords,
  titles,
} from './name-context.js';
import { surnames } from './surnames.js';
import { lazy } from '../gazetteer.js';
import { hasLineBreak, literalGate } from '../literal-gate.js';

/** Labels whose value is a name by the form's design. */
const NAME_LABELS = [
  'name',
  'full name',
  'surname',
  'family name',
  'last name',
  'forename',
  'forenames',
  'forename\\(s\\)',
  'first name',
  'first names',
  'given name',
  'given names',
  'middle name',
  'middle names',
  'alias',
  'aliases',
  'alias\\(es\\)',
  'aka',
  // Notification and registration forms list a person's other names so.
  'other names used',
  'other names',
  'other name',
  'previous names?',
  'previous surnames?',
  'previous surname\\(s\\)',
  'previous name\\(s\\)',
  'former names?',
  'former surnames?',
  'birth name',
  'birth surname',
  'maiden name',
  'also known as',
  'known as',
  'nickname',
  'preferred name',
  'person',
  'young person',
  'detained person',
  'person detained',
  'reporting person',
  'missing person',
  'parent',
  'carer',
  'parent/carer',
  'parent / carer',
  'guardian',
  'next of kin',
  'appropriate adult',
  'signed',
  'signature',
  'completed by',
  'form completed by',
  'statement of',
  'statement taken by',
  'taken by',
  'reviewed by',
  'your name',
  'officer in case',
  'social worker',
  'key worker',
  'keyworker',
  'care coordinator',
  'lead professional',
  'officer',
  'reporting officer',
  'requesting officer',
  'attendance officer',
  'allocated worker',
  'worker',
  'caseworker',
  'case worker',
  'call handler',
  'call taker',
  'assessing hcp',
  'hcp',
  'interpreter',
  // Interview heads name the interpreter by whom they speak for (`Interpreter for AA:`).
  'interpreter for (?:the )?(?:aa|appropriate adult|suspect|victim|witness|mother|father)',
  'legal rep',
  'legal representative',
  // Disclosure and access-request schedules name the parties so.
  'requester',
  'requestor',
  'decision maker',
  'name of caller',
  'caller name',
  // Transcripts credit who typed them.
  'transcriber',
  'transcribed by',
  // Transport and school incident forms number the children they list (`Pupil 3 .......`).
  'pupil(?: \\d{1,2})?',
  'referrer',
  'applicant',
  'defendant',
  'accused',
  'gp',
  'name given',
  'interviewee',
  'reported by',
  'duty manager',
  // Staff on a shift and the parties to a referral, as night logs and referrals head them.
  'prepared by',
  'waking night',
  'sleep-in',
  'sleep in',
  'on-call manager',
  'on call manager',
  'doctor on call',
  'on-call doctor',
  'duty officer',
  'duty worker',
  'party a',
  'party b',
  'designated premises supervisor',
  'supervisor \\(dps\\)',
  'dps',
  'premises licence holder',
  'licence holder',
  'manager on call',
  'minute taker',
  'minutes typed by',
  // Phone exports, handovers, approvals, job sheets and household lists name people so.
  'handset user',
  'handover given by',
  'handover taken by',
  'given by',
  'approved by',
  'checked by',
  'authorised by',
  // Screening, assessment and visit records sign who did the work so.
  'screened by',
  'seen by',
  'assessed by',
  'examined by',
  'triaged by',
  'interviewed by',
  'supervised by',
  'visited by',
  'written by',
  'recorded by',
  'verified by',
  'countersigned by',
  'witnessed by',
  'customer',
  'engineer',
  'invoice to',
  'children in household',
  'children in the household',
  // A care record's staff fields (`LD nurse:`, `Named nurse:`).
  'nurse',
  // Easy-read and person-centred forms (hospital passports, one-page profiles) ask in the first
  // person.
  'my name is',
  'my name',
  'i like to be called',
  'i prefer to be called',
  'please call me',
  // Missing-person forms and house records: the name someone answers to, a house's manager, a
  // record's note-taker.
  // A crime report's victim, a request's author, an assessment's and a youth offending team's
  // worker (`Injured party: Prothero, Henrietta`, `YOT worker: …`).
  'injured party',
  'requested by',
  'assessor',
  'yot worker',
  'yot officer',
  'name they answer to',
  'name (?:he|she|they) answers? to',
  'manager',
  'note-taker',
  'note taker',
  'transcribed by',
];

/** Labels of a person's role: the value is a name only when it looks like one by itself. */
const ROLE_LABELS = [
  'subject',
  'victim',
  'suspect',
  'witness',
  'caller',
  'informant',
  'complainant',
  'offender',
  'patient',
  'client',
  'tenant',
  'resident',
  'mother',
  'father',
  'partner',
  'occupier',
  'claimant',
  'adult',
  'perpetrator',
  'alleged perpetrator',
  'alleged offender',
  // Offender management notes head the person managed so (registered sex offender, person on
  // probation).
  'rso',
  'pop',
  'person on probation',
  // Meetings and restorative conferences head their parties so.
  'chair',
  'facilitator',
  'co-facilitator',
  'harmer',
  'harmed',
  // A court note's parties (`Defence: Olusegun Pryce, Pryce Hartley Solicitors`, `YOT: …`).
  'defence',
  'prosecution',
  'prosecutor',
  'yot',
  // A letter's subject line names whom it is about (`Re: Mingyu Zhou   DOB: 05/12/2024`).
  're',
];

export const FORM_NAME_SCORE = { named: 0.8, role: 0.7 } as const;

/**
 * A label ending right before a colon, at a line start or after whitespace or `|`. Read in the
 * window before each colon: a scan for the label at every position of the text cost more than all
 * the other name rules together.
 */
const LABEL_BEFORE_COLON = lazy(
  () =>
    new RegExp(
      String.raw`(?:^|[\s|*])(${[...NAME_LABELS, ...ROLE_LABELS].join('|')})[ \t]*\**$`,
      'i',
    ),
);
/** Longest label (`statement taken by`) plus spaces and the character before it. */
const LABEL_WINDOW = 28;
/**
 * The value may open with a quote (`Also known as: "Tiggs"`), or close a Markdown label's
 * emphasis (`*Transcriber:* Corvin Latch`); neither is part of it.
 */
const SPACES_THEN_LETTER = /^\*{0,2}[ \t]*["“]?(?=\p{L})/u;
const ROLE_LABEL_SET = new Set(ROLE_LABELS);
/** One word of a value: an initial with its full stop (`K.`), or letters with `'’-` inside. */
const VALUE_WORD = /\p{Lu}\.|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/uy;
const LETTER = /\p{L}/u;
const CODE_TAIL = /^[-/]\d/;
/** Words that say no name was given (`Name: Not known`, `Caller: Anonymous`). */
const NO_NAME = new Set([
  'anonymous',
  'withheld',
  'refused',
  'declined',
  'unknown',
  'none',
  'nil',
  'tbc',
  'various',
  'self',
  'staff',
  'admin',
  'administrator',
  'reception',
  'secretary',
  // `Named Person: Head Teacher`: the first word of a post, not a name.
  'head',
  'deputy',
]);

interface Word {
  start: number;
  end: number;
  text: string;
}

export function formFieldNames(text: string): Detection[] {
  const out: Detection[] = [];
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    // `Also known as......: Deemo`: custody prints lead the label to its colon with dots.
    fieldName(text, beforeLeader(text, colon), colon + 1, out);
  }
  // `Surname ............ KUKU`: a leader of dots alone stands for the colon.
  if (text.includes(LEADER)) {
    for (let at = text.indexOf(LEADER); at !== -1; at = text.indexOf(LEADER, at)) {
      const end = leaderEnd(text, at);
      if (text.charCodeAt(end) !== 58) fieldName(text, beforeLeader(text, at), end, out);
      at = end;
    }
  }
  return out;
}

/** Four dots: a form's leader (an ellipsis in prose has three). */
const LEADER = '....';

/** Index after the dots (and blanks) of the leader at `at`. */
function leaderEnd(text: string, at: number): number {
  let j = at;
  while (text.charCodeAt(j) === 46 || isBlank(text.charCodeAt(j))) j++;
  // The blanks before a colon belong to the leader (`Name .... :`), the ones after to the value.
  return text.charCodeAt(j) === 58 ? j : skipBackBlanks(text, j);
}

/** Where the label ends before a separator at `at`: a dot leader and blanks skipped. */
function beforeLeader(text: string, at: number): number {
  let j = at;
  while (j > 0 && (text.charCodeAt(j - 1) === 46 || isBlank(text.charCodeAt(j - 1)))) j--;
  // A single full stop may end an abbreviated label (`Tel.:`), which the window keeps.
  return at - j >= 2 ? j : at;
}

function skipBackBlanks(text: string, j: number): number {
  let k = j;
  while (isBlank(text.charCodeAt(k - 1))) k--;
  return k;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** The name in the value of a name field whose label ends at `labelEnd` and value starts at `from`. */
function fieldName(text: string, labelEnd: number, from: number, out: Detection[]): void {
  // An export's keys join a label's words with `_` (`detained_person ....`): read as spaces.
  const window = text.slice(Math.max(0, labelEnd - LABEL_WINDOW), labelEnd).replace(/_/g, ' ');
  const label = LABEL_BEFORE_COLON().exec(window);
  // Forms pad values into a column (`Surname:        BOYES`): up to 24 code units of blanks.
  const gap = label ? SPACES_THEN_LETTER.exec(text.slice(from, from + 25)) : null;
  if (!label || !gap) return;
  const words = valueWords(text, from + gap[0].length);
  const name = SURNAME_LABEL.test(label[1]!) ? surnameWords(words) : nameWords(words);
  // Initials alone (`Signed: I.H.`) are the writer's mark; in the labelled sets 5 of 6 were no name.
  if (name.every((w) => DOTTED_INITIAL.test(w.text))) return;
  const given = name.length === 1 ? givenAfterComma(text, name[0]!.end) : null;
  if (given) name.push(given);
  const role = ROLE_LABEL_SET.has(label[1]!.toLowerCase());
  if (role && !given && !roleValueIsName(name) && !identifiersFollow(text, name)) return;
  out.push(detection(text, name, role ? FORM_NAME_SCORE.role : FORM_NAME_SCORE.named));
  if (STAFF_LABELS.has(label[1]!.toLowerCase())) staffNumber(text, name, out);
}

/**
 * `Occupier: Haapala, Eero`: a surname, a comma and one or two given names ending the value (at
 * the line end, a bracket or a padded gap), as case systems write a person; the comma would
 * otherwise end the value at the surname. The words after the comma must read as names.
 */
const COMMA_GIVEN =
  /^,[ \t]*(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’]+)?)(?=[ \t]*(?:\r?\n|$|\()|[ \t]{2})/u;

function givenAfterComma(text: string, end: number): Word | null {
  const m = COMMA_GIVEN.exec(text.slice(end, end + 48));
  if (!m) return null;
  if (!m[1]!.split(/[ \t]/).every((w) => nameLike(w))) return null;
  const start = end + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]! };
}

/** Labels of police staff whose number may follow the name in brackets (`Call taker: Dawn (6025)`). */
const STAFF_LABELS = new Set([
  'call handler',
  'call taker',
  'officer',
  'reporting officer',
  'requesting officer',
  'officer in case',
  'statement taken by',
  'taken by',
]);
const NUMBER_IN_BRACKETS = /^[ \t]?\((\d{3,6})\)/;
export const STAFF_NUMBER_SCORE = 0.7;

/** The staff member's collar or operator number in brackets right after their name. */
function staffNumber(text: string, name: Word[], out: Detection[]): void {
  const end = name[name.length - 1]!.end;
  const m = NUMBER_IN_BRACKETS.exec(text.slice(end, end + 10));
  if (!m) return;
  const start = end + m[0].length - 1 - m[1]!.length;
  out.push({
    type: 'COLLAR_NUMBER',
    startUtf16: start,
    endUtf16: start + m[1]!.length,
    text: m[1]!,
    score: STAFF_NUMBER_SCORE,
    recognizer: 'person-form',
  });
}

/**
 * A team or shift roster after its label (`Team: Olwen T (lead), Sefa, Brother Piers`,
 * `Staff: Kerensa (PSO), Idris (RSW)`, `On duty: Ffion (PSO), Anil`, `Shift: Tamsin (nights),
 * Oluwadamilare`), as patrol logs and day
 * books head their pages: each item of the list, separated by commas, `and` or `&`, up to a
 * padded gap or the line's end, is a person when it is one to three name words after any title or
 * rank, with an optional note in brackets after it, and the list has a comma and two items or
 * more, or the item a note or a known given name. An item that is not name-like ends the list
 * (`Staff: 3 agency`).
 */
const ROSTER_LABEL =
  /(?:^|[\s|])(?:Team|TEAM|Staff|STAFF|Staff on shift|Staff on duty|On duty|ON DUTY|Crew|CREW|Volunteers|Patrol team|Shift|SHIFT|On shift|Rota|Present|PRESENT|Members present|Attendees|ATTENDEES|In attendance|Attending|Apologies)[ \t]*:[ \t]*(\r?\n)?/gm;
const ROSTER_ITEM =
  /(\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)?(?: \p{Lu}(?:[\p{L}\p{M}'’-]+|\.)?){0,3})(?: ?\([^()\n]{1,80}\))?(?=, ?| and | & | {2}|\t|\.?[ \t]*\r?\n|\.?[ \t]*$)/uy;
/** Shift patterns a `Shift:` or `Rota:` label may list instead of staff (`Shift: Early, Late`). */
const SHIFT_WORDS = new Set(
  `early earlies late lates night nights day days weekend weekends twilight long waking sleep
  sleep-in mornings afternoons evenings days-off`.split(/\s+/),
);
const ROSTER_SEPARATOR = /(?:, ?| and | & )/y;
/**
 * A label alone on its line (`Present:` then one attendee per line, as minutes list them): the
 * items are separated by line breaks, and a blank line ends the list.
 */
const LINE_SEPARATOR = /[ \t]*[,;]?[ \t]*\r?\n(?:[ \t]*[-•*][ \t]*)?(?=\p{Lu})/uy;

/** A literal in every ROSTER_GATE match (`hift` for `[Ss]hift`; literal-gate.ts). */
const mayHoldRoster = literalGate(
  'Team|TEAM|Staff|STAFF|duty|DUTY|Crew|CREW|Volunteers|hift|SHIFT|Rota|resent|RESENT|ttendees|TTENDEES|ttendance|ttending|pologies'.split(
    '|',
  ),
);
const ROSTER_GATE =
  /(?:Team|TEAM|Staff|STAFF|duty|DUTY|Crew|CREW|Volunteers|[Ss]hift|SHIFT|Rota|[Pp]resent|PRESENT|[Aa]ttendees|ATTENDEES|[Aa]ttendance|Attending|Apologies)[ \t]*:/;

export function rosterNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldRoster(text) || !ROSTER_GATE.test(text)) return out;
  ROSTER_LABEL.lastIndex = 0;
  for (let m = ROSTER_LABEL.exec(text); m !== null; m = ROSTER_LABEL.exec(text)) {
    const items: { name: Word[]; noted: boolean }[] = [];
    const byLine = m[1] !== undefined;
    const separatorRe = byLine ? LINE_SEPARATOR : ROSTER_SEPARATOR;
    let commas = byLine;
    let at = m.index + m[0].length;
    for (;;) {
      ROSTER_ITEM.lastIndex = at;
      const item = ROSTER_ITEM.exec(text);
      if (!item) break;
      const words = item[1]!.split(' ').map((w, i, all) => wordAt(all, i, at));
      const name = nameWords(words);
      if (name.length === 0 || name[name.length - 1] !== words[words.length - 1]) break;
      if (name.some((w) => SHIFT_WORDS.has(w.text.toLowerCase()))) break;
      items.push({ name, noted: item[0].length > item[1]!.length });
      at = item.index + item[0].length;
      separatorRe.lastIndex = at;
      const separator = separatorRe.exec(text);
      if (!separator) break;
      commas ||= separator[0].startsWith(',');
      at += separator[0].length;
    }
    // A comma list of two or more is a roster (`Team: Response and Patrol` is not); otherwise an
    // item needs a note in brackets or a known given name.
    const roster = commas && items.length >= 2;
    for (const { name, noted } of items) {
      if (roster || noted || isGivenName(name[0]!.text.toLowerCase())) {
        out.push(detection(text, name, FORM_NAME_SCORE.named));
      }
    }
  }
  return out;
}

/**
 * The name under a letter's or e-mail's closing (`Yours sincerely` … `Hywel Bevan`, `Thanks,` …
 * `Marguerite`), on its own line after at most two blank lines.
 */
const SIGN_OFF =
  /(?:Yours (?:sincerely|faithfully)|Kind regards|Best regards|Warm regards|Best wishes|Many thanks|Thanks|Thank you|Cheers|Regards),?[ \t]*\r?\n(?:[ \t]*\r?\n){0,2}[ \t]*(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3})[ \t]*\r?$/gmu;

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldClosing = literalGate(['Yours', 'egards', 'wishes', 'hanks', 'Thank you', 'Cheers']);

export function signOffNames(text: string): Detection[] {
  const out: Detection[] = [];
  // Every sign-off ends its line: one-line texts (most log entries) skip the four scans.
  const closing = hasLineBreak(text) && mayHoldClosing(text);
  if (!closing) return out;
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(text); m !== null; m = SIGN_OFF.exec(text)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const words = m[1]!.split(' ').map((w, i, all) => wordAt(all, i, start));
    const name = nameWords(words);
    if (name.length === words.length) out.push(detection(text, name, FORM_NAME_SCORE.named));
  }
  return out;
}

/** The i-th word of a space-separated name starting at `start`, with its offsets. */
function wordAt(words: string[], i: number, start: number): Word {
  const from = start + words.slice(0, i).reduce((n, w) => n + w.length + 1, 0);
  return { start: from, end: from + words[i]!.length, text: words[i]! };
}

/** Up to six words joined by single spaces from `from`: the value before any gap or mark. */
function valueWords(text: string, from: number): Word[] {
  const words: Word[] = [];
  let at = from;
  while (words.length < 6) {
    VALUE_WORD.lastIndex = at;
    const m = VALUE_WORD.exec(text);
    if (!m) break;
    const end = at + m[0].length;
    // The next field's label (`Surname: WARSAME Forename: Hodan`) ends the value.
    if (text.charCodeAt(end) === 58) break;
    // `N/K`, `N/A`: a letter then a slash is a placeholder, not an initial.
    if (m[0].length === 1 && text.charCodeAt(end) === 47) break;
    // `TS-04`, `KB/2`: letters joined to digits are a code, not a name.
    if (CODE_TAIL.test(text.slice(end, end + 2))) break;
    words.push({ start: at, end, text: m[0] });
    if (text.charCodeAt(end) !== 32 || !LETTER.test(text.charAt(end + 1))) break;
    at = end + 1;
  }
  return words;
}

/**
 * The name inside a value: leading titles and ranks dropped (`Dr Ann Bell` → `Ann Bell`), then
 * name words up to the first that is not one. A value that runs into a place or organisation word
 * (`Oak House`, `Lowfield Surgery`) is no person's name.
 */
const CAPITAL_FIRST = /^\p{Lu}/u;
/** A capital and a full stop: an initial. */
const DOTTED_INITIAL = /^\p{Lu}\.$/u;

function nameWords(words: Word[]): Word[] {
  let i = 0;
  while (i < words.length && leading(words[i]!.text)) i++;
  const first = words[i];
  if (!first || !CAPITAL_FIRST.test(first.text) || !nameLike(first.text)) return [];
  let j = i + 1;
  while (j < words.length && (nameLike(words[j]!.text) || saintSurname(words, j))) j++;
  if (j < words.length && placeSuffixes().has(words[j]!.text.toLowerCase())) return [];
  const name = words.slice(i, j);
  while (name.length > 1 && particles().has(name[name.length - 1]!.text.toLowerCase())) name.pop();
  return name;
}

/** Labels whose value is a surname alone (`Surname:`, `Previous surname(s):`, `Maiden name:`). */
const SURNAME_LABEL =
  /^(?:(?:previous |former |birth )?surname(?:s|\(s\))?|family name|last name|maiden name)$/i;

/**
 * A surname field's value: one word is a surname there even when it is also a place, an
 * everyday word or an acronym's letters (`Surname: WARD`, `Previous surname(s): WHITE`), as the
 * label says, unless it says no name was given (`none`, `same`, `N/K`); anything else is read as
 * any name's value.
 */
function surnameWords(words: Word[]): Word[] {
  const only = words.length === 1 ? words[0]! : null;
  if (only === null || !CAPITAL_FIRST.test(only.text) || only.text.length < 3) {
    return nameWords(words);
  }
  const lower = only.text.toLowerCase();
  const noName = NO_NAME.has(lower) || NOT_A_SURNAME.has(lower) || RANKS.has(only.text);
  return noName ? [] : [only];
}

/** Single words a surname field holds in place of a surname. */
const NOT_A_SURNAME = new Set(
  'same see above below as not known blank tba n/a nfa other unchanged none'.split(' '),
);

/**
 * The word after `St` in a name's value is a surname's second part even when it is a place word
 * (`Surname: ST HILL`, `Signed: M. St Hill`), unless a place word follows it (`St Hill Road`).
 */
function saintSurname(words: Word[], j: number): boolean {
  const saint = words[j - 1]!.text;
  if (saint !== 'St' && saint !== 'ST') return false;
  const word = words[j]!.text;
  const next = words[j + 1];
  const placeAfter = next !== undefined && placeSuffixes().has(next.text.toLowerCase());
  return CAPITAL_FIRST.test(word) && !commonWords().has(word.toLowerCase()) && !placeAfter;
}

function leading(word: string): boolean {
  return RANKS.has(word) || titles().has(word.replace(/\.$/, '').toLowerCase());
}

/** Not an everyday word, acronym, role, place word or a "no name" answer. */
function nameLike(word: string): boolean {
  if (DOTTED_INITIAL.test(word)) return true;
  const lower = word.toLowerCase();
  if (particles().has(lower)) return true;
  const upper = word.length > 1 && word === word.toUpperCase();
  return !(
    commonWords().has(lower) ||
    (upper && acronyms().has(lower)) ||
    roleWords().has(lower) ||
    placeSuffixes().has(lower) ||
    NO_NAME.has(lower) ||
    RANKS.has(word)
  );
}

/**
 * After a role label (`Caller:`, `Subject:`) the value is a name when a word is a known given name
 * or surname, when it is written as police systems write names (`Zoltan KOVACS`, `VARGA`), or
 * when a lower-case name particle joins its words (`Eirlys ap Gruffydd`):
 * `Subject: Noise Nuisance` and `Caller: Sorry` are not names.
 */
function roleValueIsName(name: Word[]): boolean {
  const known = name.some(
    (w) => isGivenName(w.text.toLowerCase()) || surnames().has(w.text.toLowerCase()),
  );
  // Capitals that spell an acronym (`Re: PICU bed`) are no name written as police systems write them.
  const upper = name.some(
    (w) =>
      w.text.length > 2 && w.text === w.text.toUpperCase() && !acronyms().has(w.text.toLowerCase()),
  );
  // A lower-case particle inside (`Eirlys ap Gruffydd`) marks a personal name.
  const particle = name.length > 2 && name.some((w) => particles().has(w.text));
  return known || upper || particle;
}

/**
 * A person's own identifiers after the value on its line (`Subject: Ilona Brzezińska   DOB:`,
 * `Tenant: Oren Tal (DOB 2 May 1980)`, `Patient: Kofi Mensah     NHS number:`): the value is
 * that person's name, known or not. Two words at least, so a one-word case title stays out.
 */
const IDENTIFIER_AFTER =
  /^(?:(?:[ \t]*\(|[ \t]{2,}|,[ \t]*)(?:DOB|D\.O\.B|Date of birth|Born|Age|Aged|NHS|known as|aka|a\.k\.a)\b|[ \t]*\((?:\+44|0)\d|,[ \t]*(?:Flat[ \t]+)?\d{1,4}[A-Za-z]?[ \t]+[A-Z])/i;

function identifiersFollow(text: string, name: Word[]): boolean {
  if (name.length < 2) return false;
  const end = name[name.length - 1]!.end;
  return IDENTIFIER_AFTER.test(text.slice(end, end + 24));
}

function detection(text: string, name: Word[], score: number): Detection {
  const start = name[0]!.start;
  const end = name[name.length - 1]!.end;
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score,
    recognizer: 'person-form',
  };
}
