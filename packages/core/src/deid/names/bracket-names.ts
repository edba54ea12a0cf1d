/**
 * Names followed by what the writer says about the person, in brackets or between commas, as
 * referrals, statements, meeting notes and court lists introduce people:
 * - a relationship (`Faadumo (mother)`, `Gurdev (father-in-law)`, shorthand `Kane (bf)`, a doubted
 *   one in quotes `Jordan ("friend")`);
 * - a job, team or agency (`Morven Halcrow (Attendance Officer)`, `Precious Iqbal (Police)`,
 *   `Ferrier, Callum (Guest)` is left to the comma rule);
 * - an age (`Thorfinn (14)`, `Jun Hao (15)`, `Chidinma Okonkwo-Bello, 30,`);
 * - where the person lives, as news and court reports open a sentence (`Josefa Naivalu, of Tern
 *   House, …`, `Marisol Quintero, 34, of Tithe Barn Road`): a full name only.
 * The one to three title-case words before it (an UPPERCASE surname allowed) are the name; words
 * that are no name (`On 25 Sep`, `Bed`, `Year`) are dropped from its start, and a name word must
 * not be an everyday word, place or organisation word. Found from each `(` and each `, ` then a
 * digit, read in code. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { echoable } from './name-echoes.js';
import { RANKS, acronyms, roleWords, titles } from './name-context.js';
import { isTown } from '../places/towns.js';
import { knownLowerName } from './names-before-verbs.js';
import { personDetection } from './person-detection.js';
import { hasSpaceBracket } from '../literal-gate.js';

export const BRACKET_NAME_SCORE = {
  relative: 0.7,
  role: 0.7,
  age: 0.65,
  nickname: 0.7,
  residence: 0.75,
  /** `Kaloyan Dimitrov, DOB 1986-11-04`: only a person has a date of birth. */
  birth: 0.8,
} as const;

