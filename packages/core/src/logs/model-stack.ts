/**
 * Several label models (label-model.ts) scored together: every feature's weights for every
 * model's labels are filed under one id, so each word of an entry is looked up once for the
 * event, framing and agency models alike rather than once per model (they are scored on every
 * entry). A word is looked up once in the stack's vocabulary, and a pair is keyed by the numbers
 * of its two words there, so no pair string is built and no second string lookup made. Analysis
 * scores through `stackReadingScores`, which makes neither the reading's feature names nor the
 * entry's words as strings (word-table.ts); `stackScores` is the plain form it must equal.
 */
import type { Trigger } from './analysis-types.js';
import {
  entryWords,
  type EntryWords,
  type LabelModel,
  type LexiconReading,
} from './label-model.js';
import {
  ASCII_WORD_CHAR,
  AsciiWordTable,
  FNV_BASIS,
  FNV_PRIME,
  lower,
  PairTable,
  wordCharWidth,
} from './word-table.js';

export interface ModelStack {
  models: readonly LabelModel[];
  /** Where each model's labels start in the score vector. */
  offsets: number[];
  bias: Float64Array;
  /** Features other than words and pairs (the lexicon reading's), by name. */
  named: Map<string, number>;
  /**
   * `named` by kind, then by the rest of the name after its first colon (`framing` →
   * `crime_asb` → id), so a reading's features are found from its own label strings (whose
   * hashes the engine keeps) without a name being built per entry.
   */
  namedByKind: Map<string, Map<string, number>>;
  /** The ids of each author tag's `author:…` features, in `readingFeatures` order (`authorIds`). */
  authors: Map<string, number[]>;
  /** Every word of the word and pair features, numbered, with its word feature's id. */
  vocabulary: Map<string, VocabularyWord>;
  /** Pair features' ids by `pairKey` of their words' numbers. */
  pairs: Map<number, number>;
  /** The all-ASCII words of `vocabulary`, found from an entry's text in place (word-table.ts). */
  asciiWords: AsciiWordTable<VocabularyWord>;
  /** `pairs` as an open-addressing table, read by the scoring. */
  pairTable: PairTable;
  /**
   * The nonzero weights of every feature, sparse: feature `id`'s lie at `weightStart[id]` up to
   * `weightStart[id + 1]`, each a label (`labelAt`, its place in the score vector) and a weight
   * (`weightAt`). Most features belong to one or two of the models, so a dense vector of all
   * their labels was mostly zeros, and adding a zero leaves a score as it was.
   */
  weightStart: Int32Array;
  labelAt: Int32Array;
  weightAt: Float64Array;
  /**
   * Per feature id × score length + label: how far the feature's weight for the label exceeds
   * the mean of its model's weights for it (zero where the model lacks it), for `stackEvidence`.
   */
  pulls: Float64Array;
  /** How many feature ids there are. */
  featureCount: number;
  /** The ids added in the current call (`call`): a repeated word counts once, as in training. */
  stamp: Uint32Array;
  /**
   * The scores `stackScores` returns, overwritten by its next call: allocating a typed array per
   * entry cost about as much as adding up the entry's weights.
   */
  scores: Float64Array;
  /**
   * The word and pair features the last `stackScores` call added, as (id, start, end) triples
   * in the order it added them (`added` of them): what `stackEvidence` reads, so the entry's
   * words are not looked up again.
   */
  features: Int32Array;
  added: number;
  call: number;
}

/** A word the models know, alone (`feature`, -1 when it has no word feature) or in pairs. */
interface VocabularyWord {
  index: number;
  feature: number;
}

const stacks = new WeakMap<object, ModelStack>();

/** The stack of `models`, built on first use and kept while `key` lives. */
export function stackOf(key: object, models: readonly LabelModel[]): ModelStack {
  let stack = stacks.get(key);
  if (stack && sameModels(stack.models, models)) return stack;
  stack = buildStack(models);
  stacks.set(key, stack);
  return stack;
}

const sameModels = (a: readonly LabelModel[], b: readonly LabelModel[]) =>
  a.length === b.length && a.every((m, i) => m === b[i]);

