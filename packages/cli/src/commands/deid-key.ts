/**
 * `liaison deid key init|check|rotate --key <file>`: the encrypted re-identification key
 * (docs/deid.md, "Pseudonyms and the key"). Passphrases come from LIAISON_KEY_PASSPHRASE /
 * LIAISON_KEY_NEW_PASSPHRASE or, on a terminal, a prompt that does not echo. Nothing here prints
 * an identity, the secret or a passphrase: `check` prints counts per type only.
 */
import { resolve } from 'node:path';
import { countEntries } from '@liaison/core';
import {
  KeyFileError,
  createKeyFile,
  openKeyFile,
  saveKeyFile,
  type ReidentificationKey,
} from '@liaison/store';
import type { CliContext } from '../context.js';
import { promptHidden, canPrompt } from '../deid/passphrase-prompt.js';
import { CliError, UsageError } from '../errors.js';
import { printJson, say } from '../io.js';
import { formatTable } from '../table.js';

export interface KeyOptions {
  key: string;
  json?: boolean;
}

type Which = 'current' | 'new';

const ENV_NAME: Record<Which, string> = {
  current: 'LIAISON_KEY_PASSPHRASE',
  new: 'LIAISON_KEY_NEW_PASSPHRASE',
};

/** A passphrase from the configuration, or asked for (twice when it is being chosen). */
export async function passphrase(
  ctx: CliContext,
  which: Which,
  choosing: boolean,
): Promise<string> {
  const fromEnv = which === 'current' ? ctx.config.keyPassphrase : ctx.config.newKeyPassphrase;
  if (fromEnv) return fromEnv;
  if (!canPrompt(ctx.io.isTty)) {
    throw new UsageError(
      `set ${ENV_NAME[which]} or run in a terminal to be asked for the passphrase`,
    );
  }
  const label = which === 'new' ? 'New passphrase' : 'Passphrase';
  const first = await promptHidden(`${label}: `);
  if (!first) throw new UsageError('the passphrase must not be empty');
  if (choosing && (await promptHidden(`${label} again: `)) !== first) {
    throw new UsageError('the passphrases do not match; nothing was written');
  }
  return first;
}

/** Key-file errors are the user's to fix: shown without a stack trace. */
export async function keyAction<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof KeyFileError) throw new CliError(error.message);
    throw error;
  }
}

export async function deidKeyInit(ctx: CliContext, opts: KeyOptions): Promise<void> {
  const path = resolve(ctx.io.cwd, opts.key);
  const pass = await passphrase(ctx, 'current', true);
  await keyAction(() => createKeyFile(path, pass));
  say(ctx.io, `created ${opts.key}; keep it apart from the study and remember the passphrase`);
}

export async function deidKeyCheck(ctx: CliContext, opts: KeyOptions): Promise<void> {
  const path = resolve(ctx.io.cwd, opts.key);
  const pass = await passphrase(ctx, 'current', false);
  const key = await keyAction(() => openKeyFile(path, pass));
  const counts = countsOf(key);
  if (opts.json) printJson(ctx.io, { ok: true, counts });
  else {
    say(ctx.io, `${opts.key}: passphrase correct`);
    const rows = Object.entries(counts).map(([type, n]) => [type, String(n)]);
    ctx.io.stdout(formatTable([['type', 'pseudonyms'], ...rows]));
  }
}

export async function deidKeyRotate(ctx: CliContext, opts: KeyOptions): Promise<void> {
  const path = resolve(ctx.io.cwd, opts.key);
  const oldPass = await passphrase(ctx, 'current', false);
  const key = await keyAction(() => openKeyFile(path, oldPass));
  const newPass = await passphrase(ctx, 'new', true);
  await keyAction(() => saveKeyFile(path, newPass, key));
  say(ctx.io, `${opts.key}: passphrase changed`);
}

/** Pseudonyms per type, sorted by type name (never the identities). */
function countsOf(key: ReidentificationKey): Record<string, number> {
  const counts = countEntries(key.table);
  const sorted = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(sorted) as Record<string, number>;
}