const RELATION =
  /^\((?:(?:his|her|their|my|your|our|the)[ \t]+)?(?:mother|father|mum|dad|brother|sister|son|daughter|wife|husband|partner|ex-partner|grandmother|grandfather|grandson|granddaughter|nan|gran|grandad|aunt|uncle|cousin|niece|nephew|(?:father|mother|brother|sister|son|daughter)-in-law|step(?:father|mother|son|daughter|brother|sister)|carer|neighbour|friend|guardian|NOK|next of kin|bf|gf|boyfriend|girlfriend|["“'‘]friend["”'’])(?![\p{L}])/u;
/**
 * A job, team or agency in brackets, first or last in them (`(Attendance Officer)`, `(volunteer,
 * Brighton AA Service)`, `(CMHT)`), as minutes and records name professionals. Case as written.
 */
const ROLE =
  /^\((?:[^()\n]{0,40}[ \t])?(?:[Oo]fficer|[Ww]orker|[Nn]urse|[Mm]anager|[Cc]o-?ordinator|[Pp]ractitioner|[Aa]dvis[eo]r|[Cc]onsultant|[Vv]olunteer|[Ii]nterpreter|[Cc]hair|[Ss]ergeant|[Ii]nspector|[Cc]onstable|[Pp]aramedic|[Pp]sychiatrist|[Pp]sychologist|[Tt]herapist|[Ss]olicitor|[Aa]dvocate|[Tt]eacher|[Hh]eadteacher|[Mm]entor|[Cc]aseworker|[Dd]octor|[Mm]idwife|[Ww]arden|Police|Probation|Housing|CMHT|CAMHS|MASH|ASC|AMHP|IDVA|ISVA|CPN|RMN|GP|SW|PO|[Ss]ocial [Cc]are|Psychology|POM|OMU|Governor|Integrated Care Board|Major Crime Review)(?:[,;)]|[ \t][^()\n]{0,40}\))/;
/**
 * A short role as notes and minutes write it after a first name, alone in the brackets or before
 * a comma: a rank with or without its number (`Bill (insp)`, `YUSRA (PC)`, `Ngaio (police sgt)`,
 * `Ray (Sgt 1142)`), a partner agency in lower case (`Bex (housing)`) or a school post (`RJ (form
 * tutor)`).
 */
const SHORT_ROLE =
  /^\((?:police |response |neighbourhood |custody )?(?:PC|DC|PS|DS|PCSO|SC|[Ss]gt|SGT|[Ii]nsp|INSP|[Pp]olice|[Hh]ousing|hsg|[Ff]orm tutor|[Tt]utor|DSL|[Kk]eyworker|[Tt]riage|[Ll]iaison)(?: \d{3,6})?[,;)]/;
/**
 * Initials before a short role (`Compiled by JWB (DSL)`) sign a record off, which the annotation
 * guide leaves untagged; a name in full before it is a person.
 */
function signOffInitials(name: Detection, bracket: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(name.text) && !ROLE.test(bracket) && SHORT_ROLE.test(bracket);
}

/** The person's age in brackets (`Ruaridh (12)`, `Caleb (aged 11)`). */
// A note may follow the age after a comma (`Zayan (3, asthma)`, `Callum (18, first-year
// student)`): all 13 such brackets after a capitalised word in the read sets follow a name.
const AGE_IN_BRACKETS = /^\((?:aged? )?\d{1,3}(?:,[ \t][^()\n]{1,40})?\)/;
/**
 * What the person is called, in brackets after a name (`Besnik (surname maybe Dervishi)`,
 * `Tomasz (known as Tom)`, `Dee (real name Deirdre)`): the words before are a name too.
 */
const NAME_NOTE =
  /^\((?:(?:sur|fore|first |last |real |full |nick|maiden )?name|known as|aka|a\.k\.a\.|goes by)\b/i;
/** `, 30,` after a name: the age between commas (`Jo Bell, 31, of …`). */
const AGE_BETWEEN_COMMAS = /^, \d{1,3}, /;
/** `, DOB 04/11/1986`, `, born 1990`, `(DOB …`, `(d.o.b. …`: the person's date of birth follows. */
const BIRTH_AFTER = /^(?:, |[ \t]?\()(?:DOB|D\.O\.B\.?|d\.o\.b\.?|[Bb]orn|[Dd]ate of birth)\b/;
/** `, of Tern House` after a name: where the person lives, an age allowed first. */
const OF_PLACE = /^, (?:\d{1,3}, )?of (?:\p{Lu}|\d)/u;
/** One to three name words ending right before the bracket or comma (spaces allowed before `(`). */
const WORDS_BEFORE =
  /(?<![\p{L}\p{M}\p{N}'’.-])(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,2})[ \t]*$/u;

export function bracketNames(text: string): Detection[] {
  const out: Detection[] = [];
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    const score = bracketScore(text.slice(at, at + 80));
    const name = score === null ? nameAfterRelative(text, at) : nameBefore(text, at, score);
    if (name && !signOffInitials(name, text.slice(at, at + 80))) out.push(name);
    const party = partyInBrackets(text, at);
    if (party) out.push(party);
  }
  for (let at = text.indexOf(', '); at !== -1; at = text.indexOf(', ', at + 2)) {
    const name = nameBeforeComma(text, at);
    if (name) out.push(name);
  }
  return out;
}

/**
 * A name and the person's part in the case inside brackets, as witness summaries head a section
 * (`(Kamara — victim)`, `(Jed Summerhayes - harmer)`).
 */
const PARTY_IN_BRACKETS =
  /^\((\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?)[ \t]*[—–-][ \t]*(?:victim|witness|suspect|defendant|complainant|caller|IP|injured party|aggrieved|perpetrator|harmer|harmed|subject)\)/u;

function partyInBrackets(text: string, at: number): Detection | null {
  const m = PARTY_IN_BRACKETS.exec(text.slice(at, at + 70));
  const name = m?.[1];
  if (!name || !name.split(' ').every((w) => nameWord(w))) return null;
  return person(at + 1, name, BRACKET_NAME_SCORE.role);
}

/**
 * Whether a code may open what `nameBeforeComma` reads after `, `: a birth label's `D`, `d`, `B`
 * or `b`, an age's digit or the `o` of `of`. Most commas are followed by none of them, and are
 * passed over without a slice and a regex test.
 */
function mayFollowComma(c: number): boolean {
  return c === 68 || c === 100 || c === 66 || c === 98 || c === 111 || (c >= 48 && c <= 57);
}

/** The name before `, 30,` or before `, of Place` at the start of a sentence, or null. */
function nameBeforeComma(text: string, at: number): Detection | null {
  const c = text.charCodeAt(at + 2);
  if (!mayFollowComma(c)) return null;
  const after = text.slice(at, at + 18);
  if (BIRTH_AFTER.test(after)) return fullName(nameBefore(text, at, BRACKET_NAME_SCORE.birth));
  if (c >= 48 && c <= 57 && AGE_BETWEEN_COMMAS.test(after)) {
    return nameBefore(text, at, BRACKET_NAME_SCORE.age);
  }
  if (c !== 111 && (c < 48 || c > 57)) return null;
  if (!OF_PLACE.test(after)) return null;
  const name = nameBefore(text, at, BRACKET_NAME_SCORE.residence);
  const full = name !== null && name.text.includes(' ');
  return full && sentenceStart(text, name.startUtf16) ? name : null;
}

/** Whether `at` opens a line or follows a sentence's end (`. `, `! `, `? `). */
function sentenceStart(text: string, at: number): boolean {
  if (at === 0 || text.charCodeAt(at - 1) === 10) return true;
  return (
    / $/.test(text.slice(at - 1, at)) && /[.!?]$/.test(text.slice(Math.max(0, at - 2), at - 1))
  );
}

/**
 * One or two title-case words in brackets (`(Efua)`, `(Mary Jo)`), or one lower-case word, as
 * chat writes a name (`(efua)`, checked against the given names).
 */
const NAME_IN_BRACKETS =
  /^\((\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*(?: \p{Lu}\p{Ll}+)?|\p{Ll}{3,})\)/u;
/** A relative's or worker's word right before the bracket (`mum (Efua)`, `IDVA (Nasreen)`). */
const WORD_BEFORE_BRACKET = /(?<![\p{L}\p{M}-])(\p{L}[\p{L}-]*)(?: \d{1,2})? ?$/u;
/** Control-room staff, named after their post in logs (`Handover to Control 2 (Bev)`). */
const POSTS = new Set([
  'control',
  'controller',
  'dispatcher',
  'despatcher',
  'supervisor',
  // A service named by what it does, then its worker (`street triage (Hollis Dunnachie)`).
  'triage',
  'outreach',
  'navigator',
]);

/**
 * The name in brackets after a relative or worker (`mum (Efua) is driving over`, `his
 * caseworker (Tobenna)`): the reverse of `Faadumo (mother)`. What is said of the person instead
 * (`mum (deceased)`, `dad (Ok)`, `victim (Female)`) is no name.
 */
function nameAfterRelative(text: string, at: number): Detection | null {
  const m = NAME_IN_BRACKETS.exec(text.slice(at, at + 40));
  if (!m) return null;
  const role = WORD_BEFORE_BRACKET.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  const post = role?.toLowerCase() ?? '';
  if (!role || !(roleWords().has(post) || POSTS.has(post) || RANKS.has(role))) return null;
  const value = m[1]!;
  const lower = value.toLowerCase();
  const nameLike = value === lower ? knownLowerName(value) : value.split(' ').every(nameWord);
  if (!nameLike || NOT_NICKNAMES.has(lower) || isTown(value)) return null;
  return person(at + 1, value, BRACKET_NAME_SCORE.relative);
}

/** A name of two words or more (one word before a date of birth may be a label: `Suspect, DOB`). */
function fullName(name: Detection | null): Detection | null {
  return name !== null && name.text.includes(' ') ? name : null;
}

function bracketScore(bracket: string): number | null {
  if (BIRTH_AFTER.test(bracket)) return BRACKET_NAME_SCORE.birth;
  if (RELATION.test(bracket) || NAME_NOTE.test(bracket)) return BRACKET_NAME_SCORE.relative;
  if (AGE_IN_BRACKETS.test(bracket)) return BRACKET_NAME_SCORE.age;
  return ROLE.test(bracket) || SHORT_ROLE.test(bracket) ? BRACKET_NAME_SCORE.role : null;
}

/**
 * Words that may stand before a name without being part of it: titles, ranks, role words, dates
 * and a few function words (`On 25 Sep Faadumo (mother)`, `Present: Dr Ann Bell (chair)`). Any
 * other non-name word makes the words a title or a phrase (`Approved Mental Health Professional
 * (AMHP)`), not a name.
 */
const LEADING = new Set(
  `and or on then with from to by for at in of the a an present dear cc re also and
  children kids child household siblings twins
  jan feb mar apr may jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun`.split(
    /\s+/,
  ),
);

function leadingWord(word: string): boolean {
  const lower = word.toLowerCase();
  return LEADING.has(lower) || titles().has(lower) || roleWords().has(lower) || RANKS.has(word);
}

/** A capital alone, or with a full stop: an initial. */
const INITIAL = /^\p{Lu}\.?$/u;

/** The name words right before `end`, with titles, roles and dates dropped from their start. */
function nameBefore(text: string, end: number, score: number): Detection | null {
  const m = WORDS_BEFORE.exec(text.slice(Math.max(0, end - 60), end));
  if (!m) return null;
  const words = m[1]!.split(/[ \t]/);
  let first = 0;
  while (first < words.length && leadingWord(words[first]!)) first++;
  const name = words.slice(first);
  // An initial may open the name (`I SUTHERLAND (Housing)`, `E ABARA (Housing)`).
  const initial = name.length > 1 && INITIAL.test(name[0]!);
  if (name.length === 0 || !name.slice(initial ? 1 : 0).every(nameWord)) return null;
  // A rank or title right before the name is not part of it (checked by nameWord); the name
  // starts after the dropped words.
  const start = end - m[0].length + m[0].indexOf(m[1]!) + skippedLength(words, first);
  const value = name.join(' ');
  if (name.length === 1 && isTown(value)) return null;
  return person(start, value, score);
}

function skippedLength(words: string[], first: number): number {
  return words.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
}

/** Job words: the end of a job title (`Approved Mental Health Professional`), not a name. */
const JOB_WORDS = new Set(
  `professional officer worker manager nurse coordinator co-ordinator practitioner adviser advisor
  consultant lead assistant director head clerk secretary administrator specialist supervisor
  volunteer interpreter chair member representative commissioner investigator analyst
  solicitor solicitors barrister`.split(/\s+/),
);

/**
 * Numbered things a count or number in brackets follows in records (`Bed (12)`, `Cell (3)`,
 * `Page (4)`): never a name.
 */
const NUMBERED_THINGS = new Set(
  `bed beds cell cells room rooms bay bays item items case cases page pages para paragraph year
  years tier level grade band appendix annex table figure exhibit schedule article clause station
  suite floor block wing unit box bag sheet line count counts total`.split(/\s+/),
);

/** A word that can be (part of) a name: not an everyday, place, role, rank or job word. */
function nameWord(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  const lower = bare.toLowerCase();
  return echoable(bare) && !RANKS.has(bare) && !JOB_WORDS.has(lower) && !NUMBERED_THINGS.has(lower);
}

function person(start: number, name: string, score: number): Detection {
  const recognizer = score === BRACKET_NAME_SCORE.age ? 'person-age' : 'person-relative';
  return personDetection(start, name, score, recognizer);
}

/**
 * A nickname in brackets right after a full name (`Dmitri Volkov (Dimka)`, `Kane Ashby (K-Dog)`),
 * as intelligence logs and referrals give street names: one title-case word, or two joined by a
 * hyphen, that is no everyday, role, job, place or town word (`Ann Bell (Housing)`, `Jo Tait
 * (Guest)` stay out).
 */
const NICKNAME_IN_BRACKETS = /^[ \t]?\((\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*)\)/u;
/** Capitalised words in brackets after a name that say what the person is, not what they are called. */
const NOT_NICKNAMES = new Set(
  `guest chair host deceased claimant applicant defendant respondent absent apologies minutes
  deputy acting retired lead senior junior elder younger older snr jnr anonymous informal
  voluntary withheld estranged separated divorced widowed`.split(/\s+/),
);

export function nicknamesAfterNames(text: string, found: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const d of found) {
    // Only a full name (two words or more) with a bracket right after it: a cheap test first.
    if (d.type !== 'PERSON' || !d.text.includes(' ')) continue;
    const next = text.charCodeAt(d.endUtf16) === 40 ? 0 : 1;
    if (text.charCodeAt(d.endUtf16 + next) !== 40) continue;
    const m = NICKNAME_IN_BRACKETS.exec(text.slice(d.endUtf16, d.endUtf16 + 30));
    if (!m) continue;
    const nick = m[1]!;
    const lower = nick.toLowerCase();
    // A team or job in the brackets (`Tabitha Greenhalf (Psychology)`) says who, not what called.
    if (ROLE.test(m[0].trimStart())) continue;
    if (!nameWord(nick) || NOT_NICKNAMES.has(lower) || isTown(nick)) continue;
    const start = d.endUtf16 + m[0].indexOf(nick);
    out.push(person(start, nick, BRACKET_NAME_SCORE.nickname));
  }
  return out;
}

/**
 * A nickname or short name, then the full name in brackets (`Customer says Nouri (Anouar
 * Benali) still has a key`, `JD (Jordan Dacosta)`): the writer glosses the name the person goes
 * by. The full name is two or three name words; neither part may be an everyday, role, job,
 * place or town word (`Housing (Brookfold Homes)` stays out).
 */
export const SHORT_THEN_FULL =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}{2,3}) \((\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,2})\)/gu;

/** A capitalised word right before: the short name would be the end of a longer name. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]$/u;

/**
 * The bracket and full name of every SHORT_THEN_FULL match: it opens with a literal the regex
 * engine looks for quickly, where SHORT_THEN_FULL opens with a lookbehind tried at every position.
 */
const FULL_IN_BRACKETS = / \(\p{Lu}[\p{Ll}\p{M}'’-]+ \p{Lu}/u;

export function fullNamesAfterShortNames(text: string): Detection[] {
  if (!hasSpaceBracket(text) || !FULL_IN_BRACKETS.test(text)) return [];
  const out: Detection[] = [];
  for (const { start, short, full } of shortThenFull(text)) {
    const shortOk = /^\p{Lu}{2,3}$/u.test(short)
      ? !acronyms().has(short.toLowerCase())
      : nameWord(short);
    if (!shortOk || isTown(short) || !full.split(/[ -]/).every((w) => nameWord(w))) continue;
    // The last word of a longer name (`Dyfrig Parry (Heddlu Gogledd Cymru)`) is no short name.
    if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    out.push(person(start, short, BRACKET_NAME_SCORE.nickname));
    out.push(person(start + short.length + 2, full, BRACKET_NAME_SCORE.nickname));
  }
  return out;
}

/**
 * SHORT_THEN_FULL from its ` (`: the short name read back by a look-behind. Tried at each ` (`
 * of the text instead of SHORT_THEN_FULL's scan, which tries its look-behind at every position
 * (about 2% of the detection time on the eval documents).
 */
const FULL_AFTER_SHORT = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}{2,3})) \((\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,2})\)`,
  'uy',
);

/**
 * The matches of SHORT_THEN_FULL, in order: each ends its short name right before a ` (`, whose
 * name word (one run of lower-case letters after a capital, or two or three capitals) has one
 * start only, and no match holds another's ` (`; so a match of FULL_AFTER_SHORT at each ` (` gives
 * the same short name and full name.
 */
export function shortThenFull(text: string): { start: number; short: string; full: string }[] {
  const out: { start: number; short: string; full: string }[] = [];
  for (let at = text.indexOf(' ('); at !== -1; at = text.indexOf(' (', at + 1)) {
    FULL_AFTER_SHORT.lastIndex = at;
    const m = FULL_AFTER_SHORT.exec(text);
    if (m) out.push({ start: at - m[1]!.length, short: m[1]!, full: m[2]! });
  }
  return out;
}

/**
 * UPPERCASE words right before an age glued to `YRS` or `YO` (`… DAUGHTER TAMSIN QUARRIE 14YRS
 * DOB …`), as command-and-control logs write a missing child: the age says a person was named.
 * One to three name words after a role or everyday word (`DAUGHTER`, `MALE`) or the line start.
 */
const UPPER_BEFORE_AGE =
  /(?<![\p{L}\p{M}'’-])((?:\p{Lu}[\p{Lu}\p{M}'’-]+ ){1,3})\d{1,2}[ ]?(?:YRS|YR|YO|YOA)(?![\p{L}])/gu;
export const UPPER_AGE_NAME_SCORE = 0.7;

export function upperNamesBeforeAges(text: string): Detection[] {
  // Every match holds one of these literals: most texts skip the scan.
  const gate = ['YRS', 'YR ', 'YO ', 'YOA'].some((w) => text.includes(w));
  if (!gate && !text.endsWith('YR') && !text.endsWith('YO')) return [];
  const out: Detection[] = [];
  for (const m of text.matchAll(UPPER_BEFORE_AGE)) {
    const words = m[1]!.trimEnd().split(' ');
    // The name is the run of name-like words ending at the age.
    let i = words.length;
    while (i > 0 && echoable(words[i - 1]!) && !isTown(titleCase(words[i - 1]!))) i--;
    if (i === words.length) continue;
    const name = words.slice(i).join(' ');
    const start = m.index! + m[1]!.trimEnd().length - name.length;
    out.push(personDetection(start, name, UPPER_AGE_NAME_SCORE, 'person-age'));
  }
  return out;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
