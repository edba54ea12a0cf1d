/** Stores one text version with its structure and makes it the source's searchable text. */
import type { Structure, TextVersion } from '@liaison/core';
import type { StoreContext, Trx } from '../context.js';
import { replaceSearchUnits, unitRows } from './search-units.js';
import { toTextVersionRow } from './text-versions.js';

export async function writeVersion(
  ctx: StoreContext,
  trx: Trx,
  version: TextVersion,
  structure: Structure,
): Promise<void> {
  await trx.insertInto('text_versions').values(toTextVersionRow(version)).execute();
  await trx
    .insertInto('structures')
    .values({ text_version_id: version.id, structure: ctx.features.json.encode(structure) })
    .execute();
  const units = unitRows(version.sourceId, version.id, structure, version.text);
  await replaceSearchUnits(trx, version.sourceId, units);
}
