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
 * - a transcript speaker label used on two or more lines (`Anwen:`), speaker-labels.ts;
 * - the value of a name field on a form (`Surname: NGUYEN`, `Known as: Dyl`), each name of a team
 *   or shift roster (`Team: Olwen T (lead), Sefa`) and the name under a letter's closing (`Yours
 *   sincerely` … `Hywel Bevan`), form-fields.ts, and the name signing a comment after a dash at
 *   its line's end (`… no issues. – Les Ambrose-Tait`), dash-signatures.ts;
 * - a lower-case known given name after a kinship word (`lives with brother cian`) or before a
 *   verb of saying (`priyanka said`), lowercase-names.ts;
 * - first name, quoted nickname and surname as three names (`Liam "Bez" Bezant`),
 *   quoted-nicknames.ts, and a name and a quoted nickname side by side (`Batbayar / "Bat"`),
 *   slash-nicknames.ts;
 * - a name with the person's relationship, job, agency or age in brackets or between commas
 *   (`Faadumo (mother)`, `Morven Halcrow (Attendance Officer)`, `Ruaridh (12)`, `Chidinma
 *   Okonkwo-Bello, 30,`), bracket-names.ts;
 * - one or two title-case words before a verb of saying (`Thorfinn says`), and a lower-case
 *   given name before a verb (`eilidh answered`), names-before-verbs.ts;
 * - a lower-case given name after a word that introduces a person (`this is dai`, `ringing
 *   about róisín`) or before a lower-case Gaelic surname (`brid o'connell`), lowercase-names.ts;
 * - a lower-case name a contact list gives with its number (`   hanna 07700 900 219`, `my sister
 *   obse – 07700 900216`), and its other uses in the text, contact-names.ts;
 * - a nickname in brackets right after a full name (`Kieran Ashby (Dodger)`), and a short name
 *   before the full name in brackets (`Nouri (Anouar Benali)`), bracket-names.ts;
 * - each officer of a call sign's crew with their collar number (`Call sign NK12 (Ashworth 2204
 *   / Bello 3318)`), call-sign-crews.ts;
 * - a nickname told as a full name found (`Tiny is Reece Okwuosa.`), family-names.ts;
 * - a surname after a lower-case particle with no cue (`not de Souza's child`),
 *   particle-surnames.ts;
 * - the cells under a name column of a table (`surname,forenames,dob`), table-names.ts, and the
 *   values of a JSON export's name keys (`"user_name": "jake haverty"`) and an XML export's
 *   person elements (`<Surname>Joensen</Surname>`), json-names.ts;
 * - the person an appointment is with (`your appt with Gbemisola at …`), appointment-names.ts;
 * - the family, given and middle names of an HL7 v2 message's name fields
 *   (`PID|1||…||KOVALENKO^Oksana^Valeriivna^^Mrs`), hl7-names.ts;
 * - the names of a contact card or a calendar invitation (`FN:`, `N:`, `CN=`), card-names.ts;
 * - a name before a rank and number or in brackets after them (`R Macbeth  PS 2290`, `DO 7790
 *   (Raffaele Conti)`), names-by-numbers.ts;
 * - every later mention of a part of a name already found (`Hodan` after `Hodan Warsame`, `Seun`
 *   after `known as Seun`), in lower case too for given names and chat names, name-echoes.ts; an
 *   unknown first name before an echoed family surname joins it (`his wife, Eleni
 *   Christodoulou`) and is echoed in turn, family-names.ts;
 * - the initials of a full name found, standing for that person later (`Lorraine HEWITT-OKORO` …
 *   `LHO at work`), name-initials.ts.
 * Radio call signs (`Oscar Tango 12`), alert codes (`Code Red`), eponyms (`Sarah's Law`) and
 * words of a public body's name (`Greater Hollin Police`) are dropped at the end (`notAPerson`).
 * Titles, ranks and a possessive `'s` stay outside the span. Words followed by a place or
 * organisation suffix (`Albert Road`, `Hope Trust`) or after `St` are not names.
 */
