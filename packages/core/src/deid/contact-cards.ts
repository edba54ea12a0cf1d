/**
 * Contact cards and calendar invitations exported as text: vCard (RFC 6350) and iCalendar (RFC
 * 5545). Their properties say what each value is, so no name or address cue is needed:
 * - `BDAY:1941-03-11` is a date of birth;
 * - `ADR;TYPE=HOME:;;16 Chaucer Gardens;Guildford;;GU1 4DN;United Kingdom` holds the street
 *   (ADDRESS) and the locality and region (LOCATION) in its third to fifth components;
 * - `CN=Tomasz Grabarczyk (Larkspur Supported Living)` names an attendee, with the organisation
 *   in brackets (ORGANISATION). The names themselves are found by names/card-names.ts.
 * Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection, EntityType, Recognizer } from './entity-types.js';
import { literalGate } from './literal-gate.js';

export const CARD_SCORE = 0.85;

/** One property line: optional group (`item1.`), name, parameters, then the value. */
export interface CardProperty {
  name: string;
  valueStart: number;
  value: string;
}

/** `NAME;PARAM=x:value` at the start of a line; the value runs to the end of the line. */
const PROPERTY = /^(?:[A-Za-z0-9-]+\.)?([A-Z][A-Z-]*)(?:;[^:\r\n]*)?:([^\r\n]*)/gm;

/**
 * The text holds a vCard or an iCalendar object (a cheap check before any scan): answered by the
 * one literal pass per text (literal-gate.ts), as `includes` would answer.
 */
export const hasCard: (text: string) => boolean = literalGate(['BEGIN:VCARD', 'BEGIN:VCALENDAR']);

/** The property lines named in `names`, in text order. */
export function cardProperties(text: string, names: ReadonlySet<string>): CardProperty[] {
  const out: CardProperty[] = [];
  for (const m of text.matchAll(PROPERTY)) {
    if (!names.has(m[1]!)) continue;
    const value = m[2]!;
    out.push({ name: m[1]!, valueStart: m.index! + m[0].length - value.length, value });
  }
  return out;
}

/**
 * A structured value's components split at `;` not escaped by a backslash (RFC 6350 §3.4), with
 * each one's offset in the text; components are trimmed of blanks.
 */
export function components(p: CardProperty): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  for (let i = 0; i <= p.value.length; i++) {
    if (i < p.value.length && (p.value[i] !== ';' || p.value[i - 1] === '\\')) continue;
    const raw = p.value.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: p.valueStart + from + lead, text: raw.trim() });
    from = i + 1;
  }
  return out;
}

export function cardDetection(
  type: EntityType,
  start: number,
  text: string,
  recognizer: string,
): Detection {
  return {
    type,
    startUtf16: start,
    endUtf16: start + text.length,
    text,
    score: CARD_SCORE,
    recognizer,
  };
}

/** A birthday as vCard writes it: `1941-03-11`, `19410311` or, with no year, `--0311`. */
const BDAY = /^(?:\d{4}-?\d{2}-?\d{2}|--\d{2}-?\d{2})(?:T[\d:]+Z?)?$/;

function birthdays(text: string, out: Detection[]): void {
  for (const p of cardProperties(text, new Set(['BDAY']))) {
    const value = p.value.trim();
    if (BDAY.test(value)) out.push(cardDetection('DATE_OF_BIRTH', p.valueStart, value, 'card'));
  }
}

/** ADR components: PO box, extended address, street, locality, region, postcode, country. */
function addresses(text: string, out: Detection[]): void {
  for (const p of cardProperties(text, new Set(['ADR']))) {
    const parts = components(p);
    const street = parts[2];
    if (street && /\p{L}/u.test(street.text)) {
      out.push(cardDetection('ADDRESS', street.start, street.text, 'card'));
    }
    for (const place of parts.slice(3, 5)) {
      if (/^\p{Lu}/u.test(place.text))
        out.push(cardDetection('LOCATION', place.start, place.text, 'card'));
    }
  }
}

/** `CN=Name (Organisation)` or `CN="Name (Organisation)"` in an iCalendar parameter list. */
const CN_ORGANISATION = /[;:]CN="?[^"();:\r\n]+\(([^()";:\r\n]+)\)"?[;:]/g;

function attendeeOrganisations(text: string, out: Detection[]): void {
  for (const m of text.matchAll(CN_ORGANISATION)) {
    const org = m[1]!.trim();
    if (!/^\p{Lu}/u.test(org)) continue;
    out.push(cardDetection('ORGANISATION', m.index! + m[0].indexOf(org), org, 'card'));
  }
}

export function detectCardFields(text: string): Detection[] {
  if (!hasCard(text)) return [];
  const out: Detection[] = [];
  birthdays(text, out);
  addresses(text, out);
  attendeeOrganisations(text, out);
  return out;
}

export const contactCardRecognizer: Recognizer = {
  name: 'contact-card',
  types: ['DATE_OF_BIRTH', 'ADDRESS', 'LOCATION', 'ORGANISATION'],
  detect: (text: string) => detectCardFields(text),
};
