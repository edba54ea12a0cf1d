/**
 * COLLAR_NUMBER: numbers that identify a police officer or staff member (collar or shoulder
 * number, warrant number, operator or call-handler number, PCSO number), found only after a rank,
 * role or the word collar/shoulder/warrant (no national format exists: NOTES.md §4.7; "in most
 * forces simply a one- to five-digit number", some forces add a division or borough letter code,
 * e.g. `477KD`, City of London `123CP`). Only the number is the span, not the rank. Times
 * (`PC 2040hrs`), dates and call signs without a rank are not collar numbers.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { detection } from './recognizer-helpers.js';

const NAME = 'collar-number';
const DEFAULT_TRIGGERS = [
  'PC',
  'PS',
  'DC',
  'DS',
  'DI',
  'DCI',
  'DSU',
  'TDC',
  'TPC',
  'SC',
  'SPC',
  'PCSO',
  'Sgt',
  'Insp',
  'A/PS',
  'A/Sgt',
  'A/Insp',
  'Constable',
  'Sergeant',
  'Inspector',
  'Operator',
  'Call handler',
  'Call taker',
  'Dispatcher',
  'Controller',
  'Collar',
  'Shoulder',
  'Warrant',
];

export interface CollarNumberOptions {
  /** Further ranks or roles a force uses before a collar number (e.g. `CI`, `Supt`). */
  extraTriggers?: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Each trigger as written, in capitals and in lower case (logs are often all capitals). */
function triggerVariants(triggers: string[]): string {
  const variants = new Set(triggers.flatMap((t) => [t, t.toUpperCase(), t.toLowerCase()]));
  return [...variants]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

function buildPattern(triggers: string[]): RegExp {
  const number = '(?<n>\\d{1,6}(?:[A-Z]{2})?)';
  const label = '(?:\\.?\\s*(?:[Nn]o\\.?|NO\\.?|[Nn]umber|NUMBER|#)?\\s*:?\\s*)';
  const notTime = '(?![\\w/:]|\\.\\d|\\s*(?:hrs|HRS|hours|HOURS)\\b)';
  return new RegExp(`(?<![\\w/])(?:${triggerVariants(triggers)})${label}${number}${notTime}`, 'g');
}

/**
 * The short operator label of CAD entries, `[Op 3505]` or `Opr 3505`: a space and three to six
 * digits are required, because `OP41` is a console position and `Op Nimrod` an operation.
 */
const OPERATOR_SHORT = /(?<![\w/])(?:Op|OP|Opr|OPR)\.? (?<n>\d{3,6})(?![\w/:]|\.\d)/g;

function numbersAfter(pattern: RegExp, text: string, score: number, found: Detection[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // The number ends the match (the time check is a lookahead), so its offsets follow from it.
    const end = m.index + m[0].length;
    const start = end - (m.groups?.n ?? '').length;
    if (start < end) found.push(detection(NAME, 'COLLAR_NUMBER', text, start, end, score));
  }
}

export function createCollarNumberRecognizer(options: CollarNumberOptions = {}): Recognizer {
  const pattern = buildPattern([...DEFAULT_TRIGGERS, ...(options.extraTriggers ?? [])]);
  const detect = (text: string, _settings: DeidSettings): Detection[] => {
    const found: Detection[] = [];
    numbersAfter(pattern, text, 0.8, found);
    const before = found.length;
    numbersAfter(OPERATOR_SHORT, text, 0.6, found);
    return found.length === before ? found : found.sort((a, b) => a.startUtf16 - b.startUtf16);
  };
  return { name: NAME, types: ['COLLAR_NUMBER'], detect };
}

export const collarNumberRecognizer: Recognizer = createCollarNumberRecognizer();
