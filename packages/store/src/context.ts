import type { Kysely, Transaction } from 'kysely';
import type { EngineFeatures } from './engine/dialect-features.js';
import { StoreError } from './errors.js';
import type { Database } from './schema/tables.js';

/** What every repository needs: the connection, the engine's differences and a clock. */
export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly features: EngineFeatures;
  /** Current time as ISO 8601 UTC, for created_at/updated_at and event times. */
  now(): string;
}

export type Trx = Transaction<Database>;
/** Either the store's connection or a transaction (a Transaction is a Kysely). */
export type Executor = Kysely<Database>;

const CONSTRAINT_REASONS = {
  unique: 'that name or code is already taken',
  foreign_key: 'it refers to a row that does not exist (or is still referred to)',
  check: 'a value is outside what the study allows',
  append_only: 'the audit trail cannot be changed',
} as const;

/** Turns a driver's constraint error into a StoreError that says what failed and why. */
function translate(ctx: StoreContext, error: unknown, what: string): unknown {
  if (error instanceof StoreError) return error;
  const kind = ctx.features.errors.constraint(error);
  if (kind === null) return error;
  return new StoreError('store.conflict', `${what}: ${CONSTRAINT_REASONS[kind]}.`, {
    cause: error,
  });
}

/**
 * Runs one change and its audit event in a single transaction: either both are stored or, if
 * anything throws, neither. `what` starts the error message, e.g. `Could not create site "A"`.
 */
export async function mutate<T>(
  ctx: StoreContext,
  what: string,
  change: (trx: Trx) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.db.transaction().execute(change);
  } catch (error) {
    throw translate(ctx, error, what);
  }
}