import { lowercaseLineNames } from './lowercase-lines.js';
import type { DeidSettings, Detection, Recognizer } from '../entity-types.js';
import { lowerParticleGap, nameTokens, tokenRuns, type NameToken } from './name-tokens.js';
import { commaNames, upperCommaNames } from './comma-names.js';
import { formFieldNames, rosterNames, signOffNames } from './form-fields.js';
import {
  kinNames,
  lowerFieldNames,
  lowerFullNames,
  namesAfterCues,
  namesAfterLowerTitles,
  lowerNamesBeforeBrackets,
  withLowerSurname,
} from './lowercase-names.js';
import { namesBeforeVerbs, reportedSubjects } from './names-before-verbs.js';
import { quotedNicknames } from './quoted-nicknames.js';
import { participantNames } from './participant-codes.js';
import { nameEchoes } from './name-echoes.js';
import { givenBeforeSurnames } from './given-before-surname.js';
import { SIGNATURE_VERBS, roleNames } from './role-names.js';
import { emailNames } from './email-names.js';
import { emailOwnerNames } from './email-owner-names.js';
import { kinCueNames } from './possessive-kin.js';
import {
  bracketedOfficerNames,
  bracketedOfficerNumbers,
  officerListNames,
} from './bracketed-officer-numbers.js';
import { cardNames } from './card-names.js';
import { namesByNumbers } from './names-by-numbers.js';
import { jsonNames, xmlNames } from './json-names.js';
import { hl7Names } from './hl7-names.js';
import { slashNicknames } from './slash-nicknames.js';
import { contactListNames, namesRungOnPhones } from './contact-names.js';
import { listedNames, PHONETIC } from './name-lists.js';
import { dashSignatures, datedEntryAuthors } from './dash-signatures.js';
import { appointmentNames } from './appointment-names.js';
import {
  bracketNames,
  fullNamesAfterShortNames,
  nicknamesAfterNames,
  upperNamesBeforeAges,
} from './bracket-names.js';
import { speakerLabels } from './speaker-labels.js';
import { vttVoices } from './vtt-voices.js';
import { numbersAfterNames, operatorTags } from './operator-tags.js';
import { agesAfterNames, agesBesidePeople } from './ages-beside-names.js';
import { callSignCrews } from './call-sign-crews.js';
import { particleSurnames } from './particle-surnames.js';
import { tableNames } from './table-names.js';
import { roleColumnNames } from './role-column-names.js';
import { actionInitials } from './action-initials.js';
import { doubleBarrelledNames } from './double-barrelled-names.js';
import { officerNumbers } from './officer-numbers.js';
import { aliasesOfNames, familyNames } from './family-names.js';
import { DECLARED, nameInitials, withoutKeyInitials } from './name-initials.js';
import { namesBesideTheirInitials } from './initials-keys.js';
import { titledInitials } from './titled-initials.js';
import { appositiveNames } from './appositive-names.js';
import { triggerBefore, wordBeforeIsMixedCase, type Trigger } from './name-triggers.js';
import { isTown } from '../places/towns.js';
import { widenedName } from './person-detection.js';
import { vehicleMakes } from './name-context.js';

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
  roleSingle: 0.6,
} as const;

/**
 * Title-case words after a rank that are not surnames: shops named like a rank (`PC World`). Any
 * other single unknown title-case word after a rank is taken as a surname (`DS Lindqvist`).
 */
