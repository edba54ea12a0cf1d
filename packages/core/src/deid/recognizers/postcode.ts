/**
 * POSTCODE: full UK postcodes, with no space, one or two (`PE1  2PE`, as forms pad them), upper
 * or lower case.
 *
 * Rule (BS 7666 formats A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA, with the
 * position-letter restrictions Presidio and Royal Mail use: first letter not Q, V or X; second not
 * I, J or Z; a third-position letter from ABCDEFGHJKPSTUW; a fourth-position letter from
 * ABEHMNPRVWXY; inward letters never C, I, K, M, O or V), plus `GIR 0AA`. Word boundaries on both
 * sides, so `ABCM11AADEF` holds no postcode. Also found, lower: British Forces `BFPO 1234`. The
 * NHS pseudo-postcodes `ZZ99 9AA` ("no fixed abode", "not known") are matched and then dropped:
 * they name no place and nobody, and every read set that holds one (fresh12, fresh15 to fresh17,
 * fresh26, fresh27) marks it a hard negative. Fictional postcodes in a valid format are found:
 * there is no check digit, only the Royal Mail file proves existence.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { boosted, detection, scanMatches, textBefore, uniformCase } from './recognizer-helpers.js';
import type { SiteDetector, TextSites } from './text-sites.js';

const NAME = 'postcode';
const OUTWARD =
  '(?:[A-PR-UWYZ]\\d{1,2}|[A-PR-UWYZ]\\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\\d{1,2}|[A-PR-UWYZ][A-HK-Y]\\d[ABEHMNPRVWXY])';
const INWARD = '\\d[ABD-HJLNP-UW-Z]{2}';
const PATTERN = new RegExp(
  `(?<![A-Za-z0-9])(?:(?<strict>${OUTWARD} {0,2}${INWARD}|GIR {0,2}0AA)|(?<pseudo>ZZ99 ?\\d[A-Z]{2}|BFPO ?\\d{1,4}))(?![A-Za-z0-9])`,
  'gi',
);
const CONTEXT = /\b(?:post ?code|postal code|address|lives at|resides|home|nfa)\b/i;
const STRICT_SCORE = 0.7;
const LOWER_CASE_SCORE = 0.4;
const PSEUDO_SCORE = 0.5;
const NHS_PSEUDO = /^ZZ/i;

function baseScore(m: RegExpExecArray): number {
  if (m.groups?.pseudo) return PSEUDO_SCORE;
  return m[0] === m[0].toUpperCase() ? STRICT_SCORE : LOWER_CASE_SCORE;
}

function detectPostcodes(text: string, find: MatchFinder): Detection[] {
  return scanMatches(find, (m) => {
    if (!uniformCase(m[0]) || NHS_PSEUDO.test(m[0])) return null;
    const context = CONTEXT.test(textBefore(text, m.index, 60));
    return detection(
      NAME,
      'POSTCODE',
      text,
      m.index,
      m.index + m[0].length,
      boosted(baseScore(m), context),
    );
  });
}

export const postcodeRecognizer: Recognizer = {
  name: NAME,
  types: ['POSTCODE'],
  detect: (text: string, _settings: DeidSettings) =>
    detectPostcodes(text, wholeText(PATTERN, text)),
};

const AT_SITE = stickyTwin(PATTERN);
const SPACE = 32;
/** Most letters before a postcode's first digit: `BFPO` (`M1`, `SW1A`, `ZZ99`, `GIR 0AA`). */
const MAX_LEADING_LETTERS = 4;

/**
 * Where a postcode can start: it starts with letters (its look-behind rules out a letter or digit
 * before them, so they start a letter run), one to four of them (ASCII: the `i` flag without `u`
 * matches no other letter), that reach its first digit run directly or over one space; or `GIR`
 * two spaces before it (`GIR  0AA`).
 */
function postcodeSites(text: string, sites: TextSites): number[] {
  const out: number[] = [];
  const { runStarts, lettersBefore } = sites;
  for (let i = 0; i < runStarts.length; i++) {
    const q = runStarts[i]!;
    const start = lettersBefore[i]!;
    if (start >= 0) {
      const gap = text.charCodeAt(q - 1);
      const touching = isAsciiLetter(gap);
      if (!touching && gap !== SPACE) continue;
      if (q - start - (touching ? 0 : 1) <= MAX_LEADING_LETTERS) out.push(start);
    } else if (q >= 5 && text.charCodeAt(q - 1) === SPACE && text.charCodeAt(q - 2) === SPACE) {
      out.push(q - 5);
    }
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Merged scan: the pattern tried at `postcodeSites` only. */
export const postcodesAtSites: SiteDetector = (text, _settings, sites) =>
  detectPostcodes(text, atSites(AT_SITE, text, postcodeSites(text, sites)));
