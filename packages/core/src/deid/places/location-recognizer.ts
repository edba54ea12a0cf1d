/**
 * LOCATION: towns and cities from the gazetteer (towns.ts) and a study's own places
 * (`DeidSettings.places`). A town inside a longer name (`Bradford Road`, `Leeds City Council`,
 * `St Helens` excepted) is left to the street or organisation rules. Towns that are also
 * everyday words or names (`Reading`, `Sale`, `Preston`) need a preposition or comma before them.
 * Towns right after an address are found by the address recognizer, and the post town before a
 * postcode by towns-before-postcodes.ts (from the postcodes found). Any place is also found by
 * what is said of it (`lives in`, `born … in`, `originally from`, `son Emil in`, `the … area`:
 * PLACE_BY_CUE), and a gazetteer town in lower case in chat (`from leeds`).
 */
import type { DeidSettings, Detection, Recognizer } from '../entity-types.js';
import { lazy, wordSet } from '../gazetteer.js';
import { isGivenName, isHandwrittenGivenName } from '../names/given-names.js';
import { commonWords, placeSuffixes, titles } from '../names/name-context.js';
import { phraseFinder, type PhraseFinder } from '../phrase-finder.js';
import { towns } from './towns.js';
import { worldCities } from './world-cities.js';
import { TOPONYM_ENDINGS, TOPONYM_OPENINGS, TOWN_SHAPED, townsClosingPlaces } from './toponyms.js';
import { STRONG_STREET_TYPES, WEAK_STREET_TYPES } from './street-patterns.js';
import { regexMatches } from '../regex-matches.js';
import { literalGate } from '../literal-gate.js';
import { atSites, stickyTwin } from '../recognizers/match-finder.js';
import {
  letterStartsOf,
  sharedTextSites,
  wordStarts,
  type WordStarts,
} from '../recognizers/text-sites.js';

export const LOCATION_SCORE = {
  gazetteer: 0.6,
  withContext: 0.7,
  ofAfterAge: 0.7,
  byCue: 0.65,
} as const;

/**
 * Where a person is from, as court lists and press reports write it: a name, the age in brackets
 * or between commas, then `of <place>` (`AHMETI, Besnik (23) of Gorton`, `Jo Bell, 31, of Kirkby
 * Moor`, `Bernadette Farrell (62), of Cadderwick`), or the birth date (`DOB 08/08/1997, of
 * Yarrowfield`). Any place name counts here, gazetteer or not.
 */
const OF_AFTER_AGE =
  /(?:\(\d{1,3}\),?|,[ \t]\d{1,3},|\bDOB:?[ \t][\d/.]{6,10},)[ \t]of[ \t](\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?![\p{L}\p{M}])/gu;

/** Every OF_AFTER_AGE match holds a bracket or comma, a blank and `of` (most ` of `s have none). */
const mayHoldAgeThenOf = literalGate([') of', ', of', ')\tof', ',\tof']);

/**
 * A place by what is said of it, gazetteer or not: where someone lives, was born, died or comes
 * from or went back to (`lives in Garthwick`, `born 2 May 1970 in Valparaíso`, `originally from
 * Tarnów`, `went back to Prishtinë`, `moved from Porto`), works or is seen (`a job in Kilverton`,
 * `the hub in Thornmouth`, `foster care in Lydcombe`), or joins a meeting from (`by video from
 * Debrecen`), a young person's home town after the age (`Sonny, 16, from Thornmouth`), and a
 * relative placed somewhere (`son Emil in Port Elliot`, `her brother Rebaz in Erbil`). One to
 * three title-case words; a `, Country` after the place is taken too (`in Kraków, Poland.`).
 * Also a place after a street (`Mill Road in Pelton`), or `From` opening a sentence or field, a
 * relative's home (`my sister's in Fallowmere`), a site, address, caravan or pitch in a place, a
 * vehicle kept in one, and where someone is heading (`heading north to Appleby`).
 */