const NOT_AFTER_RANK = new Set(['world']);
/** Surnames with a Gaelic prefix, written in title case (`McAllister`, `MacLeod`, `O'Neill`). */
const GAELIC_SURNAME = /^(?:Ma?c\p{Lu}\p{Ll}{2,}|O['’]\p{Lu}\p{Ll}{2,})$/u;
/** Days, months and day-parts, checked before reading a stop word as a nickname. */
const TIME_WORD =
  /^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?$|^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Today|Tonight|Tomorrow|Yesterday|Morning|Evening|Night)$/;

export const personRecognizer: Recognizer = {
  name: 'person',
  types: ['PERSON', 'COLLAR_NUMBER', 'AGE'],
  detect: (text: string, _settings: DeidSettings) => detectPersons(text),
  detectEach: (texts: readonly string[], _settings: DeidSettings) => detectPersonsEach(texts),
};

/** Names from the runs of name tokens (titles, ranks, roles, given names, surnames). */
function namesInRuns(text: string): Detection[] {
  const out: Detection[] = [];
  for (const run of tokenRuns(text, nameTokens(text))) {
    for (const d of namesInRun(text, run)) out.push(d);
  }
  return out;
}

/** The rules that read the text alone, in the order their detections are listed. */
const RULES: readonly ((text: string) => readonly Detection[])[] = [
  namesInRuns,
  commaNames,
  upperCommaNames,
  speakerLabels,
  vttVoices,
  callSignCrews,
  formFieldNames,
  signOffNames,
  dashSignatures,
  datedEntryAuthors,
  rosterNames,
  quotedNicknames,
  slashNicknames,
  bracketNames,
  fullNamesAfterShortNames,
  upperNamesBeforeAges,
  namesBeforeVerbs,
  reportedSubjects,
  kinNames,
  namesAfterCues,
  namesAfterLowerTitles,
  lowerNamesBeforeBrackets,
  participantNames,
  lowerFullNames,
  lowerFieldNames,
  contactListNames,
  namesRungOnPhones,
  listedNames,
  particleSurnames,
  tableNames,
  roleColumnNames,
  actionInitials,
  doubleBarrelledNames,
  officerNumbers,
  roleNames,
  emailNames,
  emailOwnerNames,
  kinCueNames,
  bracketedOfficerNumbers,
  bracketedOfficerNames,
  officerListNames,
  operatorTags,
  agesBesidePeople,
  cardNames,
  namesByNumbers,
  jsonNames,
  xmlNames,
  hl7Names,
  appointmentNames,
  namesBesideTheirInitials,
  titledInitials,
  appositiveNames,
  lowercaseLineNames,
];

export function detectPersons(text: string): Detection[] {
  return detectPersonsEach([text])[0]!;
}

/**
 * `detectPersons` on each text, rule by rule over all of them (`Recognizer.detectEach`), then
 * the rules that read the names found, text by text.
 */
function detectPersonsEach(texts: readonly string[]): Detection[][] {
  const found = texts.map((): Detection[] => []);
  for (const rule of RULES) {
    for (let i = 0; i < texts.length; i++) for (const d of rule(texts[i]!)) found[i]!.push(d);
  }
  return texts.map((text, i) => fromNamesFound(text, found[i]!));
}

/** Surnames, nicknames, aliases and echoes of the names found, less those that are not people. */
function fromNamesFound(text: string, out: readonly Detection[]): Detection[] {
  const found = out.map((d) =>
    d.recognizer === 'person-lowercase' ? withLowerSurname(text, d) : withoutKeyInitials(text, d),
  );
  for (const d of nicknamesAfterNames(text, found)) found.push(d);
  for (const d of aliasesOfNames(text, found)) found.push(d);
  const echoes = familyNames(text, nameEchoes(text, found));
  for (const d of echoes) found.push(d);
  // A relative's first name found before the family surname is echoed in turn (`Eleni`).
  if (echoes.some((d) => d.recognizer === 'person-family')) {
    for (const d of nameEchoes(text, found)) found.push(d);
  }
  for (const d of givenBeforeSurnames(text, found)) found.push(d);
  for (const d of nameInitials(text, found)) found.push(d);
  for (const d of numbersAfterNames(text, found)) found.push(d);
  for (const d of agesAfterNames(text, found)) found.push(d);
  return distinctSpans(found.filter((d) => !notAPerson(text, d)).map((d) => widenedName(text, d)));
}

/** A number after the words: a call sign's unit number (`Kilo 3:`, `Oscar Tango 12,`). */
const NUMBER_AFTER = /^[ \t]*\d{1,3}(?!\d)/;
/** `Code Red`, `Code Red`: a venue's or force's alert code, spoken as a word. */
const CODE_BEFORE = /\b(?:[Cc]ode|CODE)[ \t]+$/;
/**
 * A scheme, procedure or place named after a person (`Sarah's Law`, `the Philomena Protocol`,
 * `Edith Cavell ward`): the name does not refer to someone in the record.
 */
// Spaces only: a tab parts a table's cells (`Aled Prothero<TAB>Ward doctor`).
const EPONYM_AFTER =
  /^(?:['’]s)? +(?:Law|LAW|Protocol|PROTOCOL|Scheme|Syndrome|Principle|Rule|Test|ward|Ward)(?![\p{L}\p{N}])/u;
// A measure or scheme's title ends the same way (`Child Abduction Warning Notice`, `Child
// Arrangements Programme`): the words before it are no name.
const EPONYM_LAST =
  /[ \t](?:Protocol|PROTOCOL|Law|LAW|Notice|Order|Warning|Scheme|Programme|Regulations|Policy|Agreement)(?:-[a-z]+)?$/;
/**
 * A word before a public body's name is part of it (`Greater Hollin Police`), not a surname; a
 * wide gap is a column's edge (`Rajesh Varma      Police liaison: …`), not a name's inside.
 */
const BODY_AFTER = /^[ \t]{1,2}(?:Police|Constabulary|Council|Coroner)(?![\p{L}\p{N}])/u;
/** A coroner's area (`HM Coroner for Beverley`) names the office, not a person. */
const CORONER_FOR_BEFORE = /\bCoroner[ \t]+for[ \t]+$/;

/**
 * Call signs, alert codes, eponyms and words of a public body's name that the name rules take for
 * names (see above). Each regex is tried only when a character it needs is where it needs it
 * (`firstAfterBlanks`, `isBlank`): most names pass none of these checks, and a regex run on
 * every name found cost more than all the checks together (each is a necessary condition only;
 * the regex still decides).
 */
export function notAPerson(text: string, d: Detection): boolean {
  if (d.type !== 'PERSON') return false;
  const { startUtf16: start, endUtf16: end } = d;
  const bracketed = text.charAt(start - 1) === '(' && text.charAt(end) === ')';
  if (bracketed && d.recognizer !== DECLARED && bracketedAcronym(text, d)) {
    return true;
  }
  if (isDigitCode(firstAfterBlanks(text, end, end + 5)) && callSign(text, d)) return true;
  if (end - start <= 3 && signOffInitials(text, start, end)) return true;
  // Both look-backs end in a blank right before the name.
  if (isBlank(text.charCodeAt(start - 1))) {
    const before = text.slice(Math.max(0, start - 14), start);
    if (CODE_BEFORE.test(before) || CORONER_FOR_BEFORE.test(before)) return true;
  }
  const next = firstAfterBlanks(text, end, end + 14);
  const blankAfter = isBlank(text.charCodeAt(end));
  if (blankAfter && (next === 80 || next === 67) && BODY_AFTER.test(text.slice(end, end + 14))) {
    return true; // `Police`, `Constabulary`, `Council`, `Coroner`
  }
  if (EPONYM_LAST_CHARS.includes(d.text.charAt(d.text.length - 1)) && EPONYM_LAST.test(d.text)) {
    return true;
  }
  const mark = text.charAt(end);
  const eponymNext =
    mark === "'" ||
    mark === '’' ||
    (blankAfter && EPONYM_FIRST.includes(String.fromCharCode(next)));
  return eponymNext && EPONYM_AFTER.test(text.slice(end, end + 12));
}

/**
 * Initials alone after `by`, `sig:`, `signed` or `initials`, ending the clause (`Notes taken by
 * EO.`, `SW sig: RQ`, `dressed by HCP)`): a writer's sign-off or a role's letters. Across every
 * annotated set, none of the 27 such words was a name. So too after a record's other sign-off
 * labels (`countersigned SK`, `Minutes checked: RGP`, `Log checked: TW`, `Notes: LF`, `Signature:
 * RGO`, `"reviewed_by": "PB"`, `reviewed_by ........ JT on 20/03`, `Countersign due: YA`), before a
 * slash, a quote or a date too: over the read sets about 30 such initials were hard negatives or
 * unlabelled and one annotated (a chat's `(supervisor note DF)`).
 */
const SIGN_OFF_CUE =
  /(?:\b(?:by|BY|[Ss]ig|SIG|[Ss]igned|SIGNED|[Cc]ountersigned|[Ii]nitials|INITIALS|[Ss]ignature|[Mm]inutes(?:[ \t]checked)?|[Nn]otes?|[Cc]hecked|[Cc]ountersign[ \t]due)|_by)"?[ \t]*[:.=]?[ \t]*(?:\.{2,}[ \t]*)?"?[ \t]*$/;
const TWO_OR_THREE_CAPITALS = /^[A-Z]{2,3}$/;
const CLAUSE_END_AFTER = /^[ \t]*(?:[.,;)"/]|\r?\n|$|[ \t]{2})|^[ \t]+(?:on[ \t]+)?\d/;

function signOffInitials(text: string, start: number, end: number): boolean {
  if (!TWO_OR_THREE_CAPITALS.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  return SIGN_OFF_CUE.test(before) && CLAUSE_END_AFTER.test(text.slice(end, end + 8));
}

/** Capitals only, two to six letters: an acronym's shape. */
const ACRONYM_SHAPE = /^\p{Lu}{2,6}$/u;

/**
 * A bracketed acronym after what it stands for (`RELEASE UNDER INVESTIGATION (RUI)`), or after a
 * heading in capitals (`PROBLEM-SOLVING PLAN (SARA)`): the letters name the heading, no person.
 */
export function bracketedAcronym(text: string, d: Detection): boolean {
  if (!ACRONYM_SHAPE.test(d.text)) return false;
  const lineStart = text.lastIndexOf('\n', d.startUtf16 - 1) + 1;
  const words = text
    .slice(lineStart, d.startUtf16 - 1)
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  const initials = words
    .slice(-d.text.length)
    .map((w) => w.charAt(0))
    .join('');
  if (initials.toUpperCase() === d.text) return true;
  const heading = words.slice(-2);
  return heading.length === 2 && heading.every((w) => /^\p{Lu}{2,}$/u.test(w));
}

/** The patterns `notAPerson` tries, for the property test that checks it against them run plainly. */
export const NOT_A_PERSON_PATTERNS = {
  PHONETIC,
  NUMBER_AFTER,
  CODE_BEFORE,
  CORONER_FOR_BEFORE,
  BODY_AFTER,
  EPONYM_LAST,
  EPONYM_AFTER,
} as const;

/** Last letters of EPONYM_LAST's words, and first letters of EPONYM_AFTER's. */
const EPONYM_LAST_CHARS = 'lLwWergsyt';
const EPONYM_FIRST = 'LPSRTwW';

/** Every word a phonetic-alphabet word, then a unit number (`Oscar Tango 12`). */
function callSign(text: string, d: Detection): boolean {
  const words = d.text.toLowerCase().split(/[ \t]+/);
  return (
    words.every((w) => PHONETIC.has(w)) && NUMBER_AFTER.test(text.slice(d.endUtf16, d.endUtf16 + 5))
  );
}

/** Space or tab. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Code of the first character from `i` that is not a space or tab, before `limit` (NaN: none). */
function firstAfterBlanks(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && isBlank(text.charCodeAt(j))) j++;
  return j < limit ? text.charCodeAt(j) : NaN;
}

/**
 * One detection per type and span, the highest-scoring (several rules find `Amir Wright` in
 * `Amir Wright reports`), then in text order; the resolver would collapse them too, but callers
 * of the recognizer alone see each name once. A list without repeats (most) is returned as found.
 */
function distinctSpans(found: Detection[]): Detection[] {
  if (!hasRepeat(found)) return found;
  found.sort((a, b) => a.startUtf16 - b.startUtf16 || a.endUtf16 - b.endUtf16);
  const out: Detection[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    const same =
      last !== undefined &&
      last.startUtf16 === d.startUtf16 &&
      last.endUtf16 === d.endUtf16 &&
      last.type === d.type;
    if (!same) out.push(d);
    else if (d.score > last.score) out[out.length - 1] = d;
  }
  return out;
}

/**
 * Stop words never start or continue a name, whatever comes before the run (`isNameWord`), so a
 * run of them alone (half the runs of UPPERCASE log text) is skipped before the look-back. A
 * property test checks that `namesFromRun` finds nothing in such runs.
 */
/**
 * Whether two detections share a span. A set of spans, not pairs: a hostile 1 MB line holds tens
 * of thousands of names, where comparing pairs was quadratic.
 */
function hasRepeat(found: Detection[]): boolean {
  const spans = new Set<string>();
  for (const d of found) {
    const key = `${d.startUtf16},${d.endUtf16}`;
    if (spans.has(key)) return true;
    spans.add(key);
  }
  return false;
}

function namesInRun(text: string, run: NameToken[]): Detection[] {
  if (!run.every((t) => t.kind === 'stop')) {
    const found = namesFromRun(text, run);
    // A nickname may be a place or pub word (`a.k.a. "Arms"`, `known as Bridge`).
    const placeWords = found.length === 0 && run.every((t) => t.kind === 'suffix');
    return placeWords ? lonelyNickname(text, run) : found;
  }
  return lonelyNickname(text, run);
}

/**
 * A nickname may be everyday words (`known as Tel`, `calls him Chips`, `known as Big Man`): one or
 * two title-case words right after a nickname cue are a name whatever they are, and so are they
 * after a person called so (`a lad called Wee Man`; `a pub called` is no cue).
 */
function lonelyNickname(text: string, run: NameToken[]): Detection[] {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.length > 2 || run.some((t) => t.upper) || first.text.length < 2) return [];
  // `calls me Tuesday`: a day or month after the cue says when, not what.
  if (run.some((t) => TIME_WORD.test(t.text))) return [];
  const cued =
    triggerBefore(text, first.start) === 'nickname' ||
    personCalled(text.slice(Math.max(0, first.start - 24), first.start));
  if (!cued) return [];
  // Its own source name: name-echoes looks for a nickname of everyday words as a whole.
  return [{ ...detection(text, first, last, SCORE.nickname), recognizer: 'person-nickname' }];
}

/** A person then `called` or `named` before a nickname of everyday words (`a lad called Tiny`). */
const PERSON_CALLED =
  /\b(?:lad|lads|boy|girl|man|woman|male|female|guy|bloke|kid|youth|someone|mate|friend|one)[ \t]+(?:called|named|nicknamed)[ \t]+$/i;
/** `called` or `named` (in `nicknamed` too), which every PERSON_CALLED match holds (same flags). */
const CALLED_WORD = /called|named/i;

/** PERSON_CALLED, an end-anchored regex tried from every position, only when its verb is there. */
function personCalled(before: string): boolean {
  return CALLED_WORD.test(before) && PERSON_CALLED.test(before);
}

/** The names in one run of capitalised words (exported for tests). */
export function namesFromRun(text: string, run: NameToken[]): Detection[] {
  const out: Detection[] = [];
  let trigger: Trigger | null = triggerBefore(text, run[0]!.start);
  let i = 0;
  // `Name Cornelis VAN DER MERWE` opening a line: a form's name label written without a colon.
  if (run.length > 1 && nameLabel(text, run[0]!)) {
    trigger = 'name-given';
    i = 1;
  }
  while (i < run.length) {
    const token = run[i]!;
    if (letterInitial(run, i) || initialAfterTrigger(run, i, trigger)) {
      out.push(detection(text, token, run[i + 1]!, SCORE.initialAndSurname));
      i += 2;
      continue;
    }
    // `Sgnd E McCreadie`, `Signed Mark Ibbotson`: the signature's verb names who follows.
    if (SIGNATURE_VERBS.has(token.text) && signedName(run, i)) {
      trigger = 'role';
      i++;
      continue;
    }
    const own = ownTrigger(token);
    if (own) {
      trigger = own;
      i++;
      continue;
    }
    const end = nameEnd(run, i, trigger !== null);
    const score = end > i ? accept(text, run, i, end, trigger) : null;
    if (score !== null) out.push(nameDetection(text, run, i, end, score, trigger));
    const collar =
      score !== null && trigger === 'rank' ? collarAfterName(text, run[end - 1]!.end) : null;
    if (collar) out.push(collar);
    // Not a name from here: the next word may still start one (`Juvenile Kacper WIŚNIEWSKI`).
    i = score !== null ? Math.max(end, i + 1) : i + 1;
    trigger = greetingBefore(run, i, token, score) ? triggerBefore(text, run[i]!.start) : null;
  }
  return out;
}

/** Greetings a message opens with, capitalised into the run of the name they address. */
const GREETINGS: ReadonlySet<string> = new Set(
  'hi hiya hello hey thanks cheers bye morning evening'.split(' '),
);

/**
 * Whether the word just passed (`token`, not read as a name) greets the next one (`Hi Shilpi,
 * sorry`, `Thanks Yusra!`): the next word's cue is then read as it would be after a lower-case
 * greeting (the vocative of name-triggers.ts, which still wants punctuation after the name).
 */
function greetingBefore(
  run: NameToken[],
  i: number,
  token: NameToken,
  score: number | null,
): boolean {
  return score === null && i < run.length && GREETINGS.has(token.text.toLowerCase());
}

/**
 * The detection for `run[i, end)`: its lower-case particle is kept when a title, rank or initial
 * came before it (`Mr de Souza`, `C J van der Merwe`; the particle sits in the gap before the
 * first name word), and a name after a nickname cue is marked as one, so that a short alias
 * (`known as JB`) is echoed (name-echoes.ts).
 */
function nameDetection(
  text: string,
  run: NameToken[],
  i: number,
  end: number,
  score: number,
  trigger: Trigger | null,
): Detection {
  const d = detection(text, run[i]!, run[end - 1]!, score);
  const prev = run[i - 1];
  if (prev && lowerParticleGap(text, prev.end, run[i]!.start)) {
    const start = prev.end + 1;
    return { ...d, startUtf16: start, text: text.slice(start, d.endUtf16) };
  }
  return trigger === 'nickname' ? { ...d, recognizer: 'person-nickname' } : d;
}

/** `Name` as the first word of a line (after any indent), as forms without colons write it. */
function nameLabel(text: string, token: NameToken): boolean {
  if (token.text !== 'Name' && token.text !== 'NAME') return false;
  let j = token.start;
  while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  return j === 0 || text.charCodeAt(j - 1) === 10;
}

/**
 * `I SUTHERLAND (Housing)`: the initials I and A are also words, so they start a name only before
 * a known UPPERCASE surname that ends the run (`A BROWN JACKET` is clothing).
 */
function letterInitial(run: NameToken[], i: number): boolean {
  const next = run[i + 1];
  const letter = run[i]!.text === 'I' || run[i]!.text === 'A';
  return letter && i + 2 === run.length && next!.upper && next!.kind === 'name' && next!.surname;
}

/**
 * After a rank or role (`AMHP A Chaudhry`, `— OSG I Novak`), `A` or `I` then one name word ending
 * the run is an initial and a surname in any case: the rank says a person is named.
 */
function initialAfterTrigger(run: NameToken[], i: number, trigger: Trigger | null): boolean {
  const next = run[i + 1];
  const letter = run[i]!.text === 'I' || run[i]!.text === 'A';
  return trigger !== null && letter && i + 2 === run.length && next?.kind === 'name';
}

/**
 * After a signature's verb, an initial or a known given name and one more word: a name as
 * signed. Anything else is left to the other rules (`Signed Statement` names nobody).
 */
function signedName(run: NameToken[], i: number): boolean {
  const next = run[i + 1];
  return (
    next !== undefined &&
    run[i + 2] !== undefined &&
    (next.kind === 'initial' || (next.given && !next.ambiguous))
  );
}

/** A title, rank or role token inside the run triggers the words after it. */
function ownTrigger(token: NameToken): Trigger | null {
  if (token.kind === 'title') return 'title';
  // A form's preferred-name note (`Prefers Kees`); what else is preferred is an everyday word.
  if (token.text === 'Prefers' || token.text === 'PREFERS') return 'nickname';
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

/**
 * `Marlon ST HILL`, `M. St Hill`: `St` (`run[j]`) after a given name or an initial opens a surname
 * with the one word after it (a place word too), in the case `St` is written in, unless a place
 * word follows that (`Jean St Mary Road`). `at St Anne's` has no name before `St`.
 */
function saintSurname(run: NameToken[], i: number, j: number): boolean {
  const saint = run[j]!;
  const prev = run[j - 1];
  const next = run[j + 1];
  if (j === i || !prev || !next) return false;
  const opener = (prev.given && !prev.ambiguous) || prev.kind === 'initial';
  const surnameWord = next.kind === 'name' || next.kind === 'suffix';
  const after = run[j + 2];
  const placeAfter = after !== undefined && (after.kind === 'suffix' || after.kind === 'saint');
  return opener && surnameWord && !placeAfter && (next.upper === saint.upper || !saint.upper);
}

/** Index after the last name word starting at `i` (particles may not end a name). */
function nameEnd(run: NameToken[], i: number, triggered: boolean): number {
  let j = i;
  // Particles do not count towards the longest name (`Cornelis Johannes VAN DER MERWE`).
  let words = 0;
  while (j < run.length && words < MAX_NAME_WORDS) {
    // `St` is rare in a run: the kind is checked here before the call.
    if (run[j]!.kind === 'saint' && saintSurname(run, i, j)) {
      words++;
      j += 2;
      continue;
    }
    if (!isNameWord(run, i, j, triggered)) break;
    if (run[j]!.kind !== 'particle') words++;
    j++;
  }
  while (j > i && run[j - 1]!.kind === 'particle') j--;
  const next = run[j];
  const placeName = next !== undefined && (next.kind === 'suffix' || next.kind === 'saint');
  const afterSaint = i > 0 && run[i - 1]!.kind === 'saint';
  if (afterSaint) return i;
  // `Jean Wood Albert Road`: the word before the street type names the street, not the person.
  if (placeName) return j - i > 1 ? j - 1 : i;
  return j;
}

function accept(
  text: string,
  run: NameToken[],
  i: number,
  end: number,
  trigger: Trigger | null,
): number | null {
  const first = run[i]!;
  if (paddedLabel(text, run, i, end)) return null;
  // `RMN P SUGDEN`: an initial and a surname after a rank.
  const initialled = first.kind === 'initial' && end - i > 1;
  const surnameLike = first.upper || first.given || first.surname || initialled;
  if (trigger === 'title') return SCORE.title;
  if (trigger === 'nickname' || trigger === 'name-given') return SCORE.nickname;
  if (trigger === 'rank-number') return SCORE.rankWithNumber;
  if (trigger === 'rank') return surnameLike ? SCORE.rank : rankTitleCase(run, i, end);
  if (trigger === 'role') {
    // A role word before a run makes it no less a name than it is without one (`Caller Halina
    // SZCZEPANSKA` reads as `Halina SZCZEPANSKA` does).
    if (roleName(run, i, end)) return SCORE.role;
    return roleSingle(run, i, end, text) ?? untriggered(text, run, i, end);
  }
  return untriggered(text, run, i, end);
}

/**
 * A fixed-width print's next label (`FOR: PC 2740  REASON: RTC`, `SEX: M  HEIGHT: 1.78`): the
 * last word ends at a colon and two blanks or more stand before or inside the words, where a
 * speaker label (`DC EVANS:`) is written with single spaces.
 */
function paddedLabel(text: string, run: NameToken[], i: number, end: number): boolean {
  const last = run[end - 1]!;
  if (text.charCodeAt(last.end) !== 58) return false;
  for (let j = i; j < end; j++) if (gapInLine(text, run[j]!.start, last.upper)) return true;
  return false;
}

/**
 * Two blanks or more before `at`, after other text on its line (an indent is no gap); after a
 * time or number only before an UPPERCASE label (`10:14  Zeynep:` is a chat's speaker).
 */
function gapInLine(text: string, at: number, upper: boolean): boolean {
  let k = at;
  while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k - 1);
  return at - k >= 2 && k > 0 && c !== 10 && (upper || !isDigitCode(c));
}

/**
 * Unknown title-case words after a rank: one (`DS Lindqvist,`, `AMHP O'Driscoll;`) or a first
 * name and surname (`DC Ade Ogunleye`, `Officer Fran Lucas`). Every word must be an ordinary
 * title-case name word, so log shorthand (`PC ON SCENE`) and shops (`PC World`) stay out.
 */
function rankTitleCase(run: NameToken[], i: number, end: number): number | null {
  const words = run.slice(i, end);
  const titleCase = words.every((t) => t.kind === 'name' && !t.upper);
  const ok = titleCase && !NOT_AFTER_RANK.has(run[i]!.text.toLowerCase());
  return ok ? SCORE.rankTitleCase : null;
}

/**
 * One unknown word after a role word: title-case (`Her brother Mahad`), or UPPERCASE when the
 * role word itself is not (`Subject VARGA`, as minutes write surnames) and the word is a known
 * surname or no lower-case word follows it. After an UPPERCASE role word an UPPERCASE word is log
 * shorthand (`IP ANGRY`), not a name.
 */
function roleSingle(run: NameToken[], i: number, end: number, text: string): number | null {
  const first = run[i]!;
  // The word must end its run: `care coordinator Northmoor CMHT` names a team, not a person.
  if (end - i !== 1 || end !== run.length || first.kind !== 'name') return null;
  if (!first.upper) return SCORE.roleSingle;
  const upperName =
    wordBeforeIsMixedCase(text, first.start) && (first.surname || !prose(text, first.end));
  return upperName ? SCORE.roleSingle : null;
}

const LOWER_WORD_AFTER = /^[ \t]+\p{Ll}/u;

/** A lower-case word follows (`victim HAPPY with`): emphasis in a sentence, not a surname. */
function prose(text: string, end: number): boolean {
  return LOWER_WORD_AFTER.test(text.slice(end, end + 3));
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

/**
 * Two or three capitals after a title-case word are a code or acronym (`Merrowshire ICB`, `Bag
 * WQ`, `Unannounced HV`) unless the gazetteer knows them as a surname (`Wei NG`, `Ann LEE`).
 */
function shortUpperCode(token: NameToken): boolean {
  return token.text.length <= 3 && !token.surname;
}

function untriggered(text: string, run: NameToken[], i: number, end: number): number | null {
  const first = run[i]!;
  const second = run[i + 1];
  const words = end - i;
  if (first.kind === 'initial') {
    const last = run[end - 1]!;
    const dotted = words === 2 && dottedInitial(text, first) && last.text.length > 3;
    return words > 1 && (last.upper || last.surname || dotted) ? SCORE.initialAndSurname : null;
  }
  // `Seat Leon`, `SKODA OCTAVIA`: a car's model after its make, not a person.
  if (first.given && i > 0 && vehicleMakes().has(run[i - 1]!.text.toLowerCase())) return null;
  if (first.given && words > 1) return SCORE.givenAndMore;
  if (first.given && !first.ambiguous) return SCORE.givenAlone;
  // `SMITH Jean`: an UPPERCASE surname before a given name.
  if (first.upper && words > 1 && second?.given) return SCORE.givenAndMore;
  // `Zoltan KOVACS`: a title-case word then an UPPERCASE surname, as police systems write names;
  // not a town then a code (`Bridlington ILB`, `Hove AA`).
  if (!first.upper && second?.upper && second.kind === 'name' && !isTown(first.text)) {
    return shortUpperCode(second) ? null : SCORE.titleThenUpper;
  }
  // `McAllister found`: a Mc / Mac / O' surname reads as a name on its own.
  return GAELIC_SURNAME.test(first.text) ? SCORE.givenAlone : null;
}

export const COLLAR_AFTER_NAME_SCORE = 0.8;
/**
 * A collar number written after an officer's name (`PC Ffion Rees 4471`, `PS REID 20451.`,
 * `Insp Wei Zhang 4418SY;`, `PC Kowalski, 11894 I think`): digits with an optional force suffix,
 * or a letter and digits (`H2219`); not a date, time or decimal (`12/05`, `10:30`) or a quantity
 * (`PC Rees 10 minutes`).
 */
const COLLAR_AFTER =
  /^,?[ \t]+(\d{2,6}[A-Z]{0,3}|[A-Z]\d{3,5})(?![\p{L}\p{N}])(?![/:.-]\w)(?![ \t]*(?:x|mins?|minutes?|hrs?|hours?|days?|weeks?|yrs?|years?|am|pm|times)\b)/iu;

/** The officer's collar number right after a name a rank introduced, or null. */
/** The same number in brackets (`PC Callum Ferrier (3350)`, `DS Yasmin El-Sayed (1207PN)`). */
const COLLAR_IN_BRACKETS = /^[ \t]*\((\d{2,6}[A-Z]{0,3}|[A-Z]\d{3,5})\)/;

function collarAfterName(text: string, end: number): Detection | null {
  const after = text.slice(end, end + 24);
  const plain = COLLAR_AFTER.exec(after);
  const bracketed = plain ? null : COLLAR_IN_BRACKETS.exec(after);
  const m = plain ?? bracketed;
  if (!m) return null;
  // The number ends a plain match; a bracketed one ends with the closing bracket.
  const start = end + m[0].length - m[1]!.length - (bracketed ? 1 : 0);
  return {
    type: 'COLLAR_NUMBER',
    startUtf16: start,
    endUtf16: start + m[1]!.length,
    text: m[1]!,
    score: COLLAR_AFTER_NAME_SCORE,
    recognizer: 'person',
  };
}

/** `G. Tashkentova`: the initial stands alone before its full stop (not the E of `A&E.`). */
function dottedInitial(text: string, initial: NameToken): boolean {
  const before = initial.start === 0 ? 32 : text.charCodeAt(initial.start - 1);
  const alone = before === 32 || before === 9 || before === 10 || before === 40;
  return alone && text.charCodeAt(initial.end) === 46;
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
