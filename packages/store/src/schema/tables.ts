/**
 * Row types of the study tables, as Kysely sees them. Both engines share these names and
 * columns; only the storage type of `Json` and `Bytes` columns differs (see
 * engine/dialect-features.ts). Times are ISO 8601 UTC strings; offsets are UTF-16 code units.
 */
import type { Generated } from 'kysely';

/** A JSON column: text on SQLite, jsonb on PostgreSQL. Written as a JSON string on both. */
export type Json = unknown;
/** Raw bytes: blob on SQLite, bytea on PostgreSQL; both drivers return a Buffer. */
export type Bytes = Uint8Array;

export interface StudyTable {
  id: string;
  /** Always 1: a check constraint keeps the table to one row. */
  singleton: number;
  name: string;
  description: string;
  created_at: string;
}

export interface SiteTable {
  id: string;
  name: string;
  description: string;
}

export interface DatasetTable {
  id: string;
  name: string;
  kind: string;
  description: string;
}

export interface ParticipantTable {
  id: string;
  code: string;
  role: string;
  organisation: string;
  sector: string;
  site_id: string | null;
  attributes: Json;
}

export interface CaseTable {
  id: string;
  name: string;
  kind: string;
  description: string;
  attributes: Json;
}

export interface CaseSourceTable {
  case_id: string;
  source_id: string;
}

export interface BlobTable {
  sha256: string;
  byte_length: number;
  bytes: Bytes;
}

export interface SourceTable {
  id: string;
  dataset_id: string;
  site_id: string | null;
  case_id: string | null;
  name: string;
  format: string;
  media_type: string;
  sha256: string;
  provenance: Json;
  created_at: string;
}

export interface SourceParticipantTable {
  source_id: string;
  participant_id: string;
}

export interface TextVersionTable {
  id: string;
  source_id: string;
  number: number;
  parent_id: string | null;
  reason: string;
  text: string;
  length_utf16: number;
  created_at: string;
  created_by: string;
}

export interface StructureTable {
  text_version_id: string;
  structure: Json;
}

/** One searchable unit (log entry, transcript turn, document section) of a current version. */
export interface SearchUnitTable {
  id: Generated<number>;
  source_id: string;
  text_version_id: string;
  unit_index: number;
  start_utf16: number;
  end_utf16: number;
  text: string;
}

export interface CodeTable {
  id: string;
  parent_id: string | null;
  name: string;
  definition: string;
  colour: string;
  /** 0 or 1: better-sqlite3 cannot bind booleans, so both engines store an integer. */
  codable: number;
  dataset_id: string | null;
  created_at: string;
  /** Migration 0003: codebook notes, examples (JSON array of strings) and retirement. */
  inclusion: string;
  exclusion: string;
  examples: Json;
  retired_at: string | null;
  merged_into: string | null;
}

export interface CodingTable {
  id: string;
  code_id: string;
  source_id: string;
  text_version_id: string;
  coder: string;
  start_utf16: number;
  end_utf16: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: string;
  score: number;
  created_at: string;
}

