/**
 * CARD_NUMBER: payment card numbers (PANs), 13–19 digits, plain or grouped with spaces or hyphens.
 *
 * Rules: the Luhn check (ISO/IEC 7812-1 Annex B); a first digit from 1–6 (ISO/IEC 7812 major
 * industry identifiers used by card schemes; 0 starts UK phone numbers); a 13-digit number
 * starting with 1 is not a card (Presidio's exclusion). Grouped numbers use one separator and a
 * first group of four (`4-4-4-4`, `4-6-5` for Amex, `4-4-4-4-3`). NHS numbers (10 digits) are too
 * short to match. Partial numbers ("card ending 1234") are not cards.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { fromSites, wholeText, type MatchFinder } from './match-finder.js';
import { boosted, detection, digitsOf, scanMatches, textBefore } from './recognizer-helpers.js';
import type { SiteDetector } from './text-sites.js';

const NAME = 'card-number';
const PATTERN =
  /(?<![\w+\-/.])[1-6]\d{3}(?:([ -])\d{3,6}(?:\1\d{1,6}){1,3}|\d{9,15})(?![\w\-/]|\.\d)/g;
const CONTEXT =
  /\b(?:card|visa|mastercard|maestro|amex|american express|debit|credit|pan|payment|cc)\b/i;
const SCORE = 0.7;

/** Luhn (mod 10) check over a digit string. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** True when `value` (spaces/hyphens allowed) is a plausible card number that passes Luhn. */
export function isValidCardNumber(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length < 13 || digits.length > 19) return false;
  if (digits.length === 13 && digits.startsWith('1')) return false;
  return /^[1-6]/.test(digits) && passesLuhn(digits);
}

function detectCards(text: string, find: MatchFinder): Detection[] {
  return scanMatches(find, (m) => {
    if (!isValidCardNumber(m[0])) return null;
    const context = CONTEXT.test(textBefore(text, m.index, 40));
    return detection(
      NAME,
      'CARD_NUMBER',
      text,
      m.index,
      m.index + m[0].length,
      boosted(SCORE, context),
    );
  });
}

export const cardNumberRecognizer: Recognizer = {
  name: NAME,
  types: ['CARD_NUMBER'],
  detect: (text: string, _settings: DeidSettings) => detectCards(text, wholeText(PATTERN, text)),
};

/**
 * Merged scan: a card number starts a digit run (the look-behind rules out a digit before it), so
 * the pattern's own scan starts at the next one (`fromSites`; a cheap pattern).
 */
export const cardNumbersAtSites: SiteDetector = (text, _settings, sites) =>
  detectCards(text, fromSites(PATTERN, text, sites.runStarts));
