/**
 * NINO: National Insurance numbers, `QQ 12 34 56 C`, spaced or not, upper or lower case.
 *
 * Rule (HMRC National Insurance Manual NIM39110): two prefix letters, six digits, suffix A–D.
 * D, F, I, Q, U and V are never the first or second letter; O is never the second; the prefixes
 * BG, GB, KN, NK, NT, TN and ZZ are not allocated. No check digit exists. A number written
 * without its suffix (allowed on some forms) is only taken with a context word nearby.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { wholeText, type MatchFinder } from './match-finder.js';
import { boosted, detection, scanMatches, textBefore, uniformCase } from './recognizer-helpers.js';
import { whenDigits, type SiteDetector } from './text-sites.js';

const NAME = 'nino';
const PATTERN =
  /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2}(?: ?([A-D])(?![A-Za-z0-9])|(?![A-Za-z0-9]| [A-Za-z0-9](?![A-Za-z0-9])))/gi;
const UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const CONTEXT = /\b(?:nino|ni\s*(?:no|number)|national insurance|n\.i\.)/i;
const SCORE = 0.5;
const NO_SUFFIX_SCORE = 0.3;

/** True when `value` (spaces allowed) is a well-formed NINO under the HMRC prefix rules. */
export function isValidNino(value: string): boolean {
  PATTERN.lastIndex = 0;
  const m = PATTERN.exec(value);
  return m !== null && m.index === 0 && m[0].length === value.length && acceptable(m);
}

function acceptable(m: RegExpExecArray): boolean {
  const prefix = (m[1] ?? '').toUpperCase();
  return !UNALLOCATED.has(prefix) && uniformCase(m[0].replace(/[^A-Za-z]/g, ''));
}

function detectNino(text: string, find: MatchFinder): Detection[] {
  return scanMatches(find, (m) => {
    if (!acceptable(m)) return null;
    const context = CONTEXT.test(textBefore(text, m.index, 40));
    if (!m[2] && !context) return null;
    const base = m[2] ? SCORE : NO_SUFFIX_SCORE;
    return detection(NAME, 'NINO', text, m.index, m.index + m[0].length, boosted(base, context));
  });
}

export const ninoRecognizer: Recognizer = {
  name: NAME,
  types: ['NINO'],
  detect: (text: string, _settings: DeidSettings) => detectNino(text, wholeText(PATTERN, text)),
};

/** Merged scan: the pattern's own scan (cheap), on texts with a digit only. */
export const ninosAtSites: SiteDetector = (text, _settings, sites) =>
  detectNino(text, whenDigits(PATTERN, text, sites));
