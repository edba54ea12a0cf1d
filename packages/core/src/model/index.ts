export * from './study.js';
export * from './source.js';
export * from './coding.js';
export * from './ids.js';
