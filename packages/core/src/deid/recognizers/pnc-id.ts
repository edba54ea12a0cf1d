/**
 * PNC_ID: Police National Computer identifiers, `YY/NNNNNNNC` or `YYYY/NNNNNNNC`.
 *
 * Rule (MoJ hmpps-person-record `PNCIdentifier`): a 2- or 4-digit year, an optional slash, a
 * serial of 1–7 digits, then a check letter `mod23CheckLetter(YY ‖ serial padded to 7 digits)`.
 * Without the slash the year is 4 digits only when 10 or 11 digits come before the letter
 * (the canonical long form is YYYY + 7 digits). Slashed forms are distinctive; a form without
 * the slash (`033Y`) is only taken with the word PNC nearby, since 1 in 23 short codes pass.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { mod23CheckLetter } from './mod23.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { boosted, detection, scanMatches, textBefore } from './recognizer-helpers.js';
import { isWordCode, runStartsAfter, type SiteDetector } from './text-sites.js';

const NAME = 'pnc-id';
const PATTERN = /(?<![\w/])(?:\d{2}\/|\d{4}\/)?\d{1,11}[A-Z](?![\w/])/g;
const CONTEXT = /\bpnc\b/i;
const SLASHED_SCORE = 0.6;
const BARE_SCORE = 0.4;

interface PncParts {
  year: string;
  serial: string;
  check: string;
}

/** Splits a PNC ID into year, serial and check letter; null when the layout is not a PNC ID. */
export function parsePncId(value: string): PncParts | null {
  const slashed = /^(\d{2}|\d{4})\/(\d{1,7})([A-Z])$/.exec(value);
  if (slashed) return { year: slashed[1] ?? '', serial: slashed[2] ?? '', check: slashed[3] ?? '' };
  const bare = /^(\d{3,11})([A-Z])$/.exec(value);
  if (!bare) return null;
  return splitBare(bare[1] ?? '', bare[2] ?? '');
}

/** Bare form: 10–11 digits = YYYY + serial, 3–9 digits = YY + serial. */
function splitBare(digits: string, check: string): PncParts | null {
  const yearLength = digits.length >= 10 ? 4 : 2;
  if (digits.length - yearLength > 7) return null;
  return { year: digits.slice(0, yearLength), serial: digits.slice(yearLength), check };
}

/** True when `value` is a PNC ID whose check letter is right. */
export function isValidPncId(value: string): boolean {
  const parts = parsePncId(value);
  if (!parts) return false;
  const serial = parts.serial.padStart(7, '0');
  return mod23CheckLetter(parts.year.slice(-2) + serial) === parts.check;
}

function detectPnc(text: string, find: MatchFinder): Detection[] {
  return scanMatches(find, (m) => {
    if (!isValidPncId(m[0])) return null;
    const context = CONTEXT.test(textBefore(text, m.index, 30));
    const slashed = m[0].includes('/');
    if (!slashed && !context) return null;
    const base = slashed ? SLASHED_SCORE : BARE_SCORE;
    return detection(NAME, 'PNC_ID', text, m.index, m.index + m[0].length, boosted(base, context));
  });
}

export const pncIdRecognizer: Recognizer = {
  name: NAME,
  types: ['PNC_ID'],
  detect: (text: string, _settings: DeidSettings) => detectPnc(text, wholeText(PATTERN, text)),
};

const AT_SITE = stickyTwin(PATTERN);
const isSlash = (c: number) => c === 47;
const isCapital = (c: number) => c >= 65 && c <= 90;
/**
 * What a PNC ID's first digit run is: a year of two or four digits before its slash, or up to
 * eleven digits before the check letter (capitals only: the pattern has no `i` flag).
 */
const pncRun = (length: number, next: number) =>
  (isSlash(next) && (length === 2 || length === 4)) || (length <= 11 && isCapital(next));

/**
 * Merged scan: a PNC ID starts a digit run not after a word character or slash (its look-behind)
 * and of a shape `pncRun` accepts, and is tried there only: few runs are.
 */
export const pncIdsAtSites: SiteDetector = (text, _settings, sites) =>
  detectPnc(
    text,
    atSites(
      AT_SITE,
      text,
      runStartsAfter(text, sites, (c) => isWordCode(c) || isSlash(c), pncRun),
    ),
  );
