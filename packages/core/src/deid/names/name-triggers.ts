/**
 * What the text just before a run of capitalised words says about it: a rank and a collar
 * number (`PC 107 `, `DC 650CW `), a rank, title or role word (`by ex-partner `, `named `).
 * Read backwards by hand from the run: an end-anchored regex would be tried at every position of
 * the look-back window, for every run.
 */
import { NUMBERED_ROLES, RANKS, roleWords, titles } from './name-context.js';

export type Trigger = 'title' | 'rank' | 'rank-number' | 'role' | 'nickname' | 'name-given';

/** A collar number as written after a rank: 1–6 digits and up to 3 letters (`114SX`). */
const COLLAR = /^\d{1,6}[A-Z]{0,3}$/;
const GLUED_RANK = /^([A-Za-z]{2,4})\d{1,6}[A-Z]{0,3}$/;
const LETTER = /[\p{L}\p{M}]/u;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}

/** Start of the spaces/tabs ending at `end` (exclusive); `end` when there are none. */
function skipSpaces(text: string, end: number): number {
  let i = end;
  while (i > 0 && isSpace(text, i - 1)) i--;
  return i;
}

/** Letters (any script), digits and hyphens make up a trigger word. */
function isTriggerChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
  }
  return LETTER.test(text.charAt(i));
}

/** Start of the word ending at `end`: letters, digits, hyphens (max 20 code units). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 20 && isTriggerChar(text, i - 1)) i--;
  return i;
}

/** The word before `end` (after skipping spaces), with a full stop after it noted. */
function previousWord(
  text: string,
  end: number,
): { word: string; dotted: boolean; start: number } | null {
  let i = skipSpaces(text, end);
  if (i === end) return null;
  const dotted = text.charAt(i - 1) === '.';
  if (dotted) i--;
  const start = wordStart(text, i);
  return start === i ? null : { word: text.slice(start, i), dotted, start };
}

/**
 * Words that introduce a nickname or a name (`known as "Smudge"`, `Everyone calls me Bubbles`,
 * `his name was Gaz`, a case title `R v Oisín Kavanagh-Reid`).
 */
