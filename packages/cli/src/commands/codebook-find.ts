/** Finding codes and rounds by id or name for the `codebook` commands, with errors a user can act on. */
import type { Code } from '@liaison/core';
import { StoreError, type CodingRoundSummary, type StudyStore } from '@liaison/store';
import { CliError } from '../errors.js';

/** Runs store work, turning its refusals (not found, conflict, bad input) into plain messages. */
export async function storeWork<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  }
}

/** The code with this id, else the one with this name (case-insensitive), else an error. */
export function pickCode(codes: Code[], ref: string): Code {
  const byId = codes.find((c) => c.id === ref);
  if (byId) return byId;
  const named = codes.filter((c) => c.name.toLowerCase() === ref.toLowerCase());
  if (named.length === 1) return named[0] as Code;
  if (named.length > 1) {
    const ids = named.map((c) => c.id).join(', ');
    throw new CliError(`${named.length} codes are named "${ref}"; give one of their ids: ${ids}`);
  }
  throw new CliError(`no code named "${ref}". List the codebook with: liaison codebook list`);
}

export async function findCode(store: StudyStore, ref: string): Promise<Code> {
  return pickCode(await store.codes.list(), ref);
}

export async function findRound(store: StudyStore, ref: string): Promise<CodingRoundSummary> {
  const rounds = await store.rounds.list();
  const round =
    rounds.find((r) => r.id === ref) ??
    rounds.find((r) => r.name.toLowerCase() === ref.toLowerCase());
  if (round) return round;
  const known = rounds.map((r) => r.name).join(', ') || 'none yet';
  throw new CliError(`no coding round named "${ref}" (known: ${known})`);
}
