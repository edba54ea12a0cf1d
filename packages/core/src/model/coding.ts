import type { Actor, Id, IsoInstant } from './study.js';

/**
 * W3C Web Annotation TextPositionSelector, in UTF-16 code units over one text version;
 * `endUtf16` is exclusive. (https://www.w3.org/TR/annotation-model/#text-position-selector)
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  startUtf16: number;
  endUtf16: number;
}

/**
 * W3C Web Annotation TextQuoteSelector: the exact text plus up to `ANCHOR_CONTEXT_UTF16`
 * code units of context each side. (https://www.w3.org/TR/annotation-model/#text-quote-selector)
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Redundant description of a span, as hypothesis/client stores it: position + quote. */
export interface Anchor {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

export const ANCHOR_STATUSES = ['exact', 'fuzzy', 'orphaned'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export interface Code {
  id: Id;
  parentId: Id | null;
  name: string;
  definition: string;
  /** When to apply the code: what a segment must show (codebook inclusion criteria). */
  inclusion: string;
  /** When not to apply it, often naming the code to use instead. */
  exclusion: string;
  /** Short fictional or paraphrased segments the code fits, for coders' training. */
  examples: string[];
  /** CSS colour, e.g. `#1f77b4`. */
  colour: string;
  /** False for folders that only group other codes. */
  codable: boolean;
  /** Dataset the code belongs to, or null for a codebook shared across datasets. */
  datasetId: Id | null;
  createdAt: IsoInstant;
  /** When the code was retired (kept for history, no longer applied), or null while in use. */
  retiredAt: IsoInstant | null;
  /** The code this one was merged into (it is then retired too), or null. */
  mergedInto: Id | null;
}

/** A code applied to a span of a text version, with how well it is still anchored. */
export interface Coding {
  id: Id;
  codeId: Id;
  sourceId: Id;
  textVersionId: Id;
  coder: Actor;
  anchor: Anchor;
  status: AnchorStatus;
  /**
   * Anchoring score 0..1: 1 when quote and context are verbatim, lower when they changed, 0
   * when orphaned (docs/anchoring.md).
   */
  score: number;
  createdAt: IsoInstant;
}

export const MEMO_TARGETS = ['study', 'source', 'code', 'coding', 'case', 'participant'] as const;
export type MemoTargetKind = (typeof MEMO_TARGETS)[number];

export interface Memo {
  id: Id;
  targetKind: MemoTargetKind;
  /** Null for study memos. */
  targetId: Id | null;
  author: Actor;
  title: string;
  body: string;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

/** An entry of the append-only audit trail: every change, with before and after. */
export interface StudyEvent {
  /** Monotonic sequence number within the study. */
  seq: number;
  at: IsoInstant;
  actor: Actor;
  /** Verb in `entity.verb` form, e.g. `source.import`, `coding.create`, `code.rename`. */
  action: string;
  entityType: string;
  entityId: Id | null;
  before: unknown;
  after: unknown;
}
