/**
 * COLLAR_NUMBER and AGE as the values of named fields in machine exports, where no rank or
 * `aged` stands next to the number: a JSON key (`"collar": "5518"`, `"age_at_stop": 22`), an XML
 * attribute (`<OIC collar="2206" rank="DC">`) or element (`<Age>66</Age>`), and two labels of
 * police print-outs for the officer who made the entry: a PNC print's `ENQUIRY BY: 6230` and a
 * CAD event list's dispatcher (`DISP 2207`). Keys are matched in any case and with `_`, `-` or no
 * separator (`collarNo`, `collar_number`). Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { COLLAR_HEADER_GATE, isCollarHeader } from './collar-headers.js';
import { detection } from './recognizer-helpers.js';
import { foldedLiteralGate, includesGate } from '../literal-gate.js';

const NAME = 'field-values';
const SCORE = 0.8;
/** The oldest age taken from a field: a larger number there is a count or a code. */
const MAX_AGE = 120;

// A staff number field (`"staff_no": "6093"`) holds a police staff member's number (ANNOTATION.md).
const COLLAR_KEY = String.raw`(?:collar|shoulder|warrant|officer|staff[_-]?(?=no|num|number|id))[_-]?(?:no|num|number|id)?`;
const AGE_KEY = String.raw`age(?:[_-]?(?:at[_-]?[a-z]+|years|yrs|now))?`;

/**
 * `"collar": "5518"`, `"collar_no": 5518`, `"accepted_by_op": "4856"`: a JSON key that names a
 * staff number (collar-headers.ts), then the number, quoted or not.
 */
const JSON_NUMBER = /"([A-Za-z][\w -]{0,38})"\s*:\s*"?(\d{3,6})(?=["\s,}\]])/g;
const COLLAR_KEY_ONLY = new RegExp(`^${COLLAR_KEY}$`, 'i');

function jsonCollars(text: string, out: Detection[]): void {
  for (const m of text.matchAll(JSON_NUMBER)) {
    const key = m[1]!;
    if (!COLLAR_KEY_ONLY.test(key) && !isCollarHeader(key)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    out.push(detection(NAME, 'COLLAR_NUMBER', text, start, start + m[2]!.length, SCORE));
  }
}
/** `collar="2206"`: an XML or HTML attribute. */
const XML_COLLAR_ATTRIBUTE = new RegExp(
  String.raw`(?<![\w-])${COLLAR_KEY}\s*=\s*["'](\d{3,6})["']`,
  'gi',
);
/** `<CollarNo>2206</CollarNo>`: an XML element holding only the number. */
const XML_COLLAR_ELEMENT = new RegExp(String.raw`<${COLLAR_KEY}>\s*(\d{3,6})\s*</`, 'gi');
/** `ENQUIRY BY: 6230` (a PNC print) and `DISP 2207` (a CAD event list's dispatcher). */
const STAFF_LABEL =
  /(?<![\w/])(?:ENQUIRY BY|Enquiry by|DISP|Disp)\s*:?\s*(\d{3,6})(?![\w/]|[:.]\d)/g;

const JSON_AGE = new RegExp(String.raw`"${AGE_KEY}"\s*:\s*"?(\d{1,3})(?=["\s,}\]])`, 'gi');
const XML_AGE_ELEMENT = new RegExp(String.raw`<${AGE_KEY}>\s*(\d{1,3})\s*</`, 'gi');

/** The number of each match (its last group) as a detection of `type`. */
function numbersOf(
  text: string,
  pattern: RegExp,
  type: 'COLLAR_NUMBER' | 'AGE',
  out: Detection[],
): void {
  for (const m of text.matchAll(pattern)) {
    const value = m[1]!;
    if (type === 'AGE' && Number(value) > MAX_AGE) continue;
    const start = m.index + m[0].lastIndexOf(value);
    out.push(detection(NAME, type, text, start, start + value.length, SCORE));
  }
}

/** Cheap tests of the literals each family needs: most texts have no key, attribute or label. */
/** `/["<=]/.test`, answered by the literal pass (literal-gate.ts). */
const hasMarkup = includesGate(['"', '<', '=']);
const COLLAR_WORD =
  /["<](?:collar|shoulder|warrant|officer|staff)|(?:collar|shoulder|warrant|officer|staff)[\w-]*\s*=/i;
const AGE_FIELD = /["<]age/i;
const STAFF_WORD = /enquiry by|\bdisp\b/i;
/** STAFF_WORD's literals in any case: texts without them skip its scan. */
const mayHoldStaffWord = foldedLiteralGate(['enquiry by', 'disp']);

function detectFieldValues(text: string, _settings: DeidSettings): Detection[] {
  const out: Detection[] = [];
  if (hasMarkup(text)) {
    if (COLLAR_WORD.test(text) || COLLAR_HEADER_GATE.test(text)) {
      jsonCollars(text, out);
      numbersOf(text, XML_COLLAR_ATTRIBUTE, 'COLLAR_NUMBER', out);
      numbersOf(text, XML_COLLAR_ELEMENT, 'COLLAR_NUMBER', out);
    }
    if (AGE_FIELD.test(text)) {
      numbersOf(text, JSON_AGE, 'AGE', out);
      numbersOf(text, XML_AGE_ELEMENT, 'AGE', out);
    }
  }
  if (mayHoldStaffWord(text) && STAFF_WORD.test(text))
    numbersOf(text, STAFF_LABEL, 'COLLAR_NUMBER', out);
  return out.sort((a, b) => a.startUtf16 - b.startUtf16);
}

export const fieldValuesRecognizer: Recognizer = {
  name: NAME,
  types: ['COLLAR_NUMBER', 'AGE'],
  detect: detectFieldValues,
};
