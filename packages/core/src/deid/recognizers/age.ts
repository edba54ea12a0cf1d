/**
 * AGE: a person's age in years. Only the number is the span (`aged [34]`), as annotated in the
 * development set. Forms: `aged 34`, `age: 34`, `34 years old`, `34-year-old`, `34 yrs`, `34yo`,
 * `34 y/o`, and `(34)` or `(34, ` right after a name (`Jean SMITH (34)`, `Alfie (4, lives with
 * mum)`). Durations are not ages: `34 yrs` after `for`, `over`, `served` … is skipped, and `years`
 * needs `old`. Ages above 120 are not ages. Further forms without an age word are listed at
 * EXTRA_FORMS.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { detection, textBefore } from './recognizer-helpers.js';
import { isAmbiguousGivenName, isGivenName } from '../names/given-names.js';
import { commonWords, placeSuffixes } from '../names/name-context.js';
import { isTown } from '../places/towns.js';
import {
  foldedLiteralGate,
  hasComma,
  hasCommaSpace,
  hasDoubleSpace,
  hasLineBreak,
  hasOpenBracket,
  includesGate,
  literalGate,
} from '../literal-gate.js';
import { columnCellsWhere } from './table-columns.js';
import {
  beforeRuns,
  hasLetterStart,
  letterStartsOf,
  mergeSites,
  runStartsAfter,
  runTails,
  wordStarts,
  type SiteDetector,
  type TextSites,
} from './text-sites.js';

const NAME = 'age';
const NOT_A_DURATION =
  '(?![\\d:/.,]\\d|\\d|\\s*(?:[Mm]ins?|MINS?|[Mm]inutes|[Hh]ours?|HOURS?|[Hh]rs|HRS|[Dd]ays?|DAYS?|[Ww]eeks?|WEEKS?|[Mm]onths?|MONTHS?)\\b)';
/**
 * `aged 34` (group `aged`), or a number first (group `num`, checked in code so the regex starts on a
 * digit) followed by `years old` (`old`), `yrs`/`yo`/`y/o` (`short`) or a closing bracket (`paren`).
 */
