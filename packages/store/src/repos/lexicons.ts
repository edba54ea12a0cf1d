/**
 * The study's lexicon versions. Rows are never changed: saving adds a version, the highest
 * number is current, and until a study saves one the product's `DEFAULT_LEXICON` applies.
 */
import { DEFAULT_LEXICON, newId, validateLexicon, type Actor, type Lexicon } from '@liaison/core';
import { mutate, type Executor, type StoreContext } from '../context.js';
import type { LexiconVersionSummary, StoredLexicon, StudyStore } from '../contract.js';
import { StoreError } from '../errors.js';
import { appendEvent, requireActor } from '../events.js';
import type { LexiconVersionTable } from '../schema/tables.js';

const DEFAULT_STORED: StoredLexicon = {
  number: 0,
  name: DEFAULT_LEXICON.name,
  version: DEFAULT_LEXICON.version,
  savedAt: null,
  savedBy: null,
  lexicon: DEFAULT_LEXICON,
};

function toSummary(row: Omit<LexiconVersionTable, 'lexicon'>): LexiconVersionSummary {
  return {
    number: row.number,
    name: row.name,
    version: row.version,
    savedAt: row.created_at,
    savedBy: row.created_by,
  };
}

function toStored(ctx: StoreContext, row: LexiconVersionTable): StoredLexicon {
  return { ...toSummary(row), lexicon: ctx.features.json.decode(row.lexicon) as Lexicon };
}

export async function latestLexicon(ctx: StoreContext, db: Executor): Promise<StoredLexicon> {
  const row = await db
    .selectFrom('lexicon_versions')
    .selectAll()
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toStored(ctx, row) : DEFAULT_STORED;
}

function validated(json: unknown): Lexicon {
  const checked = validateLexicon(json);
  if (checked.ok) return checked.lexicon;
  throw new StoreError(
    'store.invalid_input',
    `The lexicon is not valid; fix these and save again:\n  ${checked.errors.join('\n  ')}`,
  );
}

async function refuseTakenVersion(db: Executor, version: string): Promise<void> {
  const taken = await db
    .selectFrom('lexicon_versions')
    .select('number')
    .where('version', '=', version)
    .executeTakeFirst();
  if (taken === undefined) return;
  throw new StoreError(
    'store.conflict',
    `Lexicon version "${version}" is already saved as version ${taken.number}; ` +
      'give the edited lexicon a new "version" so stored analyses can name the one they used.',
  );
}

async function save(ctx: StoreContext, actor: Actor, json: unknown): Promise<StoredLexicon> {
  requireActor(actor);
  const lexicon = validated(json);
  return mutate(ctx, `Could not save lexicon "${lexicon.version}"`, async (trx) => {
    await refuseTakenVersion(trx, lexicon.version);
    const before = await latestLexicon(ctx, trx);
    const row: LexiconVersionTable = {
      id: newId(),
      number: before.number + 1,
      name: lexicon.name,
      version: lexicon.version,
      lexicon: ctx.features.json.encode(lexicon),
      created_at: ctx.now(),
      created_by: actor,
    };
    await trx.insertInto('lexicon_versions').values(row).execute();
    await appendEvent(ctx, trx, {
      actor,
      action: 'lexicon.save',
      entityType: 'lexicon',
      entityId: row.id,
      before: { number: before.number, name: before.name, version: before.version },
      after: toSummary(row),
    });
    return { ...toSummary(row), lexicon };
  });
}

export function lexiconsRepo(ctx: StoreContext): StudyStore['lexicons'] {
  return {
    current: () => latestLexicon(ctx, ctx.db),
    versions: async () => {
      const rows = await ctx.db
        .selectFrom('lexicon_versions')
        .select(['id', 'number', 'name', 'version', 'created_at', 'created_by'])
        .orderBy('number')
        .execute();
      return rows.map(toSummary);
    },
    get: async (number) => {
      if (number === 0) return DEFAULT_STORED;
      const row = await ctx.db
        .selectFrom('lexicon_versions')
        .selectAll()
        .where('number', '=', number)
        .executeTakeFirst();
      return row && toStored(ctx, row);
    },
    save: (actor, lexicon) => save(ctx, actor, lexicon),
  };
}
