/**
 * Given names written in lower case, as in quick notes, voicemails and chat, which the
 * capitalised-word rules never see: after a kinship word (`lives with brother cian`, `my son,
 * oluwaseun,`, `his mam is siân`) or a word that introduces a person (`this is dai from next door`, `ringing about
 * róisín`, `pc llwyd`), with a lower-case surname after them (`brid o'connell`). Only a given name
 * from the gazetteer that is not also an everyday word counts (`his son will` is not read).
 * names-before-verbs.ts finds them before a verb (`priyanka said`). Offsets are UTF-16 code units,
 * end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { commonWords, roleWords } from './name-context.js';
import { knownLowerName } from './names-before-verbs.js';
import { surnames } from './surnames.js';
import { hasColon, hasSpaceBracket, includesGate, literalGate } from '../literal-gate.js';
import { mayHoldWordStart, wordStarts } from '../recognizers/text-sites.js';
import { regexMatches } from '../regex-matches.js';

export const LOWERCASE_NAME_SCORE = 0.6;

/**
 * A kinship word, an optional comma, then a word (the candidate name). Case-insensitive, with no
 * look-behind, so the engine can scan for the words' letters; the word boundary before the
 * kinship word and the candidate's lower-case first letter are checked in code.
 */
export const KIN_WORDS =
  'brother|sister|son|daughter|mother|father|mum|mam|dad|husband|wife|partner|uncle|aunt|auntie|aunty|nan|nana|gran|cousin|boyfriend|girlfriend|nephew|niece|grandson|granddaughter|stepson|stepdaughter|stepdad|stepmum|friend|mate';
const KIN_THEN_WORD = new RegExp(
  String.raw`(?:${KIN_WORDS})(?:,|[ \t]+is)?[ \t]+(\p{L}[\p{L}\p{M}]+(?:-\p{L}[\p{L}\p{M}]+)?)(?![\p{L}\p{M}])`,
  'giu',
);
/** The kinship words' first three letters, for the shared letter-run sites (text-sites.ts). */
const KIN_STARTS = wordStarts(KIN_WORDS.split('|'));
/**
 * Characters other than ASCII letters that a case-insensitive Unicode regex matches with one:
 * `ſ` (as `s`) and the Kelvin sign (as `k`). A text with either is scanned whatever its sites say.
 */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * Whether KIN_THEN_WORD may give a name in `text`. A match is kept only where no letter stands
 * before it (`kinNames`), so a kinship word then starts a run of ASCII letters (bar the two
 * characters of FOLDS_TO_ASCII), which the merged scan's sites record: most texts have none, and
 * skip the case-insensitive scan.
 */
export function mayHoldKinWord(text: string): boolean {
  return mayHoldWordStart(text, KIN_STARTS) || FOLDS_TO_ASCII.test(text);
}

/** For the property test of the site gates (site-gates.property.test.ts). */
export const KIN_SITE_GATE = { pattern: KIN_THEN_WORD, starts: KIN_STARTS, folds: FOLDS_TO_ASCII };
const LETTER = /[\p{L}\p{M}]/u;
const LOWER_START = /^\p{Ll}/u;

export function kinNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldKinWord(text)) return out;
  KIN_THEN_WORD.lastIndex = 0;
  for (let m = KIN_THEN_WORD.exec(text); m !== null; m = KIN_THEN_WORD.exec(text)) {
    const name = m[1]!;
    // Inside a longer word (`Jason brother cian`): look again from the next character.
    if (m.index > 0 && LETTER.test(text.charAt(m.index - 1))) {
      KIN_THEN_WORD.lastIndex = m.index + 1;
      continue;
    }
    // The candidate may itself be a kinship word (`sister brother cian`): resume at it.
    KIN_THEN_WORD.lastIndex = m.index + m[0].length - name.length;
    if (!LOWER_START.test(name) || !knownLowerName(name)) continue;
    out.push(lowercaseName(text, m.index + m[0].length - name.length, name));
  }
  return out;
}

