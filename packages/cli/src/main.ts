/** Process entry point for bin/liaison.js. */
import { loadConfig } from './config.js';
import { processIo, say } from './io.js';
import { runCli } from './run.js';
import { EXIT_USAGE } from './errors.js';

export async function main(): Promise<void> {
  const io = processIo();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    say(io, `liaison: ${(error as Error).message}`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  const stopSignal = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.exitCode = await runCli(process.argv.slice(2), { io, config, exitCode: 0, stopSignal });
}