function buildStack(models: readonly LabelModel[]): ModelStack {
  const offsets: number[] = [];
  let total = 0;
  for (const m of models) [offsets[offsets.length], total] = [total, total + m.labels.length];
  const bias = new Float64Array(total);
  models.forEach((m, i) => bias.set(m.bias, offsets[i]));
  const stack: ModelStack = {
    models,
    offsets,
    bias,
    named: new Map(),
    namedByKind: new Map(),
    authors: new Map(),
    vocabulary: new Map(),
    pairs: new Map(),
    asciiWords: new AsciiWordTable(new Map()),
    pairTable: new PairTable(new Map()),
    weightStart: new Int32Array(1),
    labelAt: new Int32Array(0),
    weightAt: new Float64Array(0),
    pulls: new Float64Array(0),
    featureCount: 0,
    stamp: new Uint32Array(0),
    scores: new Float64Array(total),
    features: new Int32Array(3 * 64),
    added: 0,
    call: 0,
  };
  for (const m of models) for (const name of Object.keys(m.weights)) addToVocabulary(stack, name);
  const ids = models.map((m) => Object.keys(m.weights).map((name) => idOf(stack, name)));
  const features = stack.featureCount;
  const dense = denseWeights(stack, ids, features, total);
  fillSparse(stack, dense, features, total);
  stack.pulls = pullsOf(stack, ids, features, total);
  stack.stamp = new Uint32Array(features);
  stack.asciiWords = new AsciiWordTable(stack.vocabulary);
  stack.pairTable = new PairTable(stack.pairs);
  stack.namedByKind = byKind(stack.named);
  return stack;
}

/**
 * Every feature's weights for all the models' labels, dense (feature id × score length + label),
 * filled model by model as the scoring once kept them; `ids` holds, per model, the id of each of
 * its weights in `Object.keys` order.
 */
function denseWeights(stack: ModelStack, ids: number[][], features: number, total: number) {
  const dense = new Float64Array(features * total);
  stack.models.forEach((m, i) =>
    Object.values(m.weights).forEach((w, j) => {
      const id = ids[i]![j]!;
      // A view per feature, so a model's weights too many for the vector throw as they always did.
      dense.subarray(id * total, (id + 1) * total).set(w, stack.offsets[i]);
    }),
  );
  return dense;
}

/** The nonzero entries of each feature's dense vector, in label order, into the sparse arrays. */
function fillSparse(stack: ModelStack, dense: Float64Array, features: number, total: number) {
  const labels: number[] = [];
  const weights: number[] = [];
  stack.weightStart = new Int32Array(features + 1);
  for (let id = 0; id < features; id++) {
    for (let k = 0; k < total; k++) {
      const w = dense[id * total + k]!;
      if (w === 0) continue;
      labels.push(k);
      weights.push(w);
    }
    stack.weightStart[id + 1] = labels.length;
  }
  stack.labelAt = Int32Array.from(labels);
  stack.weightAt = Float64Array.from(weights);
}

/**
 * Each feature's pull towards each label of the models holding it, computed as `evidenceFor`
 * (label-model.ts) computes it from the model's own weights, so the evidence chosen is the same.
 */
function pullsOf(stack: ModelStack, ids: number[][], features: number, total: number) {
  const pulls = new Float64Array(features * total);
  stack.models.forEach((m, i) =>
    Object.values(m.weights).forEach((w, j) => {
      const mean = w.reduce((a, b) => a + b, 0) / w.length;
      const at = ids[i]![j]! * total + stack.offsets[i]!;
      for (let k = 0; k < m.labels.length; k++) pulls[at + k] = w[k]! - mean;
    }),
  );
  return pulls;
}

/** Numbers the words of a word or pair feature (malformed pairs, without a space, have none). */
function addToVocabulary(stack: ModelStack, name: string): void {
  const { vocabulary } = stack;
  const add = (word: string) =>
    vocabulary.has(word) || vocabulary.set(word, { index: vocabulary.size, feature: -1 });
  if (name.startsWith('word:')) add(name.slice(5));
  const space = name.indexOf(' ');
  if (!name.startsWith('pair:') || space < 0) return;
  add(name.slice(5, space));
  add(name.slice(space + 1));
}

/** `named` split at each name's first colon (names without one can be no reading's). */
function byKind(named: Map<string, number>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [name, id] of named) {
    const colon = name.indexOf(':');
    if (colon < 0) continue;
    const kind = name.slice(0, colon);
    if (!out.has(kind)) out.set(kind, new Map());
    out.get(kind)!.set(name.slice(colon + 1), id);
  }
  return out;
}

/** The key of the pair of words numbered `first` and `second` in the vocabulary. */
const pairKey = (stack: ModelStack, first: number, second: number) =>
  first * stack.vocabulary.size + second;

/**
 * The id of feature `name`, given (and filed under its kind) on first sight. A malformed pair
 * gets an id of its own that no entry's words reach, as no entry pair lacks a space.
 */
