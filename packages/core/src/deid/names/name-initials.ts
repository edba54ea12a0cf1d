/**
 * Initials standing for a person the same text names in full: case notes and attendance records
 * shorten a name they have given once (`Lorraine HEWITT-OKORO` … `LHO at work`, `laptop (LHO's)`;
 * `CHIKWANHA, Tatenda Brian` … `TC works hard`), which no context word announces. The initials of
 * each full name found are learnt (a letter for each given name and each part of the surname,
 * hyphenated parts each giving one; with and without the middle names), and every later word of
 * two to four capitals equal to them is a name, unless it is an acronym, rank, role or everyday
 * word (`PC`, `IP`, `OK`), which the initials of a name often spell, or a signature: initials
 * signing off a note or filling a table's sign-off column are the writer's mark, which the
 * annotation leaves out (`written up by JA`, `… no issues. – DH`, `| JKH |`). Scored below the
 * rules that read a name itself: the letters alone prove less. Offsets are UTF-16 code units, end
 * exclusive.
 */
import type { Detection } from '../entity-types.js';
import { NUMBERED_ROLES, RANKS, acronyms, commonWords, roleWords, titles } from './name-context.js';
import { columnCells } from '../recognizers/table-columns.js';
import { personDetection } from './person-detection.js';
import { OWNER_COLUMNS } from './table-names.js';
import { hasPipe } from '../literal-gate.js';

export const INITIALS_SCORE = 0.55;
/**
 * The recognizer of initials declared after a name (`declaredInitials`): `notAPerson` keeps them
 * in brackets after the words they abbreviate, where other initials are an acronym's definition.
 */
export const DECLARED = 'person-initials-declared';

/** A word of a name that gives an initial: a capital first (`Hewitt-Okoro`, `OKORO`, `M.`). */
const CAPITAL_FIRST = /^\p{Lu}/u;
/** Initials to look for: two to four capitals (ASCII: the texts' initials are). */
const INITIALS = /^[A-Z]{2,4}$/;

/**
 * Words of two to four capitals that stand for a service, form or thing in these records and are
 * not in the shared acronym list (name-context.ts), which several names' initials spell.
 */
const NOT_INITIALS = new Set(
  `AB BC CC DV HV IT JP MH MP OM OT PP SC SR TV VP CSC HSE RSO SHPO UAA CPT CPD ASAP AWOL NEET MAPPA
  MARAC MISPER TBC NFA RIP`.split(/\s+/),
);

/**
 * Every word of `text` that is the initials of a full name in `found` and stands alone, outside
 * the detections already found, less signatures, codes and abbreviations after their word.
 */
export function nameInitials(text: string, found: readonly Detection[]): Detection[] {
  const initials = initialsOfNames(found);
  const declared = declaredInitials(text, found);
  for (const letters of declared) initials.delete(letters);
  const out: Detection[] = [];
  const owners = ownerCellStarts(text);
  for (const letters of initials) {
    for (const at of occurrences(text, letters, found, standsAlone)) {
      const end = at + letters.length;
      if (abbreviation(text, letters, at)) continue;
      if (signature(text, at, end) && !owners().has(at)) continue;
      out.push(personDetection(at, letters, INITIALS_SCORE, 'person-initials'));
    }
  }
  for (const letters of declared) {
    for (const at of occurrences(text, letters, found, aloneOrPaired)) {
      if (signedOff(text, at, at + letters.length)) continue;
      out.push(personDetection(at, letters, INITIALS_SCORE, DECLARED));
    }
  }
  return out;
}

/** Where `letters` occur in `text` standing alone (`alone`) and outside the detections found. */
function occurrences(
  text: string,
  letters: string,
  found: readonly Detection[],
  alone: (text: string, start: number, end: number) => boolean,
): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(letters); at !== -1; at = text.indexOf(letters, at + 1)) {
    if (alone(text, at, at + letters.length) && !covered(found, at)) out.push(at);
  }
  return out;
}

/**
 * Initials a text gives in brackets right after a full name found (`Harpreet Virdee (HV) -
 * Chair`, `DS 2090 Callum Reid (CR)`), as minutes list who attended, or before it in a key (`HQ =
 * Hester Quarmby`). Declared, they stand for
 * that person throughout the text, even where they spell an acronym (`HV`, a health visitor) and
 * in an action table's owner column (`| HV/CR |`), which ANNOTATION.md counts as a person.
 */
function declaredInitials(text: string, found: readonly Detection[]): Set<string> {
  const out = new Set<string>();
  for (const d of found) {
    if (d.type !== 'PERSON') continue;
    const letters = bracketedAfter(text, d) ?? keyedBefore(text, d);
    if (letters && initialsOfPerson(d.text, found).includes(letters)) out.add(letters);
  }
  return out;
}

/** ` (HV)` right after the name (DECLARED_AFTER). */
function bracketedAfter(text: string, d: Detection): string | undefined {
  if (text.charCodeAt(d.endUtf16 + 1) !== 40) return undefined;
  return DECLARED_AFTER.exec(text.slice(d.endUtf16, d.endUtf16 + 8))?.[1];
}

