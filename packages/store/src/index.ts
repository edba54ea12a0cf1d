/**
 * @liaison/store: a study's storage on SQLite (one `.liaison` file) or PostgreSQL (one schema),
 * behind the `StudyStore` interface. See docs/storage.md.
 */
export * from './contract.js';
export { STORE_ERROR_CODES, StoreError, type StoreErrorCode } from './errors.js';
export { createStudy, openStudy } from './open-study.js';
export { dropPostgresSchema, validateSchemaName } from './engine/postgres.js';
export { decodeFile } from './ingest/decode-file.js';
export * from './deid/index.js';
export * from './exports/index.js';
export * from './assist/index.js';
export * from './logs/adapt-study-models.js';
