export { runCli } from './run.js';
export type { CliContext } from './context.js';
export type { CliIo } from './io.js';
export { loadConfig } from './config.js';
export { buildDemoStudy } from './demo/build-demo.js';