/**
 * Words that introduce a person in speech and chat (`this is dai from next door`, `it's um bríd`,
 * `ringing about róisín`, `ask for bríd`, `thats paddy ferris`, `im niamh by the way`), and
 * lower-case ranks (`pc llwyd`, `sgt harland`; not `ps`, a postscript's letters too), then an
 * optional filler of speech and the candidate name. One scan (case as written: these are
 * lower-case texts) that stops only at a blank, quote or bracket before the cue (`(pc goode
 * 2207)`; a cue at the very start of a text is not read). The name must be a given name (not also
 * a word), or after a rank any word that is not an everyday word.
 */
const CUE_THEN_WORD =
  /[ \t\n"“(](?:this is|it['’]?s|that['’]?s|i['’]?m|i am|about|ask(?:ing)? for|speak to|talk to|(pcso|pc|sgt)) (?:(?:um|uh|er|erm|like),? )?(\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}\p{N}'’])/gu;

/** A literal every CUE_THEN_WORD match holds (`pc` and `pcso` before their space). */
const mayHoldCue = literalGate(
  "this is|its|it's|it’s|that|i'm|i’m|im |i am|about|ask|speak to|talk to|pc |pcs|sgt ".split('|'),
);

export function namesAfterCues(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldCue(text)) return out;
  CUE_THEN_WORD.lastIndex = 0;
  for (let m = CUE_THEN_WORD.exec(text); m !== null; m = CUE_THEN_WORD.exec(text)) {
    const name = m[2]!;
    // Resume at the candidate: it may itself be a cue (`about pc llwyd`).
    CUE_THEN_WORD.lastIndex = m.index + m[0].length - name.length;
    const rank = m[1] !== undefined;
    if (rank ? commonWords().has(name) : !knownLowerName(name)) continue;
    out.push(lowercaseName(text, m.index + m[0].length - name.length, name));
  }
  CUE_THEN_WORD.lastIndex = 0;
  return out;
}

/**
 * Lower-case notes keep their titles and ranks (a notebook typed up, an AMHP's e-mail): `mr craig
 * denby`, `mrs j. o'kane`, `dr nadia hussain`, `pc 11872 oyebode`, `ps 1618 leach`, `signed t
 * oyebode`. A title, or a rank with its collar number, then an optional initial and a word; the
 * word is a name when it is not an everyday or role word and does not read as a verb (`pc 2231
 * requested`), unless the gazetteer knows it as a name. After `signed` (`signed off`, `signed
 * statement`) only an initial or a known given name counts. A given name takes the lower-case
 * word after it as its surname on the same terms (`craig denby`). Case as written: capitalised
 * titles are read by the title-case rules.
 */
