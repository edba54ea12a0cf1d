/**
 * The public surface of a study store, shared by the SQLite and PostgreSQL engines. The server
 * and the CLI depend on this interface only, never on Kysely tables.
 *
 * Every mutating method takes the acting `Actor` first and writes its audit event in the same
 * transaction as the change.
 */
export type { ImportResult, SearchHit, SourceSummary, StudyCounts } from '@liaison/core';
import type { DeidStore } from './deid/review-types.js';

import type {
  Actor,
  ImportResult,
  SearchHit,
  SourceSummary,
  StudyCounts,
  Anchor,
  AnchorStatus,
  Case,
  CaseKind,
  Code,
  CodebookChange,
  Coding,
  Dataset,
  DatasetKind,
  Id,
  Memo,
  MemoTargetKind,
  Participant,
  Sector,
  Site,
  SourceFormat,
  Structure,
  Study,
  StudyEvent,
  TextVersion,
  TextVersionReason,
  Correction,
  CorrectionTarget,
  ContinuumScale,
  Lexicon,
  LogAnalysis,
  CodingSettings,
  CodingMatrix,
  CooccurrenceMatrix,
  CooccurrenceMode,
  FrameworkMatrix,
  FrameworkSummary,
  QueryAttribute,
  QuerySegment,
  DisputeKey,
  DisputeOutcome,
  DisputeResolution,
  ReviewDispute,
} from '@liaison/core';

/** Which disputes to list: between these coders (two or more), in one source or all. */
export interface DisputeQuery {
  coders: string[];
  sourceId?: Id;
  /** Segment-overlap threshold in (0, 1] below which boundaries dispute (default 0.9). */
  threshold?: number;
}

/** The agreed outcome of one dispute; `applyCodings` codes the span with `codeIds` as the resolver. */
export interface DisputeResolutionInput extends DisputeKey {
  outcome: DisputeOutcome;
  codeIds: Id[];
  note?: string;
  applyCodings?: boolean;
}

/** Coded segments of some codes (all codable codes when absent), optionally by attribute value. */
export interface SegmentQuery {
  codeIds?: Id[];
  /** Only this coder's codings (the server sets it while blind coding hides others'). */
  coder?: Actor;
  by?: QueryAttribute;
  /** Value ids of `by` to keep (entity ids; the value itself for sector and role). */
  values?: string[];
}
export interface CooccurrenceQuery {
  codeIds?: Id[];
  coder?: Actor;
  /** `overlap` (default): spans share text; `unit`: within one log entry / transcript turn. */
  mode?: CooccurrenceMode;
  /** False to recompute even when the study has not changed since the last identical query. */
  cache?: boolean;
}
export interface MatrixQuery {
  by: QueryAttribute;
  codeIds?: Id[];
  coder?: Actor;
}
export interface FrameworkQuery {
  /** Rows (all cases when absent). */
  caseIds?: Id[];
  /** Themes (all codable codes when absent). */
  codeIds?: Id[];
  coder?: Actor;
}

export type StoreLocation =
  /** One study = one `.liaison` SQLite file (WAL mode, foreign keys on). */
  | { engine: 'sqlite'; path: string }
  /** One study = one PostgreSQL schema in the given database. */
  | { engine: 'postgres'; connectionString: string; schema: string };

export interface SiteInput {
  name: string;
  description?: string;
}
export interface DatasetInput {
  name: string;
  kind: DatasetKind;
  description?: string;
}
export interface ParticipantInput {
  code: string;
  role: string;
  organisation: string;
  sector: Sector;
  siteId?: Id | null;
  attributes?: Record<string, string>;
}
export interface CaseInput {
  name: string;
  kind: CaseKind;
  description?: string;
  attributes?: Record<string, string>;
  sourceIds?: Id[];
}
export interface CodeInput {
  name: string;
  parentId?: Id | null;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  examples?: string[];
  colour?: string;
  codable?: boolean;
  datasetId?: Id | null;
}
/** The reason for a codebook change, kept in its event and as a memo on the code (docs/codebook.md). */
export interface CodebookChangeOptions {
  memo?: string;
}
/** One part of a split: the new code and the codings (by id) moved to it from the split code. */
export interface SplitPart {
  code: CodeInput;
  codingIds: Id[];
}
export interface CodingRoundInput {
  name: string;
  /** Snapshot only this dataset's codes (and the shared ones); all codes when absent. */
  datasetId?: Id | null;
}
export interface CodingInput {
  codeId: Id;
  textVersionId: Id;
  coder: Actor;
  anchor: Anchor;
}
/** A change to the blind-coding settings; omitted fields keep their value. */
export interface CodingSettingsPatch {
  blind?: boolean;
  lead?: Actor | null;
}
export interface MemoInput {
  targetKind: MemoTargetKind;
  targetId: Id | null;
  title: string;
  body: string;
}

