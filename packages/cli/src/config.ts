/**
 * The CLI's configuration, read once from the environment and validated with zod. Nothing else
 * in Liaison reads `process.env` (libraries take everything as arguments).
 */
import { userInfo } from 'node:os';
import { z } from 'zod';

const ConfigSchema = z.object({
  /** Recorded as the actor of every change (accounts arrive in a later issue). */
  LIAISON_ACTOR: z.string().min(1).optional(),
  /** Default port for `serve` and `demo`. */
  LIAISON_PORT: z.coerce.number().int().min(0).max(65535).default(4310),
  /** Set by CI systems: never open a browser, never draw progress bars. */
  CI: z.string().optional(),
  /** Passphrase of a de-identification key file (`deid key`); asked for when unset on a TTY. */
  LIAISON_KEY_PASSPHRASE: z.string().min(1).optional(),
  /** The new passphrase for `deid key rotate`. */
  LIAISON_KEY_NEW_PASSPHRASE: z.string().min(1).optional(),
});

export interface CliConfig {
  actor: string;
  port: number;
  ci: boolean;
  /** Build the web app before serving when it is missing or stale (tests of the API turn it off). */
  buildWeb: boolean;
  /** From LIAISON_KEY_PASSPHRASE; never printed or written anywhere. */
  keyPassphrase?: string;
  /** From LIAISON_KEY_NEW_PASSPHRASE. */
  newKeyPassphrase?: string;
}

function defaultActor(): string {
  try {
    return userInfo().username || 'local-user';
  } catch {
    return 'local-user';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): CliConfig {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid environment: ${issues.join('; ')}`);
  }
  const c = parsed.data;
  return {
    actor: c.LIAISON_ACTOR ?? defaultActor(),
    port: c.LIAISON_PORT,
    ci: Boolean(c.CI),
    buildWeb: true,
    keyPassphrase: c.LIAISON_KEY_PASSPHRASE,
    newKeyPassphrase: c.LIAISON_KEY_NEW_PASSPHRASE,
  };
}
