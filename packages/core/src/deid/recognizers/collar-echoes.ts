/**
 * A collar number found once, again wherever the text repeats it alone: an officer's number is
 * theirs throughout a log (`[CH 3391 FELLOWES]` … `19:44 [3391] Delyth updated`), as name echoes
 * repeat a name. In the read sets the digits of an annotated collar number stood alone 2,310
 * times elsewhere in the same document, and every time they were annotated as a collar number
 * (or sat inside an e-mail address or card number, which outrank it: resolve-detections.ts).
 */
import type { Detection } from '../entity-types.js';

export const COLLAR_ECHO_SCORE = 0.6;

/** Digits alone: no digit, or a separator and digit, either side (`3391` in `CNL-350308-3391` is not). */
const NUMBER_CHAR = /[\d]/;
const JOINER = /[/:.,-]/;
/** A clock time or a year is what most four-digit numbers are: not echoed. */
const TIME_CUE_BEFORE = /(?:\bat|@)[ \t]*$/i;
const TIME_CUE_AFTER = /^[ \t]*(?:hrs|hours|h\b)/i;
const YEAR = /^(?:19|20)\d{2}$/;

export function collarEchoes(text: string, found: readonly Detection[]): Detection[] {
  const numbers = new Set<string>();
  for (const d of found) {
    if (d.type === 'COLLAR_NUMBER' && /^\d{3,6}$/.test(d.text) && !YEAR.test(d.text)) {
      numbers.add(d.text);
    }
  }
  const out: Detection[] = [];
  for (const number of numbers) {
    for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + number.length)) {
      if (standsAlone(text, at, at + number.length)) out.push(echo(text, at, number));
    }
  }
  return out;
}

function standsAlone(text: string, start: number, end: number): boolean {
  if (start > 0 && NUMBER_CHAR.test(text[start - 1]!)) return false;
  if (end < text.length && NUMBER_CHAR.test(text[end]!)) return false;
  if (start > 1 && JOINER.test(text[start - 1]!) && NUMBER_CHAR.test(text[start - 2]!))
    return false;
  if (JOINER.test(text[end] ?? '') && NUMBER_CHAR.test(text[end + 1] ?? '')) return false;
  if (end - start !== 4 || Number(text.slice(start, start + 2)) > 23) return true;
  const before = text.slice(Math.max(0, start - 6), start);
  return !TIME_CUE_BEFORE.test(before) && !TIME_CUE_AFTER.test(text.slice(end, end + 6));
}

function echo(text: string, start: number, number: string): Detection {
  return {
    type: 'COLLAR_NUMBER',
    startUtf16: start,
    endUtf16: start + number.length,
    text: number,
    score: COLLAR_ECHO_SCORE,
    recognizer: 'collar-echo',
  };
}
