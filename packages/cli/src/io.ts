/**
 * Where the command writes: data to stdout, messages to stderr. Injected so tests can run the
 * command in-process and read both streams.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is an interactive terminal (progress bars are drawn only then). */
  isTty: boolean;
  /** Working directory that relative paths resolve against. */
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: Boolean(process.stderr.isTTY) && !process.env.CI,
    cwd: process.cwd(),
  };
}

/** Writes a JSON document followed by a newline to stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export function say(io: CliIo, message: string): void {
  io.stderr(`${message}\n`);
}
