/**
 * A home named by its building alone after a word of being there or going there (`lives alone at
 * Guillemot House`, `discharged to Cathcart House`, `not to enter Linnet House`, `Placement:
 * Larkspur House`, `Intelligence: Flat 8, Fennick House`): ANNOTATION.md annotates a building
 * name that locates a person's home. In the read sets 109 such names followed `at`, `to`, `of`,
 * `from` or `outside` (43 annotated addresses, 66 premises annotated as organisations, which this
 * span overlaps and which outrank it when longer or surer); 15 were hard negatives or unlabelled:
 * 11 courts and a meeting house, which PUBLIC_BUILDING and VENUE_BEFORE leave out, and a place of
 * safety named three times, which is still read.
 */
import type { Detection } from '../entity-types.js';
import { literalGate } from '../literal-gate.js';
import { regexMatches } from '../regex-matches.js';
import { WORD, casedAlternation } from './street-patterns.js';

export const NAMED_BUILDING_SCORE = 0.6;

const BUILDING_WORDS = [
  'House',
  'Lodge',
  'Cottage',
  'Cottages',
  'Farm',
  'Farmhouse',
  'Barn',
  'Court',
  'Mill',
  'Tower',
  'Flats',
  'Buildings',
  'Halls',
  'Mansions',
  'Heights',
  'Grange',
  'Manor',
];

/**
 * The cue, an optional flat (`Flat 8, `), then one or two capitalised words and a building word,
 * not running on into a longer capitalised name (`Hollins Lodge Approved Premises`).
 */
export const BUILDING_AFTER_CUE = new RegExp(
  String.raw`(?:\b(?:at|to|of|from|outside|enter|into|AT|TO|OF|FROM|OUTSIDE|ENTER)|(?:Placement|Intelligence|address|Address)[ \t]*:)[ \t]+((?:(?:Flat|Room|Apartment)[ \t]\d{1,4}[A-Za-z]?,[ \t])?(?:(?:The|THE)[ \t])?${WORD}(?:[ \t]${WORD})?[ \t](?:${casedAlternation(BUILDING_WORDS)}))(?![\p{L}\p{M}\p{N}])(?![ \t]+\p{Lu})`,
  'gu',
);

/** Public buildings named so (`Quenmoor Magistrates' Court`, `the Friends Meeting House`). */
const PUBLIC_BUILDING =
  /\b(?:Children['’]s|Magistrates['’]?|Crown|Family|Youth|County|Coroner['’]?s|Meeting|Civic|Police|Fire|Town|City|Sessions|Council|Custody|Government|Health|Medical|Court House)\b/iu;

/** A meeting's venue, not a home (`Meeting at Quarrybank House`, `held at Tern Court`). */
const VENUE_BEFORE =
  /\b(?:meeting|meet|met|held|session|conference|training|event|panel|forum)\b[^.\n]{0,20}$/i;

/** Every BUILDING_AFTER_CUE match holds a building word: most log entries hold none. */
export const mayNameBuilding = literalGate(
  BUILDING_WORDS.flatMap((w) => [' ', '\t'].flatMap((b) => [b + w, b + w.toUpperCase()])),
);

export function namedBuildings(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayNameBuilding(text)) return out;
  for (const m of regexMatches(BUILDING_AFTER_CUE, text)) {
    const name = m[1]!;
    if (VENUE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // `REPORT TO THE COURT`: `The` is no name.
    if (PUBLIC_BUILDING.test(name) || /^(?:the|THE)[ \t]\S+$/.test(name)) continue;
    const end = m.index + m[0].length;
    out.push({
      type: 'ADDRESS',
      startUtf16: end - name.length,
      endUtf16: end,
      text: name,
      score: NAMED_BUILDING_SCORE,
      recognizer: 'address-building',
    });
  }
  return out;
}
