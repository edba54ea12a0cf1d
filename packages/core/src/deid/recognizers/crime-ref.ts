/**
 * CRIME_REF: crime, incident, log, CAD, occurrence, custody, ambulance and council / ASC / MASH
 * case references (ANNOTATION.md `reference_number`). Formats are force-specific (NOTES.md §4.7),
 * so references are found two ways:
 * 1. after a trigger word and up to two label words (`Log`, `CAD`, `Incident no.`, `crime ref`,
 *    `URN`, `custody record`, `Custody record no.:`, `MISPER report`, `MARAC referral`,
 *    `Referral`, `log is` …), or an XML attribute of that name (`crime="CR-36-0055031"`): a token of letters, digits, `/` and `-` with at least three
 *    digits that is not a date, time, year or legislation section,
 *    or a log number by its day (`log 346 of 8/10`);
 * 2. anywhere, by distinctive default shapes (`26/81596/21`, `11BX7629021`, `8138/28JAN25`,
 *    `CRI/05/865982/21`, `240312/0451`, an agency prefix then two number groups as custody,
 *    missing-person, MASH and MARAC references are written: `CU/2025/56715`, `MP/12/7557`,
 *    `MASH/23/7998`, `MARAC-0823-092`, and a CAD prefix, date and number: `HUM-250919-0334`)
 *    and a force's own `DeidSettings.crimeRefPatterns`, scoring higher with a trigger word
 *    nearby;
 * 3. in a pasted table, every cell under a reference column (`ref`, `incident`, `log`, `URN` …).
 * Every later occurrence of a reference already found is found too (the `Incident:` header value
 * repeats on each CSV row).
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { boosted, detection, textBefore } from './recognizer-helpers.js';
import { columnCells } from './table-columns.js';
import {
  isWordCode,
  letterStartsOf,
  wordStarts,
  type SiteDetector,
  type TextSites,
} from './text-sites.js';
import { literalGate } from '../literal-gate.js';

const NAME = 'crime-ref';
const TRIGGER_WORDS = [
  ...['log', 'cad', 'incident', 'inc', 'occurrence', 'occ', 'crime', 'crn', 'urn', 'nfib'],
  ...['action fraud', 'custody', 'ref', 'reference', 'case', 'mash', 'asc', 'ambulance', 'storm'],
  ...['misper', 'marac', 'referral', 'cris', 'concern', 'notice'],
  // Appeals ask callers to quote a reference (`ring 101 and quote 26/HP/0433218`), and notes cite
  // one after the force (`incidents at the scheme (police 26/77431/HP)`).
  ...['quote', 'police'],
  // Ambulance services cite their own incident numbers (`NWAS (260301-0099)`, `EEAST 2026…`).
  ...['nwas', 'eeast', 'emas', 'wmas', 'neas', 'swast', 'secamb', 'scas', 'yas', 'nias', 'amb'],
  // A prisoner's number (`Prison no: A4417DK`, NOMIS) and a court's liability order (`liability
  // order LO/2026/018873`) identify the person's case as a custody or court reference does.
  ...['prison', 'prisoner', 'nomis', 'liability order'],
  // A rough sleeper's record in CHAIN, the London outreach database (`CHAIN ID: CH-0019384`).
  ...['chain'],
];
/** Longest first: `reference` must not be read as `ref` followed by a token `erence`. */
const TRIGGER = `\\b(?:${[...TRIGGER_WORDS].sort((a, b) => b.length - a.length).join('|')})`;
const TOKEN = '[A-Z0-9](?:[A-Z0-9]|[/-](?=[A-Z0-9])){3,29}';
/** A log number by its day, as UK forces cite logs (`346 of 8/10`, `160 of 13/09/2025`). */
const LOG_OF_DAY = '\\d{1,5} of \\d{1,2}/\\d{1,2}(?:/\\d{2,4})?';
/**
 * A scheme's letters, a space, then the number groups (`ASB 26/077`, `CSW 26 0931`, `CRIS
 * 4411382/26`): checked in code for capitals and five digits at least (`MASH 2024` is no ref).
 */
// A rank and a number (`Police: PCSO 61044`) is an officer's collar number, not a reference.
const LETTERS_THEN_NUMBER =
  '(?!(?:PCSO|PC|PS|DC|DS|DI|DCI|DSU|SGT|INSP|SUPT|CI|CH|TDC|DSGT)\\b)[A-Z]{2,6} \\d{2,8}(?:[ /]\\d{2,8})?(?![\\w/-])';