const NICKNAME_CUE =
  /\b(?:know(?:n)?(?: to (?:him|her|them|us|me|friends|family|staff|police|(?:his|her|their) (?:friends|family|mates)))? as|saved (?:in (?:his|her|their|the) (?:phone|contacts) )?as|calls? (?:me|him|her|them)|(?:they|people|everyone|everybody|we) call(?:ed (?:me|him|her|them))?|nicknamed|goes by|go by|aka|a\.k\.a\.|(?:my|his|her|their|your) name(?:['’]s| is| was)|\bR v|prefers(?: to be called)?:?|preferred name(?: is)?|call(?:s|ed)? (?:himself|herself|themselves))$/i;
/**
 * A name someone gave themselves, in quotes only (`said he was "Ty, helping …"`): unquoted, the
 * words after it describe (`said he was Polish`).
 */
const QUOTED_NAME_CUE =
  /\b(?:said|says|told us|claimed|claims|introduced himself|introduced herself)(?: (?:he|she|they|his name|her name))? (?:was|is|as)$/i;
/**
 * Words that introduce the subject of a call or referral (`This is about Hodan Warsame`, `I'm
 * ringing about Róisín`, `The person concerned is …`, `referring Eilidh Mahmood`): a role cue, so
 * the words after it must look like a name (`worried about Easter` is not one).
 */
const SUBJECT_CUE =
  /\b(?:(?:this is|ringing|calling|rang|worried|concerned|asking) about|person concerned is|referring)$/i;
const NICKNAME_LAST = new Set([
  'as',
  'me',
  'him',
  'her',
  'them',
  'call',
  'nicknamed',
  'by',
  'aka',
  // the last letter of `a.k.a.`
  'a',
  'is',
  'was',
  's',
  'v',
  'prefers',
  'called',
  'himself',
  'herself',
  'themselves',
  'name',
]);

/**
 * Words that say a name is being given (`Subject gives name QUAYLE`, `gave surname Begum`, `first
 * name Žydrūnas`, `maiden name Okafor`): the name words after them are a name whatever their case,
 * but an everyday word is not (`gave name Unknown`), so unlike a nickname cue they never take one.
 */
const NAME_GIVEN_CUE =
  /\b(?:(?:gives?|gave|giving|given|provides?|provided)(?:[ \t]+(?:his|her|their|the|a))?(?:[ \t]+(?:first|full|real|false|last))?[ \t]+(?:sur|fore)?names?(?:[ \t]+as)?|(?:first|last|real|maiden|middle|christian|sur|fore)[ \t]?names?(?:[ \t]+(?:is|was|maybe|possibly|perhaps|probably))?)$/i;
const NAME_GIVEN_LAST = new Set([
  'name',
  'names',
  'surname',
  'forename',
  'as',
  'is',
  'was',
  // a name the writer is unsure of (`Besnik (surname maybe Dervishi)`)
  'maybe',
  'possibly',
  'perhaps',
  'probably',
]);
/**
 * A card, account or tenancy `in the name of` someone names its holder. Tried only after `of`,
 * and apart from NAME_GIVEN_CUE: `of` comes before many capitalised words (`Head of Service`).
 */
const IN_THE_NAME_OF = /\bin[ \t]+(?:the[ \t]+)?names?[ \t]+of[ \t]*$/i;

function nameGivenCue(text: string, end: number): boolean {
  return NAME_GIVEN_CUE.test(text.slice(Math.max(0, end - 40), skipSpaces(text, end)));
}

/**
 * A person addressed or introducing themselves in a call or chat (`Thank you Maricel.`, `its
 * Cel.`, `This is Itzik,`): the words before a single name and the punctuation after it, which a
 * sentence about a thing (`thank you Control.` is a role; `it's Monday.` a day) does not change:
 * the words after these cues must still look like a name.
 */
const VOCATIVE_CUE =
  /(?:\b(?:thank[ \t]+you|thanks|cheers|hiya|hi|hello|bye|morning|evening)|(?:^|[^\p{L}])(?:it['’]?s|this[ \t]+is|i[ \t]+am|i['’]m))[ \t]*,?$/iu;
const VOCATIVE_LAST = new Set(['you', 'thanks', 'cheers', 'hiya', 'hi', 'hello', 'bye']);
const VOCATIVE_NAME =
  /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*)?(?:[.,!?](?![\p{L}\p{N}])|[ \t]+from[ \t])/u;

function vocative(text: string, start: number, lower: string): boolean {
  const cueWord =
    VOCATIVE_LAST.has(lower) ||
    lower === 'morning' ||
    lower === 'evening' ||
    lower === 'is' ||
    lower === 'its' ||
    lower === 'am' ||
    lower === 's' ||
    lower === 'm';
  return (
    cueWord &&
    VOCATIVE_NAME.test(text.slice(start, start + 40)) &&
    VOCATIVE_CUE.test(text.slice(Math.max(0, start - 16), skipSpaces(text, start)))
  );
}

/**
 * A person addressed at the start of quoted speech (`"Tharshini, it's the police"`, `"Ring Devine,
 * she knows me"` is not this: `Ring` is a verb): one capitalised word, a comma, then words that go
 * on speaking to them. The word must still look like a name (accept, roleSingle).
 */
const QUOTED_VOCATIVE =
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?, (?:it['’]s|it is|we['’]re|we are|we|I['’]m|I am|I|you|this is|please|come|open|can you|are you|look|stop|don['’]t|put|listen|talk to me)\b/u;

/** Words that open speech without naming anyone (`"Look, I'm fine"`, `"Sorry, we can help"`). */
const SPEECH_OPENERS = new Set(
  `look listen sorry please yes yeah no nope okay ok right well hey oi mate son love darling sir
  madam officer officers mum dad guys lads folks everyone everybody god jesus christ police hello
  hi wait stop come now so honestly seriously fine thanks cheers alright sure`.split(/\s+/),
);

function quotedVocative(text: string, start: number): boolean {
  const quote = text.charAt(start - 1);
  if (quote !== '"' && quote !== '“') return false;
  const m = QUOTED_VOCATIVE.exec(text.slice(start, start + 40));
  return m !== null && !SPEECH_OPENERS.has(m[0].slice(0, m[0].indexOf(',')).toLowerCase());
}

/**
 * A relative or worker, `is`, then one or two capitalised words that end the clause (`his mam is
 * Menna,`, `IDVA is Nasreen)`, `key worker is Precious.`), as notes say who someone's contact is.
 * Ending the clause keeps descriptions out (`the driver is Polish and …`); the words must still
 * look like a name (accept, roleSingle).
 */
const ROLE_IS_NAME =
  /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*)?(?:[.,;:!?)]|[ \t]*\r?\n|[ \t]*$)/u;

