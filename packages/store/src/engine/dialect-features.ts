/**
 * The few places where SQLite and PostgreSQL differ, each behind one small interface. Everything
 * else (tables, queries, transactions) is written once with Kysely and runs on both engines.
 */
import type {
  ColumnDataType,
  ColumnDefinitionBuilder,
  CreateTableBuilder,
  Kysely,
  Transaction,
} from 'kysely';
import type { RawBuilder } from 'kysely';
import type { Bytes, CodingTable, Database } from '../schema/tables.js';

/** Storage types that have no common SQL spelling. */
export interface ColumnTypes {
  /** `blob` on SQLite, `bytea` on PostgreSQL. */
  bytes: ColumnDataType;
  /** `text` on SQLite (no JSON type), `jsonb` on PostgreSQL. */
  json: ColumnDataType;
  /** Integer type of an auto-incrementing key (`integer` / `bigint`). */
  serial: ColumnDataType;
  /** Makes `serial` a generated primary key (`autoincrement` / `generated always as identity`). */
  serialKey(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
}

type TableBuilder = CreateTableBuilder<string, string>;

/**
 * A table keyed by `id` but stored in the order most reads use. SQLite can store rows in key
 * order (a WITHOUT ROWID table keyed on `readKey + id`, plus a unique index on `id`); PostgreSQL
 * tables are heaps, so there `id` is the key and `readKey` an ordinary index. Measured in
 * bench/codings.bench.ts: a code's 5,000 codings out of 1 M read in half the time on SQLite.
 */
export interface ClusteredKey {
  /** `name` names the constraint (PostgreSQL wants it unique in the schema). */
  primaryKey(table: TableBuilder, name: string, readKey: string[]): TableBuilder;
  /** Run after the table exists: the index the primary key does not give. */
  otherIndex(db: Kysely<unknown>, table: string, readKey: string[]): Promise<void>;
}

/** JSON columns: both engines take a JSON string in; SQLite gives a string back, pg an object. */
export interface JsonCodec {
  /** `null` and `undefined` become SQL NULL. */
  encode(value: unknown): string | null;
  decode(raw: unknown): unknown;
}

/** A match of a full-text query, best first. */
export interface SearchRow {
  source_id: string;
  source_name: string;
  text_version_id: string;
  unit_index: number;
  start_utf16: number;
  end_utf16: number;
  /** Text around the match with each matched term wrapped in `«` and `»`. */
  snippet: string;
  /** Larger is more relevant; comparable only within one engine. */
  rank: number;
}

/** Full-text search over `search_units`: FTS5 table on SQLite, tsvector + GIN on PostgreSQL. */
export interface FullTextSearch {
  /** Migration step run after `search_units` exists. */
  install(db: Kysely<unknown>): Promise<void>;
  /** `terms` are letters/digits only, each optionally ending in `*` for a prefix match. */
  search(db: Kysely<Database>, terms: string[], limit: number): Promise<SearchRow[]>;
}

/** Database-level refusal of UPDATE and DELETE on a table (the events log). */
export interface AppendOnlyGuard {
  install(db: Kysely<unknown>, table: string): Promise<void>;
}

/**
 * Called just before a transaction appends its event, so that event sequence numbers are handed
 * out in commit order (a reader polling `afterSeq` then never skips a late commit).
 */
export interface EventOrdering {
  serialise(trx: Transaction<Database>): Promise<void>;
}

export type ConstraintKind = 'unique' | 'foreign_key' | 'check' | 'append_only';

/** Recognises constraint failures in each driver's error shape. */
export interface ErrorClassifier {
  constraint(error: unknown): ConstraintKind | null;
}

/** The fastest correct way each engine has to insert many codings inside a transaction. */
export interface BulkInsert {
  codings(trx: Transaction<Database>, rows: CodingTable[]): Promise<void>;
}

/** The co-occurrence packs' engine parts (migration 0009, docs/queries.md "how fast"). */
export interface CodingPackSupport {
  /** Triggers on `codings` and `structures` that bump `coding_pack_gens` for changed versions. */
  install(db: Kysely<unknown>): Promise<void>;
  /**
   * An aggregate over `codings as c`: the group's (start_utf16, end_utf16) pairs as big-endian
   * int32, concatenated into one blob (one row per group instead of one per coding).
   */
  spanPairs(): RawBuilder<Bytes>;
}

export interface EngineFeatures {
  readonly engine: 'sqlite' | 'postgres';
  readonly types: ColumnTypes;
  readonly json: JsonCodec;
  readonly clusteredKey: ClusteredKey;
  readonly fts: FullTextSearch;
  readonly appendOnly: AppendOnlyGuard;
  readonly eventOrdering: EventOrdering;
  readonly errors: ErrorClassifier;
  readonly bulk: BulkInsert;
  readonly packs: CodingPackSupport;
}

/** Shared by both codecs: JSON text in, SQL NULL for nothing. */
export function encodeJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** Splits a user's query into terms both engines read the same way (see docs/storage.md). */
export function searchTerms(query: string): string[] {
  return query.match(/[\p{L}\p{N}]+\*?/gu) ?? [];
}

/** The text of the driver error, or '' (drivers throw Error subclasses with a `code`). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : '';
}

export const APPEND_ONLY_MESSAGE = 'events are append-only';
