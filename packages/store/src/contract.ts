/**
 * The public surface of a study store, shared by the SQLite and PostgreSQL engines. The server
 * and the CLI depend on this interface only, never on Kysely tables.
 *
 * Every mutating method takes the acting `Actor` first and writes its audit event in the same
 * transaction as the change.
 */
export type { ImportResult, SearchHit, SourceSummary, StudyCounts } from '@liaison/core';

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
  Lexicon,
  LogAnalysis,
} from '@liaison/core';

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
  colour?: string;
  codable?: boolean;
  datasetId?: Id | null;
}
export interface CodingInput {
  codeId: Id;
  textVersionId: Id;
  coder: Actor;
  anchor: Anchor;
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

/** A police log's stored analysis with the researcher's corrections applied over it. */
export interface StoredAnalysis {
  sourceId: Id;
  textVersionId: Id;
  lexiconVersion: string;
  /** What the study reports: the classifier's labels with every correction applied (they win). */
  analysis: LogAnalysis;
  /** The classifier's result as stored, before corrections. */
  computed: LogAnalysis;
  /** Corrections in force, in the order they apply. */
  corrections: Correction[];
  storedAt: string;
  storedBy: Actor;
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
  codes: {
    list(): Promise<Code[]>;
    get(id: Id): Promise<Code | undefined>;
    create(actor: Actor, input: CodeInput): Promise<Code>;
    update(actor: Actor, id: Id, patch: Partial<CodeInput>): Promise<Code>;
  };
  codings: {
    create(actor: Actor, input: CodingInput): Promise<Coding>;
    /** Bulk insert for imports and benchmarks: one event per batch, not per coding. */
    createMany(actor: Actor, inputs: CodingInput[]): Promise<number>;
    byCode(codeId: Id): Promise<Coding[]>;
    bySource(sourceId: Id): Promise<Coding[]>;
    remove(actor: Actor, id: Id): Promise<void>;
    byStatus(status: AnchorStatus): Promise<Coding[]>;
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
     * the labels before and after. Needs a stored analysis of the current text version.
     */
    correct(actor: Actor, sourceId: Id, correction: Correction): Promise<StoredAnalysis>;
  };
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;

  /** Imports a batch; each file is parsed and stored in its own transaction. */
  importFiles(
    actor: Actor,
    files: ImportFile[],
    target: ImportTarget,
    onProgress?: (p: ImportProgress) => void,
  ): Promise<ImportResult[]>;

  close(): Promise<void>;
}
