/**
 * Every match of a global regex, found with an `exec` loop. `String.prototype.matchAll` would
 * do the same but clones the regex on every call (the spec's species constructor); with a dozen
 * patterns run over each short log entry those clones were a measurable share of detection.
 *
 * A pattern that can only match at a line's start (`^` with the `m` flag opening it, no `|`
 * outside a group: the speaker labels, sign-offs and field lines) is tried at each line's start
 * alone, as a sticky twin, instead of by the engine's scan from every position (on log entries
 * about 0.65 to 1.1 µs a scan, against 0.05 to 0.5 for the tries at a text's line starts).
 */
import { stickyTwin } from './recognizers/match-finder.js';

/**
 * Matches of `pattern` (which must have the `g` flag) over `text`, in order, as `matchAll` gives
 * them: the scan starts at 0 and an empty match moves it one code point on (one UTF-16 code unit
 * without the `u` flag). The pattern's `lastIndex` is left at 0.
 */
export function regexMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (pattern.multiline) {
    const sticky = lineAnchoredTwin(pattern);
    if (sticky !== null) return lineStartMatches(sticky, text);
  }
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

/** Each multiline pattern's sticky twin when it is line-anchored (`lineAnchored`), else null. */
const anchoredTwins = new WeakMap<RegExp, RegExp | null>();

function lineAnchoredTwin(pattern: RegExp): RegExp | null {
  let twin = anchoredTwins.get(pattern);
  if (twin === undefined) {
    twin = pattern.global && lineAnchored(pattern.source) ? stickyTwin(pattern) : null;
    anchoredTwins.set(pattern, twin);
  }
  return twin;
}

/**
 * Whether a source opens with `^` and has no `|` outside a group or class: with the `m` flag its
 * every match then starts at the text's start or right after a line terminator.
 */
export function lineAnchored(source: string): boolean {
  if (!source.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** The line terminators, after each of which `^` holds with the `m` flag. */
const LINE_ENDS = ['\n', '\r', '\u2028', '\u2029'];

/**
 * What the `exec` loop of a line-anchored pattern gives, from its `sticky` twin tried at each
 * line's start at or after the end of the last match (the loop's `lastIndex`, one on after an
 * empty match: a line's start is never inside a surrogate pair). Each terminator is looked for
 * with `indexOf` from the last line start on, so the text is read once per terminator.
 */
function lineStartMatches(sticky: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const nextEnds = LINE_ENDS.map((end) => text.indexOf(end));
  let from = 0;
  for (let at = 0; at !== -1; at = nextLineStart(text, at, nextEnds)) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    from = at + Math.max(1, m[0].length);
  }
  sticky.lastIndex = 0;
  return out;
}

/**
 * The first line start after `at` (just past the nearest terminator at or after it), or -1.
 * `nextEnds` holds each terminator's next index (-1: none left), moved on past `at` here.
 */
function nextLineStart(text: string, at: number, nextEnds: number[]): number {
  let nearest = -1;
  for (let k = 0; k < LINE_ENDS.length; k++) {
    let end = nextEnds[k]!;
    if (end !== -1 && end < at) end = nextEnds[k] = text.indexOf(LINE_ENDS[k]!, at);
    if (end !== -1 && (nearest === -1 || end < nearest)) nearest = end;
  }
  return nearest === -1 ? -1 : nearest + 1;
}
