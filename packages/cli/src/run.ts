/**
 * Runs the command tree and turns every outcome into an exit code: 0 success, 1 failure,
 * 2 usage. Errors meant for the user are printed without a stack trace.
 */
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import type { CliContext } from './context.js';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './errors.js';
import { say } from './io.js';

/** Commander's codes for --help and --version, which are successes. */
const HELP_CODES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** `argv` excludes the node binary and script path: `['sources', 'list', '--study', 'x']`. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    return exitCodeFor(error, ctx);
  }
}

function exitCodeFor(error: unknown, ctx: CliContext): number {
  if (error instanceof CommanderError) {
    if (HELP_CODES.has(error.code)) return EXIT_OK;
    return EXIT_USAGE;
  }
  if (error instanceof CliError) {
    say(ctx.io, `liaison: ${error.message}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  say(ctx.io, `liaison: unexpected error: ${message}`);
  say(
    ctx.io,
    'If this keeps happening, report it with the command you ran (no study data needed).',
  );
  return EXIT_FAILURE;
}
