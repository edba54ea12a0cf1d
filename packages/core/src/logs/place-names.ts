/**
 * Place names that contain an agency word: "Hospital Road", "Police Street", "12 BRINDLE COURT",
 * "in Tern Court". UK addresses name streets and blocks of flats after courts, hospitals and the
 * like; such a word names where someone lives, not an agency acting (ANNOTATING-LOGS.md §3), so an
 * agency cue that is part of a place name is ignored. Offsets are UTF-16 code units.
 */

/** Street and building words that follow a name in a UK address (Royal Mail address style). */
const STREET_AFTER =
  /^[ \t]+(?:road|rd|street|st|lane|ln|close|terrace|way|avenue|ave|drive|place|gardens|crescent|court|house|walk|square|row|grove|hill|mews|parade)\b/i;

/** Agency words that are also the last word of a residential block's name ("Seaview Court"). */
const PLACE_NOUN = /^(?:courts?|house|hall|lodge)$/i;

/** The word before the match, and a house or flat number before that word if there is one. */
const NAME_BEFORE = /(\d+[A-Za-z]?[ \t]+)?([A-Za-z][A-Za-z']*)[ \t]+$/;

/** Words before "Court" that make it a court of law, or that are not names at all. */
const NOT_A_NAME = new Set(
  (
    "crown magistrates magistrates' county family youth coroners coroner's high civil criminal " +
    'district the a to at in into from of for and or by before outside attend attended attending ' +
    'remanded bailed charged appear appeared appearing go going went take taken took'
  ).split(' '),
);

/** An ASCII capital first (a code test: a RegExp per agency match was a share of its cost). */
const capitalised = (word: string): boolean => capitalAt(word, 0);
const capitalAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
};
/** Title case ("Tern"), as opposed to a word in an all-capitals entry ("BRINDLE"). */
const titleCase = (word: string): boolean => /^[A-Z][a-z']/.test(word);

/** Space or tab: STREET_AFTER needs one right after the match. */
const blankAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
};

/**
 * The cheap tests come first (a capital at the start, a blank after the end, a length PLACE_NOUN
 * can have): most agency matches fail one of them, and then no slice is made and no RegExp run.
 */
function followedByStreetWord(text: string, start: number, end: number): boolean {
  if (!blankAt(text, end) || !capitalAt(text, start)) return false;
  const after = STREET_AFTER.exec(text.slice(end, end + 16));
  return after !== null && capitalised(after[0].trim());
}

/** Lengths of the words PLACE_NOUN accepts (hall, court, courts, …). */
const PLACE_NOUN_LENGTH = { min: 4, max: 6 };

function namedBlock(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < PLACE_NOUN_LENGTH.min || length > PLACE_NOUN_LENGTH.max) return false;
  if (!capitalAt(text, start) || !PLACE_NOUN.test(text.slice(start, end))) return false;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const name = before?.[2];
  if (!before || !name || NOT_A_NAME.has(name.toLowerCase()) || !capitalised(name)) return false;
  // In all-capitals text only a house or flat number tells a name from any other word.
  return before[1] !== undefined || titleCase(name);
}

/** True when the text at [start, end) is part of a place name rather than an agency. */
export function isPlaceName(text: string, start: number, end: number): boolean {
  return followedByStreetWord(text, start, end) || namedBlock(text, start, end);
}
