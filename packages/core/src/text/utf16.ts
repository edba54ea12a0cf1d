/**
 * UTF-16 surrogate-pair helpers. Offsets everywhere in this module are UTF-16 code units, the
 * unit of JavaScript string indices (and of hypothesis's TextPositionSelector).
 */

/** True for a high (leading) surrogate, U+D800..U+DBFF. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True for a low (trailing) surrogate, U+DC00..U+DFFF. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * True when `offset` falls between the two halves of a surrogate pair, so cutting the text
 * there would leave half an astral character (e.g. an emoji) on each side. Lone surrogates
 * are not pairs, so offsets next to them never count as splitting.
 */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Moves a start offset back by one if it would split a pair, so the span keeps the whole character. */
export function widenStart(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset - 1 : offset;
}

/** Moves an end offset forward by one if it would split a pair, so the span keeps the whole character. */
export function widenEnd(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset + 1 : offset;
}
