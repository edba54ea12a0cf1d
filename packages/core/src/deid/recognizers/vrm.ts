/**
 * VRM: UK vehicle registration marks.
 *
 * Rules (DVLA leaflet INF104 "Vehicle registration numbers and number plates"):
 * - current (Sep 2001–): 2-letter memory tag without I, Q or Z; a 2-digit age identifier (Mar–Aug:
 *   the year's last two digits, Sep–Feb: +50; `01` never issued); 3 random letters without I or Q.
 *   Age identifiers later than the reference date's period are rejected.
 * - prefix (1983–2001): year letter (not I, O, U, Z; Q for vehicles of unknown age) + 1–3 digits +
 *   3 letters; suffix (1963–1983): 3 letters + 1–3 digits + year letter (same exclusions);
 * - Northern Ireland: 3 letters containing I or Z + up to 4 digits (the last two letters a county
 *   code); dateless: 1–3 letters and 1–4 digits either way round.
 * Only the current format is distinctive enough on its own (and only it may be lower case), and
 * not when its random letters are an everyday word or log abbreviation (`NM12 ETA`: a postcode
 * district then "estimated time of arrival") with no vehicle word nearby.
 * Compact prefix/suffix marks (`M456DEF`) score low without context. Spaced prefix/suffix marks
 * (`A123 BCD`, `ABC 1D`) without a vehicle word score lower still, and only when their letters are
 * not an everyday word or abbreviation (`S136 MHA`, `X2 NOT`, `M62 JCT`) and no other capitalised
 * token touches them (in shouted log text `TASER X2 NOT USED` every word has the shape). Northern
 * Ireland and dateless marks need a registration word just before (`reg`, `VRM`, `index`), or a
 * vehicle word with at most a make and model between (`Vehicle: Ford Focus LZT 7892`),
 * because `PC 1234` has the same shape; a Northern Ireland mark of three letters ending in a
 * county code and three or four digits is taken without one (`AXZ 5219`), at a lower score.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import {
  boosted,
  detection,
  scanMatches,
  textAfter,
  textBefore,
  uniformCase,
} from './recognizer-helpers.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { columnCells } from './table-columns.js';
import {
  beforeRuns,
  letterStartsOf,
  lettersBeforeRuns,
  wordStarts,
  type SiteDetector,
} from './text-sites.js';

const NAME = 'vrm';
const CURRENT = '(?<current>[A-HJ-PR-Y]{2}(?<age>\\d{2})[ -]?(?<random>[A-HJ-PR-Z]{3}))';
const PREFIX = '(?<prefix>[A-HJ-NPR-TV-Y]\\d{1,3}[ -]?[A-HJ-PR-Y][A-HJ-PR-Z]{2})';
const SUFFIX = '(?<suffix>[A-HJ-PR-Z]{3}[ -]?\\d{1,3}[ -]?[A-HJ-NPR-TV-Y])';
const NORTHERN_IRELAND = '(?<ni>(?:[A-Z]{2}[IZ]|[A-Z][IZ][A-Z]|[IZ][A-Z]{2}) ?\\d{1,4})';
const DATELESS = '(?<dateless>[A-Z]{1,3} ?\\d{1,4}|\\d{1,4} ?[A-Z]{1,3})';
const PATTERN = new RegExp(
  `(?<![A-Za-z0-9])(?:${CURRENT}|${PREFIX}|${SUFFIX})(?![A-Za-z0-9])`,
  'gi',
);
/**
 * Northern Ireland and dateless marks only right after a registration word; the dated forms come
 * first in the alternation so that `reg AB12 CDE` is not cut to a dateless `AB12` (the main
 * pattern finds it).
 */
const REGISTERED = new RegExp(
  '\\b(?:vrm|reg(?:istration)?(?:\\s+(?:no|number|mark))?|index|plate)\\.?\\s{0,3}[:#-]?\\s{0,3}' +
    `(?<mark>${CURRENT}|${PREFIX}|${SUFFIX}|${NORTHERN_IRELAND}|${DATELESS})(?![A-Za-z0-9])`,
  'gi',
);
/**
 * Words of vehicles and driving, and the makes and models a log names a vehicle by (`a white
 * Transit DN73 EBD`); makes that are everyday words (`Focus`, `Golf`, `Seat`) are left out.
 */
const VEHICLE_CONTEXT =
  /\b(?:vrm|reg(?:istration|istered|\.)?|index|plates?|anpr|keeper|vehicles?|veh|cars?|vans?|lorry|hgv|taxi|motorbike|moped|m\/c|drivers?|driving|drives|driven|drove|stop check|mot|dvla|v5c?|ford|vauxhall|transit|corsa|fiesta|astra|bmw|audi|mercedes|toyota|nissan|honda|kia|hyundai|peugeot|renault|citroen|skoda|volvo|fiat|jaguar|tesla|mazda|suzuki|volkswagen|vw|lexus|sprinter|qashqai|yaris|juke)\b/i;