/** The month of a log's day written as a word (`1204 of 4 nov`). */
const MONTH_WORD =
  '(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]{0,6}';
const TRIGGERED = new RegExp(
  `${TRIGGER}(?:\\s+(?:number|num|no|reference|references|referral|record|report|ref|refs|id|is|was)\\b\\.?){0,2}\\)?(?:[ \\t]*\\.{2,40}|\\.?)[ \\t]*(?:[:#(-]\\**|=["']?)?[ \\t]*(?:[A-Z]{2,5} (?=\\d{6}-\\d))?(?<ref>${LOG_OF_DAY}|${LETTERS_THEN_NUMBER}|${TOKEN})(?![\\w/-])`,
  'gi',
);
const TRIGGER_NEAR = new RegExp(`${TRIGGER}\\b[^\\n]{0,24}$`, 'i');
export const DEFAULT_CRIME_REF_PATTERNS: readonly string[] = [
  '\\b\\d{2}/\\d{4,7}/\\d{2}\\b',
  '\\b\\d{2}[A-Z]{2}\\d{6,9}\\b',
  // A force's crime number with its two-letter code and a check letter (`20WM/118834X/25`,
  // `02MP/0088412/26`): five of five such tokens in the labelled sets are references.
  '\\b\\d{2}[A-Z]{2}/\\d{5,7}[A-Z]?/\\d{2}\\b',
  '\\b\\d{3,5}/\\d{2}[A-Z]{3}\\d{2}\\b',
  '\\b[A-Z]{2,4}/\\d{2}/\\d{4,8}/\\d{2}\\b',
  // A force, a unit letter, the year and the number (`HD/C/26/048812`).
  '\\b[A-Z]{1,4}/[A-Z]{1,3}/\\d{2}/\\d{4,8}\\b',
  '\\b\\d{6}/\\d{4}\\b',
  // A scheme's letters and two number groups (`MARAC-0823-092`, `CR-36-0051420`), or a number of
  // four digits or more then a two-digit year (`CR/0047361/34`, `CO/00755/34`; not `AB/12/34`).
  '\\b(?:[A-Z]{2,5}-)?[A-Z]{2,5}[/-](?:\\d{2,8}[/-]\\d{3,8}|\\d{4,8}[/-]\\d{2})\\b',
  // An incident log's letter, its day's digits and the serial of the day (`K370509-0214`,
  // `NE240612-0031`): capitals right before four to eight digits, a `-` and three to five more.
  '\\b[A-Z]{1,3}\\d{4,8}-\\d{3,5}\\b',
  // A social care or MASH case number by its scheme's letters (`ASC-7740226`, `ASC/4471209`,
  // `MASH32-01933`, `CSC-2231875`): 57 of 57 such tokens in the labelled sets are references
  // (ANNOTATION.md: council, ASC and MASH case references), in prose, forms, JSON and XML alike.
  '\\b(?:ASC|CSC|MASH|EDT)(?:\\d{2})?[-/]\\d{4,8}\\b',
  // A force's two letters and the year, a slash and the serial (`KM27/011872`): 13 of 13 such
  // tokens in the labelled sets are references.
  '\\b[A-Z]{2}\\d{2}/\\d{5,7}\\b',
  // A prisoner's number as HMPPS (NOMIS) gives it: a letter, four digits, two letters (`A4417DK`);
  // every such token in the labelled sets is one (20 of 20), in CSV cells, JSON and prose alike.
  '\\b[A-Z]\\d{4}[A-Z]{2}\\b',
  // A log cited by its number and day, without a trigger word (`quote 0917 of 03/11`, `1204 of
  // 4 nov`): three digits at least, so `2 of 3/4` is not one.
  `\\b\\d{3,5} of (?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?![/\\d])|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD}\\b)`,
  // A force's letters glued to a two-digit year, a dash and the serial (`RGC59-031427`, `KMP27-
  // 004412`): 12 of 12 such tokens standing alone in the read sets are incident references.
  // Capital first, look-behind after it, so the scan keeps skipping to capitals.
  '[A-Z](?<![\\w/-][A-Z])[A-Z]{1,3}\\d{2}-\\d{5,7}(?![\\w/-])',
  // An Action Fraud crime reference (`NFRC43041800173`, `NFRW33071294`): the National Fraud
  // Reporting Centre's letters and eight to twelve digits.
  '\\bNFR[A-Z]?\\d{8,12}\\b',
];
const ANY_TOKEN = /(?<![\w/-])[A-Za-z0-9](?:[A-Za-z0-9]|[/-](?=[A-Za-z0-9]))*(?![\w/-])/g;
const TRIGGERED_SCORE = 0.7;
const SHAPE_SCORE = 0.45;