function roleIsName(text: string, isStart: number, start: number): boolean {
  const role = previousWord(text, isStart);
  if (role === null || role.dotted) return false;
  const known = roleWords().has(role.word.toLowerCase()) || RANKS.has(role.word);
  return known && ROLE_IS_NAME.test(text.slice(start, start + 40));
}

/** The cue itself, read in the 24 code units before `end` (spaces before `end` skipped). */
function nicknameCue(text: string, end: number): boolean {
  return NICKNAME_CUE.test(text.slice(Math.max(0, end - 24), skipSpaces(text, end)));
}

/**
 * Who made a record, named after its verb without a colon (`Completed by Fairbairn.`, `prepared
 * by Okafor`): a role cue, so the words after it must look like a name.
 */
const AUTHOR_CUE =
  /\b(?:completed|prepared|written|recorded|reviewed|authori[sz]ed|signed|compiled|typed|taken|interpreted|translated|chaired|facilitated|minuted) by$/i;

function authorCue(text: string, end: number): boolean {
  return AUTHOR_CUE.test(text.slice(Math.max(0, end - 18), skipSpaces(text, end)));
}

function subjectCue(text: string, end: number): boolean {
  return SUBJECT_CUE.test(text.slice(Math.max(0, end - 32), skipSpaces(text, end)));
}

/** `known as "Smudge"`: a run right after an opening quote, a cue word before the quote. */
function quotedNickname(text: string, start: number): boolean {
  if (start === 0 || !`"'“‘`.includes(text.charAt(start - 1))) return false;
  const last = previousWord(text, start - 1);
  if (last === null) return false;
  const lower = last.word.toLowerCase();
  if (NICKNAME_LAST.has(lower) && nicknameCue(text, start - 1)) return true;
  // `an older male he calls "Tank"`, `one lad called "Bim"`: in quotes only (`she calls Mum`).
  if (CALL_LAST.has(lower) && QUOTED_CALL_CUE.test(text.slice(Math.max(0, start - 24), start - 1)))
    return true;
  // Someone at the door or on the phone `asking for "Raz"`: the quotes give the name they used.
  if (lower === 'for' && ASKING_FOR.test(text.slice(Math.max(0, start - 24), start - 1)))
    return true;
  const told = lower === 'was' || lower === 'is' || lower === 'as';
  return (
    told && QUOTED_NAME_CUE.test(text.slice(Math.max(0, start - 40), skipSpaces(text, start - 1)))
  );
}

const CALL_LAST = new Set(['call', 'calls', 'called', 'named']);
const QUOTED_CALL_CUE =
  /\b(?:(?:he|she|I|you|they) calls?|(?:one|lad|man|male|boy|girl|woman|bloke|guy|kid|fella|youth) (?:called|named)) ?$/i;
const ASKING_FOR = /\b(?:asking|asked|asks|looking|shouting|calling) for ?$/i;

/** Whether the word before `start` (spaces skipped) is written in lower or title case. */
export function wordBeforeIsMixedCase(text: string, start: number): boolean {
  const last = previousWord(text, start);
  return last !== null && last.word !== last.word.toUpperCase();
}

/**
 * A name in apposition to a person noun, as people tell stories in interviews (`a lad, Robbie,`,
 * `a girl of 17, Precious,`): the noun phrase and its comma, read in the 32 code units before.
 */
const APPOSITION =
  /\b(?:a|the|this|one|our)[ \t]+(?:young[ \t]+|old[ \t]+)?(?:lad|girl|boy|man|woman|lass|bloke|fella|fellow|lady|chap|kid|teenager|guy|gentleman)(?:[ \t]+of[ \t]+\d{1,3})?,[ \t]*$/i;

/**
 * A part of every person noun of APPOSITION (`lad` in `lady`, `man` in `woman`, `fell` in `fella`
 * and `fellow`), same flags: most look-backs skip the end-anchored regex.
 */
const PERSON_NOUN_PART = /lad|girl|boy|man|lass|bloke|fell|chap|kid|teenager|guy/i;

function apposition(text: string, start: number): boolean {
  if (text.charCodeAt(skipSpaces(text, start) - 1) !== 44) return false;
  const before = text.slice(Math.max(0, start - 32), start);
  return PERSON_NOUN_PART.test(before) && APPOSITION.test(before);
}