const PATTERN = new RegExp(
  `\\b(?:[Aa]ged?|AGED?)\\s*:?\\s*(?:(?:about|around|approx\\.?|roughly|ABOUT|AROUND)\\s+)?(?<aged>\\d{1,3})${NOT_A_DURATION}` +
    '|(?<num>\\d{1,3})(?:(?<old>[ -]?(?:[Yy]ears?|YEARS?|[Yy]rs?|YRS?)[ -](?:old|OLD)\\b)' +
    '|(?<short> ?(?:[yY]\\/[oO]|yo|YO|yrs?|YRS?)(?![\\w/])|Y(?= ?[MF](?![\\w/])))' +
    // A bracketed age, after a label and a comma too (`(partner, 27)`), or a baby's in months.
    '|(?<paren>(?<=\\((?:[^()\\n,]{1,30}, ?)?\\d{1,3})(?=\\)|, | months?\\))))',
  'g',
);
const NAME_AND_BRACKET = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+)[ \t]{0,2}\($/u;
/**
 * A relationship, role, sex or quoted nickname then a comma inside the bracket before the age
 * (`Jago TREWIN (partner, 27)`, `Shelby Rundle ("Shel", 31)`, `NOAKES Kirsty (F, 40)`).
 */
const LABEL_IN_BRACKET =
  /\((?:(?:his|her|their) )?(?:partner|ex-partner|grandson|granddaughter|nephew|niece|child|player|pupil|student|member|volunteer|tenant|patient|client|resident|wife|husband|mother|father|mum|dad|son|daughter|brother|sister|friend|neighbour|boyfriend|girlfriend|carer|stepdad|stepmum|stepfather|stepmother|grandmother|grandfather|nan|uncle|aunt|cousin|lodger|victim|suspect|witness|caller|driver|passenger|male|female|M|F|["“][^"”\n]{1,24}["”])[ \t]*,[ \t]?$/i;
/**
 * A child or relative by kinship, or a member of a household by role, then the age in brackets
 * (`their daughter (14)`, `Household: applicant (58), wife Hodan`, `her son's (19)`), or a
 * person's age named as such (`Her age (56)`).
 */
const KIN_AND_BRACKET =
  /\b(?:daughter|son|brother|sister|child|baby|boy|girl|grandson|granddaughter|nephew|niece|step(?:son|daughter|dad|mum|father|mother)|cousin|wife|husband|partner|mother|father|mum|dad|grandmother|grandfather|nan|gran|uncle|aunt|auntie|applicant|tenant|claimant|occupier|lodger)(?:['’]s)?[ \t]{0,2}\($|\b(?:his|her|their|my|your) age[ \t]{0,2}\($/i;
const DURATION_BEFORE =
  /\b(?:for|over|in|after|within|past|last|next|about|served|serving|here|of|than|under|around|nearly|almost|some|to|known)\s+$/i;
/** Words that take a number in brackets without it being an age. */
const NOT_NAMES = new Set(
  'section s part schedule form item page exhibit flat room cell bag note code para paragraph clause question option line appendix annex table figure fig step stage level grade pc ps dc ds pcso sgt total count number no ref'.split(
    ' ',
  ),
);
const MAX_AGE = 120;
const RATE_AFTER = /^\s*\d{1,3}(?:\.\d+)?\s*%/;

/** Score of a number-first match, or null when it is not an age (see the module comment). */
function numberFirstScore(m: RegExpExecArray, text: string): number | null {
  const groups = m.groups ?? {};
  if (m.index > 0 && /[\w.]/.test(text[m.index - 1] as string)) return null;
  if (groups.old !== undefined) return 0.85;
  const before = textBefore(text, m.index, 40);
  if (groups.short !== undefined) {
    // `OGRS3 1yr 34%`: a period of a risk score, not an age.
    if (RATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
    return /yrs?$/i.test(m[0]) && DURATION_BEFORE.test(before) ? null : 0.7;
  }
  if (KIN_AND_BRACKET.test(before) || LABEL_IN_BRACKET.test(before)) return 0.6;
  if (nameThenRole(before)) return 0.55;
  // Past a comma only a label (above) says the bracket holds an age: `(Flat 3, 12)` does not.
  if (before.endsWith(' ') || before.endsWith(',')) return null;
  const name = NAME_AND_BRACKET.exec(before)?.[1];
  return name && !NOT_NAMES.has(name.toLowerCase()) ? 0.6 : null;
}

/**
 * A name, then in brackets a one-word job or role in lower case and a comma before the age
 * (`Tayla (cashier, 19)`, `Ade (security, 40)`): the name must not be a place word or an
 * everyday word (`Road (junction, 12)`).
 */
const NAME_THEN_ROLE = /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}'’-]+)[ \t]{0,2}\(([a-z]{3,15}), ?$/u;

function nameThenRole(before: string): boolean {
  const m = NAME_THEN_ROLE.exec(before);
  if (!m) return false;
  const name = m[1]!.toLowerCase();
  return (
    !NOT_NAMES.has(name) &&
    !NOT_NAMES.has(m[2]!) &&
    !commonWords().has(name) &&
    !placeSuffixes().has(name)
  );
}

function ageSpan(
  m: RegExpExecArray,
  text: string,
): { start: number; end: number; score: number } | null {
  const aged = m.groups?.aged;
  if (aged !== undefined) {
    const end = m.index + m[0].length;
    return Number(aged) > MAX_AGE ? null : { start: end - aged.length, end, score: 0.85 };
  }
  const num = m.groups?.num ?? '';
  const score = Number(num) > MAX_AGE ? null : numberFirstScore(m, text);
  return score === null ? null : { start: m.index, end: m.index + num.length, score };
}

/**
 * Further forms, each with its number (or numbers) in group `n` (`d` flag: group offsets):
 * - a person noun then `of 77` (`a girl of 77`, `a lad of 15`): English "a man of fifty";
 * - a description's sex then the age (`IC1 male, 31,`, `male 23 collapsed`, `boy, 8,`): the
 *   order of police descriptions (ethnicity code, sex, age, height);
 * - a date of birth then the age in brackets or after a comma, where the number ends a clause
 *   (`b. 19/12/1988, 36)`, `DOB 02/09/1980 (44)`, `DOB: 2001-05-12 (25y)`, `born 06/04/1985, 52
 *   years`, `DOB 30/01/2018, 19, known`; not the house number of `DOB 1/2/1990, 14 Elm Road`);
 * - children's ages as a list (`children 5 and 9`, `kids 3, 6 and 12`, `Children: 2 (9, 4)`);
 * - an age told in chat without an apostrophe (`hes 23`, `im 78`) as in speech (`he's 23`);
 * - a first name then the age between commas (`Partner Keeley, 24, email`), also after an aside
 *   in brackets or a quoted nickname (`Nia (would not give surname), 41,`, `"Big T", 16,`) and
 *   before `today` (`Mr Eilertsen, 90 today`).
 * Each regex starts on a literal or a digit and the word before is checked in code (`before`):
 * look-behinds made the scan ten times slower.
 */
const PERSON_NOUN_BEFORE =
  /\b(?:girl|boy|lad|lass|man|woman|child|fella|fellow|gentleman|lady|male|female|teenager|youth|pensioner)$/i;
/**
 * A date-of-birth label before the date, perhaps one shared with the age and padded by a dotted
 * leader, as a case system prints it (`DOB / AGE.....: 19/07/2000 / 37`).
 */
const BIRTH_BEFORE =
  /(?:\b[Bb]\.|\bDOB|\bdob|\b[Bb]orn)(?:\s*\/\s*(?:AGE|[Aa]ge))?(?:\.{2,})?\s*:?\s*$/;
/** A quoted nickname right before the age (`"Big T", 16,`). */
const QUOTED_NAME_END = /["“]\p{Lu}[^"”\n]{0,24}["”]$/u;
/** A bracketed aside at the end (stripped before NAME_BEFORE is tried). */
const ASIDE_END = /\s*\([^()\n]{1,60}\)$/;
/**
 * A title-case name (`Okonkwo-Bello`, `McGrath`, `McGRATH`), or a first name and an UPPERCASE
 * surname (`Zofia WIŚNIEWSKA`).
 */
const NAME_BEFORE =
  /(?:^|[^\p{L}'’-])((?:Mc|Mac)\p{Lu}\p{L}+|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}\p{Ll}+ \p{Lu}{2,}(?:-\p{Lu}{2,})?)$/u;

interface ExtraForm {
  re: RegExp;
  score: number;
  list?: boolean;
  /** The text just before the match must pass this (the word the form needs). */
  before?: (text: string, index: number) => boolean;
  /** Merged scan: every position where `re` can match (see each form). */
  sites: (text: string, sites: TextSites) => number[];
  /** Merged scan: scan the whole text with `re` instead, when this holds (else find nothing). */
  whole?: (text: string, sites: TextSites) => boolean;
  /** The match itself must pass this (a check the regex cannot make). */
  accept?: (m: RegExpExecArray) => boolean;
}

const SEX_WORDS = wordStarts(['male', 'female', 'girl', 'boy', 'man', 'woman', 'lad']);
const PRONOUN_WORDS = wordStarts(['he', 'hes', 'she', 'who', 'you', 'im']);
/**
 * `I'm 40`, `I am 40`, `I was 19,`: `I`, then an apostrophe or space (one key bucket), then `m`,
 * `a` or `w`.
 */
const I_WORDS = wordStarts(["i'"], 'amw');
/** The verb of PRONOUN_AGE, one of which every match contains. */
const PRONOUN_VERBS = /['’](?:s|re|m|ll) | (?:is|was|are|am|be|been) |[Hh]es |HES |\bim /;
const AGED_WORDS = wordStarts(['age']);
const KIN_WORDS = wordStarts([
  'son',
  'daughter',
  'grandson',
  'granddaughter',
  'stepson',
  'stepdaughter',
  'brother',
  'sister',
  'nephew',
  'niece',
  'child',
  'baby',
  // Parents, partners and a solicitor's client, as relatives and representatives describe them.
  'dad',
  'mum',
  'mam',
  'mother',
  'father',
  'husband',
  'wife',
  'partner',
  'client',
]);
const LOOK_WORDS = wordStarts(['look', 'looks', 'looked', 'looking']);
const ABOUT_WORDS = wordStarts(['approx', 'approximately', 'about', 'around']);
/**
 * Ages three to ninety-nine in words (`one` and `two` are left out: `she's one of them`).
 * Longest first, so `seventeen` is not read as `seven`.
 */
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS_AND_UNITS =
  'thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|three|four|five|six|seven|eight|nine|ten';
const NUMBER_WORD = `(?:(?:${TENS})(?:-(?:${UNITS}))?|${TEENS_AND_UNITS})`;
/** One age of a list: digits or a number in words. */
const LIST_AGE = `(?:\\d{1,2}|${NUMBER_WORD})`;
/** Each age of a list match's `n` group. */
const LIST_NUMBER = new RegExp(`\\d+|${NUMBER_WORD}`, 'g');
/** A number, in digits or words, then `-odd`, `-ish` or `ish` (see its form in EXTRA_FORMS). */
const HEDGED_AGE = new RegExp(
  `(?<![\\p{L}\\p{N}£$:.,/-])(?<n>\\d{2,3}|${NUMBER_WORD})(?:-odd|-?ish)(?![\\p{L}\\p{N}])(?![ \\t]+(?:years?|yrs|calls|times|people|men|women|kids|youths|incidents|reports|houses|flats|homes|cars|minutes|mins|hours|days|weeks|months|miles|quid|pounds|grand|of)\\b)`,
  'dgiu',
);
/** Words NUMBER_WORD starts with, for the letter-run sites (a space stands before them). */
const NUMBER_WORD_STARTS = wordStarts(`${TENS}|${TEENS_AND_UNITS}`.split('|'));
/** An age in words between commas (see its form in EXTRA_FORMS). */
const COMMA_NUMBER_WORD = new RegExp(`, (?<n>${NUMBER_WORD})(?=[,:;] )`, 'dg');
/** An age in words alone in brackets (see its form in EXTRA_FORMS). */
const BRACKETED_NUMBER_WORD = new RegExp(
  `\\((?:(?<who>\\p{Lu}[\\p{Ll}'’-]+), )?(?<n>${NUMBER_WORD})\\)`,
  'dgu',
);
/** A date right before the bracket (`DOB 12th November 1994 (thirty-two)`). */
const DATE_END = /(?:\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})[ \t]*$/;
/** For the property test of the site gates (site-gates.property.test.ts). */
export const NUMBER_WORD_SITE_GATE = { pattern: COMMA_NUMBER_WORD, starts: NUMBER_WORD_STARTS };
/**
 * `he's only 29`, `she's 36,`, `who is nine`: an age told in speech. Not a duration, distance,
 * rate or time (`he's 5 minutes away`, `she's 10 miles out`). `I was` needs the number to end the
 * clause (`I was nineteen, in the back of a van`, `I was 12 when`): `I was 20 quid short` is not.
 */
const PRONOUN_AGE = new RegExp(
  `(?<![\\w'’])(?:(?:[Hh]e|HE|[Ss]he|SHE|[Ww]ho)(?:['’]s| is| was|['’]ll be| will be|['’]d have been| would have been)|(?:[Hh]es|[Ss]hes|im)|[Yy]ou(?:['’]re| are)|[Ii]['’]m|[Ii] am|[Ii] was(?= \\S+[,.;:!?)—–]| \\S+ when\\b)) (?:only |just |nearly |almost |about |around |now |maybe |probably |possibly |roughly )?(?<n>\\d{1,3}|${NUMBER_WORD})(?:ish)?(?![\\w'’-])(?![.:/]\\d)(?!\\s*(?:mins?|minutes|hours?|hrs|days?|weeks?|months?|years? ago|%|percent|times|miles|feet|ft|metres|yards|pm|am|o['’]clock|of)\\b)`,
  'dg',
);
/**
 * A description's sex then the age, perhaps `about` it: after a comma (`IC1 male, 31,`, `Young man, 17,`), or after a space when the
 * age is a word or two digits (`male 23 collapsed`, `female seventeen`; `Male 1` names a person
 * in a statement). Not a time, a duration or a list position (`male 23 of 30`).
 */
const SEX_THEN_AGE = new RegExp(
  `\\b(?:male|female|girl|boy|man|woman|lad)(?<sep>,\\s*| )(?:(?:about|around|approx\\.?|approximately|maybe|roughly) )?(?<n>\\d{1,3}|${NUMBER_WORD})(?:ish)?(?![\\w'’]|-(?!\\d{1,2}(?![\\w/.:-])))(?![.:/]\\d)(?![ ,]*(?:of|hrs|hours|mins|minutes|years|yrs|days|weeks|months)\\b)`,
  'dgi',
);
function sexThenAge(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const next = /^\s*(.|$)/.exec(m.input.slice(end, end + 12))?.[1] ?? '';
  // A comma, a bracket, a table's cell wall, a dash or the line's end ends the description's age
  // (`older male, 19 |`, a headline's `missing Hawksett girl, 15`).
  if (m.groups?.sep?.startsWith(','))
    return (
      /^[,);|—–]$/.test(next) || /^(?:\s+-\s|[ \t]*(?:\r?\n|$))/.test(m.input.slice(end, end + 4))
    );
  return !/^\d$/.test(m.groups?.n ?? '') && /^(?:[ ,;)-]|)$/.test(m.input.charAt(end));
}
/** What follows a number that is an amount, a distance or a time, not an age. */
const NOT_AN_AMOUNT = `(?!\\s*(?:mins?|minutes|hours?|hrs|days?|weeks?|months?|years? ago|%|percent|times|miles|feet|ft|metres|yards|doors|houses|streets|stone|kg|pm|am|o['’]clock|of)\\b)`;
/**
 * A relative, perhaps with their first name, then `is` and the age (`my grandson Tomos is 9`,
 * `her son is 41`, `Dad is 66`), as complainants and callers describe their household, and a
 * solicitor's client (`My client is seventeen`).
 */
const KIN_IS_AGE = new RegExp(
  `\\b(?:(?:[Gg]rand|[Ss]tep)?(?:[Ss]on|[Dd]aughter)|[Bb]rother|[Ss]ister|[Nn]ephew|[Nn]iece|[Cc]hild|[Bb]aby|[Dd]ad|[Mm]um|[Mm]am|[Mm]other|[Ff]ather|[Hh]usband|[Ww]ife|[Pp]artner|[Cc]lient)(?: \\p{Lu}[\\p{Ll}'’-]+)? (?:is|was|turned|has just turned) (?:only |just |nearly |almost |now )?(?<n>\\d{1,3}|${NUMBER_WORD})(?![\\w'’-])(?![.:/]\\d)${NOT_AN_AMOUNT}`,
  'dgu',
);
/**
 * The person a record is about, by their role, then `is` and the age (`Witness is 56 and cares
 * for`, `Pt is 42, known to have epilepsy`), as statements and ambulance notes describe them.
 */
const ROLE_IS_AGE = new RegExp(
  `\\b(?:[Ww]itness|[Vv]ictim|[Pp]atient|[Pp]t|[Ss]ubject|[Ss]uspect|[Cc]omplainant|[Cc]asualty|[Ii]nformant|[Cc]aller|[Dd]etainee|[Oo]ffender|[Dd]efendant|[Cc]laimant|[Aa]pplicant) (?:is|was) (?:only |just |nearly |almost |now |aged )?(?<n>\\d{1,3}|${NUMBER_WORD})(?![\\w'’-])(?![.:/]\\d)${NOT_AN_AMOUNT}`,
  'dgu',
);
const ROLE_WORDS = wordStarts([
  'witness',
  'victim',
  'patient',
  'pt',
  'subject',
  'suspect',
  'complainant',
  'casualty',
  'informant',
  'caller',
  'detainee',
  'offender',
  'defendant',
  'claimant',
  'applicant',
]);
/**
 * `is` and an age, then `and` and what the person does (`Jethro X, is thirty-eight and lives
 * alone`, `who is 86 and lives`, `Mr Popescu is 47 and has`): a description of someone, whoever
 * comes before. In the read sets 15 such numbers, all annotated ages.
 */
const IS_AGE_AND = new RegExp(
  `\\b(?:is|was) (?<n>\\d{1,3}|${NUMBER_WORD}),? and (?:lives|lived|works|worked|attends|goes|drinks|smokes|uses|has|is|was)\\b`,
  'dg',
);
const IS_WORDS = wordStarts(['is', 'was']);
const HOW_OLD = /how old/i;
/**
 * `How old is he?`, a line break, a speaker label up to its colon (after a timestamp, `00:00:50 —`),
 * then the age (see EXTRA_FORMS).
 */
const ANSWERED_AGE = new RegExp(
  `[Hh]ow old (?:is|was|are|'s) [^?\\n]{1,30}\\?[ \\t]*\\r?\\n(?:[\\d:.,]+[ \\t]*[—–-]?[ \\t]*)?[A-Za-z[(][^\\n:]{0,39}:[ \\t]*(?:(?:like|about|around|maybe|erm|um|er),? )?(?<n>\\d{1,2}|${NUMBER_WORD})(?![\\w'’-])(?![.:/]\\d)${NOT_AN_AMOUNT}`,
  'dg',
);

/**
 * An age guessed from how someone looks (`looked about 15`, `looks maybe 20ish`): a hedge word is
 * required (`looked at 3 cars`), and the number ends the clause.
 */
const LOOKS_AGE = new RegExp(
  `\\b(?:[Ll]ooks?|[Ll]ooked|[Ll]ooking)(?: like)? (?:about|maybe|roughly|approx\\.?|approximately) (?<n>\\d{1,2})(?:ish)?(?=[ \\t]*(?:[.,;:)!?\\n\\r]|$|and\\b|or\\b|to\\b|-))`,
  'dg',
);
/** A year of birth then the age in brackets: the age must bring the year into 2000–2100. */
function plausibleAgeThen(year: number, age: number): boolean {
  return age <= MAX_AGE && year + age >= 2000 && year + age <= 2100;
}
const yearRun = (length: number, _next: number, first: number) =>
  length === 4 && (first === 49 || first === 50);
/** A date separator `[/.-]` right after the digit run. */
/**
 * Whether the text holds a literal of BIRTH_BEFORE (`b.`, `B.`, `DOB`, `dob`, `born`, `Born`),
 * which the date-of-birth form needs before each match it keeps.
 */
const mayHoldBirth = (text: string) =>
  mayHoldBirthWord(text) || text.includes('b.') || text.includes('B.');
/** The literals of `mayHoldBirth` long enough for a literal gate (answered in the text's pass). */
const mayHoldBirthWord = literalGate(['DOB', 'orn', 'dob']);
/** Whether the text may hold `[ \t]{2}`: a double space, or a tab. */
const mayHoldWideGap = (text: string) => hasDoubleSpace(text) || text.includes('\t');
const separatorAfter = (text: string, end: number) => '/.-'.includes(text.charAt(end) || '#');
const dateSeparatorAfter = (text: string, end: number) => '/.- '.includes(text.charAt(end) || '#');

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldHowOld = literalGate(['ow old']);
const mayHoldHedge = literalGate(['ish', '-odd']);
const mayHoldMiddleDot = literalGate([' · ']);
const mayHoldAnd = literalGate([' and ']);
const mayHoldAt = literalGate([' at ']);

const EXTRA_FORMS: readonly ExtraForm[] = [
  {
    re: / of (?<n>\d{1,3})\b(?![.:/]\d)/dg,
    score: 0.6,
    before: (text, i) => PERSON_NOUN_BEFORE.test(textBefore(text, i, 12)),
    // The space four characters before the number's digit run.
    sites: (text, sites) => beforeRuns(text, sites, 4, (t, q) => t.charCodeAt(q - 4) === 32),
  },
  {
    re: SEX_THEN_AGE,
    score: 0.65,
    sites: (_text, sites) => letterStartsOf(sites, SEX_WORDS),
    accept: sexThenAge,
  },
  {
    re: /(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[ -][A-Z][a-z]{2,8}[ -]\d{4})\s*(?:,\s*|\(\s*|[ \t]\/[ \t]*|[ \t][—–-][ \t])(?<n>\d{1,3})(?:\s*(?:y|yrs?|yo|years?(?: old)?))?[ \t]*(?:\)|(?=[,;.\r\n]|[ \t]{2,}|$))/dg,
    score: 0.7,
    // A form may pad the label from its value (`Born          29-Feb-1992 (43 years)`).
    before: (text, i) => BIRTH_BEFORE.test(textBefore(text, i, 24)),
    // No look-behind: the day (or an ISO year) is the last one to four digits of a run followed by
    // a separator, or by a blank before a month's name. A match is kept only after BIRTH_BEFORE,
    // whose words a text without them lacks (most log entries: no sites).
    sites: (text, sites) =>
      mayHoldBirth(text) ? runTails(text, sites, 4, dateSeparatorAfter) : [],
  },
  {
    // Children's ages as a list, or ages as a list after `ages` (`2 CHILDREN (AGES 9 AND 12)`).
    // In brackets too, perhaps after `present` (`his children (9 and 12)`, `2 children present (4
    // and 9)`).
    // Also after a comma or `are` (`two kids, 4 and 7`, `my kids are 4 and 7`), and in words
    // (`the two kids, eleven and fourteen`).
    re: new RegExp(
      `(?:[Cc]hildren|CHILDREN|[Kk]ids|KIDS|(?:(?<![A-Za-z])|(?<=[Ss]tep|[Gg]rand|[Gg]od))[Ss]ons|[Dd]aughters|[Tt]wins|[Ss]iblings|(?<![\\w-])(?:[Aa]ges|AGES)(?=[\\s:]))(?: present)?(?:,| are| were)?\\s*:?\\s+\\(?(?:aged\\s+)?(?<n>${LIST_AGE}(?:,\\s*${LIST_AGE})*\\s+(?:and|AND|&)\\s+${LIST_AGE})\\b(?![.:/]\\d|\\s*(?:hours|mins|minutes|days|weeks|months|HOURS|MINS|DAYS|WEEKS|MONTHS))`,
      'dg',
    ),
    score: 0.6,
    list: true,
    // No word boundary (`stepdaughters 4 and 6`; `sons` after `step`, `grand` or `god` only, not
    // in `reasons`), so scanned whole (cheap: a literal first), and only
    // when the text has a digit or a number word, a list word and the list's `and` (the literal
    // gate first: `and` is in most texts).
    whole: (text, sites) =>
      (sites.runStarts.length > 0 || hasLetterStart(sites, NUMBER_WORD_STARTS)) &&
      mayHoldListWord(text) &&
      LIST_AND.test(text),
    sites: () => [],
  },
  {
    // The answer to `how old is he?` opening the next turn of a call or interview transcript
    // (`OPERATOR: How old is he?` then `[00:01:52] CALLER: 29. His birthday's …`).
    re: /[Hh]ow old (?:is|are|was|were) [^?\n]{1,30}\?[ \t]*\r?\n(?:\[[^\]\n]{1,24}\][ \t]*)?[^\n:]{1,30}:[ \t]*(?<n>\d{1,3})(?=[.,!;]|[ \t]*\r?\n|[ \t]*$|[ \t]+(?:years?|yrs?|next|now|in|or)\b)/dg,
    score: 0.6,
    whole: (text) => mayHoldHowOld(text),
    sites: () => [],
  },
  {
    // A count of children then their ages in brackets, the count before or after the word
    // (`Children: 2 (9, 4)`, `3 children (14, 11, 6)`).
    re: /(?:(?:[Cc]hildren|CHILDREN|[Kk]ids|KIDS)(?: in (?:the )?household)?\s*:?\s*\d{1,2}|(?<![\w.,/])\d{1,2} (?:[Cc]hildren|CHILDREN|[Kk]ids|KIDS))\s*\((?<n>\d{1,2}(?:,\s*\d{1,2})+)\)/dg,
    score: 0.6,
    list: true,
    whole: (text, sites) => sites.runStarts.length > 0 && hasOpenBracket(text),
    sites: () => [],
  },
  {
    // Children named with their ages in brackets after the word (`two children (Kaiden 7,
    // Lacey-Rose 4)`, `in front of children (Nieve 6, Mateo 3)`): each number.
    re: /(?:[Cc]hildren|CHILDREN|[Kk]ids|KIDS)\s*\((?<n>\p{Lu}[\p{L}'’-]+ \d{1,2}(?:, \p{Lu}[\p{L}'’-]+ \d{1,2})+)\)/dgu,
    score: 0.6,
    list: true,
    whole: (text, sites) =>
      sites.runStarts.length > 0 && hasOpenBracket(text) && mayHoldListWord(text),
    sites: () => [],
  },
  {
    // A hedged age, the number then `-odd` or `ish` (`she's seventy-odd`, `Serkan Aydın, 62ish`,
    // `male 23ish known as Tiny`, `| 18-ish |`): over the read sets every such number not a time
    // (`16:30ish`, `at 10ish`) or a count of things (`forty-odd calls`) was an age.
    re: HEDGED_AGE,
    score: 0.55,
    accept: (m) => hedgedAge(m),
    whole: (text) => mayHoldHedge(text),
    sites: () => [],
  },
  {
    // A pupil's school year then the age in brackets (`Ruby Kettering (Year 2, 6)`, `Jessamy (Y7,
    // 11)`), as school chronologies write them.
    re: /\((?:Year|YEAR|Yr|Y)[ ]?\d{1,2}, (?<n>\d{1,2})\)/dg,
    score: 0.65,
    whole: (text) => text.includes('(Y'),
    sites: () => [],
  },
  {
    // An age between middle dots after a name (`Daniel "Danny" WHITLAM · 38 · died …`,
    // `Oluwaseun Adeyemi-Cleverly · 31 · NHS …`), as a record's summary line joins its fields.
    re: / · (?<n>\d{1,3}) · /dg,
    score: 0.55,
    whole: (text) => mayHoldMiddleDot(text),
    sites: () => [],
    before: (text, i) => {
      const name = NAME_BEFORE.exec(
        textBefore(text, i, 60).replace(/["“][^"”]{1,20}["”] /, ''),
      )?.[1];
      if (name === undefined || isTown(name)) return false;
      return isPersonWord(name.split(' ')[0]!.toLowerCase());
    },
  },
  {
    re: PRONOUN_AGE,
    score: 0.6,
    // Every match holds one of PRONOUN_VERBS: texts without one skip the sites. The pronoun
    // sites come first: most texts have none, and then the whole-text test is not needed.
    sites: (text, sites) => {
      const pronouns = mergeSites(
        letterStartsOf(sites, PRONOUN_WORDS),
        letterStartsOf(sites, I_WORDS),
      );
      return pronouns.length > 0 && PRONOUN_VERBS.test(text) ? [...pronouns] : [];
    },
  },
  {
    re: KIN_IS_AGE,
    score: 0.6,
    sites: (_text, sites) => letterStartsOf(sites, KIN_WORDS),
  },
  {
    re: IS_AGE_AND,
    score: 0.6,
    accept: (m) => Number(m.groups?.n) <= MAX_AGE || Number.isNaN(Number(m.groups?.n)),
    sites: (text, sites) => (mayHoldAnd(text) ? letterStartsOf(sites, IS_WORDS) : []),
  },
  {
    re: ROLE_IS_AGE,
    score: 0.6,
    sites: (_text, sites) => letterStartsOf(sites, ROLE_WORDS),
  },
  {
    // An interview's answer to `How old is he?` on the next speaker's line (`SOL: like 21.`,
    // `00:00:50 — Lili: 19.`): the number that opens the answer.
    re: ANSWERED_AGE,
    score: 0.6,
    whole: (text) => text.includes('?') && HOW_OLD.test(text),
    sites: () => [],
  },
  {
    re: LOOKS_AGE,
    score: 0.55,
    sites: (_text, sites) => letterStartsOf(sites, LOOK_WORDS),
  },
  {
    re: /\b[Aa]ge (?:(?:at|on|when) [A-Za-z ]{1,25}?:|claimed|given|stated|reported|estimated)\s*(?<n>\d{1,3})\b(?![.:/]\d)/dg,
    score: 0.8,
    sites: (_text, sites) => letterStartsOf(sites, AGED_WORDS),
  },
  {
    re: /(?<!\d)(?<y>(?:19|20)\d{2})\s*\((?<n>\d{1,3})\s*(?:y|yrs?|yo)?\)/dg,
    score: 0.65,
    accept: (m) => plausibleAgeThen(Number(m.groups?.y), Number(m.groups?.n)),
    sites: (text, sites) => runStartsAfter(text, sites, () => false, yearRun),
  },
  {
    re: /, then (?<n>\d{1,3})(?=[,);])/dg,
    score: 0.6,
    sites: (text, sites) => beforeRuns(text, sites, 7, (t, q) => t.startsWith(', then ', q - 7)),
  },
  {
    re: /(?<=,[ \t]?)(?:[Aa]pprox\.?|[Aa]pproximately|[Aa]bout|[Aa]round)[ \t]?(?<n>\d{1,3})(?=[,);]|: )/dg,
    score: 0.55,
    // The look-behind needs a comma.
    sites: (text, sites) => (hasComma(text) ? letterStartsOf(sites, ABOUT_WORDS) : []),
  },
  {
    // A description of someone seen (`Male at the door. Approx 25, grey tracksuit`): the rough
    // age opens a sentence and clothing or build follows it.
    re: /(?<=(?:^|[.;:])[ \t]?)(?:[Aa]pprox\.?|[Aa]pproximately|[Aa]bout|[Aa]round)[ \t]?(?<n>\d{1,2})(?=,[ \t]*(?:[a-z]+[ \t]){0,2}(?:tracksuit|hoodie|jacket|coat|build|hair|beard|jeans|top|trousers|cap|hat|wearing|tall|short|slim|stocky|skinny)\b)/dgm,
    score: 0.55,
    sites: (text, sites) => (hasComma(text) ? letterStartsOf(sites, ABOUT_WORDS) : []),
  },
  {
    // Also before a table's cell wall (`| Connor Ashby-Rudd, 27 | AMHP …`), a form's padded
    // gap (`Mother: Leanne OKONEDO, 36     Mother's partner: …`) or the date of birth in
    // brackets (`Storm OKONEDO-PRICE, 14 (19/03/2016)`, `Lukas PETRAUSKAS, 33 (DOB 8.1.2000)`).
    re: /, (?<n>\d{1,2})(?:, | today\b|(?=[ \t]+\||[ \t]{3,}\S| \(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\)| \((?:DOB|D\.O\.B\.?|dob|born)\b))/dg,
    score: 0.5,
    sites: (text, sites) => beforeRuns(text, sites, 2, (t, q) => t.charCodeAt(q - 2) === 44),
    before: nameBeforeComma,
  },
  {
    // The same at a line's end, as lists of people write them (`Levente FARKAS, 22`,
    // `Curtis ARKWRIGHT ("Tiz"), 24`).
    re: /, (?<n>\d{1,2})(?=[ \t]*\r?\n|[ \t]*$)/dg,
    score: 0.5,
    sites: (text, sites) => beforeRuns(text, sites, 2, (t, q) => t.charCodeAt(q - 2) === 44),
    before: nameBeforeComma,
  },
  {
    // A household table's row: the date of birth, a padded gap, the age, a padded gap or the
    // line's end (`Mother         14/08/1987   39    Care assistant`).
    re: /(?:\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})[ \t]{2,}(?<n>\d{1,3})(?=[ \t]{2,}|[ \t]*\r?\n|[ \t]*$)/dg,
    score: 0.65,
    // Two blanks after the date: a double space or a tab, which most texts lack.
    sites: (text, sites) => (mayHoldWideGap(text) ? runTails(text, sites, 4, separatorAfter) : []),
  },
  {
    // An age at a turn of a life told in a report (`left school at 15`, `first self-harmed at
    // fifteen`, `married there at 18`): the event word comes first in the clause.
    re: new RegExp(
      `\\b(?:left school|married|first|started|began|moved|came to|arrived|joined|adopted|went into care|dropped out|pregnant|diagnosed)\\b[^.;\\n]{0,50}? at (?<n>\\d{1,2}|${NUMBER_WORD})\\b(?![:.]\\d)(?!\\s*(?:am|pm|hrs|h|o['’]clock)\\b)(?=[ \\t]*[,.;)]|[ \\t]+(?:and|after|when|but|because|while|in|to|he|she|they)\\b)`,
      'dg',
    ),
    score: 0.55,
    sites: () => [],
    whole: (text) => mayHoldAt(text) && AT_AGE.test(text) && LIFE_EVENT_WORD.test(text),
  },
  {
    // An age in words between a name and a comma or colon (`Jordan-Lee Ashby, sixteen, Year 11`,
    // `- Keeley Marsh, nineteen: review of ban`), as lists of young people write it.
    re: COMMA_NUMBER_WORD,
    score: 0.5,
    sites: () => [],
    // The number word starts a run of letters (after `, `): texts without one skip the scan.
    whole: (text, sites) => hasCommaSpace(text) && hasLetterStart(sites, NUMBER_WORD_STARTS),
    before: (text, i) => {
      const name = NAME_BEFORE.exec(textBefore(text, i, 60))?.[1];
      return name !== undefined && !NOT_NAMES.has(name.toLowerCase());
    },
  },
  {
    // An age in words in brackets after a name (`Adaeze (eight)`, `Maisie-Belle Whitworth (nine)`),
    // as lists of children write it beside ages in digits.
    re: BRACKETED_NUMBER_WORD,
    score: 0.6,
    sites: () => [],
    whole: (text, sites) => hasOpenBracket(text) && hasLetterStart(sites, NUMBER_WORD_STARTS),
    // Also a name and the age inside the bracket (`LE01 (Jonty, thirty-eight)`), or a date of
    // birth before it (`DOB 12th November 1994 (thirty-two)`).
    accept: (m) => !m.groups?.who || isPersonWord(m.groups.who.toLowerCase()),
    before: (text, i) => {
      const window = textBefore(text, i, 60);
      if (DATE_END.test(window)) return true;
      const name = NAME_BEFORE.exec(window.trimEnd())?.[1];
      const who = /^\((\p{Lu}[\p{Ll}'’-]+), /u.exec(text.slice(i, i + 30))?.[1];
      if (who !== undefined) return true;
      return name !== undefined && isPersonWord(name.split(' ')[0]!.toLowerCase());
    },
  },
  {
    // A name, or a relative after a name, then the age ending the sentence or clause
    // (`Orla BRENNAN, 34.`, `Tadhg Ward, her son, 7;`).
    re: /, (?<n>\d{1,2})[.;](?=\s|$)/dg,
    score: 0.5,
    sites: (text, sites) => beforeRuns(text, sites, 2, (t, q) => t.charCodeAt(q - 2) === 44),
    before: (text, i) => {
      const near = textBefore(text, i, 60);
      if (KIN_BETWEEN_COMMAS.test(near)) return true;
      const name = NAME_BEFORE.exec(near)?.[1]?.split(' ')[0]?.toLowerCase();
      return name !== undefined && isPersonWord(name);
    },
  },
  {
    // A known first name, `is` and the age, ending the clause (`Maeve is 83, lives alone`).
    re: / is (?<n>\d{1,3})(?=[,.;](?:\s|$))/dg,
    score: 0.55,
    sites: (text, sites) => beforeRuns(text, sites, 4, (t, q) => t.startsWith(' is ', q - 4)),
    before: (text, i) => {
      if (TITLED_NAME_END.test(textBefore(text, i, 50))) return true;
      const name = TITLE_WORD_END.exec(textBefore(text, i, 20))?.[1];
      if (name === undefined) return false;
      const lower = name.toLowerCase();
      return isGivenName(lower) && !isAmbiguousGivenName(lower) && isPersonWord(lower);
    },
  },
  {
    // An age in brackets after a name, with `now` (`her son Cai (now 4)`).
    re: /\(now (?<n>\d{1,3})\)/dg,
    score: 0.6,
    sites: (text, sites) => beforeRuns(text, sites, 5, (t, q) => t.startsWith('(now ', q - 5)),
    before: (text, i) => {
      const name = NAME_BEFORE.exec(textBefore(text, i, 40).trimEnd())?.[1];
      return name !== undefined && isPersonWord(name.split(' ')[0]!.toLowerCase());
    },
  },
  {
    // Two ages after `aged` (`two boys aged 14 and 12`): the second one.
    re: /\b(?:[Aa]ged|AGED) \d{1,3} and (?<n>\d{1,3})(?![\w'’-])(?![.:/]\d)/dg,
    score: 0.8,
    accept: (m) => AMOUNT_NEXT.test(m.input.slice(m.index + m[0].length)),
    sites: (_text, sites) => letterStartsOf(sites, AGED_WORDS),
  },
];

/**
 * ` at ` then a digit or the first letter of a NUMBER_WORD (`t`, `f`, `s`, `e`, `n`), as in every
 * LIFE_EVENT match: `used at Tesco` skips the scans.
 */
const AT_AGE = / at [\defnst]/;
/** The words LIFE_EVENT's form starts with: texts without one skip its scan. */
const LIFE_EVENT_WORD =
  /left school|married|first|started|began|moved|came to|arrived|joined|adopted|went into care|dropped out|pregnant|diagnosed/;

/**
 * A name before `, 16`: a quoted nickname (`"Big T", 16,`), or a name with an aside in brackets
 * after it (`Nia (would not give surname), 41,`, `Curtis ARKWRIGHT ("Tiz"), 24`).
 */
function nameBeforeComma(text: string, i: number): boolean {
  const near = textBefore(text, i, 90);
  if (QUOTED_NAME_END.test(near)) return true;
  const name = NAME_BEFORE.exec(near.replace(ASIDE_END, ''))?.[1];
  return name !== undefined && !NOT_NAMES.has(name.toLowerCase());
}

/** A title and a surname, perhaps with a quoted nickname in brackets (`Mr Durocher ("Milo")`). */
const TITLED_NAME_END =
  /\b(?:Mr|Mrs|Ms|Miss|Mx)\.? \p{Lu}[\p{L}\p{M}'’-]+(?: \(["“][^"”\n]{1,20}["”]\))?$/u;

/** A title-case word ending the text looked at (`Maeve` before ` is 83,`). */
const TITLE_WORD_END = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+)$/u;

/** A time word right before a hedged number (`at 10ish`, `till 11ish`): a time, not an age. */
const TIME_WORD_BEFORE = /\b(?:at|by|from|till|until|after|before|since|around|about)[ \t]+$/i;

function hedgedAge(m: RegExpExecArray): boolean {
  const n = Number(m.groups?.n);
  if (Number.isFinite(n) && (n < 10 || n > MAX_AGE)) return false;
  return !TIME_WORD_BEFORE.test(m.input.slice(Math.max(0, m.index - 10), m.index));
}

/** The word joining a list of ages, one of which every list match holds. */
const LIST_AND = /and|AND|&/;
/**
 * The words before a list of ages, one of which every list match holds (`and` is in most texts;
 * these are in few), in lower, title and upper case (a superset of the cases the regex takes).
 */
const mayHoldListWord = literalGate(
  ['children', 'kids', 'sons', 'daughters', 'twins', 'siblings', 'ages'].flatMap((w) => [
    w,
    w.charAt(0).toUpperCase() + w.slice(1),
    w.toUpperCase(),
  ]),
);

/** NOT_AN_AMOUNT at the end of a match: a number not followed by a unit. */
const AMOUNT_NEXT = new RegExp(`^${NOT_AN_AMOUNT}`);

/** A relative between commas after a name (`, his wife, `), before an age. */
const KIN_BETWEEN_COMMAS =
  /\p{Lu}[\p{L}'’-]+, (?:his|her|their|my) (?:wife|husband|partner|son|daughter|mother|father|mum|dad|brother|sister|grandson|granddaughter|stepson|stepdaughter|child|baby)$/u;

/** Not an everyday, place or document word (`Road, 12.`, `March, 14.`, `Section, 3.`). */
function isPersonWord(lower: string): boolean {
  return !NOT_NAMES.has(lower) && !commonWords().has(lower) && !placeSuffixes().has(lower);
}

/** A decade of life: `40s`, `70's`, `fifties`, `teens` (not `1970s`, an era). */
const DECADE = String.raw`(?:(?<!\d)[1-9]0['’]?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|teens)`;
/**
 * An age given as a decade of life, as callers and officers estimate it (`in her 80s`, `mid 20s`,
 * `late teens`, `maybe 40s`, `Maureen Cole (70s)`, `white male, 20s,`): every set annotated
 * since the fourth marks the decade as the age (18 of 23 such words across the sets). After
 * `early`, `mid` or `late` only when no `the` comes first: `the late 90s` is an era.
 */
const DECADE_AGE = new RegExp(
  String.raw`(?:\b[Ii]n (?:his|her|their|your|my) (?:(?:early|mid|late)[ -])?|(?<![Tt]he )\b(?:[Ee]arly|[Mm]id|[Ll]ate|EARLY|MID|LATE)[ -]|\b(?:[Mm]aybe|[Aa]bout|[Aa]round|[Aa]pprox\.?|APPROX\.?|[Aa]ged|[Pp]ossibly|[Pp]robably|[Pp]erhaps) |~|(?<=\()|(?<=\b(?:male|female|man|woman|white|black|asian|older|younger|youth|lad|girl|boy|MALE|FEMALE),?[ \t]))(?<n>${DECADE})(?![\p{L}\p{N}'’-])`,
  'gu',
);
/**
 * Every DECADE_AGE match ends in `s` after a `0`, or in one of the decade words: the literals of
 * `/0['’]?s|ties|teens/`, answered by the literal pass (literal-gate.ts) as that regex would.
 */
const mayHoldDecade = includesGate(['0s', "0's", '0’s', 'ties', 'teens']);

/**
 * A decade of life standing alone as a clause, a cell or a JSON value (`Barry Tolhurst, 50s)`,
 * `one lady, eighties –`, `| 70s |`, `,40s,"white male`, `"approx_age": "50s"`, `Jason BULBECK,
 * 40s;`): 17 of 20 such decades across the read sets are ages, the rest untagged descriptions.
 */
const DECADE_ALONE = new RegExp(
  String.raw`(?<=(?:,[ 	]?|\|[ 	]*|	|": "))(?<n>${DECADE})(?=[ 	]*(?:[,;)|	"]|[–—][ 	]|
?
|$))`,
  'gu',
);

function decadeAges(text: string, found: Detection[]): void {
  if (!mayHoldDecade(text)) return;
  for (const m of text.matchAll(DECADE_ALONE)) {
    found.push(detection(NAME, 'AGE', text, m.index!, m.index! + m[0].length, 0.5));
  }
  for (const m of text.matchAll(DECADE_AGE)) {
    const start = m.index! + m[0].length - m.groups!.n!.length;
    // In brackets the decade must close them or come before a comma (`(70s, lives at no. 9)`).
    if (text.charAt(start - 1) === '(' && !/^[),]/.test(text.charAt(m.index! + m[0].length)))
      continue;
    found.push(detection(NAME, 'AGE', text, start, m.index! + m[0].length, 0.55));
  }
}

/**
 * An age column, named every way exports name it (`Age`, `Age (yrs)`, `Age@det`, `subj_age`,
 * `AGE_AT_ARREST`): a header word `age`, and none that makes the column about something else (a
 * band or group holds `25-34`, a date its digits).
 */
const AGE_WORDS = /(?:^|[^a-z])age(?:s|[^a-z]|$)/;
const NOT_AGE_WORDS =
  /(?:^|[^a-z])(?:band|group|range|category|cat|gap|difference|avg|mean|average|min|max|limit|date|dob|verified|checked|code)(?:[^a-z]|$)/;
const MAX_AGE_HEADER = 30;

const isAgeColumn = (header: string) =>
  header.length <= MAX_AGE_HEADER && AGE_WORDS.test(header) && !NOT_AGE_WORDS.test(header);

/** A whole-number cell, an estimate's `~` before it kept out of the span (`~35`). */
const AGE_CELL = /^~?\d{1,3}$/;

/** `age` in any case, as `/age/i` finds it (a literal gate, answered in the text's one pass). */
const mayHoldAge = foldedLiteralGate(['age']);

/** Whole numbers under an age column of a pasted table (table-columns.ts). */
function tableAges(text: string, found: Detection[]): void {
  // A table needs a line break (columnCellsWhere reads none without one): one-line texts skip the
  // case-insensitive scan.
  if (!hasLineBreak(text) || !mayHoldAge(text)) return;
  for (const c of columnCellsWhere(text, isAgeColumn)) {
    if (!AGE_CELL.test(c.text)) continue;
    const start = c.text.startsWith('~') ? c.start + 1 : c.start;
    if (Number(text.slice(start, c.end)) <= MAX_AGE) {
      found.push(detection(NAME, 'AGE', text, start, c.end, 0.7));
    }
  }
}

/**
 * A form that cannot match in this text (no site, or its whole-text condition fails): skipped
 * without a call, so a log entry pays for its few possible forms only.
 */
const NO_MATCHES: MatchFinder = () => null;

/** Each number of an `n` group (one, or every number of a list) as an AGE detection. */
function extraAges(text: string, found: Detection[], finders: readonly MatchFinder[]): void {
  for (let form = 0; form < EXTRA_FORMS.length; form++) {
    const find = finders[form]!;
    if (find !== NO_MATCHES) formAges(text, found, EXTRA_FORMS[form]!, find);
  }
}

/** The ages of one of EXTRA_FORMS, matched by `find`, into `found`. */
function formAges(text: string, found: Detection[], form: ExtraForm, find: MatchFinder): void {
  const { score, list, before, accept } = form;
  for (let m = find(0); m !== null; m = find(m.index + m[0].length)) {
    if ((before && !before(text, m.index)) || (accept && !accept(m))) continue;
    const [start] = m.indices?.groups?.n ?? [m.index];
    const value = m.groups?.n ?? '';
    const numbers = list ? [...value.matchAll(LIST_NUMBER)] : [{ 0: value, index: 0 }];
    for (const n of numbers) {
      const at = start + (n.index ?? 0);
      if (/^\d+$/.test(n[0]) && Number(n[0]) > MAX_AGE) continue;
      found.push(detection(NAME, 'AGE', text, at, at + n[0].length, score));
    }
  }
}

/**
 * The other end of a guessed age right after an age found (`seventeen, maybe eighteen`, `male
 * 16-17`, `ninety-one, maybe ninety-two`): the writer gives both, and both are the person's age.
 * An en dash joins a band (`[AGE 45–54]`), not a guess.
 */
const SECOND_AGE = new RegExp(
  `^(?:,? (?:maybe|or|possibly|perhaps|probably) |-| to | or )(?<n>\\d{1,3}|${NUMBER_WORD})(?![\\w'’-])(?![.:/]\\d)${NOT_AN_AMOUNT}`,
  'i',
);

function secondAges(text: string, found: Detection[]): void {
  for (const d of found.slice()) {
    if (!/^(?:\d{1,3}|[a-z-]+)$/i.test(d.text) || /s$/.test(d.text)) continue;
    const m = SECOND_AGE.exec(text.slice(d.endUtf16, d.endUtf16 + 30));
    if (!m || Number(m.groups!.n) > MAX_AGE) continue;
    const start = d.endUtf16 + m[0].length - m.groups!.n!.length;
    found.push(detection(NAME, 'AGE', text, start, start + m.groups!.n!.length, d.score));
  }
}

function detectAges(text: string, main: MatchFinder, extras: readonly MatchFinder[]): Detection[] {
  const found: Detection[] = [];
  for (let m = main(0); m !== null; m = main(m.index + m[0].length)) {
    const span = ageSpan(m, text);
    if (span) found.push(detection(NAME, 'AGE', text, span.start, span.end, span.score));
  }
  const before = found.length;
  extraAges(text, found, extras);
  tableAges(text, found);
  decadeAges(text, found);
  secondAges(text, found);
  if (found.length === before) return found;
  // One span per number: a number two forms find is kept once, with the better score.
  const best = new Map<number, Detection>();
  for (const d of found) {
    const held = best.get(d.startUtf16);
    if (!held || d.score > held.score) best.set(d.startUtf16, d);
  }
  return [...best.values()].sort((a, b) => a.startUtf16 - b.startUtf16);
}

export const ageRecognizer: Recognizer = {
  name: NAME,
  types: ['AGE'],
  detect: (text: string, _settings: DeidSettings) =>
    detectAges(
      text,
      wholeText(PATTERN, text),
      EXTRA_FORMS.map(({ re }) => wholeText(re, text)),
    ),
};

const AT_SITE = stickyTwin(PATTERN);
const EXTRA_AT_SITE = EXTRA_FORMS.map(({ re }) => stickyTwin(re));
const wholeTextIf = (needed: boolean, re: RegExp, text: string): MatchFinder =>
  needed ? wholeText(re, text) : NO_MATCHES;

/** A form's matches in the merged scan: at its sites, or over the whole text (`whole`). */
function formFinder(form: ExtraForm, i: number, text: string, sites: TextSites): MatchFinder {
  if (form.whole) return wholeTextIf(form.whole(text, sites), form.re, text);
  const at = form.sites(text, sites);
  return at.length === 0 ? NO_MATCHES : atSites(EXTRA_AT_SITE[i]!, text, at);
}

const isY = (c: number) => c === 121 || c === 89;
/**
 * What follows the number of a number-first form: `y`/`Y` (after a space or hyphen), `)`, `, `
 * (`Alfie (4, lives with mum)`) or ` month` (`Beatriz (7 months)`).
 */
function ageEndingAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 44) return text.charCodeAt(end + 1) === 32;
  if (c === 32 && text.startsWith(' month', end)) return true;
  return isY(c) || c === 41 || ((c === 32 || c === 45) && isY(text.charCodeAt(end + 1)));
}

/**
 * Merged scan: `aged` starts a letter run; a number-first form has no look-behind, so it may start
 * on any of the last three digits of a run that one of its endings follows.
 */
export const agesAtSites: SiteDetector = (text, _settings, sites) => {
  const main = mergeSites(
    letterStartsOf(sites, AGED_WORDS),
    runTails(text, sites, 3, ageEndingAfter),
  );
  return detectAges(
    text,
    atSites(AT_SITE, text, main),
    EXTRA_FORMS.map((form, i) => formFinder(form, i, text, sites)),
  );
};
