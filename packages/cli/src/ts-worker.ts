/**
 * Worker threads on TypeScript entries. Node 20 ignores `--import` in a worker's execArgv, so a
 * small bootstrap registers tsx's loader in the worker (as bin/liaison.js does for the command)
 * and then imports the entry. tsx is resolved from this package, so workers start from any
 * working directory and under vitest.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A worker running the TypeScript module at `entry` (a file URL). */
export function startTsWorker(entry: string): Worker {
  const tsxApi = tsxEsmApiUrl();
  const bootstrap = `import(${JSON.stringify(tsxApi)})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true });
}

/** tsx's ESM register API; vitest's module runner lacks `import.meta.resolve`, hence the fallback. */
function tsxEsmApiUrl(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  const root = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  // The "./esm/api" import target of tsx's package.json "exports".
  return pathToFileURL(join(root, 'dist/esm/api/index.mjs')).href;
}
