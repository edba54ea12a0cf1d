/**
 * @liaison/core: the domain as data and pure functions. No I/O and no Node-only APIs, so the
 * server, the CLI and the browser run the same code.
 */
export * from './model/index.js';
export * from './sources/diagnostics.js';
export * from './sources/index.js';
export * from './registers/index.js';
export * from './text/index.js';
export * from './sequence/index.js';
export * from './deid/index.js';
export * from './agreement/index.js';
export * from './codebook/index.js';
export * from './logs/index.js';
export * from './queries/index.js';
export * from './assist/index.js';
