/**
 * The study's continuum scale versions. Rows are never changed: saving adds a version, the
 * highest number is current, and until a study saves one the product's `DEFAULT_CONTINUUM_SCALE`
 * applies (number 0). Stored analyses are placed with the current scale when read.
 */
import {
  DEFAULT_CONTINUUM_SCALE,
  DEFAULT_CONTINUUM_SCALE_VERSIONS,
  newId,
  validateContinuumScale,
  type Actor,
  type ContinuumScale,
} from '@liaison/core';
import { mutate, type Executor, type StoreContext } from '../context.js';
import type {
  ContinuumScaleVersionSummary,
  StoredContinuumScale,
  StudyStore,
} from '../contract.js';
import { StoreError } from '../errors.js';
import { appendEvent, requireActor } from '../events.js';
import type { ContinuumScaleVersionTable } from '../schema/tables.js';

const DEFAULT_STORED: StoredContinuumScale = {
  number: 0,
  version: DEFAULT_CONTINUUM_SCALE.version,
  savedAt: null,
  savedBy: null,
  scale: DEFAULT_CONTINUUM_SCALE,
};

function toSummary(row: Omit<ContinuumScaleVersionTable, 'scale'>): ContinuumScaleVersionSummary {
  return {
    number: row.number,
    version: row.version,
    savedAt: row.created_at,
    savedBy: row.created_by,
  };
}

export async function latestScale(ctx: StoreContext, db: Executor): Promise<StoredContinuumScale> {
  const row = await db
    .selectFrom('continuum_scale_versions')
    .selectAll()
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row === undefined) return DEFAULT_STORED;
  return { ...toSummary(row), scale: ctx.features.json.decode(row.scale) as ContinuumScale };
}

function validated(json: unknown): ContinuumScale {
  const checked = validateContinuumScale(json);
  if (checked.ok) return checked.scale;
  throw new StoreError(
    'store.invalid_input',
    `The continuum scale is not valid; fix these and save again:\n  ${checked.errors.join('\n  ')}`,
  );
}

async function refuseTakenVersion(db: Executor, version: string): Promise<void> {
  const taken = await db
    .selectFrom('continuum_scale_versions')
    .select('number')
    .where('version', '=', version)
    .executeTakeFirst();
  const productDefault = DEFAULT_CONTINUUM_SCALE_VERSIONS.includes(version);
  if (taken === undefined && !productDefault) return;
  throw new StoreError(
    'store.conflict',
    `Continuum scale version "${version}" is already ` +
      (taken ? `saved as version ${taken.number}` : "a version of the product's default") +
      '; give the edited scale a new "version" so each placement names the scale it used.',
  );
}

async function save(ctx: StoreContext, actor: Actor, json: unknown) {
  requireActor(actor);
  const scale = validated(json);
  return mutate(ctx, `Could not save continuum scale "${scale.version}"`, async (trx) => {
    await refuseTakenVersion(trx, scale.version);
    const before = await latestScale(ctx, trx);
    const row: ContinuumScaleVersionTable = {
      id: newId(),
      number: before.number + 1,
      version: scale.version,
      scale: ctx.features.json.encode(scale),
      created_at: ctx.now(),
      created_by: actor,
    };
    await trx.insertInto('continuum_scale_versions').values(row).execute();
    await appendEvent(ctx, trx, {
      actor,
      action: 'continuum_scale.save',
      entityType: 'continuum_scale',
      entityId: row.id,
      before: { number: before.number, version: before.version, scale: before.scale },
      after: { ...toSummary(row), scale },
    });
    return { ...toSummary(row), scale } satisfies StoredContinuumScale;
  });
}

export function continuumScalesRepo(ctx: StoreContext): StudyStore['continuumScales'] {
  return {
    current: () => latestScale(ctx, ctx.db),
    versions: async () => {
      const rows = await ctx.db
        .selectFrom('continuum_scale_versions')
        .select(['id', 'number', 'version', 'created_at', 'created_by'])
        .orderBy('number')
        .execute();
      return rows.map(toSummary);
    },
    save: (actor, scale) => save(ctx, actor, scale),
  };
}
