export * from './study.js';
export * from './source.js';
export * from './coding.js';
export * from './coding-settings.js';
export * from './ids.js';
export * from './summaries.js';
export * from './analysis-summary.js';