export interface SourceFilter {
  datasetId?: Id;
  siteId?: Id;
}

/** One file handed to an import: name as given plus its bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportTarget {
  /** Dataset name; created with `kind` if it does not exist yet. */
  dataset: string;
  kind: DatasetKind;
  /** Site name; created if it does not exist yet. */
  site?: string;
  /** Force a format instead of detecting it from the name and content. */
  format?: SourceFormat;
  /** Tool and version recorded in provenance, e.g. `liaison-cli 0.1.0` (default `liaison-store 0.1.0`). */
  tool?: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ReanchorSummary {
  exact: number;
  fuzzy: number;
  orphaned: number;
}

/** One version of the study's lexicon, without the lexicon itself. */
export interface LexiconVersionSummary {
  /** 0 for the product's default (in force until a study saves one), then 1, 2, … */
  number: number;
  name: string;
  version: string;
  /** Null for the product's default. */
  savedAt: string | null;
  savedBy: Actor | null;
}

export interface StoredLexicon extends LexiconVersionSummary {
  lexicon: Lexicon;
}

/** One version of the study's continuum scale, without the scale itself. */
export interface ContinuumScaleVersionSummary {
  /** 0 for the product's default (in force until a study saves one), then 1, 2, … */
  number: number;
  version: string;
  /** Null for the product's default. */
  savedAt: string | null;
  savedBy: Actor | null;
}

export interface StoredContinuumScale extends ContinuumScaleVersionSummary {
  scale: ContinuumScale;
}

/** Who marked a log's analysis as reviewed (every entry checked), and when. */
export interface LogReview {
  at: string;
  by: Actor;
}

/** A police log's stored analysis with the researcher's corrections applied over it. */
export interface StoredAnalysis {
  sourceId: Id;
  textVersionId: Id;
  lexiconVersion: string;
  /** The `version` of the continuum scale the placement uses: the study's current one. */
  scaleVersion: string;
  /** What the study reports: the classifier's labels with every correction applied (they win). */
  analysis: LogAnalysis;
  /** The classifier's result as stored, before corrections. */
  computed: LogAnalysis;
  /** Corrections in force, in the order they apply. */
  corrections: Correction[];
  /**
   * The researcher's mark that every entry was checked, or null. A mark counts only while it is
   * of this (the current) text version: a new version, e.g. from de-identification, clears it.
   */
  reviewed: LogReview | null;
  storedAt: string;
  storedBy: Actor;
}

export interface CodingRoundSummary {
  id: Id;
  name: string;
  datasetId: Id | null;
  /** Sequence number of the last event when the snapshot was taken. */
  eventSeq: number;
  createdAt: string;
  createdBy: Actor;
}
export interface CodingRound extends CodingRoundSummary {
  codes: Code[];
}
export interface CodebookDiff {
  from: CodingRoundSummary;
  /** The later round, or `current` for the codebook as it is now. */
  to: CodingRoundSummary | 'current';
  changes: CodebookChange[];
}

export interface StudyStore {
  readonly engine: 'sqlite' | 'postgres';
  study(): Promise<Study>;
  counts(): Promise<StudyCounts>;

