/**
 * Names in contact cards and calendar invitations (vCard, RFC 6350; iCalendar, RFC 5545): the
 * formatted name `FN:Rosamund Pennefather-Lowe`, the parts of `N:Pennefather-Lowe;Rosamund;;;`
 * (family, given, additional names), `NICKNAME:Ros`, and an organiser's or attendee's common name
 * `CN="Prosser, Bethan Mair"` or `CN=Lusine Sargsyan:mailto:…`. A card for a place or service
 * (`FN:Kiln Pharmacy` with `ORG:Kiln Pharmacy`), a relation saved as a name (`FN:Mum`) and a
 * value with digits (`FN:NHS 111`) are not people. A common name that starts with a rank or title
 * (`CN="PCSO Harriet Pendlebury 61427"`) is left to the rank rules. Offsets are UTF-16 code
 * units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { cardDetection, cardProperties, components, hasCard } from '../contact-cards.js';
import { echoable } from './name-echoes.js';
import { RANKS, titles } from './name-context.js';

/** Each word of the value is a capitalised name word (hyphens and apostrophes inside). */
const NAME_WORDS = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}'’-]*){0,3}$/u;

/** A person's name: name words, none of them an everyday, role, place or title word. */
function personName(value: string): boolean {
  return NAME_WORDS.test(value) && value.split(/[ -]/).every((w) => w === '' || echoable(w));
}

/** Values of `ORG:` lines: a card whose formatted name is its organisation is not a person. */
function organisations(text: string): Set<string> {
  return new Set(cardProperties(text, new Set(['ORG'])).map((p) => p.value.split(';')[0]!.trim()));
}

function formattedNames(text: string, orgs: ReadonlySet<string>, out: Detection[]): void {
  for (const p of cardProperties(text, new Set(['FN', 'NICKNAME']))) {
    const value = p.value.trim();
    if (orgs.has(value) || !personName(value)) continue;
    out.push(cardDetection('PERSON', p.valueStart + p.value.indexOf(value), value, 'person-form'));
  }
}

/** The family, given and additional names of `N:` (the prefix and suffix are titles). */
function nameParts(text: string, orgs: ReadonlySet<string>, out: Detection[]): void {
  for (const p of cardProperties(text, new Set(['N']))) {
    for (const part of components(p).slice(0, 3)) {
      if (part.text === '' || orgs.has(part.text) || !personName(part.text)) continue;
      out.push(cardDetection('PERSON', part.start, part.text, 'person-form'));
    }
  }
}

/** `CN=` up to the organisation in brackets, the closing quote, or the next `;` or `:`. */
const COMMON_NAME = /[;:]CN=("?)([^"();:\r\n]+?)[ ]*(?:\([^()\r\n]*\))?\1(?=[;:])/g;
/** `Prosser, Bethan Mair`: a surname, a comma, given names. */
const SURNAME_FIRST =
  /^(\p{Lu}[\p{L}\p{M}'’-]+), (\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?)$/u;

function commonNames(text: string, out: Detection[]): void {
  for (const m of text.matchAll(COMMON_NAME)) {
    const value = m[2]!.trim();
    const first = value.split(' ')[0]!;
    if (RANKS.has(first) || titles().has(first.replace(/\.$/, '').toLowerCase())) continue;
    const inverted = SURNAME_FIRST.exec(value);
    const ok = inverted ? personName(inverted[1]!) && personName(inverted[2]!) : personName(value);
    if (ok) out.push(cardDetection('PERSON', m.index! + m[0].indexOf(value), value, 'person-form'));
  }
}

export function cardNames(text: string): Detection[] {
  if (!hasCard(text)) return [];
  const out: Detection[] = [];
  const orgs = organisations(text);
  formattedNames(text, orgs, out);
  nameParts(text, orgs, out);
  commonNames(text, out);
  return out;
}
