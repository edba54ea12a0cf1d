/**
 * Whole-text gates for the structured recognizers: one cheap test per text of a character pattern
 * that every detection of a recognizer must contain. When the text lacks it the recognizer cannot
 * find anything, so its regex scans (and their per-position lookbehinds) are skipped; otherwise it
 * runs unchanged, so detections are exactly those of the ungated recognizer. Log entries and
 * interview turns without digits (most transcript lines) then cost only the recognizers that need
 * none (names and places; dates when a month is named: a spoken date has no digit).
 *
 * Each gate is a necessary condition read off the recognizer's patterns; the property test
 * (trigger-gates.property.test.ts) checks gated == ungated on random text built from identifier
 * fragments.
 */
import type { DeidSettings, Recognizer } from '../entity-types.js';

/** True when `text` may hold a detection of the gated recognizer (false means it holds none). */
export type Gate = (text: string, settings: DeidSettings) => boolean;

const DIGIT = /\d/;
/** A PNC ID ends `\d{1,11}[A-Z]`; a CRO number `\d{2}[A-Z]` or `\d{1,6}[A-Z]` (case-sensitive). */
const DIGIT_THEN_CAPITAL = /\d[A-Z]/;
/**
 * Every postcode form holds `\d` then two letters (the inward code; `GIR 0AA`; `ZZ99 9AA`) except
 * `BFPO 1234`. Same flags as the postcode pattern (`i`, no `u`), so case folding is the same.
 */
const POSTCODE_CORE = /\d[A-Z]{2}|BFPO/i;

/**
 * A date has a digit or a month name (every written and spoken form names the month;
 * date-patterns.ts). Same flags as the date pattern (`i`, no `u`).
 */
const DIGIT_OR_MONTH = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** An age has a digit, or is a number word told after a pronoun (`she's sixteen`, age.ts). */
const DIGIT_OR_TOLD_AGE = /\d|(?:he|she|who)(?:['’]s| is| was) /i;

export const hasDigit: Gate = (text) => DIGIT.test(text);
export const hasDigitOrToldAge: Gate = (text) => DIGIT_OR_TOLD_AGE.test(text);
export const hasDigitThenCapital: Gate = (text) => DIGIT_THEN_CAPITAL.test(text);
export const hasPostcodeCore: Gate = (text) => POSTCODE_CORE.test(text);
export const hasDigitOrMonth: Gate = (text) => DIGIT_OR_MONTH.test(text);
/** A force's own crime reference patterns may match anything, so they lift the digit gate. */
export const hasDigitOrForcePatterns: Gate = (text, settings) =>
  (settings.crimeRefPatterns?.length ?? 0) > 0 || DIGIT.test(text);

/** `recognizer`, run only on texts that pass `gate` (same name and types). */
export function gatedRecognizer(recognizer: Recognizer, gate: Gate): Recognizer {
  return {
    name: recognizer.name,
    types: recognizer.types,
    detect: (text, settings) => (gate(text, settings) ? recognizer.detect(text, settings) : []),
  };
}
