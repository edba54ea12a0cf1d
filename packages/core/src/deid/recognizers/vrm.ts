/**
 * VRM: UK vehicle registration marks.
 *
 * Rules (DVLA leaflet INF104 "Vehicle registration numbers and number plates"):
 * - current (Sep 2001–): 2-letter memory tag without I, Q or Z; a 2-digit age identifier (Mar–Aug:
 *   the year's last two digits, Sep–Feb: +50; `01` never issued); 3 random letters without I or Q.
 *   Age identifiers later than the reference date's period are rejected.
 * - prefix (1983–2001): year letter (not I, O, U, Z; Q for vehicles of unknown age) + 1–3 digits +
 *   3 letters; suffix (1963–1983): 3 letters + 1–3 digits + year letter (same exclusions);
 * - Northern Ireland: 3 letters containing I or Z + up to 4 digits; dateless: 1–3 letters and
 *   1–4 digits either way round.
 * Only the current format is distinctive enough on its own (and only it may be lower case).
 * Compact prefix/suffix marks (`M456DEF`) score low without context; spaced prefix/suffix marks
 * need a vehicle word nearby, and Northern Ireland and dateless marks a registration word just
 * before (`reg`, `VRM`, `index`), because `S136 MHA`, `PC 1234` and `X2 NOT` have the same shape.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import {
  boosted,
  detection,
  scan,
  textAfter,
  textBefore,
  uniformCase,
} from './recognizer-helpers.js';

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
const VEHICLE_CONTEXT =
  /\b(?:vrm|reg(?:istration|istered|\.)?|index|plates?|anpr|keeper|vehicles?|veh|cars?|vans?|lorry|hgv|taxi|motorbike|moped|m\/c|drivers?|driving|drove|stop check|mot|dvla|v5c?)\b/i;
/** Three-letter groups that are everyday words or police abbreviations in capitalised logs. */
const COMMON_GROUPS = new Set(
  'THE AND FOR NOT WAS HAS HAD HIS HER ARE YOU WHO OUT OFF NOW ALL ANY CAN DID GOT LET MAY OUR SAW SEE SHE TOO TWO WAY YES ASB NFA GBH ABH OIC CAD PNC CPN ETA DOB LOG REF HRS MHA AMP ATT NOK MSG CCTV'.split(
    ' ',
  ),
);

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
  const weak = value === value.toLowerCase() || COMMON_GROUPS.has(m.groups?.random ?? '');
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
  return context ? boosted(0.3, true) : null;
}

function scoreMatch(m: RegExpExecArray, text: string, date: Date): number | null {
  const form = formOf(m.groups ?? {});
  return form === 'current' ? currentScore(m, text, date) : olderScore(m, form, text);
}

/** Northern Ireland and dateless marks after a registration word (upper case only). */
function registeredMarks(text: string): Detection[] {
  const found: Detection[] = [];
  REGISTERED.lastIndex = 0;
  for (let m = REGISTERED.exec(text); m !== null; m = REGISTERED.exec(text)) {
    const mark = m.groups?.mark ?? '';
    const undated = m.groups?.ni !== undefined || m.groups?.dateless !== undefined;
    if (!undated || mark !== mark.toUpperCase()) continue;
    // The mark ends the match (what follows is a lookahead).
    const end = m.index + m[0].length;
    found.push(detection(NAME, 'VRM', text, end - mark.length, end, 0.6));
  }
  return found;
}

export function createVrmRecognizer(options: VrmOptions = {}): Recognizer {
  const detect = (text: string, _settings: DeidSettings): Detection[] => {
    const date = options.referenceDate ?? new Date();
    const dated = scan(
      PATTERN,
      text,
      (m) => {
        const score = scoreMatch(m, text, date);
        if (score === null) return null;
        return detection(NAME, 'VRM', text, m.index, m.index + m[0].length, score);
      },
      true,
    );
    const undated = registeredMarks(text);
    return undated.length === 0
      ? dated
      : [...dated, ...undated].sort((a, b) => a.startUtf16 - b.startUtf16);
  };
  return { name: NAME, types: ['VRM'], detect };
}

export const vrmRecognizer: Recognizer = createVrmRecognizer();