const TITLE_THEN_NAME =
  /(?:(mrs|mr|ms|miss|dr|signed)|(?:pcso|pc|ps|sgt|dc|ds) \d{3,6})\.?[ \t]+((?:\p{Ll}\.?[ \t]+)?)(\p{Ll}[\p{Ll}\p{M}]*(?:['’-]\p{Ll}[\p{Ll}\p{M}]+)*)(?![\p{L}\p{M}\p{N}])/gu;
// Every TITLE_THEN_NAME match holds one of these as it is (`mrs` holds `mr`, `pcso 1234` holds
// `pcso `). An exact gate (`includesGate`): `literalGate` passes every text when a literal is
// shorter than three code units, so the scan used to run on every text.
export const mayHoldTitle = includesGate([
  'mr',
  'ms',
  'miss',
  'dr',
  'signed',
  'pcso ',
  'pc ',
  'ps ',
  'sgt ',
  'dc ',
  'ds ',
]);
export { TITLE_THEN_NAME };
const TITLE_GLUED = /[\p{L}\p{N}'’]/u;
const VERB_ENDING = /(?:ed|ing)$/;
/** Irregular verbs that follow a bare `dr` or `mr` in notes (`dr said`) and are no everyday word. */
const IRREGULAR_VERBS = new Set([
  'said',
  'says',
  'told',
  'rang',
  'came',
  'went',
  'gave',
  'took',
  'saw',
  'thinks',
  'feels',
  'wants',
  'needs',
  'knows',
  'left',
]);
/** The lower-case word after a given name, as its surname. */
const WORD_AFTER =
  /^[ \t](\p{Ll}[\p{Ll}\p{M}]*(?:['’-]\p{Ll}[\p{Ll}\p{M}]+)*)(?![\p{L}\p{M}\p{N}])/u;

export function namesAfterLowerTitles(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldTitle(text)) return out;
  for (const m of regexMatches(TITLE_THEN_NAME, text)) {
    // The title starts a word (checked here: a look-behind first made the scan try every position).
    if (m.index > 0 && TITLE_GLUED.test(text.charAt(m.index - 1))) continue;
    const [initial, word] = [m[2]!, m[3]!];
    if (!titledName(word, initial !== '', m[1] === 'signed')) continue;
    const start = m.index + m[0].length - word.length - initial.length;
    const name = lowercaseName(text, start, initial + word);
    out.push(initial === '' && knownLowerName(word) ? withTitledSurname(text, name) : name);
  }
  return out;
}

/** Whether `word` after a title or rank is a name (TITLE_THEN_NAME). */
function titledName(word: string, initial: boolean, signed: boolean): boolean {
  if (word.length < 2 || commonWords().has(word) || roleWords().has(word)) return false;
  if (IRREGULAR_VERBS.has(word)) return false;
  const known = knownLowerName(word) || surnames().has(word);
  if (signed) return initial || knownLowerName(word);
  return known || !VERB_ENDING.test(word);
}

function withTitledSurname(text: string, d: Detection): Detection {
  const word = WORD_AFTER.exec(text.slice(d.endUtf16, d.endUtf16 + 40))?.[1];
  if (!word || !titledName(word, false, false)) return d;
  const end = d.endUtf16 + 1 + word.length;
  return { ...d, endUtf16: end, text: text.slice(d.startUtf16, end) };
}

/**
 * A form's person field typed in lower case, as quick case notes are (`student: freya lindqvist`,
 * `emergency contact: ingrid lindqvist (mum)`, `pharmacist on duty: s. nair (gphc …)`): the label
 * in lower case at a line's start, then one or two lower-case words that end the value (at the
 * line's end, a bracket, a comma, a bar or a wide gap). The first word must be a given name from
 * the gazetteer or an initial with its full stop; a second word must not be an everyday word.
 * Capitalised fields are read by form-fields.ts.
 */
const LOWER_FIELD =
  /^[ \t]*(?:student|client|patient|pt|service user|adviser|advisor|emergency contact|contact|key ?worker|worker|pharmacist(?: on duty)?|name|resident|tenant|carer|referrer|next of kin|nok)[ \t]*:[ \t]*(\p{Ll}[\p{Ll}\p{M}'’-]*\.?(?: \p{Ll}[\p{Ll}\p{M}'’-]+)?)(?=[ \t]*(?:\r?$|\(|,|\||[ \t]{2}))/gmu;
const LOWER_INITIAL = /^\p{Ll}\.$/u;

export function lowerFieldNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!hasColon(text)) return out;
  for (const m of regexMatches(LOWER_FIELD, text)) {
    const value = m[1]!;
    const [first, second] = value.split(' ') as [string, string | undefined];
    const initial = LOWER_INITIAL.test(first);
    if (initial ? second === undefined : !knownLowerName(first.replace(/\.$/, ''))) continue;
    if (second !== undefined && commonWords().has(second)) continue;
    const start = m.index + m[0].length - value.length;
    out.push(lowercaseName(text, start, value));
  }
  return out;
}

/**
 * A given name right before a lower-case Gaelic or `ff` surname (`brid o'connell`, `kayleigh
 * mcgarrigle`, `Beryl ffrench`): a full name with no cue. Found from each surname prefix after a
 * space (indexOf), with the given name read before it.
 */
const SURNAME_PREFIXES = [" o'", ' o’', ' mc', ' mac', ' ff'];
const GIVEN_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{L}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)?)$/u;

export function lowerFullNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!hasSurnamePrefix(text)) return out;
  for (const prefix of SURNAME_PREFIXES) {
    for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
      const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1];
      if (!given || !knownLowerName(given.toLowerCase())) continue;
      const name = withLowerSurname(text, lowercaseName(text, at - given.length, given));
      if (name.endUtf16 > at) out.push(name);
    }
  }
  return out;
}

