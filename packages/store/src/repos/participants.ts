import { SECTORS, newId, type Participant, type Sector } from '@liaison/core';
import type { Executor, StoreContext } from '../context.js';
import type { ParticipantInput, StudyStore } from '../contract.js';
import type { ParticipantTable } from '../schema/tables.js';
import { pickDefined, requireAttributes, requireOneOf, requireText } from '../validate.js';
import { createEntity, updateEntity, type EntitySpec } from './entity.js';

const FIELDS = ['code', 'role', 'organisation', 'sector', 'siteId', 'attributes'] as const;

function toParticipant(ctx: StoreContext, row: ParticipantTable): Participant {
  const { site_id, attributes, sector, ...rest } = row;
  return {
    ...rest,
    sector: sector as Sector,
    siteId: site_id,
    attributes: ctx.features.json.decode(attributes) as Record<string, string>,
  };
}

function toRow(ctx: StoreContext, p: Participant): ParticipantTable {
  const { siteId, attributes, ...rest } = p;
  return { ...rest, site_id: siteId, attributes: ctx.features.json.encode(attributes) };
}

function checked(p: Participant): Participant {
  requireText(p.code, 'Participant code');
  requireOneOf(p.sector, SECTORS, 'Participant sector');
  return { ...p, attributes: requireAttributes(p.attributes, 'Participant attributes') };
}

function spec(ctx: StoreContext): EntitySpec<Participant> {
  return {
    kind: 'participant',
    label: (p) => `participant ${p.code}`,
    load: async (db, id) => {
      const row = await db
        .selectFrom('participants')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toParticipant(ctx, row);
    },
    insert: async (trx, p) => {
      await trx.insertInto('participants').values(toRow(ctx, p)).execute();
    },
    update: async (trx, p) => {
      await trx.updateTable('participants').set(toRow(ctx, p)).where('id', '=', p.id).execute();
    },
  };
}

function newParticipant(input: ParticipantInput): Participant {
  return checked({
    id: newId(),
    code: input.code,
    role: input.role ?? '',
    organisation: input.organisation ?? '',
    sector: input.sector,
    siteId: input.siteId ?? null,
    attributes: input.attributes ?? {},
  });
}

/** All participants, for matching transcript speaker labels against their codes. */
export async function allParticipants(ctx: StoreContext, db: Executor): Promise<Participant[]> {
  const rows = await db.selectFrom('participants').selectAll().orderBy('code').execute();
  return rows.map((row) => toParticipant(ctx, row));
}

export function participantsRepo(ctx: StoreContext): StudyStore['participants'] {
  const s = spec(ctx);
  return {
    list: async (filter = {}) => {
      let query = ctx.db.selectFrom('participants').selectAll().orderBy('code');
      if (filter.siteId !== undefined) query = query.where('site_id', '=', filter.siteId);
      return (await query.execute()).map((row) => toParticipant(ctx, row));
    },
    get: (id) => s.load(ctx.db, id),
    create: async (actor, input) => createEntity(ctx, s, actor, newParticipant(input)),
    update: (actor, id, patch) =>
      updateEntity(ctx, s, actor, id, (b) => checked({ ...b, ...pickDefined(patch, FIELDS) })),
  };
}
