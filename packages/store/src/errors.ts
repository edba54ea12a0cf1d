/**
 * Errors the store throws on purpose. Each carries a stable `code` so the server can map it to an
 * HTTP status and the CLI to an exit code without matching on message text.
 */
export const STORE_ERROR_CODES = [
  /** The location holds no Liaison study (missing file, other database, empty schema). */
  'store.not_a_study',
  /** `createStudy` was pointed at a location that already holds a study. */
  'store.study_exists',
  /** A PostgreSQL schema name that is not a plain lower-case identifier. */
  'store.invalid_schema_name',
  /** The id names no row of that kind. */
  'store.not_found',
  /** A unique name or code is taken, or a referenced row does not exist. */
  'store.conflict',
  /** Input the store refuses (an anchor outside its text, a text that no longer parses). */
  'store.invalid_input',
  /** The actor may not make this change (e.g. only the coding lead may reveal blind codings). */
  'store.forbidden',
  /** Stored data failed a check, e.g. original bytes whose SHA-256 no longer matches. */
  'store.integrity',
  /** The study was written by a newer Liaison, or its migrations could not run. */
  'store.migration_failed',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export function notFound(kind: string, id: string): StoreError {
  return new StoreError('store.not_found', `No ${kind} with id ${id}.`);
}
