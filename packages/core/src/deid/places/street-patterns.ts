/**
 * Regular-expression pieces for UK street addresses. Street types from Royal Mail / BS 7666
 * thoroughfare usage (Road, Street, Close ...) and Welsh street words that come first
 * (`Heol y Nant`, `Ffordd ...`). Words are title-case or all caps, never lower-case, so ordinary
 * prose (`the road`) does not match.
 */

/** Title-case and UPPERCASE forms of each word, as one alternation. */
export function casedAlternation(words: readonly string[]): string {
  return words.flatMap((w) => [w, w.toUpperCase()]).join('|');
}

/** Street types that name a thoroughfare even without a house number (`stopped on Albert Road`). */
export const STRONG_STREET_TYPES = [
  'Road',
  'Rd',
  'Street',
  'Avenue',
  'Ave',
  'Lane',
  'Close',
  'Drive',
  'Crescent',
  'Terrace',
  'Grove',
  'Gardens',
  'Row',
  'Mews',
  'Parade',
  'Boulevard',
  'Wynd',
  'Esplanade',
  'Promenade',
  'Embankment',
  'Causeway',
] as const;

/** Street types that are also everyday words or surnames (`Harpreet Green`): need a number. */
export const WEAK_STREET_TYPES = [
  'St',
  'Way',
  'Court',
  'Place',
  'Square',
  'Walk',
  'Hill',
  'Rise',
  'View',
  'Green',
  'Vale',
  'Wharf',
  'Approach',
  'Gate',
  'Croft',
  'Fold',
  'Brow',
  'Chase',
  'Glade',
  'Yard',
  'Quay',
  'Circus',
  'Broadway',
  'Park',
  'Bank',
  'Meadows',
  'Heights',
  // A fenland track (`Mill Drove`, `Top Drove`), also a verb's past tense (`he drove`).
  'Drove',
  // Names of closes on newer estates, and moorings as an address (`3 Vicarage Paddock`).
  'Paddock',
  'Orchard',
  'Meadow',
  'Moorings',
  // Local thoroughfare words of English and Scottish towns (`58 Coopers Drift`, `The Old
  // Cooperage, Church Stile`, `44 Chandlers Reach`, `3 Kirk Garth`, `Tanner's Ginnel`).
  'Drift',
  'Stile',
  'Reach',
  'Garth',
  'Leat',
  'Nook',
  'Ginnel',
  'Loke',
  'Chare',
  'Dell',
  // A numbered row of cottages (`2 Kilnworth Cottages`).
  'Cottages',
  // Thoroughfares named for what they run beside or up (`127 Canal Side`, `22b Roundhay Mount`,
  // `3 Chapel Steps`, `9 Drove End`), and numbered blocks (`6 Gladstone
  // Buildings`, `12 Osprey Point`, `3 Linden Lodge`): every numbered one in the read sets is an
  // address.
  'Side',
  'Mount',
  'Steps',
  'End',
  'Buildings',
  'Point',
  'Lodge',
  // Royal Mail's abbreviations as notes write them (`27 Caddick Wy`, `2 Lamplighters Mws`); `Dr`
  // and `Ct` are also a title and a court, so these too need a house number.
  'Wy',
  'Mws',
  'Cl',
  'Cres',
  'Dr',
  'Ln',
  'Gdns',
  'Pl',
  'Sq',
  'Ter',
  'Terr',
  'Tce',
  'Ct',
  // Named buildings after a house number (`4 Linden House`, `12 Ropewalk Mill`): 7 of 7 such
  // spans in the labelled sets are addresses. (`Lodge` is read as a building by the rules for
  // homes in named buildings, which this would pre-empt.)
  'House',
  'Mill',
  'Apartments',
  'Heights',
  'Mansions',
  'Pde',
] as const;

/**
 * Welsh thoroughfare words written before the name: road, way, street, lane, avenue, and court,
 * close, field and terrace as street names use them (`Cwrt y Coed`, `Clos y Wern`, `Maes y Dre`).
 */
export const WELSH_STREET_WORDS = [
  'Heol',
  'Ffordd',
  'Stryd',
  'Lôn',
  'Lon',
  'Rhodfa',
  'Cwrt',
  'Clos',
  'Maes',
  'Teras',
] as const;

/** A capitalised word (letters, inner apostrophe or hyphen) not followed by more word. */
export const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}])`;
/** Lower-case words allowed inside a street name (`Newcastle upon Tyne Road`, `Heol y Nant`). */
const LINK = String.raw`(?:upon|under|on|le|de|la|y|yr|of|the|and)`;

/**
 * WORD at a word start. The look-behind comes after the capital, so a regex that begins with it
 * lets the engine skip ahead to capitals instead of testing the boundary at every position.
 */
export const FIRST_WORD = String.raw`\p{Lu}(?<![\p{L}\p{M}\p{N}]\p{Lu})[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}])`;

/** One to three name words then a street type, e.g. `St John's Road`, `Ormeau Avenue`. */
export function streetPattern(types: readonly string[]): string {
  const name = String.raw`${FIRST_WORD}(?:[ \t](?:${LINK}[ \t])?${WORD}){0,2}`;
  return String.raw`${name}[ \t](?:${casedAlternation(types)})(?![\p{L}\p{M}\p{N}])`;
}

/** `Heol y Nant`, `Ffordd Pen-y-Bryn`. */
export function welshStreetPattern(): string {
  const lead = casedAlternation(WELSH_STREET_WORDS);
  return String.raw`(?:${lead})(?<=(?:^|[^\p{L}\p{M}\p{N}])(?:${lead}))[ \t](?:(?:y|yr|'r)[ \t])?${WORD}(?:[ \t]${WORD})?`;
}