/**
 * Whether one of SURNAME_PREFIXES occurs: a literal gate (answered with the others in one pass over
 * the text), since most texts hold none; a regex test of them all once cost a third of an `indexOf`
 * loop over the spaces of a log entry.
 */
const hasSurnamePrefix = literalGate(SURNAME_PREFIXES);

/**
 * A lower-case surname after a lower-case name found by any rule (`brid o'connell`, `róisín
 * devlin`, `paddy ferris`): a gazetteer surname, a Gaelic or `ff` surname (`o'connell`,
 * `mcgarrigle`, `ffrench`), or a double-barrelled one (`pemberton-hale`), not an everyday word.
 */
const SURNAME_AFTER =
  /^[ \t](\p{Ll}[\p{Ll}\p{M}]*(?:['’-]\p{Ll}[\p{Ll}\p{M}]+)*)(?![\p{L}\p{M}\p{N}])/u;

export function withLowerSurname(text: string, d: Detection): Detection {
  const m = SURNAME_AFTER.exec(text.slice(d.endUtf16, d.endUtf16 + 40));
  const word = m?.[1];
  if (!word || !lowerSurname(word)) return d;
  const end = d.endUtf16 + m![0].length;
  return { ...d, endUtf16: end, text: text.slice(d.startUtf16, end) };
}

/** A Gaelic or `ff` surname (`o'connell`, `mcgarrigle`, `ffrench`). */
const PREFIXED_LOWER_SURNAME = /^(?:o['’]|mc|mac|ff)\p{Ll}{3,}/u;
/** A double-barrelled surname (`pemberton-hale`). */
const DOUBLE_LOWER_SURNAME = /^\p{Ll}{3,}-\p{Ll}{3,}$/u;

function lowerSurname(word: string): boolean {
  if (commonWords().has(word) || roleWords().has(word)) return false;
  return (
    surnames().has(word) || PREFIXED_LOWER_SURNAME.test(word) || DOUBLE_LOWER_SURNAME.test(word)
  );
}

function lowercaseName(text: string, start: number, name: string): Detection {
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + name.length,
    text: name,
    score: LOWERCASE_NAME_SCORE,
    recognizer: 'person-lowercase',
  };
}

/**
 * A given name and a surname in lower case, then a role or note in brackets, as quick notes list
 * who was there (`present: liam okoro (com, halifax pdu), tony greaves (lead)`): the bracket marks
 * the words before it as a person introduced, where two lower-case words alone are prose. The
 * given name must be a known one that is no everyday word (`knownLowerName`), the surname no
 * everyday word (`bright`) unless the gazetteer holds it as a surname.
 */
const LOWER_PAIR_BEFORE_BRACKET =
  /(?<![\p{L}\p{M}'’-])(\p{Ll}[\p{Ll}\p{M}]+) (\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?) \([^()\n]{1,40}\)/gu;

export function lowerNamesBeforeBrackets(text: string): Detection[] {
  const out: Detection[] = [];
  if (!hasSpaceBracket(text)) return out;
  for (const m of regexMatches(LOWER_PAIR_BEFORE_BRACKET, text)) {
    const [given, surname] = [m[1]!, m[2]!];
    if (!knownLowerName(given)) continue;
    if (commonWords().has(surname) && !surnames().has(surname)) continue;
    const name = `${given} ${surname}`;
    out.push({
      type: 'PERSON',
      startUtf16: m.index,
      endUtf16: m.index + name.length,
      text: name,
      score: LOWERCASE_NAME_SCORE,
      recognizer: 'person-lowercase',
    });
  }
  return out;
}
