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
import { type EntryWords, type LabelModel, type LexiconReading } from './label-model.js';
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
  /** The maps of `namedByKind` a reading reads, held directly (one look-up per feature, not two). */
  kinds: ReadingKinds;
  /**
   * The all-ASCII words of the `author:…` features, found from an author tag in place as the
   * entry's words are (`addAuthor`): a tag is a fresh string per entry, and a `Map` of tags (a
   * force's officers have thousands: `PC 2231`, `PC 4410`) missed the processor's cache.
   */
  authorWords: AsciiWordTable<number>;
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
   * `weightStart[id + 1]` in `weightAt`, in label order. Most features belong to one or two of
   * the models, so a dense vector of all their labels was mostly zeros, and adding a zero leaves
   * a score as it was.
   */
  weightStart: Int32Array;
  weightAt: Float64Array;
  /**
   * Where each feature's weights go, as runs of consecutive labels: feature `id`'s runs are the
   * pairs at `runStart[id]` up to `runStart[id + 1]` in `runs` (first label, label after the
   * last), and its weights fill them in order. A model holding a feature has a nonzero weight for
   * most of its labels, so a feature has a run or two where it had a label index per weight: the
   * additions read one array fewer, and each label still gets its weights in feature order.
   */
  runStart: Int32Array;
  runs: Int32Array;
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
    kinds: kindsOf(new Map()),
    authorWords: new AsciiWordTable(new Map()),
    vocabulary: new Map(),
    pairs: new Map(),
    asciiWords: new AsciiWordTable(new Map()),
    pairTable: new PairTable(new Map()),
    weightStart: new Int32Array(1),
    weightAt: new Float64Array(0),
    runStart: new Int32Array(1),
    runs: new Int32Array(0),
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
  stack.kinds = kindsOf(stack.namedByKind);
  stack.authorWords = new AsciiWordTable(stack.kinds.author);
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

/**
 * The nonzero entries of each feature's dense vector, in label order, into the sparse arrays,
 * with the runs of consecutive labels they fill.
 */
