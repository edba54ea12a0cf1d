/**
 * Structured identifiers in text read from a scan, where optical character recognition took a
 * zero for a capital or small `O` and a one for a small `l` or a capital `I` (`M0B: O77OO 9OO 742`,
 * `D.O.B O3/O3/199O`, `PC HARLAND  No. 3O62`). A run of such characters between non-letters that
 * holds at least one real digit and one confusable letter is read with the letters as digits (one
 * character for one, so offsets do not move); the structured recognizers and the officer-number
 * forms (`No. 3O62` after a rank and name) then run over that reading, and what they find that
 * takes in a changed character is kept, with the text as written.
 * A run glued to other letters (`Old`, `lOl`, `F1NNEGAN`) is left alone. Offsets are UTF-16 code
 * units, end exclusive.
 */
import type { DeidSettings, Detection, Recognizer } from '../entity-types.js';
import { officerNumbers } from '../names/officer-numbers.js';
import { structuredRecognizer } from './structured-scan.js';
import { sharedTextSites } from './text-sites.js';
import {} from '../literal-gate.js';

const NAME = 'ocr-digits';
/** A digit beside a confusable letter: every run this recognizer changes holds one. */
export const MIXED = /\d[OolI]|[OolI]\d/;
const isConfusable = (c: number) => c === 79 || c === 111 || c === 108 || c === 73;

/**
 * `MIXED.test(text)`, read off the merged scan's digit runs (text-sites.ts) when they are kept for
 * the text: a digit has a confusable letter after it only at the end of its run, and one before it
 * only at its run's start (UTF-16 offsets; `charCodeAt` past either end is NaN, no letter).
 */
export function hasMixedDigits(text: string): boolean {
  const sites = sharedTextSites(text);
  if (sites === null) return MIXED.test(text);
  const { runStarts, runEnds } = sites;
  for (let i = 0; i < runStarts.length; i++) {
    if (isConfusable(text.charCodeAt(runEnds[i]!))) return true;
    if (isConfusable(text.charCodeAt(runStarts[i]! - 1))) return true;
  }
  return false;
}
const RUN = /(?<![\p{L}\p{N}])[0-9OolI]+(?![\p{L}\p{N}])/gu;
const AS_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };
/** Found in a read-as-digits text, one step below the score of the same find in clean text. */
const SCORE_FACTOR = 0.9;

/** The text with each mixed run's letters read as digits, and the offsets that changed. */
function readAsDigits(text: string): { read: string; changed: number[] } {
  const changed: number[] = [];
  let read = '';
  let from = 0;
  for (const m of text.matchAll(RUN)) {
    if (!/\d/.test(m[0]) || !/[OolI]/.test(m[0])) continue;
    read += text.slice(from, m.index);
    for (let i = 0; i < m[0].length; i++) {
      const c = m[0][i]!;
      if (AS_DIGIT[c] !== undefined) changed.push(m.index + i);
      read += AS_DIGIT[c] ?? c;
    }
    from = m.index + m[0].length;
  }
  return { read: read + text.slice(from), changed };
}

function takesInChange(d: Detection, changed: readonly number[]): boolean {
  return changed.some((at) => at >= d.startUtf16 && at < d.endUtf16);
}

export function detectOcrDigits(text: string, settings: DeidSettings = {}): Detection[] {
  if (!hasMixedDigits(text)) return [];
  const { read, changed } = readAsDigits(text);
  if (changed.length === 0) return [];
  return [...structuredRecognizer.detect(read, settings), ...officerNumbers(read)]
    .filter((d) => takesInChange(d, changed))
    .map((d) => ({
      ...d,
      text: text.slice(d.startUtf16, d.endUtf16),
      score: d.score * SCORE_FACTOR,
      recognizer: NAME,
    }));
}

export const ocrDigitsRecognizer: Recognizer = {
  name: NAME,
  types: structuredRecognizer.types,
  detect: detectOcrDigits,
};
