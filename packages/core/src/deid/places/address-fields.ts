/**
 * The value of an address field laid out as a postal address (`Address: Rose Barn, 4 Kiln Row,
 * Marlow Hythe, HX9 2QT`, `Location: Flat 2, Aster House, Quay Walk, Selby YO8 4AB`), as custody
 * records, CAD headers and referrals write them. The ADDRESS runs from the value's start to its
 * last street part, whatever the street's type (`Mill Leat`, `The Paddocks`), so a house name or
 * a building before the number belongs to it (ANNOTATION.md: from the flat or house number or
 * building name through to the street); districts and the post town after it are places, the
 * postcode its own span. The value must end in a postcode and hold a house number or a street
 * another rule found, so a field naming a public place by its premises only (`Location: Bus
 * station, Leeds LS1 1AA`) stays out. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { lazy } from '../gazetteer.js';
import { STRONG_STREET_TYPES, WEAK_STREET_TYPES } from './street-patterns.js';
import { literalGate } from '../literal-gate.js';
import { regexMatches } from '../regex-matches.js';

export const ADDRESS_FIELD_SCORE = 0.8;

/** The label at a line start or after a padded gap, then the value up to the line's end. */
const ADDRESS_FIELD =
  /(?:^|[\t|]| {2})(?:[A-Z][a-z]+ )?(?:[Aa]ddress(?: last known)?|ADDRESS|Location|LOCATION|Scene|Home|HOME|Residence|RESIDENCE)[ \t]*:[ \t]*([^\n\r]{6,140})/gm;
/** The parts before the postcode that ends the value (`…, Town, AB1 2CD` or `… Town AB1 2CD`). */
const BEFORE_POSTCODE = /^(.+?),?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![A-Za-z\d])/;
/**
 * A part of a postal address: up to five words of letters, digits and `'’/-` (`Flat 2/1`, `Tŷ
 * Isaf`); a sentence (`NFA. Sofa-surfing at a friend's`) is not one.
 */
const ADDRESS_PART = /^[\p{L}\p{M}\d'’/-]+(?: [\p{L}\p{M}\d'’/-]+){0,4}$/u;
const streetTypes = lazy(() => new Set<string>([...STRONG_STREET_TYPES, ...WEAK_STREET_TYPES]));
const strongTypes = lazy(() => new Set<string>(STRONG_STREET_TYPES));
const PART_SEPARATOR = /,[ \t]*/;

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldAddressLabel = literalGate(['ddress', 'DDRESS', 'ome']);
const mayHoldSceneLabel = literalGate(['ocation', 'Scene']);

export function addressFields(text: string, found: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  const labelled = mayHoldAddressLabel(text);
  if (labelled) houseOnlyFields(text, out);
  if (!labelled && !mayHoldSceneLabel(text)) return out;
  if (!/[A-Z]\d/.test(text)) return out;
  ADDRESS_FIELD.lastIndex = 0;
  for (let m = ADDRESS_FIELD.exec(text); m !== null; m = ADDRESS_FIELD.exec(text)) {
    const valueStart = m.index + m[0].length - m[1]!.length;
    const before = BEFORE_POSTCODE.exec(m[1]!);
    const parts = before ? before[1]!.split(PART_SEPARATOR) : [];
    if (parts.length < 2 || !parts.every((p) => ADDRESS_PART.test(p))) continue;
    const last = lastStreetPart(parts, valueStart, found);
    // A house name or flat alone, with no street after it, is left to the other rules.
    if (last < 1 || last === parts.length - 1) continue;
    const end = valueStart + parts.slice(0, last + 1).join(', ').length;
    // The parts are rejoined with `, `: the span must be the text as written.
    if (!m[1]!.startsWith(text.slice(valueStart, end))) continue;
    // A home's field needs no number (`Home: The Granary, Low Mill Yard, …`); a scene's or a
    // location's does, or a street found, so a public place named by its premises stays out.
    const home = /^\s*(?:[A-Z][a-z]+ )?(?:Home|HOME|Residence|RESIDENCE)\b/.test(m[0]);
    const located = /\d/.test(text.slice(valueStart, end)) || coversFound(found, valueStart, end);
    if (!home && !located) continue;
    out.push(span(text, valueStart, end));
  }
  return out;
}

/**
 * The last part that is a street: it holds a house number (`3 Chapel Steps`), ends in a street
 * type (`Kingsland Way`) or holds a street another rule found (`Ditton Lane`). The parts after it
 * are districts and the post town (`St Thomas, Swansea`). -1 when none is.
 */
function lastStreetPart(parts: string[], valueStart: number, found: readonly Detection[]): number {
  let at = valueStart;
  let last = -1;
  let numberedStreet = false;
  parts.forEach((part, i) => {
    const lastWord = part.slice(part.lastIndexOf(' ') + 1);
    const typed = streetTypes().has(lastWord);
    const street = /\d/.test(part) || typed || coversFound(found, at, at + part.length);
    // After a numbered street (`112 Stockfield Road`) a district may end in a street word
    // (`Acocks Green`): the address stops at the numbered street.
    if (street && !numberedStreet) last = i;
    if (/\d/.test(part) && strongTypes().has(lastWord)) numberedStreet = true;
    at += part.length + 2;
  });
  return last;
}

/**
 * An address field whose value on its line is only a flat or a house's name (`Address: Rosehip
 * Cottage`, `Home:   Rook Cottage`, `ADDRESS: FLAT 3`, `Address line 1: Flat 14`, `Address line
 * 3: Tallow Yard`), the rest of the address on the lines below or not given: the label says the
 * value is where the person lives. The value is a unit and its number, or one to four title-case
 * words (a street type or a word for a house last, or `The` first).
 */
const HOUSE_ONLY_FIELD =
  /(?:^|\n)[ \t]*(?:[A-Z][a-z]+ )?(?:[Aa]ddress(?: line \d)?|ADDRESS(?: LINE \d)?|Home|HOME)[ \t]*:[ \t]*((?:Flat|FLAT|Apartment|Apt|Unit) \d{1,4}[A-Za-z]?|(?:The )?\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,3})[ \t]*(?=\r?\n|$)/gu;
const HOUSE_NAME_ENDS =
  /(?:^The |[ ](?:Cottage|Lodge|Barn|Farm|Farmhouse|Mill|Loft|Granary|Forge|Grange|Manor|House|Court|Rectory|Vicarage|Bungalow|Villa|Stables)$)/;

function houseOnlyFields(text: string, out: Detection[]): void {
  for (const m of regexMatches(HOUSE_ONLY_FIELD, text)) {
    const value = m[1]!;
    const lastWord = value.slice(value.lastIndexOf(' ') + 1);
    const unit = /\d/.test(value);
    if (!unit && !HOUSE_NAME_ENDS.test(value) && !streetTypes().has(lastWord)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    out.push(span(text, start, start + value.length));
  }
}

function coversFound(found: readonly Detection[], start: number, end: number): boolean {
  return found.some((d) => d.type === 'ADDRESS' && d.startUtf16 >= start && d.endUtf16 <= end);
}

function span(text: string, start: number, end: number): Detection {
  return {
    type: 'ADDRESS',
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score: ADDRESS_FIELD_SCORE,
    recognizer: 'address',
  };
}
