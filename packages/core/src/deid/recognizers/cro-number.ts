/**
 * CRO_NUMBER: Criminal Records Office numbers, `NNNNNN/YYC` or `SFYY/NNNNNNC`.
 *
 * Rule (MoJ hmpps-person-record `CROIdentifier`): the standard form is a serial of 1–6 digits, a
 * slash, a 2-digit year and a check letter `mod23CheckLetter(YY ‖ serial padded to 6)`; the
 * fingerprint form `SF` + YY + `/` + serial (1–6 digits) + check letter checks `YY ‖ serial` as
 * written (not padded).
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { mod23CheckLetter } from './mod23.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { boosted, detection, scanMatches, textBefore } from './recognizer-helpers.js';
import {
  isWordCode,
  lettersBeforeRuns,
  mergeSites,
  runStartsAfter,
  type SiteDetector,
} from './text-sites.js';

const NAME = 'cro-number';
const PATTERN = /(?<![\w/])(?:\d{1,6}\/\d{2}|SF\d{2}\/\d{1,6})[A-Z](?![\w/])/g;
const CONTEXT = /\bcro\b/i;
const SCORE = 0.6;

/** True when `value` is a CRO number (either form) whose check letter is right. */
export function isValidCroNumber(value: string): boolean {
  const standard = /^(\d{1,6})\/(\d{2})([A-Z])$/.exec(value);
  if (standard) {
    const [, serial, year, check] = standard as unknown as [string, string, string, string];
    return mod23CheckLetter(year + serial.padStart(6, '0')) === check;
  }
  const fingerprint = /^SF(\d{2})\/(\d{1,6})([A-Z])$/.exec(value);
  if (!fingerprint) return false;
  const [, year, serial, check] = fingerprint as unknown as [string, string, string, string];
  return mod23CheckLetter(year + serial) === check;
}

function detectCro(text: string, find: MatchFinder): Detection[] {
  return scanMatches(find, (m) => {
    if (!isValidCroNumber(m[0])) return null;
    const context = CONTEXT.test(textBefore(text, m.index, 30));
    return detection(
      NAME,
      'CRO_NUMBER',
      text,
      m.index,
      m.index + m[0].length,
      boosted(SCORE, context),
    );
  });
}

export const croNumberRecognizer: Recognizer = {
  name: NAME,
  types: ['CRO_NUMBER'],
  detect: (text: string, _settings: DeidSettings) => detectCro(text, wholeText(PATTERN, text)),
};

const AT_SITE = stickyTwin(PATTERN);
const isSlash = (c: number) => c === 47;

/**
 * Merged scan: a CRO number starts a digit run of one to six digits before a slash, or the
 * letters `SF` right before a two-digit run, in either case not after a word character or slash
 * (its look-behind); it is tried there only.
 */
export const croNumbersAtSites: SiteDetector = (text, _settings, sites) => {
  const serials = runStartsAfter(
    text,
    sites,
    (c) => isWordCode(c) || isSlash(c),
    (length, next) => length <= 6 && isSlash(next),
  );
  const fingerprints = lettersBeforeRuns(text, sites, '', (l, d) => l === 2 && d === 2);
  return detectCro(text, atSites(AT_SITE, text, mergeSites(serials, fingerprints)));
};
