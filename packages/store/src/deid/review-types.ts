/** The shapes of the de-identification review and apply API (`StudyStore.deid`). */
import type {
  Actor,
  DeidSettings,
  EntityType,
  Id,
  PseudonymPolicy,
  PseudonymTable,
} from '@liaison/core';
import type { ReanchorSummary } from '../contract.js';

export const DETECTION_STATUSES = ['suggested', 'accepted', 'rejected', 'applied'] as const;
export type DetectionStatus = (typeof DETECTION_STATUSES)[number];
/** What a reviewer may set; `applied` is set only by `apply`. */
export const REVIEW_STATUSES = ['suggested', 'accepted', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A detection under review. Offsets are UTF-16 into `textVersionId`'s text, end exclusive. */
export interface StoredDetection {
  id: Id;
  sourceId: Id;
  textVersionId: Id;
  type: EntityType;
  startUtf16: number;
  endUtf16: number;
  score: number;
  recognizer: string;
  /** `detector`: a suggestion from `detect`; `reviewer`: a span a researcher added. */
  origin: 'detector' | 'reviewer';
  status: DetectionStatus;
  reviewer: Actor | null;
  reviewedAt: string | null;
}

export interface SourceDetections {
  sourceId: Id;
  /** The current text version; detections of older versions are stale and not listed. */
  textVersionId: Id;
  detections: StoredDetection[];
}

export interface DetectionSpan {
  type: EntityType;
  startUtf16: number;
  endUtf16: number;
}

export interface DetectionCounts {
  suggested: number;
  accepted: number;
  rejected: number;
  applied: number;
  /** Suggestions still waiting for a decision, per type. */
  suggestedByType: Partial<Record<EntityType, number>>;
}

/** The study's de-identification settings: what to detect and how to replace it. */
export interface DeidStudySettings {
  detection: DeidSettings;
  policy: PseudonymPolicy;
}

export interface DeidApplyOptions {
  /** Only these sources (default: every source with accepted detections). */
  sourceIds?: Id[];
  /**
   * Runs inside the transaction after every change and before commit, e.g. saving the pseudonym
   * table to the key file: if it throws, nothing is applied.
   */
  beforeCommit?: () => Promise<void>;
}

export interface AppliedSource {
  sourceId: Id;
  /** The new text version (reason `redaction`). */
  textVersionId: Id;
  replaced: number;
  reanchor: ReanchorSummary;
}

export interface DeidApplyResult {
  sources: AppliedSource[];
  /** Identifier spans replaced in current texts, over all sources. */
  replaced: number;
}

export interface DeidStore {
  settings(): Promise<DeidStudySettings>;
  saveSettings(actor: Actor, settings: DeidStudySettings): Promise<DeidStudySettings>;
  /** Stores core's `detectIdentifiers` over each current text as suggestions (default: all). */
  detect(actor: Actor, sourceIds?: Id[]): Promise<{ sourceId: Id; suggested: number }[]>;
  list(sourceId: Id): Promise<SourceDetections>;
  review(actor: Actor, ids: Id[], status: ReviewStatus): Promise<StoredDetection[]>;
  /** A span the detector missed, accepted as it is added. */
  add(actor: Actor, sourceId: Id, span: DetectionSpan): Promise<StoredDetection>;
  /** Accepts every suggestion of a type (in one source, or the whole study); returns how many. */
  acceptType(actor: Actor, type: EntityType, sourceId?: Id): Promise<number>;
  /** Counts over current text versions (of one source, or the whole study). */
  remaining(sourceId?: Id): Promise<DetectionCounts>;
  /**
   * Replaces accepted detections with pseudonyms from `table` and removes every copy of the
   * identifiers from the study (docs/deid.md, "Applying"). Irreversible except through the key.
   */
  apply(actor: Actor, table: PseudonymTable, options?: DeidApplyOptions): Promise<DeidApplyResult>;
}
