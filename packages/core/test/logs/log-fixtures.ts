/**
 * Small builders shared by the log-analysis rule tests: one entry classified on its own, and a
 * parsed log made from [author, text] rows.
 */
import type { analyseLog } from '../../src/index.js';
import {
  DEFAULT_LEXICON,
  classifyEntry,
  modelFeatureNames,
  type Lexicon,
  type EntryAnalysis,
  type LexiconReading,
} from '../../src/index.js';

export function classify(text: string, author: string | null = 'PC 5150 TESTER'): EntryAnalysis {
  return classifyEntry({ index: 1, author, text });
}

/** A parsed log from [author, text] rows; offsets are not read by the analysis. */
export function logOf(rows: [string, string][]): Parameters<typeof analyseLog>[0] {
  return {
    entries: rows.map(([author, text], i) => ({
      index: i,
      time: null,
      author,
      text,
      startUtf16: 0,
      endUtf16: 0,
      textStartUtf16: 0,
      textEndUtf16: 0,
      line: i + 1,
    })),
  } as Parameters<typeof analyseLog>[0];
}

/** A lexicon reading for the learnt models' tests: an unclear, police-only entry unless told. */
export const reading = (over: Partial<LexiconReading> = {}): LexiconReading => ({
  framing: 'unclear',
  event: 'other',
  agencies: ['police'],
  cueLabels: [],
  established: 'none',
  author: null,
  ...over,
});

/** A training example: the features of `text` read as `reading(over)`, labelled `label`. */
export const example = (text: string, label: string, over: Partial<LexiconReading> = {}) => ({
  features: modelFeatureNames(reading(over), text),
  label,
});

/**
 * The default lexicon without its learnt models: for tests of a lexicon rule itself, which the
 * models (retrained on the labelled sets whenever a set is added) may outvote on a short made-up
 * log.
 */
export const LEXICON_ONLY: Lexicon = {
  ...DEFAULT_LEXICON,
  eventModel: undefined,
  framingModel: undefined,
  agencyModels: undefined,
};