function idOf(stack: ModelStack, name: string): number {
  const space = name.indexOf(' ');
  if (name.startsWith('word:')) {
    const word = stack.vocabulary.get(name.slice(5))!;
    if (word.feature < 0) word.feature = stack.featureCount++;
    return word.feature;
  }
  if (name.startsWith('pair:') && space >= 0) {
    const first = stack.vocabulary.get(name.slice(5, space))!;
    const second = stack.vocabulary.get(name.slice(space + 1))!;
    return idIn(stack, stack.pairs, pairKey(stack, first.index, second.index));
  }
  return name.startsWith('pair:') ? stack.featureCount++ : idIn(stack, stack.named, name);
}

/** The id filed under `key` in `table`, a new one on first sight. */
function idIn<K>(stack: ModelStack, table: Map<K, number>, key: K): number {
  let id = table.get(key);
  if (id === undefined) table.set(key, (id = stack.featureCount++));
  return id;
}

/** Adds feature `id`'s weights to `scores` unless this call has added it already; true if added. */
function addOnce(stack: ModelStack, id: number | undefined, scores: Float64Array): boolean {
  if (id === undefined || id < 0 || stack.stamp[id] === stack.call) return false;
  stack.stamp[id] = stack.call;
  const { labelAt, weightAt } = stack;
  const to = stack.weightStart[id + 1]!;
  for (let j = stack.weightStart[id]!; j < to; j++) scores[labelAt[j]!]! += weightAt[j]!;
  return true;
}

/** Records a word or pair feature `addOnce` added, with where it stands in the entry. */
function record(stack: ModelStack, id: number, start: number, end: number): void {
  if (stack.added * 3 + 3 > stack.features.length) {
    const grown = new Int32Array(stack.features.length * 2);
    grown.set(stack.features);
    stack.features = grown;
  }
  const at = stack.added++ * 3;
  stack.features[at] = id;
  stack.features[at + 1] = start;
  stack.features[at + 2] = end;
}

/** Starts a new call: the stamps of earlier calls no longer count (cleared when the serial wraps). */
function nextCall(stack: ModelStack): void {
  stack.call = stack.call === 0xffffffff ? 1 : stack.call + 1;
  if (stack.call === 1) stack.stamp.fill(0);
}

/**
 * Every model's label scores for an entry's reading features and words, side by side: the
 * stack's own vector, valid until the next call.
 */
export function stackScores(
  stack: ModelStack,
  names: readonly string[],
  words: EntryWords,
): Float64Array {
  nextCall(stack);
  const { scores } = stack;
  scores.set(stack.bias);
  for (const name of names) addOnce(stack, stack.named.get(name), scores);
  addWords(stack, words);
  return scores;
}

/**
 * The same scores as `stackScores(stack, readingFeatures(r), entryWords(text))`, in the same
 * order of additions, without the names or the words being made as strings: the reading's
 * features are found by kind (`addReading`) and the words read from `text` in place
 * (`addTextWords`).
 */
export function stackReadingScores(
  stack: ModelStack,
  r: LexiconReading,
  text: string,
): Float64Array {
  nextCall(stack);
  addReading(stack, r);
  addTextWords(stack, text);
  return stack.scores;
}

/**
 * Adds the features `readingFeatures(r)` names, in its order. Its repeats (a cue label or author
 * word given twice) need no check here: `addOnce` adds an id once per call.
 */
function addReading(stack: ModelStack, r: LexiconReading): void {
  const { scores } = stack;
  scores.set(stack.bias);
  addNamed(stack, 'framing', r.framing);
  addNamed(stack, 'event', r.event);
  addNamed(stack, 'established', r.established);
  if (r.prevailing) addNamed(stack, 'prevailing', r.prevailing);
  for (const a of r.agencies) addNamed(stack, 'agency', a);
  for (const c of r.cueLabels) addNamed(stack, 'cue', c);
  if (!r.author) return;
  for (const id of authorIds(stack, r.author)) addOnce(stack, id, scores);
}

/** Adds the feature `${kind}:${value}` when the stack has it. */
function addNamed(stack: ModelStack, kind: string, value: string): void {
  addOnce(stack, stack.namedByKind.get(kind)?.get(value), stack.scores);
}

/** Author tags remembered before the cache is emptied, so memory stays flat over many logs. */
const AUTHORS_KEPT = 1 << 14;

/**
 * The ids of the `author:…` features `readingFeatures` names for tag `author`: its words but
 * numbers (`PC 2231` and `PC 4410` read alike), those the stack lacks left out. A log repeats a
 * few tags, so they are worked out once per tag.
 */
function authorIds(stack: ModelStack, author: string): number[] {
  let ids = stack.authors.get(author);
  if (ids !== undefined) return ids;
  ids = [];
  for (const w of entryWords(author).words) {
    const id = /^\d+$/.test(w) ? undefined : stack.namedByKind.get('author')?.get(w);
    if (id !== undefined) ids.push(id);
  }
  if (stack.authors.size >= AUTHORS_KEPT) stack.authors.clear();
  stack.authors.set(author, ids);
  return ids;
}