/**
 * A token after a trigger that is a date (day-first or ISO), time, year or section number, not a
 * reference. The token must be on the trigger's line (TRIGGERED allows no line break before it).
 */
const OS_GRID_REF = /^[A-Z]{2} (?:\d{3} \d{3}|\d{4} \d{4}|\d{5} \d{5})$/;

function notAReference(token: string, after: string): boolean {
  const digits = (token.match(/\d/g) ?? []).length;
  if (digits < 3) return true;
  // Letters then numbers with a space: capitals, and a number long enough not to be a year.
  const space = token.indexOf(' ');
  if (space > 0 && (digits < 5 || token.slice(0, space) !== token.slice(0, space).toUpperCase()))
    return true;
  // An Ordnance Survey grid reference (`grid ref NY 384 129`): two letters, two equal groups.
  if (OS_GRID_REF.test(token)) return true;
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/.test(token)) return true;
  // A section is a few digits (`s136`, `S5`); a probation case number is a letter and six
  // (`CRN: S203981`).
  if (/^(?:19|20)\d{2}$/.test(token) || /^[sS]\d{1,3}$/.test(token)) return true;
  // The numbers to ring (`quote 101`, `police 999`), not a reference.
  if (/^(?:101|999|111|112)$/.test(token)) return true;
  return /^\d{4}$/.test(token) && /^\s*(?:hrs|hours)\b/i.test(after);
}

const compiled = new Map<string, RegExp>();

/** Compiles a force pattern once; a bad pattern is a settings error the researcher must fix. */
function compilePattern(source: string, index: number): RegExp {
  const cached = compiled.get(source);
  if (cached) return cached;
  try {
    const re = new RegExp(source, 'g');
    compiled.set(source, re);
    return re;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `De-identification settings: crimeRefPatterns[${index}] (${JSON.stringify(source)}) is not a valid regular expression (${reason}); correct or remove it.`,
    );
  }
}

function triggeredRefs(text: string, find: MatchFinder): Detection[] {
  const found: Detection[] = [];
  let next = 0;
  for (let m = find(0); m !== null; m = find(next)) {
    // The reference ends the match (what follows is a lookahead).
    const end = m.index + m[0].length;
    next = end;
    const start = end - (m.groups?.ref ?? '').length;
    if (notAReference(text.slice(start, end), text.slice(end, end + 8))) {
      // Resume at the rejected token: it may itself be a trigger (`LOG   Custody record X`).
      next = start;
      continue;
    }
    found.push(
      detection(NAME, 'CRIME_REF', text, withSchemeLetters(text, start), end, TRIGGERED_SCORE),
    );
  }
  return found;
}

/** Words before a `-` that label a reference rather than begin it (`REF-0412`). */
const LABEL_LETTERS = new Set(['REF', 'NO', 'ID', 'NUM']);

/**
 * `start` moved back over a scheme's capitals and `-` glued to the number (`ASC-3817734`): the
 * trigger regex reads `ASC-` as a trigger word and its separator, but the capitals are part of
 * the reference, as every annotated set writes it (364 references begin so, none leaves them out).
 */
function withSchemeLetters(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== HYPHEN) return start;
  let j = start - 1;
  while (j > 0 && start - 1 - j < 6 && isCapital(text.charCodeAt(j - 1))) j--;
  const letters = start - 1 - j;
  if (letters < 2 || letters > 5 || (j > 0 && isWordCode(text.charCodeAt(j - 1)))) return start;
  return LABEL_LETTERS.has(text.slice(j, start - 1)) ? start : j;
}

/** The default shapes as one alternation, so they cost one pass over the text. */
const DEFAULT_SHAPES = new RegExp(DEFAULT_CRIME_REF_PATTERNS.join('|'), 'g');

/** The default shapes (matches from `shapes`), then each force pattern over the whole text. */
function shapedRefs(text: string, settings: DeidSettings, shapes: MatchFinder): Detection[] {
  // Most studies set no force patterns: the default shapes alone, without a list of finders.
  if (!settings.crimeRefPatterns?.length) return shapeMatches(text, shapes);
  const force = settings.crimeRefPatterns.map((source, i) => compilePattern(source, i));
  return [shapes, ...force.map((re) => wholeText(re, text))].flatMap((find) =>
    shapeMatches(text, find),
  );
}