/**
 * Three-letter groups that are everyday words or police abbreviations in capitalised logs, Acts
 * cited after a section number, and road-direction words that follow a road number (`M62 JCT`, `A58 RBT`, `M1 NTH`).
 */
const COMMON_GROUPS = new Set(
  (
    'THE AND FOR NOT WAS HAS HAD HIS HER ARE YOU WHO OUT OFF NOW ALL ANY CAN DID GOT LET MAY OUR ' +
    'SAW SEE SHE TOO TWO WAY YES ASB NFA GBH ABH OIC CAD PNC CPN ETA DOB LOG REF HRS MHA AMP ATT ' +
    'NOK MSG CCTV BUT GET HIM ITS ONE SET TEN USE VIA AGE BAY BED DOG RAN RUN MIN MAX JCT RBT NTH ' +
    'STH EST WST NBD SBD EBD WBD ACW CLK APP AKA POL PCS CID DVA DSH SOS ETD ATD ATA RTC RTA ' +
    'FTA MFH AMB UPD ' +
    // Acts cited after a section number (`S23 MDA`, `S4 POA`, `S5 MCA`): legislation, no plate.
    'MDA POA CDA SOA CJA PHA MCA'
  ).split(' '),
);
/** A capitalised letters-and-digits token (2+ characters) right next to a mark, on the same line. */
const CAPITALISED_BEFORE = /(?:^|[^\w])[A-Z0-9]*[A-Z][A-Z0-9]*[ \t]+$/;
const CAPITALISED_AFTER = /^[ \t]+[A-Z0-9]*[A-Z][A-Z0-9]*(?:$|[^\w])/;

export interface VrmOptions {
  /** The date that bounds current-format age identifiers; defaults to the time of detection. */
  referenceDate?: Date;
}

/**
 * The latest March (`YY`) and September (`YY + 50`) age identifiers issued by `date`: March plates
 * appear on 1 March, September plates on 1 September (INF104).
 */
export function latestAgeIdentifiers(date: Date): { march: number; september: number } {
  const year = date.getUTCFullYear() % 100;
  const month = date.getUTCMonth() + 1;
  return {
    march: month >= 3 ? year : year - 1,
    september: (month >= 9 ? year : year - 1) + 50,
  };
}

/** True when a current-format age identifier had been issued by `date`. */
export function isIssuedAgeIdentifier(age: number, date: Date): boolean {
  const latest = latestAgeIdentifiers(date);
  return (age >= 2 && age <= latest.march) || (age >= 51 && age <= latest.september);
}

type Form = 'current' | 'prefix' | 'suffix';

function formOf(groups: Record<string, string | undefined>): Form {
  if (groups.current) return 'current';
  if (groups.prefix) return 'prefix';
  return 'suffix';
}

/** Whether a vehicle word is near the match; computed only when a form needs it. */
function vehicleContext(text: string, start: number, end: number): boolean {
  return (
    VEHICLE_CONTEXT.test(textBefore(text, start, 40)) ||
    VEHICLE_CONTEXT.test(textAfter(text, end, 20))
  );
}

function currentScore(m: RegExpExecArray, text: string, date: Date): number | null {
  const value = m[0];
  if (!isIssuedAgeIdentifier(Number(m.groups?.age), date) || !uniformCase(value)) return null;
  const context = vehicleContext(text, m.index, m.index + value.length);
  const common = COMMON_GROUPS.has(m.groups?.random ?? '');
  // A postcode district or form number then a log abbreviation (`NM12 ETA`, `MG11 FOR`) has the
  // shape of a current mark; only a vehicle word nearby makes it one.
  if (common && !context) return null;
  const weak = value === value.toLowerCase() || common;
  return weak && !(context && value !== value.toLowerCase())
    ? boosted(0.3, context)
    : boosted(0.8, context);
}

function olderScore(m: RegExpExecArray, form: Form, text: string): number | null {
  const value = m[0];
  if (value !== value.toUpperCase()) return null;
  const compact = !/[ -]/.test(value);
  const context = vehicleContext(text, m.index, m.index + value.length);
  if (compact) return boosted(0.4, context);
  if (context) return boosted(0.3, true);
  return isolatedMark(m, form, text) ? 0.35 : null;
}

/**
 * A spaced prefix/suffix mark with no vehicle word: its letters are not a common group and no
 * capitalised token of two or more characters stands right before or after it.
 */
