/**
 * Several label models (label-model.ts) scored together: every feature's weights for every
 * model's labels lie side by side in one vector, so each word of an entry is looked up once for
 * the event, framing and agency models alike rather than once per model (they are scored on
 * every entry). Pairs are keyed by first word, then second, so no pair string is built.
 */
import type { EntryWords, LabelModel } from './label-model.js';

export interface ModelStack {
  models: readonly LabelModel[];
  /** Where each model's labels start in the score vector. */
  offsets: number[];
  bias: Float64Array;
  /** Features other than words and pairs (the lexicon reading's), by name. */
  named: Map<string, number>;
  words: Map<string, number>;
  pairs: Map<string, Map<string, number>>;
  /** Per feature id: its weights for all the models' labels (zero where a model lacks it). */
  vectors: Float64Array[];
  /** The ids added in the current call (`call`): a repeated word counts once, as in training. */
  stamp: Uint32Array;
  call: number;
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
  const stack: ModelStack = {
    models,
    offsets,
    bias,
    named: new Map(),
    words: new Map(),
    pairs: new Map(),
    vectors: [],
    stamp: new Uint32Array(0),
    call: 0,
  };
  models.forEach((m, i) => {
    bias.set(m.bias, offsets[i]);
    for (const [name, w] of Object.entries(m.weights))
      vectorOf(stack, name, total).set(w, offsets[i]);
  });
  stack.stamp = new Uint32Array(stack.vectors.length);
  return stack;
}

/** The vector of feature `name`, made (zero) and filed under its kind on first sight. */
function vectorOf(stack: ModelStack, name: string, total: number): Float64Array {
  const [table, key] = tableFor(stack, name);
  const id = key === null ? undefined : table.get(key);
  if (id !== undefined) return stack.vectors[id]!;
  const vector = new Float64Array(total);
  const created = stack.vectors.push(vector) - 1;
  if (key !== null) table.set(key, created);
  return vector;
}

/** The map a feature name is kept in, and its key there (null for a malformed pair). */
function tableFor(stack: ModelStack, name: string): [Map<string, number>, string | null] {
  if (name.startsWith('word:')) return [stack.words, name.slice(5)];
  if (!name.startsWith('pair:')) return [stack.named, name];
  const pair = name.slice(5);
  const space = pair.indexOf(' ');
  if (space < 0) return [stack.named, null];
  const first = pair.slice(0, space);
  let seconds = stack.pairs.get(first);
  if (!seconds) stack.pairs.set(first, (seconds = new Map()));
  return [seconds, pair.slice(space + 1)];
}

/** Adds feature `id`'s vector to `scores` unless this call has added it already. */
function addOnce(stack: ModelStack, id: number | undefined, scores: Float64Array): void {
  if (id === undefined || stack.stamp[id] === stack.call) return;
  stack.stamp[id] = stack.call;
  const w = stack.vectors[id]!;
  for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
}

/** Every model's label scores for an entry's reading features and words, side by side. */
export function stackScores(
  stack: ModelStack,
  names: readonly string[],
  words: EntryWords,
): Float64Array {
  stack.call = stack.call === 0xffffffff ? 1 : stack.call + 1;
  if (stack.call === 1) stack.stamp.fill(0);
  const scores = Float64Array.from(stack.bias);
  for (const name of names) addOnce(stack, stack.named.get(name), scores);
  const w = words.words;
  for (let i = 0; i < w.length; i++) {
    addOnce(stack, stack.words.get(w[i]!), scores);
    if (i > 0) addOnce(stack, stack.pairs.get(w[i - 1]!)?.get(w[i]!), scores);
  }
  return scores;
}

/** The index (within model `m`'s labels) of its highest score, the earlier label winning ties. */
export function bestOf(stack: ModelStack, scores: Float64Array, m: number): number {
  const from = stack.offsets[m]!;
  const n = stack.models[m]!.labels.length;
  let best = 0;
  for (let k = 1; k < n; k++) if (scores[from + k]! > scores[from + best]!) best = k;
  return best;
}