/** An animal just before `named`/`called` (`your dog (named Tyson)`): a pet's name, not a person's. */
const PET_BEFORE =
  /\b(?:dog|dogs|puppy|pup|cat|cats|kitten|horse|pony|pet|pets|parrot|snake|rabbit|ferret)\b[^.\n]{0,12}$/i;

function petNamed(text: string, cue: { word: string; start: number }): boolean {
  const lower = cue.word.toLowerCase();
  if (lower !== 'named' && lower !== 'called') return false;
  return PET_BEFORE.test(text.slice(Math.max(0, cue.start - 30), cue.start));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * GLUED_RANK's first digit is the third, fourth or fifth character: most words before a run have
 * none there, and skip the regex (this runs for every run of capitalised words).
 */
function mayBeGluedRank(word: string): boolean {
  return (
    isDigitCode(word.charCodeAt(2)) ||
    isDigitCode(word.charCodeAt(3)) ||
    isDigitCode(word.charCodeAt(4))
  );
}

/**
 * Three or more blanks after `Manager`: the job title ends a form's column (`Reception Manager
 * Datix form`), and the next column does not name its holder. A police rank before a gap stays a
 * cue, as duty rotas set the officer's name in the next column (`Duty Inspector     Stannard`).
 */
function wideGap(last: { word: string; dotted: boolean; start: number }, start: number): boolean {
  return start - (last.start + last.word.length + (last.dotted ? 1 : 0)) > 2;
}

/** Titles written shortened, which a full stop may follow (`Mr.`, `Cllr.`). */
const DOTTED_TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms mx dr prof rev revd cllr hhj mme mlle'.split(' '),
);

export function triggerBefore(text: string, start: number): Trigger | null {
  const last = previousWord(text, start);
  if (!last) {
    if (quotedNickname(text, start)) return 'nickname';
    if (quotedVocative(text, start)) return 'role';
    return apposition(text, start) ? 'role' : null;
  }
  // `PC1442 Llwyd`, `PCSO70264 Baillie`: a rank with its number glued on.
  const glued = mayBeGluedRank(last.word) ? GLUED_RANK.exec(last.word) : null;
  if (!last.dotted && glued && (RANKS.has(glued[1]!) || NUMBERED_ROLES.has(glued[1]!))) {
    return 'rank-number';
  }
  if (!last.dotted && isDigitCode(last.word.charCodeAt(0)) && COLLAR.test(last.word)) {
    const rank = previousWord(text, last.start);
    if (rank && RANKS.has(rank.word)) return 'rank-number';
    // A role's number then a tab ends a CAD export's cell (`CH\t6127\tVoice heard`): the next cell
    // is the entry's text, not the name of the staff member.
    const cellEnd = text.charCodeAt(start - 1) === 9;
    return rank && NUMBERED_ROLES.has(rank.word) && !cellEnd ? 'rank-number' : null;
  }
  if (RANKS.has(last.word)) return last.word === 'Manager' && wideGap(last, start) ? null : 'rank';
  const lower = last.word.toLowerCase();
  // A full stop after a title's whole word ends its sentence (`rings her sister. Fight averted`);
  // only an abbreviated title takes one (`Dr. Bell`, `Revd. Amos`).
  if (titles().has(lower) && (!last.dotted || DOTTED_TITLES.has(lower))) return 'title';
  // A full stop after a role word ends its sentence (`with her nan. Grace said`).
  if (roleWords().has(lower) && !last.dotted) return petNamed(text, last) ? null : 'role';
  // Only a cue's last word (`as`, `me`, `nicknamed` …) costs the regex.
  if (NICKNAME_LAST.has(lower) && !last.dotted && nicknameCue(text, start)) return 'nickname';
  const subjectWord = lower === 'about' || lower === 'is' || lower === 'referring';
  if (subjectWord && !last.dotted && subjectCue(text, start)) return 'role';
  if (lower === 'by' && !last.dotted && authorCue(text, start)) return 'role';
  if (lower === 'is' && !last.dotted && roleIsName(text, last.start, start)) return 'role';
  if (NAME_GIVEN_LAST.has(lower) && !last.dotted && nameGivenCue(text, start)) return 'name-given';
  if (lower === 'of' && IN_THE_NAME_OF.test(text.slice(Math.max(0, start - 24), start))) {
    return 'name-given';
  }
  return !last.dotted && vocative(text, start, lower) ? 'role' : null;
}
