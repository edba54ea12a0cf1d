export * from './diff-codebooks.js';
export * from './operations.js';
