/**
 * Word tokens with their UTF-16 offsets, for TF-IDF features and whole-word matching. A token
 * is a run of Unicode letters and digits, with inner apostrophes kept ("don't", "o'clock");
 * terms are lower-cased. Offsets index the original string, so `text.slice(start, end)` is
 * always the token as written.
 */

export interface WordToken {
  /** Lower-cased token text, used as the feature name. */
  term: string;
  /** UTF-16 offsets into the tokenized string; `end` is exclusive. */
  start: number;
  end: number;
}

/** Letters and digits, joined by a straight or curly apostrophe between letters. */
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

/** Is `ch` part of a word (letter, digit or underscore, as for whole-word matching)? */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    tokens.push({ term: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}

/**
 * Function words that carry no theme, from the English list of the Snowball project
 * (snowballstem.org/algorithms/english/stop.txt), trimmed to the most frequent. Interview talk
 * is full of them; dropping them keeps the feature space for content words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'i me my myself we our ours you your he him his she her it its they them their what which ' +
    'who whom this that these those am is are was were be been being have has had do does did ' +
    'a an the and but if or because as until while of at by for with about against between into ' +
    'through during before after above below to from up down in out on off over under again ' +
    'then once here there when where why how all any both each few more most other some such no ' +
    'nor not only own same so than too very s t can will just don should now yeah um er erm ' +
    "it's i'm that's don't i'd i'll i've he's she's they're we're you're there's can't won't"
  ).split(' '),
);

/**
 * Features of a text: content words (stop words dropped) and each adjacent pair of them as a
 * bigram "a b", so phrases such as "place safety" or "care coordinator" count as one feature.
 */
export function textFeatures(text: string): string[] {
  const words = wordTokens(text)
    .map((t) => t.term.replace(/\u2019/g, "'"))
    .filter((t) => !STOP_WORDS.has(t) && !/^\d+$/.test(t));
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}