/**
 * A transcript's key, the initials then `=` before the name (`HQ = Hester Quarmby (interviewer);
 * TA = Tamsin Achterwyck`): the speaker labels that follow are those people (ANNOTATION.md counts
 * initials standing for a person).
 */
function keyedBefore(text: string, d: Detection): string | undefined {
  if (d.startUtf16 < 4) return undefined;
  const m = DECLARED_KEY.exec(text.slice(Math.max(0, d.startUtf16 - 18), d.startUtf16));
  return m?.[1] ?? m?.[2];
}

/**
 * `HQ = ` right before a name: two to four capitals standing alone, an equals sign, and perhaps a
 * title or rank (`HQ = Dr Hester Quarmby`); or an attendance list's initials column, the initials
 * opening the line and parted from the name by a tab or two blanks (`  YB  Yolanda Brisco`).
 */
const DECLARED_KEY =
  /(?:(?:^|[^\p{L}\p{N}])([A-Z]{2,4})[ \t]*=[ \t]*(?:\p{Lu}[\p{L}]{0,4}\.?[ \t]+)?|(?:^|\n)[ \t]*([A-Z]{2,4})(?:\t|[ ]{2,})[ \t]*)$/u;

/** `YB  Yolanda Brisco` as one name: a line's initials column, then the name they stand for. */
const KEY_COLUMN = /^([A-Z]{2,4})(?:\t|[ ]{2,})[ \t]*(?=\S)/;

/**
 * A name a rule read with the initials column before it (`YB  Yolanda Brisco`, in an attendance
 * list that then writes `- YB: …`), cut to the name when the initials are the name's own; the
 * initials are then declared (DECLARED_KEY) and read where they stand.
 */
export function withoutKeyInitials(text: string, d: Detection): Detection {
  const m = KEY_COLUMN.exec(d.text);
  if (!m || !/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, d.startUtf16 - 8), d.startUtf16))) {
    return d;
  }
  const name = d.text.slice(m[0].length);
  if (!initialsOf(name).includes(m[1]!)) return d;
  return { ...d, startUtf16: d.startUtf16 + m[0].length, text: name };
}

/**
 * The initials of `name`, or when it is a first name alone, of the full names found that begin
 * with it: minutes give a name in full once, then `Harpreet (HS) said …`.
 */
function initialsOfPerson(name: string, found: readonly Detection[]): string[] {
  if (name.includes(' ') || name.includes('-')) return declarableInitials(name);
  const prefix = `${name} `;
  return found
    .filter((d) => d.type === 'PERSON' && d.text.startsWith(prefix))
    .flatMap((d) => declarableInitials(d.text));
}

/**
 * Initials a text may declare for a name: `initialsOf`'s, and a letter for each word, a
 * double-barrelled surname giving one (`Priya Venkataraman-Lowe (PV)`). Only declared initials
 * take this shorter form: learnt ones (never written beside the name) keep a letter per part.
 */
function declarableInitials(name: string): string[] {
  const forms = initialsOf(name);
  if (!name.includes('-')) return forms;
  const words = name.replace(/-[^\s]*/g, '');
  return [...forms, ...initialsOf(words)];
}

/**
 * Where the cells of an action table's owner column (`| Owner |`, table-names.ts) start, worked
 * out on first use: initials alone in a cell are a sign-off, except in the column that names
 * who does each action, which ANNOTATION.md counts as a person.
 */
function ownerCellStarts(text: string): () => ReadonlySet<number> {
  let starts: ReadonlySet<number> | null = null;
  return () => {
    starts ??= new Set(
      hasPipe(text) ? columnCells(text, OWNER_COLUMNS, '|').map((c) => c.start) : [],
    );
    return starts;
  };
}

/**
 * ` (HV)` right after a name: a blank, then two to four capitals in brackets, alone or before what
 * the person does (`Priti Mahajan (PM, AP manager)`).
 */
const DECLARED_AFTER = /^ \(([A-Z]{2,4})(?:\)|[,;] )/;

/** The initials of every full name found that could be mistaken for no acronym. */
function initialsOfNames(found: readonly Detection[]): Set<string> {
  const out = new Set<string>();
  for (const d of found) {
    if (d.type !== 'PERSON' || d.recognizer.startsWith('person-initials')) continue;
    for (const letters of learntInitials(d.text)) out.add(letters);
  }
  return out;
}

/**
 * `initialsOf(name)` less those no reader could take for a person (`PC`, `OK`), kept per name:
 * the same names come back through a text and across the texts of a batch. Cleared at
 * MAX_CACHED_NAMES.
 */
const MAX_CACHED_NAMES = 20_000;
const initialsCache = new Map<string, readonly string[]>();
const NONE: readonly string[] = [];

function learntInitials(name: string): readonly string[] {
  let initials = initialsCache.get(name);
  if (initials) return initials;
  if (initialsCache.size >= MAX_CACHED_NAMES) initialsCache.clear();
  // One word without a hyphen (most names a text finds alone) has no initials.
  const parts = name.includes(' ') || name.includes('-') || name.includes(',');
  initials = parts
    ? initialsOf(name).filter((letters) => INITIALS.test(letters) && !spellsAWord(letters))
    : NONE;
  initialsCache.set(name, initials);
  return initials;
}

