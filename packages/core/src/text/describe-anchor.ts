import type { Anchor } from '../model/coding.js';
import { splitsSurrogatePair } from './utf16.js';

/**
 * Code units of context kept on each side of a quote. hypothesis/client keeps 32 characters of
 * `textContent`, i.e. UTF-16 code units (`contextLen` in `TextQuoteAnchor.fromRange`,
 * src/annotator/anchoring/types.ts).
 */
export const ANCHOR_CONTEXT_UTF16 = 32;

/**
 * Checks that [start, end) is a span of `text` that an anchor can describe: integer UTF-16
 * offsets, start <= end, inside the text, and not cutting an astral character (a surrogate
 * pair) in half. Throws a RangeError that says what is wrong and how to fix it.
 */
export function assertValidSpan(text: string, startUtf16: number, endUtf16: number): void {
  const where = `span [${startUtf16}, ${endUtf16}) of a ${text.length}-code-unit text`;
  if (!Number.isInteger(startUtf16) || !Number.isInteger(endUtf16)) {
    throw new RangeError(`${where}: offsets must be integers (UTF-16 code units).`);
  }
  if (startUtf16 > endUtf16) {
    throw new RangeError(`${where}: start is after end; pass start <= end.`);
  }
  if (startUtf16 < 0 || endUtf16 > text.length) {
    throw new RangeError(`${where}: out of bounds; offsets must lie in [0, ${text.length}].`);
  }
  for (const [name, offset] of [
    ['start', startUtf16],
    ['end', endUtf16],
  ] as const) {
    if (splitsSurrogatePair(text, offset)) {
      throw new RangeError(
        `${where}: ${name} ${offset} cuts an astral character (surrogate pair) in half; ` +
          `move it one code unit back or forward.`,
      );
    }
  }
}

/** Start of the prefix: ANCHOR_CONTEXT_UTF16 units back, one fewer if that would split a pair. */
function prefixStart(text: string, startUtf16: number): number {
  const from = Math.max(0, startUtf16 - ANCHOR_CONTEXT_UTF16);
  return splitsSurrogatePair(text, from) ? from + 1 : from;
}

/** End of the suffix: ANCHOR_CONTEXT_UTF16 units on, one fewer if that would split a pair. */
function suffixEnd(text: string, endUtf16: number): number {
  const to = Math.min(text.length, endUtf16 + ANCHOR_CONTEXT_UTF16);
  return splitsSurrogatePair(text, to) ? to - 1 : to;
}

/**
 * Describes the span [startUtf16, endUtf16) of `text` redundantly, as hypothesis/client does
 * (`describe` in src/annotator/anchoring/html.ts): its position, and its quote with up to
 * ANCHOR_CONTEXT_UTF16 code units of context each side. Context is shortened by one code unit
 * rather than cut through an astral character, so prefix and suffix are always well formed.
 * Zero-length spans are allowed: their quote is empty and only position and context count.
 */
export function describeAnchor(text: string, startUtf16: number, endUtf16: number): Anchor {
  assertValidSpan(text, startUtf16, endUtf16);
  return {
    position: { type: 'TextPositionSelector', startUtf16, endUtf16 },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(startUtf16, endUtf16),
      prefix: text.slice(prefixStart(text, startUtf16), startUtf16),
      suffix: text.slice(endUtf16, suffixEnd(text, endUtf16)),
    },
  };
}
