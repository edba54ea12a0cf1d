/** Runs the CLI in-process with captured stdout and stderr (a test helper). */
import { runCli, type CliContext } from '../src/index.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  stopSignal?: Promise<void>;
  /** Called with each chunk written to stdout, as it is written. */
  onStdout?: (text: string) => void;
}

export async function cli(
  argv: string[],
  cwd: string,
  options: CliRunOptions = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    io: {
      stdout: (t) => {
        stdout += t;
        options.onStdout?.(t);
      },
      stderr: (t) => void (stderr += t),
      isTty: false,
      cwd,
    },
    config: { actor: 'tester', port: 0, ci: true, buildWeb: false },
    exitCode: 0,
    stopSignal: options.stopSignal,
  };
  const code = await runCli(argv, ctx);
  return { code, stdout, stderr };
}
