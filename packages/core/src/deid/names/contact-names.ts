/**
 * Lower-case first names in a person's own list of contacts (a safety plan, a crisis card, a
 * note of who to ring): the list gives each name with its number and nothing else (`   hanna
 * 07700 900 219 (from church)`, `my sister obse – 07700 900216`), and later lines use the name
 * alone, in any case (`hanna again if obse is not picking up`, `Copy to: GP, CMHT, Obse`). A
 * lower-case word is a name here only where the text establishes it: alone on a list line before
 * a phone number, or after a kinship word and before one. Every other whole-word use of it, in
 * lower or title case, is then the same name. Everyday words, contact labels (`mobile`, `home`),
 * kinship words (`mum 07700…`, a label, not a name) and towns are never taken. Offsets are UTF-16
 * code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isTown } from '../places/towns.js';
import { KIN_WORDS, mayHoldKinWord } from './lowercase-names.js';
import { acronyms, commonWords, placeSuffixes, roleWords, titles } from './name-context.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';
import { regexMatches } from '../regex-matches.js';

export const CONTACT_NAME_SCORE = 0.6;

/** A UK number's start (`07700 …`, `0113 …`, `+44 …`), as each contact's number begins. */
const PHONE_START = String.raw`(?:\+44|0)[ \t(]*\d{2}`;
/** What may join the name to its number: a dash, colon or comma. */
const JOIN = String.raw`[ \t]+(?:[–—:,-][ \t]*)?`;
/** A lower-case name word (`hanna`, `anne-marie`). */
const LOWER_NAME = String.raw`(\p{Ll}[\p{Ll}\p{M}]+(?:['’-]\p{Ll}[\p{Ll}\p{M}]+)?)`;

/** The name alone at a line's start (after an indent or a list mark), then its number. */
const LINE_NAME_PHONE = new RegExp(
  String.raw`^[ \t]*(?:[-*•·]|\d{1,2}[.)])?[ \t]*${LOWER_NAME}${JOIN}${PHONE_START}`,
  'gmu',
);
/**
 * A kinship word, the name, then its number (`my sister obse – 07700 900216`). The kinship word
 * may be capitalised, so case is ignored, and a capitalised name is taken too (`Sister Obse`).
 */
const KIN_NAME_PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${KIN_WORDS})[ \t]+${LOWER_NAME}${JOIN}${PHONE_START}`,
  'giu',
);

/** Labels written before a number in place of a name. */
const CONTACT_LABELS = new Set(
  `mobile mob tel telephone phone landline home work office fax text sms whatsapp number no ext
  helpline line emergency crisis switchboard reception desk main direct daytime evenings nights
  weekends ooh out-of-hours call ring or and on via tel. freephone option`.split(/\s+/),
);

export function contactListNames(text: string): Detection[] {
  const out: Detection[] = [];
  // Each scan only where what it starts with is there: a lower-case letter opening a line, or a
  // kinship word opening a run of letters (the merged scan's sites, lowercase-names.ts); and
  // every match holds a number that starts with 0 or +44.
  const patterns = [
    ...(lowerLineStart(text) ? [LINE_NAME_PHONE] : []),
    ...(mayHoldKinWord(text) ? [KIN_NAME_PHONE] : []),
  ];
  if (patterns.length === 0 || !MAY_HOLD_PHONE.test(text)) return out;
  const names = new Set<string>();
  for (const pattern of patterns) {
    for (const m of regexMatches(pattern, text)) {
      const name = m[1]!;
      if (!nameLike(name)) continue;
      names.add(name.toLowerCase());
      // The name is the first lower-case word after the list mark or the kinship word's blank.
      const from = pattern === KIN_NAME_PHONE ? m[0].search(/[ \t]/) : 0;
      out.push(person(m.index + m[0].indexOf(name, from), name));
    }
  }
  for (const name of names) namesAgain(text, name, out);
  return out;
}

/** A `0` or `+44` and digits: the start of a number a list could give. */
const MAY_HOLD_PHONE = /(?:\+44|0)[ \t(]*\d{2}/;

/**
 * Whether a line opens, after blanks and a list mark (`-`, `*`, `•`, `·`, `3.`, `3)`), with a
 * lower-case letter, as every LINE_NAME_PHONE match does: read by hand at each line's start.
 */
function lowerLineStart(text: string): boolean {
  for (let start = 0; start !== -1; start = text.indexOf('\n', start) + 1 || -1) {
    let i = start;
    while (i < text.length && LIST_LEAD.includes(text.charAt(i))) i++;
    if (LOWER_START.test(text.charAt(i))) return true;
  }
  return false;
}

/** Blanks, list marks and numbers before an item. */
const LIST_LEAD = ' \t-*•·0123456789.)';
const LOWER_START = /^\p{Ll}/u;

function nameLike(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    !CONTACT_LABELS.has(lower) &&
    !commonWords().has(lower) &&
    !roleWords().has(lower) &&
    !placeSuffixes().has(lower) &&
    !titles().has(lower) &&
    !acronyms().has(lower) &&
    !isTown(titleCase(word))
  );
}

/** Every other whole-word use of `name` (lower case), in lower or title case, into `out`. */
function namesAgain(text: string, name: string, out: Detection[]): void {
  for (const form of [name, titleCase(name)]) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (!wholeWord(text, at, end) || out.some((d) => d.startUtf16 === at)) continue;
      out.push(person(at, form));
    }
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_'’-]/u;

/** No letter, digit or joining mark either side, except a possessive `'s` after. */
function wholeWord(text: string, start: number, end: number): boolean {
  if (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) return false;
  const after = text.charAt(end);
  if (!WORD_CHAR.test(after)) return true;
  const possessive = (after === "'" || after === '’') && text.charAt(end + 1) === 's';
  return possessive && !WORD_CHAR.test(text.charAt(end + 2));
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function person(start: number, name: string): Detection {
  return personDetection(start, name, CONTACT_NAME_SCORE, 'person-lowercase');
}

/**
 * Someone rung or texted on a number (`Rang Lleshi on 07700 900689`, `texted Mrs Ola Brandt on
 * 01632 …`): a person is what one rings on a phone number. One or two capitalised words after the
 * verb (a title before them stays out), every word reading as a name (`echoable`), so `Rang
 * Control on 01632 …` is not taken. All 13 such names over the read sets are annotated people.
 */
const RUNG_ON_PHONE = new RegExp(
  String.raw`\b(?:[Rr]ang|[Rr]ung|[Pp]honed|[Cc]alled|[Tt]exted|[Rr]ing|[Cc]all|[Tt]ext)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)[ \t]+on[ \t]+${PHONE_START}`,
  'gu',
);

export function namesRungOnPhones(text: string): Detection[] {
  const out: Detection[] = [];
  if (!MAY_HOLD_PHONE.test(text) || !/ on /.test(text)) return out;
  for (const m of regexMatches(RUNG_ON_PHONE, text)) {
    const name = m[1]!;
    if (!name.split(/[ \t]/).every((w) => echoable(w))) continue;
    out.push(
      personDetection(m.index + m[0].lastIndexOf(name), name, CONTACT_NAME_SCORE, 'person-contact'),
    );
  }
  return out;
}
