/**
 * The study's blind-coding settings (docs/coding.md): one row, absent until first changed. The
 * rules that protect blindness live here so every client (web, CLI, API) gets them: once a lead
 * is named only the lead may change the settings or reveal, so a coder cannot switch blind mode
 * off to look at the others' codings.
 */
import { DEFAULT_CODING_SETTINGS, type Actor, type CodingSettings } from '@liaison/core';
import { mutate, type Executor, type StoreContext } from '../context.js';
import type { CodingSettingsPatch, StudyStore } from '../contract.js';
import { StoreError } from '../errors.js';
import { appendEvent, requireActor } from '../events.js';
import type { CodingSettingsTable } from '../schema/tables.js';

function toSettings(row: CodingSettingsTable): CodingSettings {
  return {
    blind: row.blind === 1,
    lead: row.lead,
    revealed: row.revealed === 1,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

async function read(db: Executor): Promise<CodingSettings> {
  const row = await db.selectFrom('coding_settings').selectAll().executeTakeFirst();
  return row ? toSettings(row) : DEFAULT_CODING_SETTINGS;
}

function forbidden(message: string): StoreError {
  return new StoreError('store.forbidden', message);
}

/** Once a lead is named, only the lead may act on the settings. */
function requireLead(settings: CodingSettings, actor: Actor, what: string): void {
  if (settings.lead === null || settings.lead === actor) return;
  throw forbidden(`Only the coding lead (${settings.lead}) may ${what}; ask them to do it.`);
}

function invalid(message: string): StoreError {
  return new StoreError('store.invalid_input', message);
}

/** The settings after `patch`; turning blind mode on starts a new round that is not revealed. */
function applyPatch(before: CodingSettings, patch: CodingSettingsPatch): CodingSettings {
  if (patch.blind !== undefined && typeof patch.blind !== 'boolean')
    throw invalid('Blind mode must be true or false.');
  if (patch.lead !== undefined && patch.lead !== null && patch.lead.trim() === '')
    throw invalid('The coding lead must be a non-empty name, or null for none.');
  const blind = patch.blind ?? before.blind;
  const lead = patch.lead === undefined ? before.lead : patch.lead;
  if (blind && lead === null)
    throw invalid('Blind mode needs a coding lead (the one person who may reveal); name one.');
  const startsRound = blind && !before.blind;
  return { ...before, blind, lead, revealed: startsRound ? false : before.revealed };
}

async function write(
  ctx: StoreContext,
  trx: Executor,
  actor: Actor,
  settings: CodingSettings,
): Promise<CodingSettings> {
  const stored = { ...settings, updatedAt: ctx.now(), updatedBy: actor };
  const row: CodingSettingsTable = {
    singleton: 1,
    blind: stored.blind ? 1 : 0,
    lead: stored.lead,
    revealed: stored.revealed ? 1 : 0,
    updated_at: stored.updatedAt,
    updated_by: actor,
  };
  await trx.deleteFrom('coding_settings').execute();
  await trx.insertInto('coding_settings').values(row).execute();
  return stored;
}

type Change = (before: CodingSettings, actor: Actor) => CodingSettings;

/** Reads, checks and writes the settings and their event in one transaction. */
function change(ctx: StoreContext, actor: Actor, action: string, next: Change) {
  requireActor(actor);
  return mutate(ctx, 'Could not change the coding settings', async (trx) => {
    const before = await read(trx);
    const after = await write(ctx, trx, actor, next(before, actor));
    await appendEvent(ctx, trx, {
      actor,
      action,
      entityType: 'coding_settings',
      entityId: null,
      before,
      after,
    });
    return after;
  });
}

function reveal(before: CodingSettings, actor: Actor): CodingSettings {
  if (before.lead !== actor)
    throw forbidden(
      before.lead === null
        ? 'No coding lead is named, so nobody may reveal; name a lead first.'
        : `Only the coding lead (${before.lead}) may reveal the codings.`,
    );
  if (!before.blind) throw invalid('Blind mode is off: every coder already sees every coding.');
  return { ...before, revealed: true };
}

export function codingSettingsRepo(ctx: StoreContext): StudyStore['codingSettings'] {
  return {
    get: () => read(ctx.db),
    set: (actor, patch) =>
      change(ctx, actor, 'coding_settings.set', (before) => {
        requireLead(before, actor, 'change the coding settings');
        return applyPatch(before, patch);
      }),
    reveal: (actor) => change(ctx, actor, 'coding_settings.reveal', reveal),
  };
}