/**
 * Numbers given to goods and documents, not cases: a vaccine's batch, a product's lot or serial
 * number (`Batch PAL-27-0615`). A reference shape right after one of them is that number.
 */
const GOODS_NUMBER_BEFORE =
  /\b(?:batch|lot|serial|s\/n|model|part|product|sku|invoice|order|ticket)(?:\s+(?:no|number|ref))?\.?\s*[:#]?\s*$/i;

function shapeMatches(text: string, find: MatchFinder): Detection[] {
  const found: Detection[] = [];
  for (let m = find(0); m !== null; m = find(m.index + Math.max(1, m[0].length))) {
    if (m[0].length === 0 || GOODS_NUMBER_BEFORE.test(textBefore(text, m.index, 24))) continue;
    const context = TRIGGER_NEAR.test(textBefore(text, m.index, 40));
    found.push(
      detection(
        NAME,
        'CRIME_REF',
        text,
        m.index,
        m.index + m[0].length,
        boosted(SHAPE_SCORE, context),
      ),
    );
  }
  return found;
}

const LITERAL_LIMIT = 100;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * A regex that finds the given references as whole tokens: an alternation of the literals when
 * there are few (fast), otherwise any token, looked up in the map by the caller.
 */
function occurrencePattern(values: string[]): RegExp {
  if (values.length > LITERAL_LIMIT) return ANY_TOKEN;
  const literals = [...values].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\w/-])(?:${literals.join('|')})(?![\\w/-])`, 'g');
}

/** Every further occurrence of a found reference, as a whole token, with the best score seen. */
function repeatedRefs(text: string, found: Detection[]): Detection[] {
  const best = new Map<string, number>();
  for (const d of found) best.set(d.text, Math.max(best.get(d.text) ?? 0, d.score));
  const seen = new Set(found.map((d) => d.startUtf16));
  const more: Detection[] = [];
  if (best.size === 0) return more;
  const re = occurrencePattern([...best.keys()]);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const score = best.get(m[0]);
    if (score !== undefined && !seen.has(m.index)) {
      more.push(detection(NAME, 'CRIME_REF', text, m.index, m.index + m[0].length, score));
    }
  }
  return more;
}

/**
 * Keeps the outermost detections in text order: of two that start together the longer (then the
 * higher score) wins, and one inside another (`05/865982/21` in `CRI/05/865982/21`) is dropped.
 */
function outermost(found: Detection[]): Detection[] {
  const sorted = [...found].sort(
    (a, b) => a.startUtf16 - b.startUtf16 || b.endUtf16 - a.endUtf16 || b.score - a.score,
  );
  const kept: Detection[] = [];
  for (const d of sorted) {
    const last = kept[kept.length - 1];
    if (!last || d.startUtf16 >= last.endUtf16) kept.push(d);
    else if (d.endUtf16 > last.endUtf16) kept.push(d);
  }
  return kept;
}

/** Column names of a pasted table whose cells are references (table-columns.ts). */
const REF_COLUMNS = new Set(
  [
    'ref',
    'ref no',
    'reference',
    'incident',
    'incident no',
    'incident_id',
    'log',
    'log no',
    'urn',
  ].concat([
    'crime ref',
    'crime no',
    'case ref',
    'cad',
    'cad no',
    'occurrence',
    'chain id',
    'chain_id',
    // A probation case reference number (nDelius CRN, `R803516`): 52 of 52 after a `CRN` label
    // in the labelled sets are references, and a table's `crn` column holds the same.
    'crn',
  ]),
);

/**
 * The value of an XML element or a JSON key named in camel case as a reference
 * (`<enquiryRef>S42-38-0291</enquiryRef>`, `"caseReference": "…"`), as case systems export
 * them: the trigger regex wants `ref` as a word of its own. Keys of money, messages, devices or
 * documents (`bankRef`, `paymentRef`, `fileRef`) number no incident or case.
 */
const CAMEL_REF = new RegExp(
  `(?:<(?<tag>[a-z][A-Za-z]*[a-z](?:Ref|Reference))(?:[ \\t][^<>]{0,80})?>|"(?<key>[a-z][A-Za-z]*[a-z](?:Ref|Reference))"[ \\t]*:[ \\t]*")(?<ref>${TOKEN})(?=[<"])`,
  'g',
);
const NOT_CASE_KEYS =
  /^(?:bank|payment|transaction|order|invoice|booking|msg|message|device|file|doc|document|image|photo|account|tenancy|job)/i;

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldRef = literalGate(['Ref']);

function camelCaseRefs(text: string): Detection[] {
  if (!mayHoldRef(text)) return [];
  const out: Detection[] = [];
  for (const m of text.matchAll(CAMEL_REF)) {
    const key = m.groups!.tag ?? m.groups!.key!;
    const ref = m.groups!.ref!;
    const start = m.index! + m[0].length - ref.length;
    if (NOT_CASE_KEYS.test(key) || !/\d{3}/.test(ref)) continue;
    if (notAReference(ref, text.slice(start + ref.length, start + ref.length + 8))) continue;
    out.push(detection(NAME, 'CRIME_REF', text, start, start + ref.length, TRIGGERED_SCORE));
  }
  return out;
}

/**
 * Cells with a digit under a reference column (`ST-5518` under `ref`, `X1` under `incident_id`).
 * Under a bare `Ref` column a table may number its own rows (`N1`, `R12`: a nominal list's row
 * labels), so there a cell needs three digits at least.
 */
const ROW_LABEL_COLUMNS = new Set(['ref']);
const OTHER_REF_COLUMNS = new Set([...REF_COLUMNS].filter((c) => !ROW_LABEL_COLUMNS.has(c)));

function tableRefs(text: string): Detection[] {
  const cells = [
    ...columnCells(text, OTHER_REF_COLUMNS).filter((c) => /\d/.test(c.text)),
    ...columnCells(text, ROW_LABEL_COLUMNS).filter((c) => /\d(?:\D*\d){2}/.test(c.text)),
  ];
  return cells
    .filter((c) => !/\s/.test(c.text))
    .sort((a, b) => a.start - b.start)
    .map((c) => detection(NAME, 'CRIME_REF', text, c.start, c.end, TRIGGERED_SCORE));
}

function detectCrimeRefs(
  text: string,
  settings: DeidSettings,
  triggered: MatchFinder,
  shapes: MatchFinder,
): Detection[] {
  const found = outermost([
    ...triggeredRefs(text, triggered),
    ...shapedRefs(text, settings, shapes),
    ...tableRefs(text),
    ...camelCaseRefs(text),
    ...longLabelRefs(text),
  ]).filter((d) => !placeholderPaymentOrDocument(text, d));
  return outermost([...found, ...listedRefs(text, found), ...repeatedRefs(text, found)]);
}

/**
 * The next reference of a list (`Police refs relied on: 47250198211; 47250201554`, `logs 0412 and
 * 0419 of 3/3`): a token right after a reference found, past a `,`, `;`, `&` or `and` and a blank
 * (a CSV row's comma with none is a cell's end), with five digits at least and not a date, time
 * or year, then the one after it, and so on.
 */
const LIST_NEXT =
  /^(?:[ \t]*[,;&][ \t]+|[ \t]+(?:and|AND)[ \t]+)([A-Z0-9](?:[A-Z0-9]|[/-](?=[A-Z0-9])){4,29})(?![\w/-])/;

function listedRefs(text: string, found: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const d of found) {
    for (let next = nextInList(text, d.endUtf16); next; next = nextInList(text, next.endUtf16))
      out.push(next);
  }
  return out;
}

function nextInList(text: string, at: number): Detection | null {
  const m = LIST_NEXT.exec(text.slice(at, at + 48));
  if (!m) return null;
  const token = m[1]!;
  const end = at + m[0].length;
  if (!fiveDigitsAtLeast(token) || notAReference(token, text.slice(end, end + 8))) return null;
  return detection(NAME, 'CRIME_REF', text, end - token.length, end, TRIGGERED_SCORE);
}

const fiveDigitsAtLeast = (token: string) => (token.match(/\d/g) ?? []).length >= 5;

/**
 * A reference after a label that names it in more words than TRIGGERED allows, ending in a colon
 * (`Police ref given by victim: 5226049381`, `Police refs relied on: 47250198211`): a police,
 * crime, incident or log reference word opens the label, one to four words follow it (a wider gap
 * is a column's: `Police   Session: 5be0-…`), and the token is capitals and digits, with five digits
 * at least.
 */
const LONG_LABEL_END =
  /\b(?:police|crime|incident|log|ref|refs|reference|references)(?: [A-Za-z']+){1,4}$/i;
const TOKEN_AFTER_COLON = /^[ \t]*([A-Z0-9](?:[A-Z0-9]|[/-](?=[A-Z0-9])){4,29})(?![\w/-])/;

/**
 * Found from each colon (most log entries hold one, in a time) with the label read backwards from
 * it: a scan of the whole text for the label's words cost every entry far more.
 */
function longLabelRefs(text: string): Detection[] {
  const out: Detection[] = [];
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    const m = TOKEN_AFTER_COLON.exec(text.slice(colon + 1, colon + 40));
    if (!m || !LONG_LABEL_END.test(text.slice(Math.max(0, colon - 60), colon))) continue;
    const token = m[1]!;
    const end = colon + 1 + m[0].length;
    const after = text.slice(end, end + 8);
    // A number group then more digits is a phone number (`Police station: 01632 960418`).
    if (!fiveDigitsAtLeast(token)) continue;
    if (notAReference(token, after) || /^[ \t]\d/.test(after)) continue;
    out.push(detection(NAME, 'CRIME_REF', text, end - token.length, end, TRIGGERED_SCORE));
  }
  return out;
}

/**
 * Digits that are all zeros: a format's placeholder (`INC-0000-0000`), not a reference. A study's
 * own pattern may match letters only (`XXABC`), which this leaves alone.
 */
const ZEROS_ONLY = /^(?=\D*0)[^1-9]*$/;
/** Money held against a tenancy or a bill: its number is no incident or case reference. */
const MONEY_REF_BEFORE =
  /\b(?:bond|deposit|invoice|account|receipt|payment)(?: (?:no\.?|number|ref))?[ \t:#]*$/i;
/**
 * A form's, an approval's or a registration's number (`Form UOF-26-09917 submitted`, `Ethics
 * approval: UMREC-2026-0412`, `Ofsted URN: SC501847`), a tenancy's or a contractor's job sheet's
 * (`Tenancy reference: TV-TEN-04418`, `Job sheet no. SAH-2027-019`), or a property bag's or seal's
 * (`property ref PR/0931`): it numbers a document, an account, a provider or goods, not an incident
 * or a case about a person (ANNOTATION.md lists those, and leaves property bag numbers out).
 */
const DOCUMENT_REF_BEFORE =
  /\b(?:form|ethics approval|ethics ref(?:erence)?|grant|Ofsted URN|registration|tenancy|job sheet|job|property(?: bag)?|bag|seal)(?: (?:no\.?|number|ref(?:erence)?))?[ \t:#.]*$/i;

/** A social care or MASH case's letters open the reference: a case, whatever labels it. */
const CASE_SCHEME = /^(?:ASC|CSC|MASH|EDT)(?:\d{2})?[-/]/;

/**
 * Numbers that a request, an account, an application or a document carries rather than a case
 * about a person: a request's (`Request no.`, `FOI-…`, `(request DPO-35-011)`), a submission's,
 * an account's (`Account reference: 70183346`), a fingerprint bureau's, a vehicle document's
 * (`V5C document reference`), a vetting unit's, a DBS application's, a penalty charge notice's,
 * a hire agreement's, an interpreter booking's, a study's (`study (ref ERC-2029-0412)`) and a
 * visit's, and evidence media's and an incident-reporting system's (`BWV ref BWV-1742-0312-03`,
 * `Footage ref V-26-22140`, `Stills saved, ref EXH/CCTV/4471`, `Datix ID: DW-2026-118840`), a
 * housing register number and a fax's (`Housing register no.: HR/27/044187`, `Fax ref FX-425`),
 * a flight log's and a report form's own number (`Flight log no.: FLT-26-0712`, `Report no.
 * EJ-2046-0093`: 6 hard negatives), and a booking's, a serial number's and a service provider's
 * (`booking TI-88213`, `kit serial NX-4471-0920`, `GPS tag (provider ref EMS-3398-221)`: 22 hard
 * negatives). 52 such tokens in the read sets, none annotated. (A duty
 * solicitor call centre's reference is left to the shapes: 5 hard negatives, 2 annotated.) (A stop-search
 * record's number is left to the shapes: fresh8 annotates one, fresh30 does not.)
 */
const ADMIN_REF_BEFORE =
  /\b(?:request|submission|account|bureau|document|vetting\b[^\n]{0,20}?|dbs(?: application)?|penalty charge notice|pcn|hire agreement|interp(?:reter)?\b[^\n]{0,30}?|study|visit(?: id)?|bwv|body[- ]worn(?: video| camera)?|footage|recording|stills(?: saved)?|datix(?: id)?|housing register|fax|flight[ \t]log|report[ \t]+no\.?|booking|(?:kit[ \t_])?serial|provider(?=[ \t]+ref))(?:[ \t(,]+(?:no\.?|number|ref(?:erence)?|id))?[ \t]*\.{0,40}[ \t:#(]*$/i;

/**
 * A licence's or permit's number, a consent form's or a consent application's (`STREET TRADING
 * CONSENT APPLICATION STC/43/017`) and a witness's own reference (`witness ref WIT-4471`): none is
 * an incident or a case reference (ANNOTATION.md). Prison and warrant numbers are left to the
 * shapes: annotators of the read sets split on them (fresh19 and fresh20 annotate prison numbers,
 * fresh21 and fresh26 do not).
 */
const PERMIT_CONSENT_REF_BEFORE =
  /\b(?:licen[cs]e|permit|consent(?: form| application)?|witness)(?:[ \t]+(?:no\.?|number|ref(?:erence)?|id))?[ \t]*\.{0,40}[ \t:#(]*$/i;

/**
 * A student's number, a bank's own case or fraud reference, a call blocker's unit number, and a
 * study's ethics or sponsor reference (`Student no. FC2059-3381`, `bank case no. FR-88130`,
 * `trueCall unit TC-60-221`, `Sponsor ref UT-SP-2059-31`, `"student_no": "T2211893"`): 23 such
 * tokens over the read sets, every one a hard negative. JSON and YAML keys join with `_`.
 */
const STUDENT_BANK_STUDY_REF_BEFORE =
  /\b(?:student|truecall unit|call[- ]blocker(?: unit)?|bank(?: case)?|sponsor|ethics)(?:[_ \t(,]+(?:no\.?|number|ref(?:erence)?|id))?["']?[ \t]*[:#(]?[ \t]*["']?$/i;

function placeholderPaymentOrDocument(text: string, d: Detection): boolean {
  if (ZEROS_ONLY.test(d.text)) return true;
  if (CASE_SCHEME.test(d.text)) return false;
  const before = text.slice(Math.max(0, d.startUtf16 - 48), d.startUtf16);
  return (
    MONEY_REF_BEFORE.test(before) ||
    DOCUMENT_REF_BEFORE.test(before) ||
    ADMIN_REF_BEFORE.test(before) ||
    PERMIT_CONSENT_REF_BEFORE.test(before) ||
    STUDENT_BANK_STUDY_REF_BEFORE.test(before)
  );
}

export const crimeRefRecognizer: Recognizer = {
  name: NAME,
  types: ['CRIME_REF'],
  detect: (text: string, settings: DeidSettings) =>
    detectCrimeRefs(text, settings, wholeText(TRIGGERED, text), wholeText(DEFAULT_SHAPES, text)),
};

const TRIGGERED_AT_SITE = stickyTwin(TRIGGERED);
const TRIGGER_STARTS = wordStarts(TRIGGER_WORDS);

const SHAPES_AT_SITE = stickyTwin(DEFAULT_SHAPES);

/**
 * Merged scan: a trigger word starts a letter run (`\b`), so TRIGGERED (slow to scan: a word
 * boundary then two dozen words) is tried there only, and so are the default shapes (a scan of
 * their seven layouts tried every position of every text with a digit) at `shapeSites`. Force
 * patterns and repeats scan the whole text.
 */
export const crimeRefsAtSites: SiteDetector = (text, settings, sites) =>
  detectCrimeRefs(
    text,
    settings,
    atSites(TRIGGERED_AT_SITE, text, letterStartsOf(sites, TRIGGER_STARTS)),
    atSites(SHAPES_AT_SITE, text, shapeSites(text, sites)),
  );

const SLASH = 47;
const HYPHEN = 45;
const isCapital = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Every position where a DEFAULT_SHAPES match can start (UTF-16 offsets, ascending). Each layout
 * starts after a word boundary (`\b`, ASCII `\w` without the `u` flag), on a digit or on
 * `[A-Z]`; what follows the start reaches a digit run either directly (a digit start is then the
 * run's start, and the run's length and next character must fit a layout: `digitLayout`) or
 * through letters and one `/` or `-` (`CRI/05/…`, `MARAC-0823-…`), optionally after a first group
 * of letters and a `-` or `/` (`HUM-CAD-250919-…`, `HD/C/26/048812`). So the starts are those digit-run starts after a
 * non-word character, the letter run right before a run's separator, and the letter run before
 * that one's `-`.
 */
function shapeSites(text: string, sites: TextSites): number[] {
  const out: number[] = [];
  const { runStarts, runEnds, lettersBefore } = sites;
  for (let i = 0; i < runStarts.length; i++) {
    const q = runStarts[i]!;
    const gap = text.charCodeAt(q - 1);
    const letters = lettersBefore[i]!;
    if ((gap === SLASH || gap === HYPHEN) && letters >= 0) {
      const prefix = prefixBefore(text, letters);
      if (prefix >= 0) out.push(prefix);
      out.push(letters);
    }
    const wordBefore = q > 0 && isWordCode(gap);
    if (!wordBefore && digitLayout(text, runEnds[i]! - q, runEnds[i]!)) out.push(q);
    else if (wordBefore && loggedDay(text, q, runEnds[i]!)) pushCapitalsBefore(text, q, out);
    else if (wordBefore && prisonNumber(text, q, runEnds[i]!)) out.push(q - 1);
    else if (wordBefore && yearOfScheme(text, q, runEnds[i]!)) pushCapitalsBefore(text, q, out, 4);
    else if (wordBefore && yearOfForce(text, q, runEnds[i]!)) pushCapitalsBefore(text, q, out, 2);
    else if (wordBefore) fraudReferenceStart(text, q, runEnds[i]!, out);
  }
  return out;
}

/** Adds where `NFR` or `NFRC` starts before eight to twelve digits (an Action Fraud reference). */
function fraudReferenceStart(text: string, start: number, end: number, out: number[]): void {
  if (end - start < 8 || end - start > 12) return;
  const at = text.startsWith('NFR', start - 3) ? start - 3 : start - 4;
  if (at >= 0 && text.startsWith('NFR', at) && (at === 0 || !isWordCode(text.charCodeAt(at - 1))))
    out.push(at);
}

/** Four digits or more then `-` and a digit: the day and serial of an incident log (`K370509-0214`). */
function loggedDay(text: string, start: number, end: number): boolean {
  return end - start >= 4 && text.charCodeAt(end) === HYPHEN && isDigit(text.charCodeAt(end + 1));
}

/** One capital right before four digits, two capitals after them: a prisoner's number (`A4417DK`). */
function prisonNumber(text: string, start: number, end: number): boolean {
  return (
    end - start === 4 &&
    isCapital(text.charCodeAt(start - 1)) &&
    isCapital(text.charCodeAt(end)) &&
    isCapital(text.charCodeAt(end + 1))
  );
}

/** Two digits glued to capitals, then `-` and a digit: a case scheme's year (`MASH32-01933`). */
function yearOfScheme(text: string, start: number, end: number): boolean {
  return end - start === 2 && text.charCodeAt(end) === HYPHEN && isDigit(text.charCodeAt(end + 1));
}

/** Two digits glued to capitals, then `/` and a digit: a force's year (`KM27/011872`). */
function yearOfForce(text: string, start: number, end: number): boolean {
  return end - start === 2 && text.charCodeAt(end) === SLASH && isDigit(text.charCodeAt(end + 1));
}

/** Adds the start of the one to `most` capitals that open a word right before `q`, if any. */
function pushCapitalsBefore(text: string, q: number, out: number[], most = 3): void {
  let j = q;
  while (j > 0 && q - j < most && isCapital(text.charCodeAt(j - 1))) j--;
  if (j < q && (j === 0 || !isWordCode(text.charCodeAt(j - 1)))) out.push(j);
}

/**
 * Whether a digit run of `length` digits ending at `end` can open a layout that starts on digits:
 * `26/…` and `11BX…` (two digits, then `/` or a capital), `8138/…` and a log by its day `346 of …`
 * (three to five, then `/` or ` of `), `240312/…` (six, then `/`). A layout's digits are the whole
 * run, as a `/`, a capital or a space must follow them.
 */
function digitLayout(text: string, length: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (length === 2) return next === SLASH || (next >= 65 && next <= 90);
  if (length >= 3 && length <= 5) return next === SLASH || text.startsWith(' of ', end);
  return length === 6 && next === SLASH;
}

/**
 * Start of the ASCII letters that end in a `-` (`HUM-CAD-…`) or a `/` (`HD/C/26/…`) right before
 * `start`, or -1 when there are none.
 */
function prefixBefore(text: string, start: number): number {
  const mark = text.charCodeAt(start - 1);
  if (mark !== HYPHEN && mark !== SLASH) return -1;
  let j = start - 1;
  while (j > 0 && isLetter(text.charCodeAt(j - 1))) j--;
  return j < start - 1 ? j : -1;
}
