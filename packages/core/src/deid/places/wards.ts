/**
 * Hospital wards a person is on (the fresh sets label them ORGANISATION, as premises linked to a
 * person): a named ward (`Mulberry Ward`, `Birch Ward at Meadowbank`), and a numbered one where a
 * person is put on it or it follows its hospital (`now on Ward 5`, `City Hospital — Ward D11`).
 * A numbered ward on its own (`Ward 7, Band 5 staff`) is a workplace, not an identifier. A
 * discharge letter's heading names the hospital before its ward (`Carseview Centre — Mulberry
 * Ward`): those words are the hospital. Found from each `Ward` in the text (indexOf), so a text
 * without the word costs one search. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { ambiguousGivenNames, givenNames } from '../names/given-names.js';
import { RANKS, commonWords, titles } from '../names/name-context.js';

export const WARD_SCORE = 0.6;

/**
 * The ward's name right before `Ward` and a space, and the word before that (a title or rank, say).
 * A tab parts a table's cells (`Aled Prothero<TAB>Ward doctor`), so it joins no ward's name.
 */
const NAME_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}'’])(?:(\p{L}+)\.?[ \t]+)?(\p{Lu}\p{Ll}+) $/u;
/** A number or code after `Ward`, and a side (`Ward 7 South`, `Ward D11`). */
const NUMBER_AFTER =
  /^[ \t](?:\d{1,3}[A-Z]?|[A-Z]\d{1,3})(?:[ \t](?:North|South|East|West))?(?![\p{L}\p{N}])/u;
/** `at Meadowbank`, `at Leverndale Hospital`: where the ward is. */
const AT_PLACE = /^[ \t]at[ \t]\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2}/u;
/** A person put on a numbered ward, or the ward after its hospital and a dash or comma. */
const NUMBERED_CONTEXT =
  /(?:(?:^|[^\p{L}])(?:on|to|onto|in|at|from)[ \t]+|(?:Hospital|Infirmary|Centre|Unit)[ \t]*[—–,-][ \t]*)$/u;
/** A heading line: the hospital's words, a dash, then the ward. */
const HOSPITAL_HEADING =
  /(?:^|\n)(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,3})[ \t]+[—–][ \t]+$/u;
/** Kinds of ward, not a ward's name (`Male Ward`, `Acute Ward`). */
const KINDS = new Set(
  `acute male female maternity psychiatric general surgical medical mental elderly assessment
  admissions observation secure open locked private side day labour stroke cardiac renal
  orthopaedic paediatric childrens geriatric rehab rehabilitation recovery isolation same other
  next this that which each every any old new his her their our my your a the`.split(/\s+/),
);

export function wardsOf(text: string): Detection[] {
  const out: Detection[] = [];
  for (let at = text.indexOf('Ward'); at !== -1; at = text.indexOf('Ward', at + 4)) {
    if (/[\p{L}\p{N}]/u.test(text.charAt(at + 4))) continue;
    const ward = namedWard(text, at) ?? numberedWard(text, at);
    if (!ward) continue;
    out.push(ward);
    const hospital = hospitalHeading(text, ward.startUtf16);
    if (hospital) out.push(hospital);
  }
  return out;
}

/** `Mulberry Ward`, not a person (`Dr Hazel Ward`, `Sarah Ward`) or a kind (`Male Ward`). */
function namedWard(text: string, at: number): Detection | null {
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const name = m[2]!.toLowerCase();
  const person = givenNames().has(name) && !ambiguousGivenNames().has(name);
  const before = m[1] ?? '';
  const titled = RANKS.has(before) || titles().has(before.toLowerCase());
  if (person || titled || KINDS.has(name) || commonWords().has(name)) return null;
  const place = AT_PLACE.exec(text.slice(at + 4, at + 60));
  return ward(text, at - m[2]!.length - 1, at + 4 + (place ? place[0].length : 0));
}

function numberedWard(text: string, at: number): Detection | null {
  const m = NUMBER_AFTER.exec(text.slice(at + 4, at + 20));
  if (!m || !NUMBERED_CONTEXT.test(text.slice(Math.max(0, at - 30), at))) return null;
  return ward(text, at, at + 4 + m[0].length);
}

/** The hospital named at the start of the line, before a dash and the ward. */
function hospitalHeading(text: string, wardStart: number): Detection | null {
  const from = Math.max(0, wardStart - 60);
  const m = HOSPITAL_HEADING.exec(text.slice(from, wardStart));
  if (!m) return null;
  // `^` matched the start of the window: only a real line start counts.
  if (m.index === 0 && m[0].startsWith(m[1]!) && from > 0 && text.charCodeAt(from - 1) !== 10) {
    return null;
  }
  const start = wardStart - m[0].length + m[0].indexOf(m[1]!);
  return ward(text, start, start + m[1]!.length);
}

function ward(text: string, start: number, end: number): Detection {
  return {
    type: 'ORGANISATION',
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score: WARD_SCORE,
    recognizer: 'organisation-ward',
  };
}
