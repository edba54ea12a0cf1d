/**
 * A learnt second reading of an entry's labels, stacked on the lexicon's. The lexicon decides from
 * cue words it knows; across fifteen log sets written by annotators who never saw it, a third of
 * its framing misses were entries whose words it did not know ("booted the door" frames crime,
 * "not eating" welfare), and many event misses were too. A model is a multinomial logistic
 * regression (softmax over the labels; Bishop, Pattern Recognition and Machine Learning, 2006,
 * §4.3.4) whose features are the lexicon's own decision (framing, event, agencies, framing cue
 * labels, the framing the log had established) and the entry's words and word pairs, so it keeps
 * the lexicon's reading unless the words say otherwise. The lexicon holds one for framing and one
 * for events; their weights are plain JSON in it, so a study can drop them or retrain them on its
 * own labelled logs (`trainLabelModel`).
 */
import type { Trigger } from './analysis-types.js';
import type { Framing } from './vocabulary.js';

export interface LabelModel {
  /** The labels (framings or event types) the weights score, in the order of every vector. */
  labels: string[];
  /** Per label: the score before any feature. */
  bias: number[];
  /**
   * Per feature name (`framing:…`, `event:…`, `agency:…`, `cue:…`, `established:…`, `word:…`,
   * `pair:… …`): its weight for each label. Features not listed weigh nothing.
   */
  weights: Record<string, number[]>;
  /** What the model was trained on, for the record (sets and entries). */
  trainedOn: string;
}

/** What the lexicon alone decided for an entry: the models' features besides its words. */
export interface LexiconReading {
  framing: Framing;
  event: string;
  agencies: readonly string[];
  /** Labels of the entry's framing cues, repeats allowed. */
  cueLabels: readonly string[];
  /** The framing the log had established before this entry (`none` at first). */
  established: Framing | 'none';
}

/** A word or word pair of the entry and where it stands (UTF-16 offsets, end exclusive). */
export interface WordFeature {
  name: string;
  start: number;
  end: number;
}

/** Non-ASCII letters and digits (any script) also make words. */
const WIDE_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How many UTF-16 code units the word character at `i` takes (2 for a letter outside the BMP),
 * or 0 when the character there is not a word character: letters, digits, `&` and `'`.
 */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    const word =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38 || c === 39;
    return word ? 1 : 0;
  }
  const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return WIDE_WORD_CHAR.test(text.slice(i, i + width)) ? width : 0;
}

/**
 * Calls `visit` with each word's start and end (UTF-16, end exclusive): runs of letters, digits,
 * `&` and apostrophes, so `L&D`, `S136` and `can't` are single words. A scan rather than a RegExp
 * with Unicode classes: it runs on every entry, and both training and scoring must split alike.
 */
function eachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length;) {
    const width = wordCharWidth(text, i);
    if (width > 0 && start < 0) start = i;
    else if (width === 0 && start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += width || 1;
  }
  if (start >= 0) visit(start, text.length);
}

/** The entry's words (`word:…`) and adjacent pairs (`pair:… …`), lower case, first occurrence. */
export function wordFeatures(text: string): WordFeature[] {
  const out: WordFeature[] = [];
  const seen = new Set<string>();
  let previous: { word: string; start: number } | null = null;
  eachWord(text, (start, end) => {
    const word = text.slice(start, end).toLowerCase();
    addOnce(out, seen, { name: `word:${word}`, start, end });
    if (previous)
      addOnce(out, seen, { name: `pair:${previous.word} ${word}`, start: previous.start, end });
    previous = { word, start };
  });
  return out;
}

function addOnce(out: WordFeature[], seen: Set<string>, f: WordFeature): void {
  if (seen.has(f.name)) return;
  seen.add(f.name);
  out.push(f);
}

