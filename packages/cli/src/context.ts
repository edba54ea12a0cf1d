import type { CliConfig } from './config.js';
import type { CliIo } from './io.js';

/** What every command receives: where to write and the validated configuration. */
export interface CliContext {
  io: CliIo;
  config: CliConfig;
  /** Set by a command to the process exit code (0 when untouched). */
  exitCode: number;
  /** Resolves when a long-running command (serve) is asked to stop; tests trigger it. */
  stopSignal?: Promise<void>;
}
