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

export interface Database {
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
}