function isolatedMark(m: RegExpExecArray, form: Form, text: string): boolean {
  const letters = /[A-Z]{3}/.exec(form === 'prefix' ? m[0].slice(-3) : m[0])?.[0] ?? '';
  if (COMMON_GROUPS.has(letters)) return false;
  const before = textBefore(text, m.index, 20);
  const after = textAfter(text, m.index + m[0].length, 20);
  return !twoChars(CAPITALISED_BEFORE.exec(before)) && !twoChars(CAPITALISED_AFTER.exec(after));
}

function twoChars(m: RegExpExecArray | null): boolean {
  return m !== null && m[0].replace(/[^A-Z0-9]/g, '').length >= 2;
}

function scoreMatch(m: RegExpExecArray, text: string, date: Date): number | null {
  const form = formOf(m.groups ?? {});
  return form === 'current' ? currentScore(m, text, date) : olderScore(m, form, text);
}

/**
 * Northern Ireland and dateless marks right after a vehicle noun or driving verb, with at most a
 * make and model between (`Vehicle FB 81`, `driving NS 30`, `Ford Focus LZT 7892`, `Taxi BIZ
 * 4471`). Letters and digits must be apart, so a road (`driving on the M62`) is not a mark, and
 * rank letters (`PC 1234`) are left out.
 */
// The scan looks for the letter-space-digit joint only (fast); the letters before it and the
// vehicle word are then checked in code.
const SPACED_MARK_JOINT = /[A-Z] \d{1,4}(?![A-Za-z0-9]|[.:/]\d)/g;
const VEHICLE_BEFORE =
  /\b(?:[Vv]ehicle|VEHICLE|[Cc]ar|CAR|[Vv]an|VAN|[Tt]axi|TAXI|[Dd]riving|DRIVING|[Dd]rives|[Dd]rove|[Mm]otorbike|[Mm]oped):?[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}$/;
const RANK_LETTERS = new Set(['PC', 'PS', 'DC', 'DS', 'DI', 'SC', 'OP', 'MG', 'S', 'A', 'B', 'M']);

/** The matches of the three scans: dated marks, marks after a registration word, spaced joints. */
interface VrmFinders {
  dated: MatchFinder;
  registered: MatchFinder;
  joints: MatchFinder;
}

/** Northern Ireland and dateless marks after a registration word (upper case only). */
function registeredMarks(text: string, finders: VrmFinders): Detection[] {
  const found: Detection[] = [];
  const { registered } = finders;
  for (let m = registered(0); m !== null; m = registered(m.index + m[0].length)) {
    const mark = m.groups?.mark ?? '';
    const undated = m.groups?.ni !== undefined || m.groups?.dateless !== undefined;
    // `reg 2F` is a school registration group: a mark of two characters is too short to tell.
    if (!undated || mark !== mark.toUpperCase() || mark.replace(/\s/g, '').length < 3) continue;
    // The mark ends the match (what follows is a lookahead).
    const end = m.index + m[0].length;
    found.push(detection(NAME, 'VRM', text, end - mark.length, end, 0.6));
  }
  drivenMarks(text, found, finders.joints);
  return found;
}

const isCapital = (c: number) => c >= 65 && c <= 90;
const isWordChar = (c: number) => isCapital(c) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Northern Ireland and dateless marks (1–3 capitals, a space, digits) after a vehicle word, and
 * Northern Ireland marks on their own when they are unmistakable (see `plainNorthernIreland`).
 */
function drivenMarks(text: string, found: Detection[], joints: MatchFinder): void {
  for (let m = joints(0); m !== null; m = joints(m.index + m[0].length)) {
    const lettersEnd = m.index + 1;
    let start = m.index;
    while (start > 0 && lettersEnd - start < 3 && isCapital(text.charCodeAt(start - 1))) start--;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
    const letters = text.slice(start, lettersEnd);
    if (RANK_LETTERS.has(letters)) continue;
    const end = m.index + m[0].length;
    // A mark after a registration word is already in `found` (`VRM: ABZ 1234`).
    if (found.some((d) => d.startUtf16 === start)) continue;
    if (VEHICLE_BEFORE.test(textBefore(text, start, 50))) {
      found.push(detection(NAME, 'VRM', text, start, end, 0.5));
    } else if (plainNorthernIreland(text, letters, start, end)) {
      found.push(detection(NAME, 'VRM', text, start, end, 0.4));
    }
  }
}

/**
 * Northern Ireland's county codes (DVA): the last two letters of a mark such as `AXZ 5219`, `LAZ
 * 4512` or `OIG 2204`. Every one holds an I or a Z.
 */
const NI_CODES = new Set(
  'AZ BZ CZ DZ EZ FZ GZ HZ IA IB IG IJ IL IW JZ KZ LZ MZ NZ OI OZ PZ RZ SZ TZ UI UZ VZ WZ XI XZ YZ'.split(
    ' ',
  ),
);

