export * from './attributes.js';
export * from './segments.js';
export * from './speakers.js';
export * from './coding-columns.js';
export * from './cooccurrence.js';
export * from './matrix-coding.js';
export * from './framework.js';
