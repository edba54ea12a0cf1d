/**
 * Given names in lines written all in lower case (`seen tommy on the bike by aldi`, `ring rashmi
 * before the visit tho`), as chat messages, text threads and quick notes type them: in such a
 * line a capital carries no signal, so a known given name that is no everyday word
 * (names-before-verbs.ts `knownLowerName`) is read wherever it stands. A line counts as lower case
 * when it has LINE_MIN_WORDS words or more and at most one word in ten opens with a capital (a
 * speaker label or a place often does).
 */
import type { Detection } from '../entity-types.js';
import { knownLowerName } from './names-before-verbs.js';
import { placeSuffixes } from './name-context.js';

export const LOWERCASE_LINE_NAME_SCORE = 0.55;
const LINE_MIN_WORDS = 4;
/** Words: runs of letters and marks, with inner apostrophes and hyphens. */
const WORD_RE = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const CAPITAL = /^\p{Lu}/u;
const SAINT = /^(?:st|saint)$/;
/** Given names that lower-case notes use as words (`naloxone kit`). */
const NOT_NAMES = new Set(['kit']);

export function lowercaseLineNames(text: string): Detection[] {
  const out: Detection[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    namesInLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * A chat line's sender label after its time, with any date (`15/10/2037, 09:03 - Dev Saund: `,
 * `[21:14] Kit: `): the app writes it, so its capitals say nothing of how the message itself is
 * typed. A label with no time (`Learning:`, a notebook's `In [16]:`) heads a form's or a code
 * cell's line, whose words are read whole as before.
 */
const SENDER_LABEL =
  /\[?(?:[\d/.,-]{0,12}[ \t,]*)?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]*(?:-[ \t]*)?[^\s:][^\n:]{0,40}:[ \t]/y;

/** Where a line's message starts: after its sender label, if it has one. */
function messageStart(text: string, start: number, end: number): number {
  SENDER_LABEL.lastIndex = start;
  return SENDER_LABEL.test(text) && SENDER_LABEL.lastIndex < end ? SENDER_LABEL.lastIndex : start;
}

function namesInLine(text: string, start: number, end: number, out: Detection[]): void {
  const from = messageStart(text, start, end);
  let words = from > start ? lowerLineWords(text, from, end) : null;
  // The label's own words are read too (`[21:00:05] tegan w: …` names its sender).
  if (words) words = [...wordsBetween(text, start, from), ...words];
  else words = lowerLineWords(text, start, end);
  if (!words) return;
  for (let i = 0; i < words.length; i++) {
    if (!nameAt(words, i)) continue;
    // Given names side by side are one person's (`yusuf abdi`, `dylan rhys`).
    let last = i;
    while (last + 1 < words.length && nameAt(words, last + 1) && adjacent(words, last)) last++;
    const start = words[i]!.index;
    const end = words[last]!.index + words[last]![0].length;
    out.push(lowerName(text, start, text.slice(start, end)));
    i = last;
  }
}

function nameAt(words: RegExpExecArray[], i: number): boolean {
  const word = words[i]![0];
  if (CAPITAL.test(word) || NOT_NAMES.has(word) || !knownLowerName(word)) return false;
  // `st nicholas`, `marlowe house`: a saint's or a building's name, not the person's.
  if (SAINT.test(words[i - 1]?.[0] ?? '')) return false;
  return !placeSuffixes().has(words[i + 1]?.[0] ?? '');
}

/** Word `i` and the next with one blank between them. */
function adjacent(words: RegExpExecArray[], i: number): boolean {
  return words[i + 1]!.index === words[i]!.index + words[i]![0].length + 1;
}

/**
 * The words of the line from `start` to `end` when it is written in lower case, else null. Read
 * word by word, giving up as soon as the capitals seen could no longer be one word in ten even if
 * every code unit left began a word (most lines of most texts are given up within a few words).
 */
export function lowerLineWords(text: string, start: number, end: number): RegExpExecArray[] | null {
  if (refusedByHand(text, start, end)) return null;
  const words: RegExpExecArray[] = [];
  let capitals = 0;
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(text); m !== null && m.index < end; m = WORD_RE.exec(text)) {
    words.push(m);
    if (CAPITAL.test(m[0])) capitals++;
    const mostWords = words.length + Math.ceil((end - WORD_RE.lastIndex) / 2);
    if (capitals * 10 > mostWords) return null;
  }
  return words.length >= LINE_MIN_WORDS && capitals * 10 <= words.length ? words : null;
}

function wordsBetween(text: string, start: number, end: number): RegExpExecArray[] {
  const words: RegExpExecArray[] = [];
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(text); m !== null && m.index < end; m = WORD_RE.exec(text))
    words.push(m);
  return words;
}

function lowerName(text: string, at: number, word: string): Detection {
  return {
    type: 'PERSON',
    startUtf16: at,
    endUtf16: at + word.length,
    text: word,
    score: LOWERCASE_LINE_NAME_SCORE,
    // Read as the other lower-case names are, so a lower-case surname after it joins it.
    recognizer: 'person-lowercase',
  };
}

/**
 * Whether `lowerLineWords` refuses the line, read code unit by code unit while the words are ASCII
 * (WORD_RE's letters are then `[A-Za-z]`, its joins `'` and `-`, and no mark occurs): the same
 * counts at the same words, without a regex call and a match object per word. Most lines of most
 * texts are refused, about a dozen words in. False (undecided) when a line is accepted, or at the
 * first code unit from 128 on that a word could hold: the regex then reads the line.
 */
function refusedByHand(text: string, start: number, end: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = start; i < end;) {
    const c = text.charCodeAt(i);
    if (c >= 128) return false;
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const wordEnd = asciiWordEnd(text, i + 1);
    if (wordEnd < 0) return false;
    words++;
    if (c <= 90) capitals++;
    const mostWords = words + Math.ceil((end - wordEnd) / 2);
    if (capitals * 10 > mostWords) return true;
    i = wordEnd;
  }
  return words < LINE_MIN_WORDS || capitals * 10 > words;
}

/**
 * End of WORD_RE's word whose letters run from before `i` (letters, and `'` or `-` joining more
 * letters), or -1 when a code unit from 128 on could belong to it (a letter, a mark or `’`).
 */
function asciiWordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (isAsciiLetter(c)) j++;
    else if (c === 39 || c === 45) {
      const next = text.charCodeAt(j + 1);
      if (isAsciiLetter(next)) j += 2;
      else return next >= 128 ? -1 : j;
    } else return c >= 128 ? -1 : j; // NaN past the end ends the word
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