export interface MemoTable {
  id: string;
  target_kind: string;
  target_id: string | null;
  author: string;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface EventTable {
  /** PostgreSQL returns bigint as a string; read it through `Number`. */
  seq: Generated<number | string>;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json;
  after: Json;
}

/** A named snapshot of the codebook (migration 0003). */
export interface CodingRoundTable {
  id: string;
  name: string;
  /** The dataset whose codes (plus the shared ones) were snapshot, or null for all codes. */
  dataset_id: string | null;
  /** Sequence number of the last event at snapshot time; bigint, a string on PostgreSQL. */
  event_seq: number | string;
  /** The codes as they were, a JSON array of `Code`. */
  codes: Json;
  created_at: string;
  created_by: string;
}

/** One saved version of the study's lexicon (migration 0002). */
export interface LexiconVersionTable {
  id: string;
  /** 1, 2, …: save order; the highest is current. */
  number: number;
  name: string;
  /** The lexicon's own `version` string, unique in the study. */
  version: string;
  lexicon: Json;
  created_at: string;
  created_by: string;
}

/** The classifier's analysis of one text version of a police log, before corrections. */
export interface LogAnalysisTable {
  text_version_id: string;
  source_id: string;
  lexicon_version: string;
  analysis: Json;
  created_at: string;
  created_by: string;
}

/** The correction in force for one target of one source (the history is in `events`). */
export interface LogCorrectionTable {
  source_id: string;
  /** `entry:<index>`, `turning_point:<entry>:<type>` or `continuum`. */
  target: string;
  /** Order corrections are applied in (a later one wins), per source. */
  position: number;
  correction: Json;
  updated_at: string;
  updated_by: string;
}

/** A researcher's mark that every entry of a log was checked, on one text version (0010). */
export interface LogReviewTable {
  source_id: string;
  text_version_id: string;
  reviewed_at: string;
  reviewed_by: string;
}

/** One saved version of the study's continuum scale (migration 0007). */
export interface ContinuumScaleVersionTable {
  id: string;
  /** 1, 2, …: save order; the highest is current. */
  number: number;
  /** The scale's own `version` string, unique in the study. */
  version: string;
  scale: Json;
  created_at: string;
  created_by: string;
}

/** The study's blind-coding settings (migration 0004); at most one row. */
export interface CodingSettingsTable {
  /** Always 1: a check constraint keeps the table to one row. */
  singleton: number;
  /** 0 or 1, as `codable`. */
  blind: number;
  lead: string | null;
  revealed: number;
  updated_at: string;
  updated_by: string;
}

/** The resolution of one disputed span (migration 0008). */
export interface DisputeResolutionTable {
  id: string;
  source_id: string;
  text_version_id: string;
  start_utf16: number;
  end_utf16: number;
  /** The compared coders, comma-joined in the order given. */
  coders: string;
  outcome: string;
  code_ids: Json;
  note: string;
  coding_ids: Json;
  resolved_by: string;
  resolved_at: string;
}

/** One detection under review (migration 0006); offsets into its text version, no raw text. */
export interface DeidDetectionTable {
  id: string;
  source_id: string;
  text_version_id: string;
  type: string;
  start_utf16: number;
  end_utf16: number;
  score: number;
  recognizer: string;
  /** `detector` (a suggestion) or `reviewer` (a span the researcher added). */
  origin: string;
  /** `suggested`, `accepted`, `rejected` or `applied`. */
  status: string;
  reviewer: string | null;
  reviewed_at: string | null;
}

/** The study's de-identification settings (one row, migration 0006). */
export interface DeidSettingsTable {
  singleton: number;
  settings: Json;
  updated_at: string;
  updated_by: string;
}

/** Holds a row only inside `deid.apply`, letting it rewrite event payloads (migration 0006). */
export interface DeidRedactionPermitTable {
  token: string;
}

/** The researcher's summary of one framework-matrix cell (migration 0005). */
export interface FrameworkSummaryTable {
  case_id: string;
  code_id: string;
  text: string;
  updated_at: string;
  updated_by: string;
}

/** Generation of a text version's codings, bumped by triggers on `codings` (migration 0009). */
export interface CodingPackGenTable {
  text_version_id: string;
  /** bigint: pg hands it back as a string. */
  gen: number | string;
}

/** A text version's codings packed for co-occurrence, built at generation `gen` (0009). */
export interface CodingPackTable {
  text_version_id: string;
  gen: number | string;
  code_ids: string;
  coders: string;
  spans: Bytes;
  units: Bytes;
}

export interface Database {
  framework_summaries: FrameworkSummaryTable;
  study: StudyTable;
  sites: SiteTable;
  datasets: DatasetTable;
  participants: ParticipantTable;
  cases: CaseTable;
  case_sources: CaseSourceTable;
  blobs: BlobTable;
  sources: SourceTable;
  source_participants: SourceParticipantTable;
  text_versions: TextVersionTable;
  structures: StructureTable;
  search_units: SearchUnitTable;
  codes: CodeTable;
  codings: CodingTable;
  memos: MemoTable;
  events: EventTable;
  lexicon_versions: LexiconVersionTable;
  log_analyses: LogAnalysisTable;
  log_corrections: LogCorrectionTable;
  log_reviews: LogReviewTable;
  coding_settings: CodingSettingsTable;
  dispute_resolutions: DisputeResolutionTable;
  continuum_scale_versions: ContinuumScaleVersionTable;
  coding_rounds: CodingRoundTable;
  deid_detections: DeidDetectionTable;
  deid_settings: DeidSettingsTable;
  deid_redaction_permit: DeidRedactionPermitTable;
  coding_pack_gens: CodingPackGenTable;
  coding_packs: CodingPackTable;
}
