/**
 * Names in HL7 v2 messages pasted into a record (an ED attendance or a referral from a hospital
 * system): the message names the patient, next of kin and clinicians only by position, in fields
 * of type XPN (`FAMILY^Given^Middle^Suffix^Prefix`) and XCN (`ID^FAMILY^Given^Middle…`), which no
 * word around them announces (`PID|1||999…^^^NHS||KOVALENKO^Oksana^Valeriivna^^Mrs||…`).
 *
 * Read as the standard lays a message out (HL7 v2.5.1, chapter 2): one segment a line, opening
 * with its three-character id; fields split by the field separator, repetitions by `~`,
 * components by `^` and subcomponents by `&`, the five read from the MSH segment when the text
 * has one (`MSH|^~\&|…`). Only the fields the standard defines as person names are read (NAME_FIELDS),
 * and within them the family name (its first subcomponent, the surname), the given name and the
 * further given names, each a name of its own as ANNOTATION.md marks them. A name made of role
 * words (`ED1047^TRIAGE^NURSE`, an operator id) names no one. Offsets are UTF-16 code units, end
 * exclusive.
 */
import type { Detection } from '../entity-types.js';
import { acronyms, commonWords, roleWords, titles } from './name-context.js';
import { personDetection } from './person-detection.js';
import { hasPipe, literalGate } from '../literal-gate.js';

export const HL7_NAME_SCORE = 0.85;

/** XPN: the family name is component 1; XCN: component 2, after the person's id. */
type NameType = 'XPN' | 'XCN';

/**
 * The person-name fields of the segments that carry them (HL7 v2.5.1): field number and type.
 * PID-5 patient name, PID-6 mother's maiden name, PID-9 alias; NK1-2 next of kin, NK1-30 contact
 * person; PV1-7/8/9/17/52 attending, referring, consulting, admitting and other doctors; PV2-13
 * referral source; PD1-4 primary care provider; EVN-5 operator; ORC-10/11/12/19 entered,
 * verified, ordered and actioned by; OBR-16 ordering provider, OBR-28 result copies to; OBX-16
 * responsible observer; TXA-5/9/10/11 document provider, originator, authenticator and
 * transcriptionist; GT1-3 guarantor; IN1-16 insured; MRG-7 prior patient name; ROL-4 role person;
 * AIP-3 personnel resource; STF-3 staff; PRD-2 provider; CTD-2 contact.
 */
const NAME_FIELDS: ReadonlyMap<string, ReadonlyMap<number, NameType>> = new Map(
  (
    [
      ['PID', [5, 6, 9], 'XPN'],
      ['NK1', [2, 30], 'XPN'],
      ['PV1', [7, 8, 9, 17, 52], 'XCN'],
      ['PV2', [13], 'XCN'],
      ['PD1', [4], 'XCN'],
      ['EVN', [5], 'XCN'],
      ['ORC', [10, 11, 12, 19], 'XCN'],
      ['OBR', [16, 28], 'XCN'],
      ['OBX', [16], 'XCN'],
      ['TXA', [5, 9, 10, 11], 'XCN'],
      ['GT1', [3], 'XPN'],
      ['IN1', [16], 'XPN'],
      ['MRG', [7], 'XPN'],
      ['ROL', [4], 'XCN'],
      ['AIP', [3], 'XCN'],
      ['STF', [3], 'XPN'],
      ['PRD', [2], 'XPN'],
      ['CTD', [2], 'XPN'],
    ] as const
  ).map(([segment, fields, type]) => [segment, new Map(fields.map((f) => [f, type]))]),
);

/** The five separators of a message: field, component, repetition, escape, subcomponent. */
export interface Hl7Delimiters {
  field: string;
  component: string;
  repetition: string;
  subcomponent: string;
}

const DEFAULT_DELIMITERS: Hl7Delimiters = {
  field: '|',
  component: '^',
  repetition: '~',
  subcomponent: '&',
};

/** `MSH` then the field separator and the encoding characters, at a line's start. */
const MSH = /(?:^|[\r\n])MSH([^\w\r\n])([^\w\r\n])([^\w\r\n])[^\w\r\n]([^\w\r\n])/;

/** The separators the MSH segment declares, or the standard's defaults without one. */
export function hl7Delimiters(text: string): Hl7Delimiters {
  const m = MSH.exec(text);
  if (!m) return DEFAULT_DELIMITERS;
  return { field: m[1]!, component: m[2]!, repetition: m[3]!, subcomponent: m[4]! };
}

