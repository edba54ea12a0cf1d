/** Assisted coding, offline: lexical autocode and suggestions learnt from a coder's codings. */
export type {
  AutocodeHit,
  AutocodeQuery,
  AutocodeResult,
  AutocodeText,
  AutocodeUnit,
} from './autocode.js';
export { AUTOCODE_UNITS, MAX_HITS, autocode, compileQuery, hitSnippet } from './autocode.js';
export {
  MAX_PATTERN_UTF16,
  MAX_UNBOUNDED,
  UnsafePatternError,
  assertSafePattern,
} from './regex-guard.js';
export type { UnitSpan } from './sentences.js';
export { sentenceSpans } from './sentences.js';
export type { WordToken } from './tokenize.js';
export { STOP_WORDS, textFeatures, wordTokens } from './tokenize.js';
export type { SparseVector, TfidfModel } from './tfidf.js';
export { fitTfidf, tfidfVector } from './tfidf.js';
export type { LbfgsOptions, LbfgsResult, Objective } from './lbfgs.js';
export { minimizeLbfgs } from './lbfgs.js';
export type { BinaryLogistic } from './logistic.js';
export { fitLogistic } from './logistic.js';
export type {
  CodeModel,
  CodedTextSpan,
  Suggester,
  SuggesterOptions,
  Suggestion,
  TrainingUnit,
} from './suggest.js';
export { DEFAULT_LAMBDA, scoreCodes, suggestCodes, trainSuggester, unitCodes } from './suggest.js';
export type { RankScores } from './rank-metrics.js';
export { precisionRecallAtK } from './rank-metrics.js';