/** The names of the lexicon-reading features, without repeats. */
export function readingFeatures(r: LexiconReading): string[] {
  const out = [`framing:${r.framing}`, `event:${r.event}`, `established:${r.established}`];
  for (const a of r.agencies) out.push(`agency:${a}`);
  for (const c of r.cueLabels) if (!out.includes(`cue:${c}`)) out.push(`cue:${c}`);
  return out;
}

/** Every feature name of an entry: what training and prediction both read. */
export function modelFeatureNames(r: LexiconReading, text: string): string[] {
  const names = readingFeatures(r);
  for (const w of wordFeatures(text)) names.push(w.name);
  return names;
}

/** Scores per label (in `model.labels` order) of the features present. */
export function labelScores(model: LabelModel, names: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const name of names) {
    const w = model.weights[name];
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k] ?? 0;
  }
  return scores;
}

/** The index of the highest score, the earlier label winning ties. */
function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < xs.length; k++) if (xs[k]! > xs[best]!) best = k;
  return best;
}

export interface ModelLabel {
  label: string;
  /** The words that pushed most towards `label`, as triggers (at most `EVIDENCE`). */
  evidence: Trigger[];
}

/** How many words are given as the evidence of a label the model chose. */
const EVIDENCE = 3;

/** A model's word and pair weights keyed by the bare word or `first second`, built once. */
interface WordTables {
  words: Map<string, number[]>;
  pairs: Map<string, number[]>;
}

const tablesOf = new WeakMap<LabelModel, WordTables>();

function wordTables(model: LabelModel): WordTables {
  let t = tablesOf.get(model);
  if (t) return t;
  t = { words: new Map(), pairs: new Map() };
  for (const [name, w] of Object.entries(model.weights)) {
    if (name.startsWith('word:')) t.words.set(name.slice(5), w);
    else if (name.startsWith('pair:')) t.pairs.set(name.slice(5), w);
  }
  tablesOf.set(model, t);
  return t;
}

/**
 * Adds the weights of the text's words and pairs to `scores`, each feature once: the same sums
 * as `labelScores` over `wordFeatures`, without building a name or object per word (this runs
 * on every entry). A feature's weights are one array, so a repeat is found by identity.
 */
function addWordScores(model: LabelModel, text: string, scores: number[]): void {
  const t = wordTables(model);
  const added: number[][] = [];
  let previous = '';
  const add = (w: number[] | undefined) => {
    if (!w || added.includes(w)) return;
    added.push(w);
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k] ?? 0;
  };
  eachWord(text, (start, end) => {
    const word = text.slice(start, end).toLowerCase();
    add(t.words.get(word));
    if (previous) add(t.pairs.get(`${previous} ${word}`));
    previous = word;
  });
}

/** The model's label for an entry; evidence words are only worked out when asked for. */
export function predictLabel(
  model: LabelModel,
  reading: LexiconReading,
  text: string,
  withEvidence = true,
): ModelLabel {
  const scores = labelScores(model, readingFeatures(reading));
  addWordScores(model, text, scores);
  const k = argmax(scores);
  const label = model.labels[k] as string;
  return { label, evidence: withEvidence ? evidenceFor(model, k, wordFeatures(text), text) : [] };
}

/**
 * The words whose weight favours label `k` over the mean of the labels most, strongest first:
 * what the researcher sees as the triggers of a label the lexicon did not give.
 */
function evidenceFor(model: LabelModel, k: number, words: WordFeature[], text: string): Trigger[] {
  const pull = (w: number[]) => w[k]! - w.reduce((a, b) => a + b, 0) / w.length;
  const scored: { f: WordFeature; pull: number }[] = [];
  for (const f of words) {
    const w = model.weights[f.name];
    if (w && pull(w) > 0) scored.push({ f, pull: pull(w) });
  }
  scored.sort((a, b) => b.pull - a.pull || a.f.start - b.f.start);
  const label = model.labels[k] as string;
  return scored.slice(0, EVIDENCE).map(({ f }) => ({
    label,
    text: text.slice(f.start, f.end),
    startUtf16: f.start,
    endUtf16: f.end,
  }));
}
