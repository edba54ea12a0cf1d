/**
 * NHS_NUMBER: 10 digits, written plain, `3-3-4` with spaces or with hyphens.
 *
 * Rule (NHS Data Dictionary, "NHS Number", Modulus 11): multiply digits 1–9 by weights 10…2, sum,
 * r = sum mod 11, check = 11 − r (11 → 0); a check of 10 means the number is never issued; the
 * check must equal digit 10. A run of one repeated digit passes the sum but is a placeholder.
 * Scottish CHI and Northern Ireland H&C numbers share the shape and the check, so they are found
 * too. A bare 10-digit run scores lower than the 3-3-4 layout (about 1 in 11 random runs pass).
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import {
  allSameDigit,
  boosted,
  detection,
  digitsOf,
  scanMatches,
  textBefore,
} from './recognizer-helpers.js';
import { fromSites, wholeText, type MatchFinder } from './match-finder.js';
import type { SiteDetector } from './text-sites.js';

const NAME = 'nhs-number';
// The separator is captured once and reused, so `401 023-2137` is not an NHS layout.
const PATTERN = /(?<![\w/.-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w/-]|\.\d)/g;
const CONTEXT = /\b(?:nhs|national health service|health (?:service|authority)|chi|h&c)\b/i;
/**
 * A country code right before: the digits are a phone number's national part (`+44 161 496 0100`,
 * `0044 7700900123`), which the phone recognizer finds (ANNOTATION.md annotates it as PHONE).
 */
const COUNTRY_CODE_BEFORE = /(?:\+|\b00)44[ \t]?(?:\(0\)[ \t]?)?$/;
const GROUPED_SCORE = 0.5;
const PLAIN_SCORE = 0.3;

/** True when the 10 digits pass the NHS modulus 11 check. */
export function isValidNhsNumber(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length !== 10 || allSameDigit(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

function detectNhs(text: string, find: MatchFinder): Detection[] {
  return scanMatches(find, (m) => {
    if (!isValidNhsNumber(m[0])) return null;
    if (COUNTRY_CODE_BEFORE.test(textBefore(text, m.index, 12))) return null;
    const base = m[2] ? GROUPED_SCORE : PLAIN_SCORE;
    const context = CONTEXT.test(textBefore(text, m.index, 40));
    return detection(
      NAME,
      'NHS_NUMBER',
      text,
      m.index,
      m.index + m[0].length,
      boosted(base, context),
    );
  });
}

export const nhsNumberRecognizer: Recognizer = {
  name: NAME,
  types: ['NHS_NUMBER'],
  detect: (text: string, _settings: DeidSettings) => detectNhs(text, wholeText(PATTERN, text)),
};

/**
 * Merged scan: an NHS number starts a digit run (the look-behind rules out a digit before it), so
 * the pattern's own scan starts at the next one (`fromSites`; a cheap pattern, not worth trying at
 * each site).
 */
export const nhsNumbersAtSites: SiteDetector = (text, _settings, sites) =>
  detectNhs(text, fromSites(PATTERN, text, sites.runStarts));