function fillSparse(stack: ModelStack, dense: Float64Array, features: number, total: number) {
  const runs: number[] = [];
  const weights: number[] = [];
  stack.weightStart = new Int32Array(features + 1);
  stack.runStart = new Int32Array(features + 1);
  for (let id = 0; id < features; id++) {
    for (let k = 0; k < total; k++) {
      const w = dense[id * total + k]!;
      if (w === 0) continue;
      // A label right after the last run's end extends it; any other opens a run.
      const last = runs.length - 1;
      if (last > stack.runStart[id]! && runs[last] === k) runs[last] = k + 1;
      else runs.push(k, k + 1);
      weights.push(w);
    }
    stack.weightStart[id + 1] = weights.length;
    stack.runStart[id + 1] = runs.length;
  }
  stack.runs = Int32Array.from(runs);
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

/** The kinds of named feature a reading has, each by the rest of its name (`namedByKind`). */
interface ReadingKinds {
  framing: Map<string, number>;
  event: Map<string, number>;
  established: Map<string, number>;
  prevailing: Map<string, number>;
  agency: Map<string, number>;
  cue: Map<string, number>;
  author: Map<string, number>;
}

function kindsOf(byKind: Map<string, Map<string, number>>): ReadingKinds {
  const of = (kind: string) => byKind.get(kind) ?? new Map<string, number>();
  return {
    framing: of('framing'),
    event: of('event'),
    established: of('established'),
    prevailing: of('prevailing'),
    agency: of('agency'),
    cue: of('cue'),
    author: of('author'),
  };
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
  const { runs, weightAt } = stack;
  let j = stack.weightStart[id]!;
  const last = stack.runStart[id + 1]!;
  for (let r = stack.runStart[id]!; r < last; r += 2) {
    const end = runs[r + 1]!;
    for (let k = runs[r]!; k < end; k++) scores[k]! += weightAt[j++]!;
  }
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
  const { scores, kinds } = stack;
  scores.set(stack.bias);
  addOnce(stack, kinds.framing.get(r.framing), scores);
  addOnce(stack, kinds.event.get(r.event), scores);
  addOnce(stack, kinds.established.get(r.established), scores);
  if (r.prevailing) addOnce(stack, kinds.prevailing.get(r.prevailing), scores);
  for (const a of r.agencies) addOnce(stack, kinds.agency.get(a), scores);
  for (const c of r.cueLabels) addOnce(stack, kinds.cue.get(c), scores);
  if (r.author) addAuthor(stack, r.author);
}

/**
 * Adds the `author:…` features `readingFeatures` names for tag `author`, in its order: the tag's
 * words but numbers (`PC 2231` and `PC 4410` read alike), those the stack lacks left out. The tag
 * is split as `entryWords` splits it; an all-ASCII word is found in `authorWords` from its
 * offsets, any other sliced and lower-cased as `entryWords` would and found in the `Map`.
 */
function addAuthor(stack: ModelStack, author: string): void {
  let start = -1;
  let ascii = true;
  // Whether the word so far is all ASCII digits, as `/^\d+$/` tests the lower-cased word.
  let digits = true;
  let hash = 0;
  for (let i = 0; i <= author.length;) {
    // Past the end reads as a space, which ends the last word as `entryWords` does.
    const c = i < author.length ? author.charCodeAt(i) : 32;
    const width = c < 128 ? ASCII_WORD_CHAR[c]! : wordCharWidth(author, i);
    if (width > 0) {
      if (start < 0) [start, ascii, digits, hash] = [i, true, true, FNV_BASIS];
      if (c < 128) hash = Math.imul(hash ^ lower(c), FNV_PRIME);
      else ascii = false;
      if (c < 48 || c > 57) digits = false;
    } else if (start >= 0) {
      if (!digits) addOnce(stack, authorWordId(stack, author, start, i, ascii, hash), stack.scores);
      start = -1;
    }
    i += width || 1;
  }
}

/** The id of the `author:…` feature of the tag's word from `start` to `end`, if the stack has it. */
function authorWordId(
  stack: ModelStack,
  author: string,
  start: number,
  end: number,
  ascii: boolean,
  hash: number,
): number | undefined {
  return ascii
    ? stack.authorWords.find(hash >>> 0, author, start, end)
    : stack.kinds.author.get(author.slice(start, end).toLowerCase());
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

/**
 * The words that carried label `k` of model `m` in the entry last scored (`stackScores`), as
 * triggers (`count` ≥ 0 at most): the result of `evidenceOf` (label-model.ts) from the features the
 * scoring added, with no feature names built and no word looked up again. They come in the order
 * `wordFeatures` lists them (each word, then the pair it ends), each at its first occurrence, so
 * ties are broken as the stable sort there breaks them.
 *
 * Only the first `count` of that sort are kept, so they are picked as the features go (`best`,
 * a few record offsets in order) rather than by sorting an object per feature: a feature goes
 * before those it beats (`pulledBefore`) and after the rest, its equals included, which is where
 * a stable sort puts it.
 */
export function stackEvidence(
  stack: ModelStack,
  m: number,
  k: number,
  text: string,
  count: number,
): Trigger[] {
  const column = stack.offsets[m]! + k;
  const best: number[] = [];
  for (let i = 0; i < stack.added * 3; i += 3) {
    if (pullOf(stack, i, column) <= 0) continue;
    let at = best.length;
    while (at > 0 && pulledBefore(stack, i, best[at - 1]!, column)) at--;
    if (at >= count) continue;
    best.splice(at, 0, i);
    if (best.length > count) best.pop();
  }
  const label = stack.models[m]!.labels[k]!;
  const out: Trigger[] = [];
  for (const i of best) {
    const [start, end] = [stack.features[i + 1]!, stack.features[i + 2]!];
    out.push({ label, text: text.slice(start, end), startUtf16: start, endUtf16: end });
  }
  return out;
}

/** The pull towards score `column` of the feature recorded at `i` in `stack.features`. */
const pullOf = (stack: ModelStack, i: number, column: number) =>
  stack.pulls[stack.features[i]! * stack.bias.length + column]!;

/**
 * Whether the feature recorded at `i` sorts before the one at `j`: as the comparator
 * `(a, b) => b.pull - a.pull || a.start - b.start` orders them, a stronger pull first, then the
 * earlier start.
 */
function pulledBefore(stack: ModelStack, i: number, j: number, column: number): boolean {
  const order =
    pullOf(stack, j, column) - pullOf(stack, i, column) ||
    stack.features[i + 1]! - stack.features[j + 1]!;
  return order < 0;
}

/** The index (within model `m`'s labels) of its highest score, the earlier label winning ties. */
export function bestOf(stack: ModelStack, scores: Float64Array, m: number): number {
  const from = stack.offsets[m]!;
  const n = stack.models[m]!.labels.length;
  let best = 0;
  for (let k = 1; k < n; k++) if (scores[from + k]! > scores[from + best]!) best = k;
  return best;
}