/**
 * The initials of a name: every word's letter, and the first given name's with the surname's
 * alone (middle names dropped). `SURNAME, Given Names` is read given names first. A name of one
 * word without a hyphen has none.
 */
export function initialsOf(name: string): string[] {
  const comma = name.indexOf(',');
  const ordered =
    comma === -1 ? name : `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`;
  const words = ordered.split(/\s+/).filter((w) => CAPITAL_FIRST.test(w));
  if (words.length === 0) return [];
  const all = words.map(wordLetters).join('');
  if (all.length < 2) return [];
  const short =
    words.length > 2 ? wordLetters(words[0]!) + wordLetters(words[words.length - 1]!) : all;
  return short === all ? [all] : [all, short];
}

/** A word's initials: one for each capitalised part of a hyphenated word (`Hewitt-Okoro` → HO). */
function wordLetters(word: string): string {
  let letters = '';
  for (const part of word.split('-')) if (CAPITAL_FIRST.test(part)) letters += part.charAt(0);
  return letters;
}

/**
 * Abbreviations in the shared acronym list that follow the word they shorten (`HIGH RD`, `Ann
 * Lee BA`): as initials they open a clause instead (`RD quiet, good with tools`), so they count
 * where no capitalised word stands right before them.
 */
const ABBREVIATIONS_AFTER_A_WORD = new Set(['RD', 'ST', 'LN', 'AVE', 'BA', 'MA', 'BSC', 'PHD']);

/** Letters that are also an acronym, rank, role, title or everyday word. */
function spellsAWord(letters: string): boolean {
  const lower = letters.toLowerCase();
  return (
    NOT_INITIALS.has(letters) ||
    RANKS.has(letters) ||
    NUMBERED_ROLES.has(letters) ||
    (acronyms().has(lower) && !ABBREVIATIONS_AFTER_A_WORD.has(letters)) ||
    commonWords().has(lower) ||
    roleWords().has(lower) ||
    titles().has(lower)
  );
}

/** A capitalised word then blanks, right before the initials. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+$/u;

/** An abbreviation of ABBREVIATIONS_AFTER_A_WORD after the word it would shorten. */
function abbreviation(text: string, letters: string, start: number): boolean {
  if (!ABBREVIATIONS_AFTER_A_WORD.has(letters)) return false;
  return CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/**
 * No letter, digit or joining mark either side, except a possessive `'s` or a full stop ending a
 * sentence after (`LHO's`, `with LHO.`): not part of a longer word, code or reference (`LHO2`,
 * `AB-12`, `TC/4`, `L.H.O`).
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  if (start > 0 && (WORD_CHAR.test(before) || JOINED.test(before))) return false;
  const after = text.charAt(end);
  if (WORD_CHAR.test(after)) return false;
  if (!JOINED.test(after)) return true;
  const next = text.charAt(end + 1);
  if (after === '.') return !WORD_CHAR.test(next);
  const possessive = (after === "'" || after === '’') && next === 's';
  return possessive && !WORD_CHAR.test(text.charAt(end + 2));
}

/** Marks that join a word to a code or another word (`AB-12`, `TC/4`, `L.H`, `O'N`). */
const JOINED = /['’\-/.@#]/;

/** A cell of its own (`| JKH |`, `\tDH\n`): a signature or sign-off column. */
const CELL_BEFORE = /[|\t][ \t]*$/;
const CELL_AFTER = /^[ \t]*(?:[|\t]|\r?\n|$)/;
/** After a dash or `by` (`– DH`, `written up by JA`): the writer's sign-off. */
const SIGN_OFF_BEFORE = /(?:[–—-]|\bby)[ \t]+$/;
/** A blank then a number after: a code's prefix (`PB 0097305`), not initials. */
const NUMBER_AFTER = /^[ \t]?\d/;

function signature(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 8);
  if (CELL_BEFORE.test(before) && CELL_AFTER.test(after)) return true;
  return signedOff(text, start, end);
}

/** After a dash or `by`, or before a number: a sign-off or a code's prefix (SIGN_OFF_BEFORE). */
function signedOff(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (BULLET_BEFORE.test(before) && text.charAt(end) === ':') return false;
  return SIGN_OFF_BEFORE.test(before) || NUMBER_AFTER.test(text.slice(end, end + 8));
}

/**
 * A list's bullet dash, the initials then a colon (`- RH: MORLEY-TATE has a caution`): minutes
 * give what each person said, not a sign-off.
 */
const BULLET_BEFORE = /(?:^|\n)[ \t]*[–—-][ \t]+$/;

/**
 * Declared initials stand alone as other initials do, or beside a slash (`HV/CR`: two owners of
 * one action), which for other initials marks a code (`TC/4`).
 */
function aloneOrPaired(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 1);
  const near = text.slice(from, end + 3).replaceAll('/', ' ');
  return standsAlone(near, start - from, end - from);
}

function covered(found: readonly Detection[], at: number): boolean {
  return found.some((d) => at >= d.startUtf16 && at < d.endUtf16);
}
