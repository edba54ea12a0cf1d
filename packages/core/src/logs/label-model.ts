/**
 * A learnt second reading of an entry's labels, stacked on the lexicon's. The lexicon decides from
 * cue words it knows; across fifteen log sets written by annotators who never saw it, a third of
 * its framing misses were entries whose words it did not know ("booted the door" frames crime,
 * "not eating" welfare), and many event misses were too. A model is a multinomial logistic
 * regression (softmax over the labels; Bishop, Pattern Recognition and Machine Learning, 2006,
 * §4.3.4) whose features are the lexicon's own decision (framing, event, agencies, framing cue
 * labels, the framing the log had established, the framing prevailing over the log), the author
 * tag's words and the entry's words and word pairs, so it keeps the lexicon's reading unless the
 * words say otherwise. The lexicon holds
 * one for framing, one for events and one per agency (present or absent); their weights are plain
 * JSON in it, so a study can drop them or retrain them on its own labelled logs
 * (`trainLabelModel`).
 */
import type { Trigger } from './analysis-types.js';
import { bestOf, stackOf, stackScores } from './model-stack.js';
import { wordCharWidth } from './word-table.js';
import type { Framing } from './vocabulary.js';

export interface LabelModel {
  /** The labels (framings or event types) the weights score, in the order of every vector. */
  labels: string[];
  /** Per label: the score before any feature. */
  bias: number[];
  /**
   * Per feature name (`framing:…`, `event:…`, `agency:…`, `cue:…`, `established:…`,
   * `prevailing:…`, `author:…`, `word:…`, `pair:… …`): its weight for each label. Features not
   * listed weigh nothing.
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
  /** The entry's author tag as written (`PC 2231`, `L&D NURSE`), or null. */
  author: string | null;
  /**
   * The framing the lexicon gave most of the log's entries (`none` when it gave none but
   * `unclear`; a tie goes to the framing reached first): the episode's premise, which an entry
   * with few words of its own often follows. Absent in readings made before it existed.
   */
  prevailing?: Framing | 'none';
}

/** A word or word pair of the entry and where it stands (UTF-16 offsets, end exclusive). */
export interface WordFeature {
  name: string;
  start: number;
  end: number;
}

/** An entry's words, lower case, with their UTF-16 starts and ends (end exclusive). */
export interface EntryWords {
  words: string[];
  starts: number[];
  ends: number[];
}

/**
 * The entry's words: runs of letters, digits, `&` and apostrophes, so `L&D`, `S136` and `can't`
 * are single words. A scan rather than a RegExp with Unicode classes: it runs on every entry,
 * once for both models, and training and scoring must split alike.
 */
export function entryWords(text: string): EntryWords {
  const out: EntryWords = { words: [], starts: [], ends: [] };
  let start = -1;
  for (let i = 0; i <= text.length;) {
    const width = i < text.length ? wordCharWidth(text, i) : 0;
    if (width > 0 && start < 0) start = i;
    else if (width === 0 && start >= 0) {
      out.words.push(text.slice(start, i).toLowerCase());
      out.starts.push(start);
      out.ends.push(i);
      start = -1;
    }
    i += width || 1;
  }
  return out;
}

/** The entry's words (`word:…`) and adjacent pairs (`pair:… …`), lower case, first occurrence. */
export function wordFeatures(text: string): WordFeature[] {
  const { words, starts, ends } = entryWords(text);
  const out: WordFeature[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    addOnce(out, seen, { name: `word:${words[i]}`, start: starts[i]!, end: ends[i]! });
    if (i === 0) continue;
    const name = `pair:${words[i - 1]} ${words[i]}`;
    addOnce(out, seen, { name, start: starts[i - 1]!, end: ends[i]! });
  }
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
  if (r.prevailing) out.push(`prevailing:${r.prevailing}`);
  for (const a of r.agencies) out.push(`agency:${a}`);
  for (const c of r.cueLabels) if (!out.includes(`cue:${c}`)) out.push(`cue:${c}`);
  // The author's words, not numbers: `PC 2231` and `PC 4410` are one kind of author.
  for (const w of r.author ? entryWords(r.author).words : [])
    if (!/^\d+$/.test(w) && !out.includes(`author:${w}`)) out.push(`author:${w}`);
  return out;
}

/** Every feature name of an entry: what training and prediction both read. */
export function modelFeatureNames(r: LexiconReading, text: string): string[] {
  const names = readingFeatures(r);
  for (const w of wordFeatures(text)) names.push(w.name);
  return names;
}

/**
 * Scores per label (in `model.labels` order) of the features present, feature by feature: the
 * plain reference for the stacked scoring of model-stack.ts, which must give the same sums.
 */
export function labelScores(model: LabelModel, names: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const name of names) {
    const w = model.weights[name];
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k] ?? 0;
  }
  return scores;
}

export interface ModelLabel {
  label: string;
  /** The words that pushed most towards `label`, as triggers (at most `EVIDENCE`). */
  evidence: Trigger[];
}

/** How many words are given as the evidence of a label the model chose. */
export const EVIDENCE = 3;

/** The model's label for an entry; evidence words are only worked out when asked for. */
export function predictLabel(
  model: LabelModel,
  reading: LexiconReading,
  text: string,
  withEvidence = true,
  words: EntryWords = entryWords(text),
): ModelLabel {
  const stack = stackOf(model, [model]);
  const k = bestOf(stack, stackScores(stack, readingFeatures(reading), words), 0);
  const label = model.labels[k] as string;
  return { label, evidence: withEvidence ? evidenceOf(model, k, text) : [] };
}

/** The words that carried label `k` of `model` in `text`, as triggers (`EVIDENCE` at most). */
export function evidenceOf(model: LabelModel, k: number, text: string): Trigger[] {
  return evidenceFor(model, k, wordFeatures(text), text);
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
