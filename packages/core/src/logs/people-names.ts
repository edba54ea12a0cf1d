/**
 * The people a log is about, named once with their age (`Lettie Wearne (26)`, `Bronte Goodair,
 * 23,`, `IP NED ENTWHISTLE 14`) and later by first name alone (`Lettie accepted it`, `Met Fabian at
 * the bedside`, `Call from Ysolde`). ANNOTATING-LOGS.md §3 lists the public when the person
 * concerned reports, is spoken to or acts, and no default lexicon can know their names, so a log's
 * own introductions are learnt entry by entry, and so is every titled surname (`Mrs Earnshaw`),
 * which logs use for the public. Learning needs title case or capitals: a lower-case log gives no
 * sign of which words are names, and is left to the lexicon's pronoun cues.
 */
import type { StaffNames } from './staff-names.js';

/** Given names and `Mr Surname` forms learnt so far in one log (case-sensitive, title case). */
export type PeopleNames = Set<string>;

/** A span where a learnt name stands (UTF-16 offsets, end exclusive). */
export interface PersonMention {
  start: number;
  end: number;
}

const WORD = String.raw`(\p{Lu}\p{Ll}[\p{Ll}'’-]+|\p{Lu}{2}[\p{Lu}'’-]+)`;

/**
 * An age after a name: `(26)`, `, 23,`, `, aged 9.`, `(38 yrs)`. The name is then read in the
 * few characters before it (NAME_BEFORE_AGE), so the costly name pattern runs only at ages.
 */
const AGE = /(?:,[ \t]*|\([ \t]*)(?:aged[ \t]+)?\d{1,2}(?:[ \t]*(?:yrs|years|y\/o))?[ \t]*[),.]/g;

/** A full name ending the text, optionally titled, not straight after another word. */
const NAME_BEFORE_AGE = new RegExp(
  String.raw`(?<![\p{L}'’-] ?)(?:(?:Mr|Mrs|Ms|Miss)\.?[ \t]+)?${WORD}[ \t]+${WORD}[ \t]*$`,
  'u',
);

/** `IP`, `MISPER`, `victim` or `subject` before a full name. Groups 1 and 2 as above. */
const ROLE_THEN_NAME = new RegExp(
  String.raw`\b(?:IP|MISPER|victim|subject)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|MR|MRS|MS|MISS)[ \t]+)?${WORD}[ \t]+${WORD}`,
  'gu',
);

/**
 * Whether a role word of ROLE_THEN_NAME occurs anywhere, as `includes` finds it (inside other
 * words too): one scan where four `includes` calls read the entry four times when none is there.
 */
const ROLE_WORD = /IP|MISPER|victim|subject/;

/**
 * A titled surname (`Mrs Earnshaw`, `MR CLAYFORTH`, `Ms Olena Mazur`): logs name the public so and
 * staff by role or rank. Not after a staff role (`tenancy officer Mr Kofi Babatunde`).
 */
const TITLED = new RegExp(
  String.raw`(?<!\b(?:officer|worker|manager|nurse|coordinator|co-ordinator|practitioner|lead|clerk|consultant|advocate|IDVA|keyworker|warden|caretaker|pharmacist|therapist|visitor|midwife|matron|chair|solicitor|secretary|GP|doctor|councillor|landlord|landlady|agent) )\b(?:Mr|Mrs|Ms|Miss|MR|MRS|MS|MISS)\.?[ \t]+(?:${WORD}[ \t]+)?${WORD}`,
  'gu',
);

/** Capitalised words that open a sentence or name a place or role, not a person's given name. */
const NOT_GIVEN = new Set(
  (
    'The A An And Or To From By With For At In On Of Our His Her Their Its Flat House Road Street ' +
    'Lane Court Close Walk Park Ward Unit Room Grade Call Caller Male Female Mr Mrs Ms Miss Dr PC ' +
    'PS DC Sgt Officer Nurse Mum Dad Son Daughter Wife Husband Partner Boy Girl Man Woman Child ' +
    'Baby Aged Age Born Year Years Since Until Also Then Now Today Tonight Tomorrow Yesterday ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Elmsworth Checks Check Intel Local ' +
    'Previous Result Closed Log Entry Address Location Incident Ref Crime Police Team Service'
  ).split(' '),
);

function titleCase(word: string): string {
  return word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}

