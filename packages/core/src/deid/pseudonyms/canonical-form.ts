/**
 * Canonical forms: the one spelling of an identifier that its pseudonym key is computed from, so
 * that `07700 900123` and `+44 7700 900123`, or `ab12 cde` and `AB12CDE`, get one pseudonym
 * (NOTES.md §7.6). Names become their words, case-folded, diacritics folded, titles and ranks
 * dropped, `SURNAME, First` reordered to `first surname`.
 */
import type { EntityType } from '../entity-types.js';
import { parseDateToIso } from './parse-date.js';

/** Titles, ranks and roles written before a name (docs/deid.md, PERSON); never part of a key. */
const NAME_PREFIXES = new Set(
  (
    'mr mrs ms miss mx dr prof sir dame lady lord rev pc dc ds ps di dci dsu supt sgt insp ' +
    'pcso sc a/ps ip rk oic nok cpn amhp nurse'
  ).split(' '),
);

/** NFKC, then diacritics removed (`Siân` → `sian`) and case folded. */
export function foldText(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `SMITH, Jean` → `Jean SMITH`; other text unchanged. */
function reorderSurnameFirst(text: string): string {
  const comma = text.indexOf(',');
  if (comma < 0) return text;
  return `${text.slice(comma + 1)} ${text.slice(0, comma)}`;
}

/**
 * A person's name as words: `Mrs Jean O'NEILL's` → `['jean', "o'neill"]`. Collar numbers
 * (`PC 1234 …`, words starting with a digit) are not part of a name.
 */
export function personTokens(text: string): string[] {
  return foldText(reorderSurnameFirst(text))
    .replace(/[’‘]/g, "'")
    .split(/[\s,]+/)
    .map((w) => w.replace(/'s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0 && !NAME_PREFIXES.has(w) && !/^\d/.test(w));
}

/**
 * UK numbers in E.164-like form (`+447700900123`): digits only, national `0` and international
 * `00` prefixes rewritten to `+44` / `+`. Extensions are not part of a PHONE detection.
 */
export function canonicalPhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (text.trim().startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+44${digits.slice(1)}`;
  return digits;
}

/** Codes compared without case or layout: VRM, postcode, NINO, PNC, CRO, references. */
function canonicalCode(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s-]+/g, '');
}

/** Words compared case- and spacing-insensitively: addresses, places, organisations. */
function canonicalWords(text: string): string {
  return foldText(text)
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function canonicalForm(type: EntityType, text: string): string {
  switch (type) {
    case 'PERSON':
      return personTokens(text).join(' ') || canonicalWords(text);
    case 'PHONE':
      return canonicalPhone(text);
    case 'EMAIL':
      return text.normalize('NFKC').trim().toLowerCase();
    case 'NHS_NUMBER':
    case 'CARD_NUMBER':
    case 'AGE':
      return text.replace(/\D/g, '');
    case 'DATE':
    case 'DATE_OF_BIRTH':
      return parseDateToIso(text) ?? canonicalWords(text);
    case 'ADDRESS':
    case 'LOCATION':
    case 'ORGANISATION':
      return canonicalWords(text);
    default:
      return canonicalCode(text);
  }
}