  sites: {
    list(): Promise<Site[]>;
    get(id: Id): Promise<Site | undefined>;
    create(actor: Actor, input: SiteInput): Promise<Site>;
    update(actor: Actor, id: Id, patch: Partial<SiteInput>): Promise<Site>;
  };
  datasets: {
    list(): Promise<Dataset[]>;
    get(id: Id): Promise<Dataset | undefined>;
    create(actor: Actor, input: DatasetInput): Promise<Dataset>;
    update(actor: Actor, id: Id, patch: Partial<DatasetInput>): Promise<Dataset>;
  };
  participants: {
    list(filter?: { siteId?: Id }): Promise<Participant[]>;
    get(id: Id): Promise<Participant | undefined>;
    create(actor: Actor, input: ParticipantInput): Promise<Participant>;
    update(actor: Actor, id: Id, patch: Partial<ParticipantInput>): Promise<Participant>;
  };
  cases: {
    list(): Promise<Case[]>;
    get(id: Id): Promise<Case | undefined>;
    create(actor: Actor, input: CaseInput): Promise<Case>;
    update(actor: Actor, id: Id, patch: Partial<CaseInput>): Promise<Case>;
  };
  sources: {
    list(filter?: SourceFilter): Promise<SourceSummary[]>;
    get(id: Id): Promise<SourceSummary | undefined>;
    /** The immutable original bytes, verified against the stored SHA-256. */
    originalBytes(id: Id): Promise<Uint8Array>;
    /** Links transcript speakers to register participants. */
    setParticipants(actor: Actor, id: Id, participantIds: Id[]): Promise<void>;
  };
  texts: {
    current(sourceId: Id): Promise<TextVersion>;
    versions(sourceId: Id): Promise<Omit<TextVersion, 'text'>[]>;
    get(textVersionId: Id): Promise<TextVersion | undefined>;
    structure(textVersionId: Id): Promise<Structure>;
    /**
     * Adds a version (edit or redaction) and re-anchors every coding of the source onto it,
     * recording each coding's new status and score.
     */
    createVersion(
      actor: Actor,
      sourceId: Id,
      text: string,
      reason: TextVersionReason,
    ): Promise<{ version: TextVersion; reanchor: ReanchorSummary }>;
  };
  /** The codebook; every change is one `code.<verb>` event carrying its memo (docs/codebook.md). */
  codes: {
    /** Every code, retired ones included, by name. */
    list(): Promise<Code[]>;
    get(id: Id): Promise<Code | undefined>;
    /** Number of codings per code id (codes without codings are absent). */
    codingCounts(): Promise<Record<Id, number>>;
    create(actor: Actor, input: CodeInput, options?: CodebookChangeOptions): Promise<Code>;
    /** Changes fields (a redefinition when definition, notes or examples change). */
    update(
      actor: Actor,
      id: Id,
      patch: Partial<CodeInput>,
      options?: CodebookChangeOptions,
    ): Promise<Code>;
    rename(actor: Actor, id: Id, name: string, options?: CodebookChangeOptions): Promise<Code>;
    /** New parent (null for the top level); a move under itself or a descendant is a conflict. */
    move(actor: Actor, id: Id, parentId: Id | null, options?: CodebookChangeOptions): Promise<Code>;
    /** Re-points every coding of `sourceId` to `targetId` and retires the source as merged. */
    merge(
      actor: Actor,
      sourceId: Id,
      targetId: Id,
      options?: CodebookChangeOptions,
    ): Promise<{ source: Code; target: Code; moved: number }>;
    /** Makes new codes and moves the chosen codings of `sourceId` to them. */
    split(
      actor: Actor,
      sourceId: Id,
      parts: SplitPart[],
      options?: CodebookChangeOptions,
    ): Promise<{ source: Code; created: Code[] }>;
    /** Keeps the code for history but no longer codable. */
    retire(actor: Actor, id: Id, options?: CodebookChangeOptions): Promise<Code>;
  };
  /** Coding rounds: named snapshots of the codebook, and what changed between them. */
  rounds: {
    create(actor: Actor, input: CodingRoundInput): Promise<CodingRound>;
    /** Oldest first. */
    list(): Promise<CodingRoundSummary[]>;
    get(id: Id): Promise<CodingRound | undefined>;
    /** Changes from round `fromId` to round `toId` or to the current codebook. */
    diff(fromId: Id, toId: Id | 'current'): Promise<CodebookDiff>;
  };
  codings: {
    create(actor: Actor, input: CodingInput): Promise<Coding>;
    /** Bulk insert for imports and benchmarks: one event per batch, not per coding. */
    createMany(actor: Actor, inputs: CodingInput[]): Promise<number>;
    byCode(codeId: Id): Promise<Coding[]>;
    /** A source's codings in text order; `coder` keeps only that coder's. */
    bySource(sourceId: Id, filter?: { coder?: Actor }): Promise<Coding[]>;
    get(id: Id): Promise<Coding | undefined>;
    remove(actor: Actor, id: Id): Promise<void>;
    byStatus(status: AnchorStatus): Promise<Coding[]>;
  };
  /** Blind coding (docs/coding.md): who leads, whether coders see each other's codings. */
  codingSettings: {
    /** The stored settings, or the defaults (not blind, no lead) when never set. */
    get(): Promise<CodingSettings>;
    /**
     * Changes blind mode or the lead. Once a lead is named only the lead may change anything
     * (`store.forbidden` otherwise); blind mode needs a lead; turning it on starts a new blind
     * round (not revealed).
     */
    set(actor: Actor, patch: CodingSettingsPatch): Promise<CodingSettings>;
    /** Shows every coding to every coder; only the lead may (`store.forbidden` otherwise). */
    reveal(actor: Actor): Promise<CodingSettings>;
  };
  /**
   * Disagreement review (docs/agreement.md): disputed spans on each source's current text version
   * with their resolutions. Both refuse (`store.forbidden`) while a blind round is unrevealed.
   */
  disputes: {
    list(query: DisputeQuery): Promise<ReviewDispute[]>;
    /** Records (or replaces) a dispute's resolution with a `dispute.resolve` event. */
    resolve(actor: Actor, input: DisputeResolutionInput): Promise<DisputeResolution>;
  };
  memos: {
    list(filter?: { targetKind?: MemoTargetKind; targetId?: Id | null }): Promise<Memo[]>;
    create(actor: Actor, input: MemoInput): Promise<Memo>;
    update(actor: Actor, id: Id, patch: Partial<Pick<MemoInput, 'title' | 'body'>>): Promise<Memo>;
  };
  events: {
    /** Events in sequence order after `afterSeq` (exclusive); `limit` defaults to 1,000 (max 10,000). */
    list(options?: { afterSeq?: number; limit?: number; entityId?: Id }): Promise<StudyEvent[]>;
  };
  /** The study's lexicon for police-log analysis, versioned (docs/log-analysis.md). */
  lexicons: {
    /** The newest saved version, or the product's default (number 0) when none is saved. */
    current(): Promise<StoredLexicon>;
    /** Saved versions, oldest first (the default is not listed). */
    versions(): Promise<LexiconVersionSummary[]>;
    get(number: number): Promise<StoredLexicon | undefined>;
    /** Validates with core's `validateLexicon`; its `version` must be new to the study. */
    save(actor: Actor, lexicon: unknown): Promise<StoredLexicon>;
  };
  /** Police-log analyses per text version and the researcher's corrections per source. */
  analyses: {
    /** Stores the analysis of the source's current text version (replacing an earlier one). */
    store(actor: Actor, sourceId: Id, analysis: LogAnalysis): Promise<StoredAnalysis>;
    /** The current text version's analysis with corrections applied; undefined if none stored. */
    get(sourceId: Id): Promise<StoredAnalysis | undefined>;
    /**
     * Records one correction (merged with an earlier one on the same entry) and its event with
     * the labels before and after. Needs a stored analysis of the current text version, unless
     * `analysisIfNone` is given: it is then stored first, in the same transaction, so a refused
     * correction stores nothing.
     */
    correct(
      actor: Actor,
      sourceId: Id,
      correction: Correction,
      options?: { analysisIfNone?: LogAnalysis },
    ): Promise<StoredAnalysis>;
    /**
     * Undoes a correction (an entry's listed fields or all of it, a turning point, the continuum
     * override) so the classifier's result shows again; its event holds the correction undone.
     */
    revert(actor: Actor, sourceId: Id, target: CorrectionTarget): Promise<StoredAnalysis>;
    /**
     * Marks the log reviewed (every entry of its analysis checked: model adaptation then trains
     * on it) or, with `reviewed` false, unmarks it, with a `log_analysis.review` or
     * `log_analysis.unreview` event. Needs a stored analysis of the current text version
     * (`store.not_found` otherwise) unless marking with `analysisIfNone`, which is then stored
     * first in the same transaction. Marking a log already marked, or unmarking one that is not,
     * changes nothing and records no event.
     */
    review(
      actor: Actor,
      sourceId: Id,
      reviewed: boolean,
      options?: { analysisIfNone?: LogAnalysis },
    ): Promise<StoredAnalysis>;
  };
  /** The study's continuum scale, versioned like the lexicon (docs/log-analysis.md). */
  continuumScales: {
    /** The newest saved version, or the product's default (number 0) when none is saved. */
    current(): Promise<StoredContinuumScale>;
    /** Saved versions, oldest first (the default is not listed). */
    versions(): Promise<ContinuumScaleVersionSummary[]>;
    /** Validates with core's `validateContinuumScale`; its `version` must be new to the study. */
    save(actor: Actor, scale: unknown): Promise<StoredContinuumScale>;
  };
  /** De-identification: review of detections and applying them (docs/deid.md). */
  deid: DeidStore;
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  /** Queries over codings (docs/queries.md); unknown code or case ids are store.not_found. */
  queries: {
    segments(query?: SegmentQuery): Promise<QuerySegment[]>;
    cooccurrence(query?: CooccurrenceQuery): Promise<CooccurrenceMatrix>;
    matrix(query: MatrixQuery): Promise<CodingMatrix>;
    framework(query?: FrameworkQuery): Promise<FrameworkMatrix>;
    /** Sets one cell's summary (blank removes it) with a `framework.summarise` event. */
    summarise(
      actor: Actor,
      cell: { caseId: Id; codeId: Id },
      text: string,
    ): Promise<FrameworkSummary | null>;
  };

  /** Imports a batch; each file is parsed and stored in its own transaction. */
  importFiles(
    actor: Actor,
    files: ImportFile[],
    target: ImportTarget,
    onProgress?: (p: ImportProgress) => void,
  ): Promise<ImportResult[]>;

  close(): Promise<void>;
}
