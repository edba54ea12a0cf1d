/** `liaison study init <path> --name <name>`: creates an empty study. */
import { createStudy } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { say } from '../io.js';
import { describeLocation, parseStudyLocation } from '../location.js';

export async function studyInit(
  ctx: CliContext,
  path: string,
  opts: { name: string; description: string },
): Promise<void> {
  const location = parseStudyLocation(path, ctx.io.cwd);
  if (!opts.name.trim()) throw new CliError('--name must not be empty');
  let store;
  try {
    store = await createStudy(
      location,
      { name: opts.name.trim(), description: opts.description },
      ctx.config.actor,
    );
  } catch (error) {
    throw new CliError(
      `cannot create study at ${describeLocation(location)}: ${(error as Error).message}`,
    );
  }
  await store.close();
  say(ctx.io, `Created study "${opts.name.trim()}" at ${describeLocation(location)}`);
}
