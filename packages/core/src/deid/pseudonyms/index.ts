export { applyPseudonyms, type PseudonymisedText } from './apply-pseudonyms.js';
export { canonicalForm, canonicalPhone, personTokens } from './canonical-form.js';
export { OffsetMap, type OffsetBias, type ReplacedSegment } from './offset-map.js';
export { parseDateToIso, shiftIsoDate } from './parse-date.js';
export { linkPerson } from './person-linking.js';
export {
  IdentifierScrubber,
  MIN_FRAGMENT_UTF16,
  type KnownIdentifier,
  type QuoteWindow,
  type ScrubbedText,
} from './scrub-known.js';
export {
  DEFAULT_POLICY,
  PseudonymTable,
  countEntries,
  emptyTableState,
  type DateTreatment,
  type HmacFn,
  type PseudonymEntry,
  type PseudonymPolicy,
  type PseudonymTableOptions,
  type PseudonymTableState,
  type Replacement,
} from './pseudonym-table.js';
export {
  REPLACEMENT_CHOICES,
  choicesFor,
  parseReplacementChoice,
  replacementChoice,
  withReplacementChoice,
  type ReplacementChoice,
} from './replacement-choice.js';