/**
 * Adds the entry's word and pair features to the stack's scores, each once, recording them for
 * `stackEvidence`.
 */
function addWords(stack: ModelStack, words: EntryWords): void {
  const { words: w, starts, ends } = words;
  stack.added = 0;
  let previous: VocabularyWord | undefined;
  for (let i = 0; i < w.length; i++) {
    const word = stack.vocabulary.get(w[i]!);
    if (word !== undefined) addWord(stack, word, previous, starts[i - 1]!, starts[i]!, ends[i]!);
    previous = word;
  }
}

/**
 * `addWords` over `text` itself, splitting it as `entryWords` does (runs of `wordCharWidth`
 * characters). An all-ASCII word is found in `asciiWords` from its offsets; any other is sliced
 * and lower-cased as `entryWords` would and found in the vocabulary `Map`.
 */
function addTextWords(stack: ModelStack, text: string): void {
  stack.added = 0;
  let previous: VocabularyWord | undefined;
  let previousStart = 0;
  let start = -1;
  let ascii = true;
  let hash = 0;
  for (let i = 0; i <= text.length;) {
    // Past the end reads as a space, which ends the last word as `entryWords` does.
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const width = c < 128 ? ASCII_WORD_CHAR[c]! : wordCharWidth(text, i);
    if (width > 0) {
      if (start < 0) {
        start = i;
        ascii = true;
        hash = FNV_BASIS;
      }
      // The hash `asciiWords` files words under, read as the word goes (word-table.ts).
      if (c < 128) hash = Math.imul(hash ^ lower(c), FNV_PRIME);
      else ascii = false;
    } else if (start >= 0) {
      const word = ascii
        ? stack.asciiWords.find(hash >>> 0, text, start, i)
        : stack.vocabulary.get(text.slice(start, i).toLowerCase());
      if (word !== undefined) addWord(stack, word, previous, previousStart, start, i);
      previous = word;
      previousStart = start;
      start = -1;
    }
    i += width || 1;
  }
}

/**
 * Adds a known word's feature at `start`–`end` and that of the pair it ends (from
 * `previousStart`, when the word before it is known too), each once, recording those added.
 */
function addWord(
  stack: ModelStack,
  word: VocabularyWord,
  previous: VocabularyWord | undefined,
  previousStart: number,
  start: number,
  end: number,
): void {
  const { scores } = stack;
  if (addOnce(stack, word.feature, scores)) record(stack, word.feature, start, end);
  if (previous === undefined) return;
  const pair = stack.pairTable.get(pairKey(stack, previous.index, word.index));
  if (addOnce(stack, pair, scores)) record(stack, pair, previousStart, end);
}

/** A word or pair of the entry with its pull towards the label whose evidence is sought. */
interface Pulled {
  start: number;
  end: number;
  pull: number;
}

/**
 * The words that carried label `k` of model `m` in the entry last scored (`stackScores`), as
 * triggers (`count` at most): the result of `evidenceOf` (label-model.ts) from the features the
 * scoring added, with no feature names built and no word looked up again. They come in the order
 * `wordFeatures` lists them (each word, then the pair it ends), each at its first occurrence, so
 * the stable sort breaks ties as there.
 */
export function stackEvidence(
  stack: ModelStack,
  m: number,
  k: number,
  text: string,
  count: number,
): Trigger[] {
  const column = stack.offsets[m]! + k;
  const { features, pulls } = stack;
  const total = stack.bias.length;
  const scored: Pulled[] = [];
  for (let i = 0; i < stack.added * 3; i += 3) {
    const pull = pulls[features[i]! * total + column]!;
    if (pull > 0) scored.push({ start: features[i + 1]!, end: features[i + 2]!, pull });
  }
  scored.sort((a, b) => b.pull - a.pull || a.start - b.start);
  const label = stack.models[m]!.labels[k]!;
  return scored.slice(0, count).map(({ start, end }) => ({
    label,
    text: text.slice(start, end),
    startUtf16: start,
    endUtf16: end,
  }));
}

/** The index (within model `m`'s labels) of its highest score, the earlier label winning ties. */
export function bestOf(stack: ModelStack, scores: Float64Array, m: number): number {
  const from = stack.offsets[m]!;
  const n = stack.models[m]!.labels.length;
  let best = 0;
  for (let k = 1; k < n; k++) if (scores[from + k]! > scores[from + best]!) best = k;
  return best;
}