/** A segment id: a capital then two capitals or digits (`PID`, `NK1`, `ZPS`). */
const SEGMENT_ID = /^[A-Z][A-Z0-9]{2}$/;
/** A name part: two letters or more, with inner blanks, hyphens or apostrophes (`O'NEILL`). */
const NAME_PART = /^\p{L}[\p{L}\p{M}]+(?:[ '’-]\p{L}[\p{L}\p{M}]*)*$/u;
const INITIAL = /^\p{L}$/u;

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldMsh = literalGate(['MSH']);

export function hl7Names(text: string): Detection[] {
  const out: Detection[] = [];
  // Every name field sits in a segment with the field separator, `|` unless an MSH segment says
  // otherwise, and a name with a component separator: texts without them (nearly all) skip the
  // line scan.
  if (!hasPipe(text) && !mayHoldMsh(text)) return out;
  const delimiters = hl7Delimiters(text);
  if (!text.includes(delimiters.field) || !text.includes(delimiters.component)) return out;
  for (let start = 0; start < text.length;) {
    const end = lineEnd(text, start);
    segmentNames(text, start, end, delimiters, out);
    start = end + 1;
  }
  return out;
}

/** The end of the line from `start` (a segment ends at CR, LF or the text's end). */
function lineEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** The names in the person fields of the segment on `text[start, end)`, into `out`. */
function segmentNames(
  text: string,
  start: number,
  end: number,
  delimiters: Hl7Delimiters,
  out: Detection[],
): void {
  const id = text.slice(start, start + 3);
  const fields = NAME_FIELDS.get(id);
  if (!fields || text.charAt(start + 3) !== delimiters.field || !SEGMENT_ID.test(id)) return;
  let index = 0;
  for (const [from, to] of pieces(text, start, end, delimiters.field)) {
    const type = fields.get(index++);
    if (!type) continue;
    for (const [repFrom, repTo] of pieces(text, from, to, delimiters.repetition)) {
      personName(text, repFrom, repTo, type, delimiters, out);
    }
  }
}

/**
 * The name parts of one XPN or XCN value: family name (its first subcomponent), given name and
 * further given names, each kept when it reads as a name; none when any of them is an everyday,
 * role or title word (a post written in name fields, `TRIAGE^NURSE`).
 */
function personName(
  text: string,
  start: number,
  end: number,
  type: NameType,
  delimiters: Hl7Delimiters,
  out: Detection[],
): void {
  const first = type === 'XPN' ? 0 : 1;
  const parts: [number, number][] = [];
  let index = 0;
  for (const [from, to] of pieces(text, start, end, delimiters.component)) {
    const k = index++ - first;
    if (k < 0 || k > 2 || from === to) continue;
    // The family name's surname is its first subcomponent (FN.1).
    const [partFrom, partTo] =
      k === 0 ? pieces(text, from, to, delimiters.subcomponent)[0]! : [from, to];
    // A lone initial (`J` as the middle name) says too little alone, and is passed over.
    const length = partTo - partFrom;
    const initial = length === 1 && INITIAL.test(text.charAt(partFrom));
    if (length > 0 && !initial) parts.push([partFrom, partTo]);
  }
  const words = parts.map(([from, to]) => text.slice(from, to));
  if (words.length === 0 || !words.every((w) => NAME_PART.test(w))) return;
  if (words.some(notAName)) return;
  for (const [from, to] of parts) {
    out.push(personDetection(from, text.slice(from, to), HL7_NAME_SCORE, 'person-form'));
  }
}

/** An everyday, role, title or acronym word in a name field: a post or placeholder. */
function notAName(part: string): boolean {
  return part.split(/[ '’-]/).some((word) => {
    const lower = word.toLowerCase();
    return (
      commonWords().has(lower) ||
      roleWords().has(lower) ||
      titles().has(lower) ||
      (word.length > 1 && word === word.toUpperCase() && acronyms().has(lower))
    );
  });
}

/** The `[from, to)` pieces of `text[start, end)` between `separator`s (a piece may be empty). */
function pieces(text: string, start: number, end: number, separator: string): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let at = text.indexOf(separator, from); at !== -1 && at < end;) {
    out.push([from, at]);
    from = at + separator.length;
    at = text.indexOf(separator, from);
  }
  out.push([from, end]);
  return out;
}