/** Adds the people `text` introduces with an age to `people`; staff names are left to staff. */
export function learnPeople(text: string, people: PeopleNames, staff?: StaffNames): void {
  AGE.lastIndex = 0;
  for (let m = AGE.exec(text); m !== null; m = AGE.exec(text)) {
    const name = NAME_BEFORE_AGE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (name) add(name[1] as string, name[2] as string, people, staff);
  }
  if (mayHoldTitle(text)) learnTitled(text, people, staff);
  // A role word must be there (case as ROLE_THEN_NAME reads it).
  if (!ROLE_WORD.test(text)) return;
  ROLE_THEN_NAME.lastIndex = 0;
  for (let m = ROLE_THEN_NAME.exec(text); m !== null; m = ROLE_THEN_NAME.exec(text))
    add(m[1] as string, m[2] as string, people, staff);
}

function mayHoldTitle(text: string): boolean {
  return text.includes('M') && /\bM(?:rs?|s|iss|RS?|S|ISS)\b/.test(text);
}

/** The surname of each titled person, in the forms `Mr Surname` … `Miss Surname`. */
function learnTitled(text: string, people: PeopleNames, staff?: StaffNames): void {
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m !== null; m = TITLED.exec(text)) {
    const surname = titleCase((m[2] as string).replace(/['’][sS]$/, ''));
    if (NOT_GIVEN.has(surname) || staff?.has(surname)) continue;
    if (m[1] !== undefined && staff?.has(titleCase(m[1]))) continue;
    for (const title of ['Mr', 'Mrs', 'Ms', 'Miss']) people.add(`${title} ${surname}`);
  }
}

function add(givenWord: string, surnameWord: string, people: PeopleNames, staff?: StaffNames) {
  const given = titleCase(givenWord);
  const surname = titleCase(surnameWord);
  if (NOT_GIVEN.has(given) || NOT_GIVEN.has(surname)) return;
  if (staff?.has(given) || staff?.has(surname)) return;
  people.add(given);
  for (const title of ['Mr', 'Mrs', 'Ms', 'Miss']) people.add(`${title} ${surname}`);
}

/**
 * Words before a name that only mention the person (§3): a referral or check about them, a
 * record of them, their possessions. Read in the clause before the mention.
 */
const ONLY_MENTIONED =
  /\b(?:for|re|about|regarding|concerning|of|on|checks?|PNC|intel|markers?|flag|PPN|referral|named|believed|whether)[ \t:]*$/i;

/**
 * A partner's news relayed in the entry (`ASC update: Graham accepted …`, `CRHT rang with an
 * update: Callum seen …`, `social worker rang back: Kyle is known to them`): what follows is
 * their account of the person, not the person dealing with police (§3). `Update from CPN Achebe:`
 * relays so too.
 */
const RELAYED =
  /\b(?:update|updated|update from [^:\n]{1,30}|rang back|rang with [^:\n]{0,20}|called back|replied|confirms?)\s*:/i;

/** An entry that opens as a meeting's record: the person is discussed, not met (§3). */
const MEETING =
  /^[^.:\n]{0,60}\b(?:panel|conference|triage|meeting|case discussion|MARAC|PSG|hub review|MDT|huddle)\b/i;

/** Every whole-word mention of a learnt person in `text`, where they act or are dealt with. */
export function peopleMentions(text: string, people: PeopleNames): PersonMention[] {
  const out: PersonMention[] = [];
  for (const name of people) {
    // The name as learnt, then in capitals (`Lettie`, `LETTIE`), both even when they are alike.
    mentionsOf(text, name, out);
    mentionsOf(text, upperCase(name), out);
  }
  // Most entries name nobody learnt: the whole-entry checks run only when someone is named.
  if (out.length === 0 || MEETING.test(text)) return [];
  const relayed = RELAYED.exec(text);
  return relayed ? out.filter((m) => m.start <= relayed.index) : out;
}

/** Appends the whole-word mentions of `form` in `text` where the person acts or is dealt with. */
function mentionsOf(text: string, form: string, out: PersonMention[]): void {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const end = at + form.length;
    if (isLetter(text, at - 1) || isLetter(text, end)) continue;
    const after = text.charAt(end);
    if (after === "'" || after === '’') continue;
    if (!ONLY_MENTIONED.test(text.slice(Math.max(0, at - 20), at))) out.push({ start: at, end });
  }
}

/** Learnt names' capital forms, kept so that each entry does not make them again. */
const UPPER = new Map<string, string>();
/** Forms remembered before the cache is emptied, so memory stays flat over many logs. */
const UPPER_KEPT = 1 << 12;

/** `name.toUpperCase()`, from the cache when an earlier entry asked for it. */
function upperCase(name: string): string {
  let upper = UPPER.get(name);
  if (upper !== undefined) return upper;
  if (UPPER.size >= UPPER_KEPT) UPPER.clear();
  UPPER.set(name, (upper = name.toUpperCase()));
  return upper;
}

function isLetter(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c !== '' && c.toLowerCase() !== c.toUpperCase();
}
