/**
 * Every match of a global regex, found with an `exec` loop. `String.prototype.matchAll` would
 * do the same but clones the regex on every call (the spec's species constructor); with a dozen
 * patterns run over each short log entry those clones were a measurable share of detection.
 */

/**
 * Matches of `pattern` (which must have the `g` flag) over `text`, in order, as `matchAll` gives
 * them: the scan starts at 0 and an empty match moves it one code point on (one UTF-16 code unit
 * without the `u` flag). The pattern's `lastIndex` is left at 0.
 */
export function regexMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    if (m[0].length === 0) pattern.lastIndex = nextIndex(pattern, text, pattern.lastIndex);
  }
  pattern.lastIndex = 0;
  return out;
}

/** The spec's AdvanceStringIndex: a surrogate pair counts as one step under the `u` flag. */
function nextIndex(pattern: RegExp, text: string, i: number): number {
  if (!pattern.unicode || i + 1 >= text.length) return i + 1;
  const code = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  const pair = code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
  return i + (pair ? 2 : 1);
}