/** One to three title-case words, or two joined by a place-name link (`Port of Spain`, `Isle of Man`). */
const PLACE = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t](?:of|upon|under|le|de|en|sur)[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+|(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})`;
const KIN =
  'son|daughter|brother|sister|mum|mother|mam|dad|father|partner|ex-partner|ex|wife|husband|uncle|aunt|auntie|cousin|nan|gran|grandmother|grandfather|friend|girlfriend|boyfriend|family|relatives|parents';
const PLACE_BY_CUE = new RegExp(
  String.raw`(?:\b(?:lives|live|living|lived|resides|residing|grew up|died|[Bb]orn(?:[ \t][^\n,.;()]{1,25}?)?)[ \t]in|\b(?:originally|comes|came|is|was|he's|she's|home)[ \t](?:from|to)|\b(?:went|moved|returned|emigrated|fled)(?:[ \t]back)?[ \t](?:to|from)|\b(?:moving|moves|flying(?:[ \t]over|[ \t]in)?|flew(?:[ \t]over|[ \t]in)?)[ \t]from|\b(?:(?:video|phone|Teams|Zoom)[ \t]from|way[ \t]from|came[ \t]to|(?:job|works|working|employer[ \t]is|foster[ \t]care|visits|hub)[ \t]in|\d{1,2},[ \t]from)|(?:^|[.!?:][ \t]*)[Ff]rom|\b(?:Road|Street|Lane|Avenue|Drive|Close|Crescent|Terrace|Estate)[ \t]in|\b(?:${KIN})[ \t]+(?:\p{Lu}[\p{Ll}'’-]+[ \t]+){0,3}in|\b(?:${KIN})['’]s[ \t]in|\b(?:site|address|caravan|pitch)[ \t]in|\bkept[ \t]in|\bheading(?:[ \t](?:north|south|east|west|back|home))?[ \t](?:to|for)|\brang(?:[ \t]me)?[ \t]from|\bBorn[ \t][^\n,;()]{1,25}?,|\b(?:[Bb]orn|BORN|[Pp]lace of birth|PLACE OF BIRTH|POB)[ \t]*:)(?:[ \t]+|[ \t]*\r?\n[ \t]*)(${PLACE})(?:,[ \t](\p{Lu}[\p{Ll}\p{M}'’-]+)(?=[.;)\n]))?(?![\p{L}\p{M}\p{N}])`,
  'gu',
);
/**
 * What every PLACE_BY_CUE match holds before its place: the cue's last word (`in`, `to`, `for`,
 * `from` or `From`), blanks or a line break, and the place's capital; or, for `Born … ,` and a
 * birthplace field (`Born: Rotorua`, `Place of birth: Galway`, `POB:`), its label. The cue-word gate before it passes on a third of log entries (`in`, `from`, `came`
 * anywhere), where this rules most out at a tenth of PLACE_BY_CUE's cost (which opens with `\b`
 * and a long alternation, tried at every position).
 */
const PLACE_AFTER_CUE = /(?:in|to|for|rom)(?:[ \t]+|[ \t]*\r?\n[ \t]*)\p{Lu}/u;
export const mayHoldPlaceByCue = (text: string) => PLACE_AFTER_CUE.test(text) || mayHoldBorn(text);
const mayHoldBorn = literalGate(['Born', 'born', 'BORN', 'lace of birth', 'LACE OF BIRTH', 'POB']);
/** For the property test of this gate (speed-gates.property.test.ts). */
export { PLACE_BY_CUE };

/**
 * A birthplace written without `in` but with its country (`Born Kutaisi, Georgia`, `born
 * Valparaíso, Chile`, a form's `Born ........ Famagusta (Cyprus)`): the country after the place
 * says it is one, so a date or a word after `born` is not taken.
 */
const BORN_PLACE = new RegExp(
  String.raw`\b[Bb]orn(?:[ \t]*:|[ \t]*\.{2,})?[ \t]+(${PLACE})(?:,[ \t]|[ \t]\()(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?=[.;,)\n]|$)`,
  'gu',
);
/** A district named as an area (`from the Fenwick area`, `around Tolland area`). */
const PLACE_AREA = new RegExp(
  String.raw`\b(?:from|in|around|near|of|across)[ \t]+(?:the[ \t]+)?(${PLACE})[ \t]+area(?![\p{L}\p{N}])`,
  'gu',
);
const PLACE_CUE_WORDS = [
  'live',
  'living',
  'lived',
  'resid',
  'grew',
  'died',
  'born',
  'Born',
  'from',
  'in',
  'went',
  'moved',
  'video',
  'phone',
  'Teams',
  'Zoom',
  'way',
  'came',
  'job',
  'works',
  'working',
  'employer',
  'foster',
  'visits',
  'hub',
  'returned',
  'emigrated',
  'fled',
  'heading',
];
const PLACE_CUE_GATE = new RegExp(String.raw`\b(?:${PLACE_CUE_WORDS.join('|')})\b`);
/**
 * PLACE_CUE_GATE's words have `\b` before them, so each starts a run of letters: the merged scan's
 * sites (text-sites.ts) rule most texts out without the regex's scan from every position.
 */
const PLACE_CUE_STARTS = wordStarts(PLACE_CUE_WORDS);
/** For the property test of the site gates (site-gates.property.test.ts). */
export const PLACE_CUE_SITE_GATE = { pattern: PLACE_CUE_GATE, starts: PLACE_CUE_STARTS };
/** PLACE_CUE_GATE tried at one position (`lastIndex`). */
const PLACE_CUE_AT = new RegExp(PLACE_CUE_GATE.source, 'y');

/**
 * `PLACE_CUE_GATE.test(text)`, tried only at the letter runs that may begin one of its words (a
 * match starts at one: see above). `in` and `from` are in most texts, so the sites passed the
 * text on to the regex's scan from every position, about 0.5% of the detection time.
 */
export function mayHoldPlaceCue(text: string): boolean {
  const sites = sharedTextSites(text);
  if (sites === null) return PLACE_CUE_GATE.test(text);
  for (const at of letterStartsOf(sites, PLACE_CUE_STARTS)) {
    PLACE_CUE_AT.lastIndex = at;
    if (PLACE_CUE_AT.test(text)) return true;
  }
  return false;
}
/** Words that follow `in` without being a place (`lives in Flat 2`, `born in March`). */
const NOT_PLACES = lazy(() =>
  wordSet(`flat room house the a an his her their my our this that care custody hospital prison
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday england wales scotland britain uk
    temporary supported bed and b emergency hostel court school work town`),
);

const AMBIGUOUS_TOWNS = lazy(() =>
  wordSet(`sale bath reading mold nelson barry preston boston washington hamilton lincoln chester
    bury grays leigh ely poole stafford derby crewe perth neath hull rugby windsor warwick newport
    stoke boston durham york kendal bangor lewes hove dover deal street ash march wells`),
);
/**
 * Ambiguous towns that are neither everyday words nor names people go by (`Bangor` is two towns,
 * not a word): a comma before them is context enough (`recording 2 of 3, Bangor.`).
 */
const COMMA_TOWNS = lazy(() =>
  wordSet('bangor crewe neath perth lewes hove durham derby dover newport york ely'),
);
const PREPOSITION_BEFORE =
  /(?:^|[\s(])(?:in|at|from|to|near|of|around|towards|into|outside|via)\s+$/i;
const COMMA_BEFORE = /,\s*$/;
/**
 * The word after a town, whole: letters glued to digits (`ZE1` of a postcode, `B11`) are a code,
 * not the next word of a longer name, so `Lerwick  ZE1 0QP` keeps its town.
 */
const NEXT_WORD = /^[ \t]+(\p{L}+)(?![\p{L}\p{N}])/u;

const townFinder = lazy(() => phraseFinder(towns()));
const studyFinders = new Map<string, PhraseFinder>();
/** Distinct study gazetteers kept indexed at once (a process rarely sees more than one). */
const MAX_STUDY_FINDERS = 8;

export const locationRecognizer: Recognizer = {
  name: 'location',
  types: ['LOCATION'],
  detect: (text: string, settings: DeidSettings) => detectLocations(text, settings),
};

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldExclusion = literalGate(['not to enter', ' covers ']);
const mayHoldTwoWordPlace = literalGate([' Heath', ' Fen', ' Marsh']);
const mayHoldOf = literalGate([' of ']);

export function detectLocations(text: string, settings: DeidSettings = {}): Detection[] {
  const hits = [...townFinder().find(text), ...studyFinder(settings.places ?? []).find(text)];
  const out: Detection[] = [];
  for (const hit of hits) {
    const score = locationScore(text, hit.start, hit.end, hit.phrase);
    if (score !== null) out.push(location(text, hit.start, hit.end, score));
  }
  if (mayHoldPlaceCue(text)) placesByCue(text, out);
  worldCitiesByCue(text, out);
  lowerCaseTowns(text, out);
  toponymsByCue(text, out);
  townsClosingPlacesIn(text, out);
  if (mayHoldExclusion(text)) excludedPlaces(text, out);
  if (mayHoldTwoWordPlace(text)) twoWordPlaces(text, out);
  // Every such place follows ` of `: most texts skip the scan.
  const ofAfterAge =
    mayHoldOf(text) && mayHoldAgeThenOf(text) ? regexMatches(OF_AFTER_AGE, text) : [];
  for (const m of ofAfterAge) {
    const end = m.index + m[0].length;
    // `Connor Weightman (22), of Cuckoo Lane`: a street, which the address rules read.
    if (STREET_WORDS().has(m[1]!.split(/[ \t]/).pop()!.toLowerCase())) continue;
    out.push(location(text, end - m[1]!.length, end, LOCATION_SCORE.ofAfterAge));
  }
  return out;
}

/**
 * A place a bail condition, an order or a licence's exclusion zone keeps someone out of (`not to
 * enter Dunstowe`, `the zone … covers Loxhithe only`): where the victim lives. Over the read sets
 * the 6 places (not streets) named so were all annotated. A street, or premises on one, named so
 * is the address and organisation rules' (address-recognizer.ts HOME_ON_WEAK).
 */
const EXCLUDED_PLACE = new RegExp(
  String.raw`\b(?:not[ \t]+to[ \t]+enter|(?:zone|map|area|which|it)[ \t]+covers)[ \t]+(${PLACE})(?![\p{L}\p{M}\p{N}])`,
  'gu',
);

function excludedPlaces(text: string, out: Detection[]): void {
  for (const m of regexMatches(EXCLUDED_PLACE, text)) {
    const place = m[1]!;
    // A street word anywhere makes it a street or premises on one (`Tenter Street Pharmacy`).
    const streetly = place.split(/[ \t]/).some((w) => STREET_WORDS().has(w.toLowerCase()));
    if (streetly || notAPlace(place)) continue;
    const end = m.index + m[0].length;
    pushNew(out, location(text, end - place.length, end, LOCATION_SCORE.byCue));
  }
}

const STREET_WORDS = lazy(
  () => new Set([...STRONG_STREET_TYPES, ...WEAK_STREET_TYPES].map((w) => w.toLowerCase())),
);

const cityFinder = lazy(() => phraseFinder(worldCities()));
/** A place preposition before a city abroad; not `via`, which routes a journey (`via Dubai`). */
const CITY_PREPOSITION = /(?:^|[\s(])(?:in|from|to|near|into|outside|around|towards)\s+$/i;
/** `, Poland`, `(Romania)` after a city: the country vouches for it. */
const COUNTRY_AFTER = /^(?:,[ \t]|[ \t]\()\p{Lu}\p{Ll}+/u;

/**
 * A city abroad (world-cities.ts) after a place preposition (`from Gdańsk`, `back to Kraków`, `in
 * Galway`) or before its country (`Iași, Romania`): many such names are also words or given
 * names, so the gazetteer alone is not enough. Not the first word of a longer name (`Dublin
 * Road`, `Lagos Kitchen`).
 */
function worldCitiesByCue(text: string, out: Detection[]): void {
  for (const hit of cityFinder().find(text)) {
    const before = text.slice(Math.max(0, hit.start - 12), hit.start);
    const after = text.slice(hit.end, hit.end + 30);
    if (!CITY_PREPOSITION.test(before) && !COUNTRY_AFTER.test(after)) continue;
    // A possessive is a person's (`in Santiago's words`).
    if (/^['’]s\b/.test(after)) continue;
    const next = NEXT_WORD.exec(after)?.[1];
    if (next && (placeSuffixes().has(next.toLowerCase()) || CAPITAL_FIRST.test(next))) continue;
    pushNew(out, location(text, hit.start, hit.end, LOCATION_SCORE.withContext));
  }
}

/**
 * A gazetteer town typed in lower case, as in a web chat (`coming from leeds`, `4 elm
 * road norwich nr1 1aa`): after a place preposition, an `area` cue, or before a postcode. Towns
 * that are also everyday words or names (AMBIGUOUS_TOWNS) are left out in lower case.
 */
const LOWER_TOWN_AFTER = new RegExp(
  String.raw`\b(?:from|in|to|near|towards|around|over)[ \t]+(?=(\p{Ll}[\p{Ll}'’-]+)(?![\p{L}\p{N}])(?:[ \t](\p{Ll}[\p{Ll}'’-]+)(?![\p{L}\p{N}]))?)`,
  'gu',
);
/** A lower-case word right before a lower-case postcode (`norwich nr1 1aa`). */
const LOWER_TOWN_BEFORE_POSTCODE =
  /(?<![\p{L}\p{N}'’-])(\p{Ll}[\p{Ll}'’-]+),?[ \t]+[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}(?![\p{L}\p{N}])/gu;
const LOWER_POSTCODE = /[a-z]\d[a-z\d]?[ \t]?\d[a-z]{2}\b/;
const lowerTowns = lazy(() => new Set(towns().map((t) => t.toLowerCase())));

function lowerCaseTowns(text: string, out: Detection[]): void {
  if (!/[a-z]{4}/.test(text)) return;
  const cued = mayHoldLowerTownCue(text)
    ? matchesAtWordStarts(LOWER_TOWN_AFTER, text, LOWER_TOWN_CUE_STARTS)
    : [];
  for (const m of cued) {
    const word = m[1]!;
    // A town of two words (`milton keynes`), else the one word (`from leeds today`).
    const pair = m[2] === undefined ? '' : `${word} ${m[2]}`;
    lowerTown(text, m.index + m[0].length, lowerTowns().has(pair) ? pair : word, out);
  }
  if (!LOWER_POSTCODE.test(text)) return;
  for (const m of regexMatches(LOWER_TOWN_BEFORE_POSTCODE, text))
    lowerTown(text, m.index, m[1]!, out);
}

/** LOWER_TOWN_AFTER's prepositions, each after `\b`, so at the start of a run of letters. */
const LOWER_TOWN_CUE_STARTS = wordStarts(['from', 'in', 'to', 'near', 'towards', 'around', 'over']);
/** Every LOWER_TOWN_AFTER match holds one of its prepositions and a blank (literal-gate.ts). */
const mayHoldLowerTownCue = literalGate(
  'from|in |in\t|to |to\t|near|towards|around|over'.split('|'),
);

function lowerTown(text: string, start: number, town: string, out: Detection[]): void {
  if (!lowerTowns().has(town) || AMBIGUOUS_TOWNS().has(town)) return;
  out.push(location(text, start, start + town.length, LOCATION_SCORE.gazetteer));
}

/** A cue's place that is no place: a month, a room, a generic place word, or a person's name. */
function notAPlace(place: string): boolean {
  const words = place.split(/[ \t]/);
  const first = words[0]!.toLowerCase();
  if (NOT_PLACES().has(first) || titles().has(first) || isHandwrittenGivenName(first)) return true;
  return placeSuffixes().has(words[words.length - 1]!.toLowerCase());
}

const mayHoldArea = literalGate([' area']);
const mayHoldBornWord = literalGate(['orn']);

function placesByCue(text: string, out: Detection[]): void {
  if (mayHoldArea(text)) {
    for (const m of regexMatches(PLACE_AREA, text)) {
      const place = m[1]!;
      if (notAPlace(place)) continue;
      const start = m.index + m[0].lastIndexOf(place);
      out.push(location(text, start, start + place.length, LOCATION_SCORE.byCue));
    }
  }
  if (mayHoldBornWord(text)) bornPlaces(text, out);
  if (!mayHoldPlaceByCue(text)) return;
  for (const m of regexMatches(PLACE_BY_CUE, text)) {
    const place = m[1]!;
    if (notAPlace(place)) continue;
    const next = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
    if (next && placeSuffixes().has(next.toLowerCase())) continue;
    const country = m[2];
    const end = m.index + m[0].length;
    const placeEnd = country ? end - country.length - 2 : end;
    pushNew(out, location(text, placeEnd - place.length, placeEnd, LOCATION_SCORE.byCue));
    // A birthplace field's country is the form's detail, left untagged as the sets do (`Place of
    // birth: Galway, Ireland`); a country after a sentence's place is tagged (`in Kraków, Poland.`).
    if (country && !BIRTH_FIELD_END.test(text.slice(m.index, placeEnd - place.length)))
      pushNew(out, location(text, end - country.length, end, LOCATION_SCORE.byCue));
  }
}

/** A birthplace field's label before its value (`Born:`, `Place of birth:`, `POB:`). */
const BIRTH_FIELD_END = /(?:born|birth|POB)[ \t]*:\s*$/i;

/**
 * Verbs of going before `to` (`was sent to Ravensgill`, `moved back to Cragsby`): after `to`
 * alone a person follows as often (`spoke to Rowbotham`), and after `conveyed to` a hospital.
 * Nouns of a journey too (`a run to Yelverstoke`, `a trip to Ashby`).
 */
const MOTION_VERBS =
  'went|go|goes|going|gone|moved|moving|move|travelled|travelling|drove|driving|walked|walking|ran|came|coming|sent|heading|headed|returned|returning|relocated|fled|lift|train|bus|taxi|run|trip|journey|drive|WENT|MOVED|HEADING|TRAVELLED|RETURNED';
/**
 * A single word shaped like a town after a word of being in or going to a place (`not to enter
 * Skelbrook`, `heading towards Ulverdene`, `EXCLUSION ZONE: THRUSHCOMBE`, `on the edge of
 * Culverden`, `services nr Skarrow`), gazetteer or not: title case or capitals, ending as place names do, and not the
 * first word of a longer name or of a named site (`near Felsby roundabout`: opensLongerName).
 * After `from` too (`visits from Gildersby`), and after `to` only following a verb of going
 * (MOTION_VERBS), or in an appeal's `has links to Kinderwick` (3 such places in the read sets, all
 * annotated). `of` and `at` are not cues: people follow them as often (`a friend of Godfrey`).
 * A second town-shaped word joined by `and` or `&` is a place too (`links to Lindmouth and
 * Kinderwick`): COORDINATED_TOWN.
 */
const TOPONYM_BY_CUE = new RegExp(
  String.raw`\b(?:[Ii]n|IN|[Ff]rom|FROM|(?:${MOTION_VERBS})(?:[ \t]+(?:back|over|down|up|out|home))?[ \t]+(?:to|TO)|[Nn]ear|NEAR|nr|[Tt]owards|TOWARDS|[Ee]nter|ENTER|[Ii]nto|INTO|[Oo]utside|OUTSIDE|[Aa]round|AROUND|[Ee]dge of|EDGE OF|[Zz]one:|ZONE:|(?:[Hh]as|[Hh]ave|[Ww]ith|HAS|HAVE|WITH)[ \t]+(?:links|LINKS)[ \t]+(?:to|TO))[ \t]+(\p{Lu}\p{Ll}+(?:${TOPONYM_ENDINGS})|(?:${TOPONYM_OPENINGS})\p{Ll}{3,}|\p{Lu}+(?:${TOPONYM_ENDINGS.toUpperCase()}))(?![\p{L}\p{M}\p{N}'’-])`,
  'gu',
);
/**
 * The word after a town-shaped word that makes it the first word of a longer name: any
 * capitalised word (`near Felsby Retail Park`), a place word (`Felsby roundabout`, `Felsby
 * station`), or a word of a named site. A lower-case verb or adverb after it (`in Cragsby visits
 * Sundays`, `in Gildersby today`) leaves the town alone.
 */
const SITE_NOUNS = lazy(() =>
  wordSet(`roundabout interchange bypass junction services depot nick custody suite office offices
    branch site sites campus ward wards area areas end side town village estate centre precinct
    bus train rail metro tram county borough district division beat team teams police council
    road street lane way`),
);

function opensLongerName(text: string, end: number): boolean {
  const after = text.slice(end, end + 30);
  // A number after it names a unit or vehicle (`Control set up in Cragmoor 1`).
  if (/^[ \t]+\d/.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1];
  if (!next) return false;
  const lower = next.toLowerCase();
  if (placeSuffixes().has(lower) || SITE_NOUNS().has(lower)) return true;
  return CAPITAL_FIRST.test(next) && !CLAUSE_WORDS.has(lower);
}

/** Words that go on the sentence after a place, in capitals too (`IN MANCHESTER AND CANNOT`). */
const CLAUSE_WORDS = new Set(
  `on at in and or as is was with by to for from since until yesterday today tonight last this
  where which when but so who has had`.split(/\s+/),
);

/** TOPONYM_BY_CUE's cues, each after `\b`, so at the start of a run of letters. */
const TOPONYM_CUE_STARTS = wordStarts([
  'in',
  'from',
  ...MOTION_VERBS.toLowerCase().split('|'),
  'near',
  'nr',
  'towards',
  'enter',
  'into',
  'outside',
  'around',
  'edge',
  'zone',
  'has',
  'have',
  'with',
]);

/**
 * Every match of `pattern` (a `g` regex), as `regexMatches` gives them, when each can start only
 * at the start of a letter run that may begin one of `starts` (its cue words follow a `\b`, most
 * of them lower-case words such as `in` that most texts hold): the regex is tried at those
 * positions only (match-finder.ts `atSites`) instead of scanning from every position, which made
 * the two cue scans below about 1% of the detection time. A text over the sites' limit is scanned
 * whole.
 */
export function matchesAtWordStarts(
  pattern: RegExp,
  text: string,
  starts: WordStarts,
): RegExpExecArray[] {
  const sites = sharedTextSites(text);
  if (sites === null) return regexMatches(pattern, text);
  const find = atSites(stickyTwin(pattern), text, letterStartsOf(sites, starts));
  const out: RegExpExecArray[] = [];
  for (let m = find(0); m !== null; m = find(m.index + m[0].length)) out.push(m);
  return out;
}

/** For the property test of the cue scans (speed-gates-21.property.test.ts). */
export const CUE_SCANS = [
  { pattern: TOPONYM_BY_CUE, starts: TOPONYM_CUE_STARTS },
  { pattern: LOWER_TOWN_AFTER, starts: LOWER_TOWN_CUE_STARTS },
];

/** A town-shaped word joined to the place before it (`Lindmouth and Kinderwick`). */
const COORDINATED_TOWN = new RegExp(String.raw`^[ \t]+(?:and|AND|&)[ \t]+(${TOWN_SHAPED})`, 'u');

/** Town-shaped words after a cue (TOPONYM_BY_CUE) that are no everyday word or given name. */
function toponymsByCue(text: string, out: Detection[]): void {
  for (const m of matchesAtWordStarts(TOPONYM_BY_CUE, text, TOPONYM_CUE_STARTS)) {
    const end = m.index + m[0].length;
    if (!cuedToponym(text, m[1]!, end, out)) continue;
    const next = COORDINATED_TOWN.exec(text.slice(end, end + 40));
    if (next) cuedToponym(text, next[1]!, end + next[0].length, out);
  }
}

/** Adds the town-shaped `place` ending at `end` unless it is a word, a name or opens a longer one. */
function cuedToponym(text: string, place: string, end: number, out: Detection[]): boolean {
  const lower = place.toLowerCase();
  if (commonWords().has(lower) || NOT_PLACES().has(lower) || isHandwrittenGivenName(lower))
    return false;
  if (opensLongerName(text, end)) return false;
  pushNew(out, location(text, end - place.length, end, LOCATION_SCORE.byCue));
  return true;
}

/** Town-shaped words closing a place (toponyms.ts) that are no everyday word, name or title. */
function townsClosingPlacesIn(text: string, out: Detection[]): void {
  for (const [start, end] of townsClosingPlaces(text)) {
    const lower = text.slice(start, end).toLowerCase();
    if (commonWords().has(lower) || NOT_PLACES().has(lower) || isHandwrittenGivenName(lower))
      continue;
    if (titles().has(lower)) continue;
    pushNew(out, location(text, start, end, LOCATION_SCORE.byCue));
  }
}

/**
 * A place named by a word and a landscape word that village and district names end in (`Brindle
 * Heath`, `Cradley Fen`, `Kelsby Marsh`): a place wherever it stands, since the second word says
 * so. Not after a given name (`Kelly Marsh` is a person) or an everyday word (`the Heath`), nor
 * before a capitalised word: the place then opens a longer name (`Corringham Fen Neighbourhood
 * Watch`, `Brindle Heath Road`), which other rules read; a postcode may follow. In the
 * read sets 23 such names annotated as places, one as an organisation, three not at all.
 */
const TWO_WORD_PLACE =
  /(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}\p{Ll}+(?:['’]s)?)[ \t](?:Heath|Fen|Marsh)(?![\p{L}\p{M}\p{N}'’-])(?![ \t]+(?:\p{Lu}\p{Ll}|\p{Lu}{2,}(?![\p{Lu}]*\d)))/gu;

function twoWordPlaces(text: string, out: Detection[]): void {
  for (const m of regexMatches(TWO_WORD_PLACE, text)) {
    const lower = m[1]!.toLowerCase();
    if (commonWords().has(lower) || isGivenName(lower) || titles().has(lower)) continue;
    pushNew(out, location(text, m.index, m.index + m[0].length, LOCATION_SCORE.byCue));
  }
}

/** The place of each BORN_PLACE match, unless it is no place (the country is left unmarked). */
function bornPlaces(text: string, out: Detection[]): void {
  for (const m of regexMatches(BORN_PLACE, text)) {
    const place = m[1]!;
    const country = m[2]!;
    // The country only vouches for the place (it may be a given name too: `Georgia`).
    if (notAPlace(place) || titles().has(country.toLowerCase())) continue;
    const start = m.index + m[0].lastIndexOf(place, m[0].length - country.length - 2);
    pushNew(out, location(text, start, start + place.length, LOCATION_SCORE.byCue));
  }
}

/** Adds `d` unless a gazetteer town already covers the same span (`moved to Reading`). */
function pushNew(out: Detection[], d: Detection): void {
  for (const o of out) if (o.startUtf16 === d.startUtf16 && o.endUtf16 === d.endUtf16) return;
  out.push(d);
}

/** Study gazetteers are few and small; each distinct list is indexed once. */
function studyFinder(places: readonly string[]): PhraseFinder {
  const key = places.join('|');
  let finder = studyFinders.get(key);
  if (!finder) {
    if (studyFinders.size >= MAX_STUDY_FINDERS) studyFinders.clear();
    finder = phraseFinder(places.filter((p) => p.trim().length > 1));
    studyFinders.set(key, finder);
  }
  return finder;
}

/**
 * The area a coroner serves, in the office's title (`HM Senior Coroner for Leeds and
 * Wakefield`, `HM Area Coroner, Fenwick and Tolland`): a public office, not a place
 * in someone's life.
 */
const CORONER_AREA_BEFORE =
  /\bCoroner(?:[ \t]+for|,)(?:[ \t]+\p{Lu}[\p{L}'’-]*(?:,|[ \t]+and)?)*[ \t]+$/u;

const CAPITAL_FIRST = /^\p{Lu}/u;

function locationScore(text: string, start: number, end: number, phrase: string): number | null {
  const lookBack = text.slice(Math.max(0, start - 60), start);
  // Every CORONER_AREA_BEFORE match names the coroner: most look-backs skip the end-anchored scan.
  if (lookBack.includes('Coroner') && CORONER_AREA_BEFORE.test(lookBack)) return null;
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  // `Leeds General Infirmary`, `Bradford Road`: the town is part of a longer name.
  if (next && (placeSuffixes().has(next.toLowerCase()) || CAPITAL_FIRST.test(next))) return null;
  const before = text.slice(Math.max(0, start - 12), start);
  if (/\b(?:St|Saint|the|The)\s+$/.test(before)) return null;
  const preposition = PREPOSITION_BEFORE.test(before);
  const comma = COMMA_BEFORE.test(before);
  const lower = phrase.toLowerCase();
  if (AMBIGUOUS_TOWNS().has(lower) && !preposition && !(comma && COMMA_TOWNS().has(lower))) {
    return null;
  }
  return preposition || comma ? LOCATION_SCORE.withContext : LOCATION_SCORE.gazetteer;
}

function location(text: string, start: number, end: number, score: number): Detection {
  return {
    type: 'LOCATION',
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score,
    recognizer: 'location',
  };
}
