/** The study's de-identification settings: one JSON row, changed with an audit event. */
import { deidSettingsProblems, type Actor } from '@liaison/core';
import { mutate, type Executor, type StoreContext } from '../context.js';
import { StoreError } from '../errors.js';
import { appendEvent, requireActor } from '../events.js';
import type { DeidStudySettings } from './review-types.js';

export const DEFAULT_DEID_SETTINGS: DeidStudySettings = { detection: {}, policy: {} };

export async function readDeidSettings(
  ctx: StoreContext,
  db: Executor,
): Promise<DeidStudySettings> {
  const row = await db.selectFrom('deid_settings').select('settings').executeTakeFirst();
  if (row === undefined) return structuredClone(DEFAULT_DEID_SETTINGS);
  return ctx.features.json.decode(row.settings) as DeidStudySettings;
}

/** Refuses settings core's checks find wrong, naming every problem (docs/deid.md, "Settings"). */
function requireSettings(value: unknown): DeidStudySettings {
  const problems = deidSettingsProblems(value);
  if (problems.length > 0) {
    throw new StoreError(
      'store.invalid_input',
      `Invalid de-identification settings: ${problems.join('; ')}.`,
    );
  }
  const v = value as DeidStudySettings;
  return { detection: v.detection, policy: v.policy };
}

export async function saveDeidSettings(
  ctx: StoreContext,
  actor: Actor,
  input: DeidStudySettings,
): Promise<DeidStudySettings> {
  requireActor(actor);
  const settings = requireSettings(input);
  return mutate(ctx, 'Could not save the de-identification settings', async (trx) => {
    const before = await readDeidSettings(ctx, trx);
    await trx.deleteFrom('deid_settings').execute();
    await trx
      .insertInto('deid_settings')
      .values({
        singleton: 1,
        settings: ctx.features.json.encode(settings),
        updated_at: ctx.now(),
        updated_by: actor,
      })
      .execute();
    await appendEvent(ctx, trx, {
      actor,
      action: 'deid.settings',
      entityType: 'study',
      entityId: null,
      before,
      after: settings,
    });
    return settings;
  });
}