/**
 * A Northern Ireland mark with no vehicle word: three capitals ending in a county code, a space
 * and three or four digits (`PTZ 3`, a camera, is too short), letters that are no everyday group,
 * and no other capitalised token touching it (shouted log text).
 */
function plainNorthernIreland(text: string, letters: string, start: number, end: number): boolean {
  if (letters.length !== 3 || !NI_CODES.has(letters.slice(1)) || COMMON_GROUPS.has(letters)) {
    return false;
  }
  if (end - start - 4 < 3) return false;
  const before = textBefore(text, start, 20);
  const after = textAfter(text, end, 20);
  return !twoChars(CAPITALISED_BEFORE.exec(before)) && !twoChars(CAPITALISED_AFTER.exec(after));
}

/** Column names of a pasted table whose cells are registration marks (table-columns.ts). */
const VRM_COLUMNS = new Set(['vrm', 'vrn', 'reg', 'reg no', 'registration', 'plate', 'index']);
/**
 * A cell that can be a mark of any form, cherished and Northern Irish ones included: capitals and
 * digits, both, in one or two groups, two to eight characters.
 */
const MARK_CELL = /^(?=[^\d]*\d)(?=[^A-Z]*[A-Z])[A-Z0-9]{1,4}(?: ?[A-Z0-9]{1,4})?$/;

/**
 * Cells under a registration column (`TIME | CAMERA | VRM | …` in an ANPR log): the header says
 * what they are, so a mark no pattern accepts without a vehicle word counts (`FHW 8`, a
 * cherished mark; `AIZ 7712`).
 */
function columnMarks(text: string): Detection[] {
  return columnCells(text, VRM_COLUMNS)
    .filter((c) => MARK_CELL.test(c.text))
    .map((c) => detection(NAME, 'VRM', text, c.start, c.end, 0.6));
}

function detectVrms(text: string, date: Date, finders: VrmFinders): Detection[] {
  const dated = scanMatches(
    finders.dated,
    (m) => {
      const score = scoreMatch(m, text, date);
      if (score === null) return null;
      return detection(NAME, 'VRM', text, m.index, m.index + m[0].length, score);
    },
    true,
  );
  const undated = registeredMarks(text, finders);
  for (const d of columnMarks(text)) {
    if (!dated.some((f) => f.startUtf16 === d.startUtf16)) undated.push(d);
  }
  return undated.length === 0
    ? dated
    : [...dated, ...undated].sort((a, b) => a.startUtf16 - b.startUtf16);
}

export function createVrmRecognizer(options: VrmOptions = {}): Recognizer {
  const detect = (text: string, _settings: DeidSettings): Detection[] =>
    detectVrms(text, options.referenceDate ?? new Date(), {
      dated: wholeText(PATTERN, text),
      registered: wholeText(REGISTERED, text),
      joints: wholeText(SPACED_MARK_JOINT, text),
    });
  return { name: NAME, types: ['VRM'], detect };
}

export const vrmRecognizer: Recognizer = createVrmRecognizer();

const DATED_AT_SITE = stickyTwin(PATTERN);
const REGISTERED_AT_SITE = stickyTwin(REGISTERED);
const JOINT_AT_SITE = stickyTwin(SPACED_MARK_JOINT);
const REGISTRATION_WORDS = wordStarts(['vrm', 'reg', 'index', 'plate']);
/** Letters and first digits of a dated mark: current `AB12`, prefix `A123`, suffix `ABC 123`. */
const datedShape = (letters: number, digits: number) =>
  letters === 2 ? digits === 2 : (letters === 1 || letters === 3) && digits <= 3;
/** A capital and a space right before the digit run. */
const capitalSpace = (text: string, q: number) =>
  text.charCodeAt(q - 1) === 32 && isCapital(text.charCodeAt(q - 2));

/**
 * Merged scan, as `vrmRecognizer` (today's date): a dated mark starts the letter run right before
 * its first digit run, or before a space or hyphen and the run (`A1`, `AB12`, `ABC 1`; the
 * look-behind rules out a letter or digit before it); a registered mark starts on a registration
 * word; a spaced joint on the capital two characters before a digit run.
 */
export const vrmsAtSites: SiteDetector = (text, _settings, sites) =>
  detectVrms(text, new Date(), {
    dated: atSites(DATED_AT_SITE, text, lettersBeforeRuns(text, sites, ' -', datedShape)),
    registered: atSites(REGISTERED_AT_SITE, text, letterStartsOf(sites, REGISTRATION_WORDS)),
    joints: atSites(JOINT_AT_SITE, text, beforeRuns(text, sites, 2, capitalSpace)),
  });
