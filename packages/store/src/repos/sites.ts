import { newId, type Site } from '@liaison/core';
import type { Executor, StoreContext } from '../context.js';
import type { SiteInput, StudyStore } from '../contract.js';
import { pickDefined, requireText } from '../validate.js';
import { createEntity, updateEntity, type EntitySpec } from './entity.js';

const FIELDS = ['name', 'description'] as const;

export const siteSpec: EntitySpec<Site> = {
  kind: 'site',
  label: (s) => `site "${s.name}"`,
  load: (db, id) => db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst(),
  insert: async (trx, site) => {
    await trx.insertInto('sites').values(site).execute();
  },
  update: async (trx, site) => {
    await trx.updateTable('sites').set(site).where('id', '=', site.id).execute();
  },
};

function checked(site: Site): Site {
  requireText(site.name, 'Site name');
  return site;
}

/** Looks a site up by its exact name (imports name their site). */
export function siteByName(db: Executor, name: string): Promise<Site | undefined> {
  return db.selectFrom('sites').selectAll().where('name', '=', name).executeTakeFirst();
}

export function newSite(input: SiteInput): Site {
  return checked({ id: newId(), name: input.name, description: input.description ?? '' });
}

export function sitesRepo(ctx: StoreContext): StudyStore['sites'] {
  return {
    list: () => ctx.db.selectFrom('sites').selectAll().orderBy('name').execute(),
    get: (id) => siteSpec.load(ctx.db, id),
    create: async (actor, input) => createEntity(ctx, siteSpec, actor, newSite(input)),
    update: (actor, id, patch) =>
      updateEntity(ctx, siteSpec, actor, id, (before) =>
        checked({ ...before, ...pickDefined(patch, FIELDS) }),
      ),
  };
}
