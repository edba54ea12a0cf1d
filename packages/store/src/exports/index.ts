export * from './query-tables.js';
export * from './table-files.js';
