import type { Kysely } from 'kysely';
import type { Database } from '../schema/tables.js';
import type { EngineFeatures } from './dialect-features.js';

/** An open connection to one study's storage, before migrations or study checks. */
export interface EngineHandle {
  readonly db: Kysely<Database>;
  readonly features: EngineFeatures;
  /** Words naming the location in error messages (never a password). */
  readonly label: string;
  /**
   * Schema that holds Kysely's migration tables (PostgreSQL). Kysely's Migrator looks tables up
   * across every schema unless told one, and would find another study's.
   */
  readonly migrationSchema?: string;
}
