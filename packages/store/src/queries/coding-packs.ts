/**
 * Reads the co-occurrence packs (migration 0009, docs/queries.md "how fast"): one row per text
 * version holding its codings packed and sorted by start. A pack is current when its generation
 * equals the version's generation in `coding_pack_gens`, which triggers on `codings` bump in the
 * same transaction as any change. Generations and packs are read in one snapshot, and stale
 * packs are rebuilt from the codings of that same snapshot, so the answer is exact for one
 * moment even while others write. Rebuilt packs are then stored for the next query; the store
 * only replaces an older generation, so a slow reader never overwrites a newer pack.
 */
import { sql } from 'kysely';
import { unitSpansOf, type Id } from '@liaison/core';
import type { StoreContext, Executor } from '../context.js';
import { encodePack, encodeUnits, type PackGroup } from './coding-pack-format.js';
import { structuresOf } from './segment-rows.js';

export interface Pack {
  versionId: Id;
  gen: number;
  codeIds: string[];
  coders: string[];
  spans: Uint8Array;
  /** The version's units (encodeUnits), for the same-unit mode. */
  units: Uint8Array;
}

/**
 * When more than this share of versions is stale, rebuild from one scan of `codings`. On the
 * bench's data (1,000 versions of 1,000 codings, under load) one version through the index took
 * 5–25 ms and the whole scan 2–3 s, so the scan wins somewhere above a few hundred versions.
 */
const SCAN_SHARE = 0.25;
/** Versions per IN list; rows per multi-row insert. */
const CHUNK = 200;
const WRITE_BATCH = 100;

async function packRows(trx: Executor) {
  return trx
    .selectFrom('coding_pack_gens as g')
    .leftJoin('coding_packs as p', 'p.text_version_id', 'g.text_version_id')
    .select([
      'g.text_version_id',
      'g.gen as want',
      'p.gen',
      'p.code_ids',
      'p.coders',
      'p.spans',
      'p.units',
    ])
    .orderBy('g.text_version_id')
    .execute();
}

type Group = PackGroup & { versionId: Id };

/** Codings grouped by version, code and coder, each group's spans packed by the engine. */
function groups(ctx: StoreContext) {
  return ctx.db
    .selectFrom('codings as c')
    .select([
      'c.text_version_id as versionId',
      'c.code_id as codeId',
      'c.coder',
      ctx.features.packs.spanPairs().as('pairs'),
    ])
    .groupBy(['c.text_version_id', 'c.code_id', 'c.coder']);
}

/**
 * Codings of the given versions. Few versions: through `codings_by_source` (no index leads on
 * the version, and a version's codings share its source). Many: one scan, filtered here.
 */
async function codingsOf(ctx: StoreContext, versionIds: Id[], all: number): Promise<Group[]> {
  if (versionIds.length > all * SCAN_SHARE) {
    const wanted = new Set(versionIds);
    return (await groups(ctx).execute()).filter((r) => wanted.has(r.versionId));
  }
  const out: Group[] = [];
  for (let i = 0; i < versionIds.length; i += CHUNK) {
    const rows = await groups(ctx)
      .innerJoin('text_versions as v', (j) =>
        j.onRef('v.source_id', '=', 'c.source_id').onRef('v.id', '=', 'c.text_version_id'),
      )
      .where('v.id', 'in', versionIds.slice(i, i + CHUNK))
      .execute();
    out.push(...rows);
  }
  return out;
}

async function rebuild(ctx: StoreContext, stale: { id: Id; gen: number }[], all: number) {
  const byVersion = new Map<Id, PackGroup[]>(stale.map((s) => [s.id, []]));
  for (const row of await codingsOf(ctx, [...byVersion.keys()], all)) {
    byVersion.get(row.versionId)!.push(row);
  }
  const structures = await structuresOf(ctx, [...byVersion.keys()]);
  const none = encodeUnits({ start: new Int32Array(0), end: new Int32Array(0) });
  return stale.map((s): Pack => {
    const structure = structures.get(s.id);
    const units = structure === undefined ? none : encodeUnits(unitSpansOf(structure));
    return { versionId: s.id, gen: s.gen, ...encodePack(byVersion.get(s.id)!), units };
  });
}

/** Every version's pack as of one snapshot; `rebuilt` are the ones that were stale. */
async function readSnapshot(ctx: StoreContext): Promise<{ packs: Pack[]; rebuilt: Pack[] }> {
  const rows = await packRows(ctx.db);
  const current: Pack[] = [];
  const stale: { id: Id; gen: number }[] = [];
  for (const r of rows) {
    const want = Number(r.want);
    if (r.gen === null || Number(r.gen) !== want || r.spans === null || r.units === null) {
      stale.push({ id: r.text_version_id, gen: want });
      continue;
    }
    const [codeIds, coders] = [JSON.parse(r.code_ids!), JSON.parse(r.coders!)];
    const { spans, units } = r;
    current.push({ versionId: r.text_version_id, gen: want, codeIds, coders, spans, units });
  }
  const rebuilt = stale.length === 0 ? [] : await rebuild(ctx, stale, rows.length);
  return { packs: [...current, ...rebuilt], rebuilt };
}

/** Stores rebuilt packs, replacing only packs of an older generation. */
async function storePacks(ctx: StoreContext, packs: Pack[]): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < packs.length; i += WRITE_BATCH) {
      const values = packs.slice(i, i + WRITE_BATCH).map((p) => ({
        text_version_id: p.versionId,
        gen: p.gen,
        code_ids: JSON.stringify(p.codeIds),
        coders: JSON.stringify(p.coders),
        spans: p.spans,
        units: p.units,
      }));
      await trx
        .insertInto('coding_packs')
        .values(values)
        .onConflict((oc) =>
          oc
            .column('text_version_id')
            .doUpdateSet({
              gen: sql`excluded.gen`,
              code_ids: sql`excluded.code_ids`,
              coders: sql`excluded.coders`,
              spans: sql`excluded.spans`,
              units: sql`excluded.units`,
            })
            .where('coding_packs.gen', '<', sql<number>`excluded.gen`),
        )
        .execute();
    }
  });
}

/**
 * Current packs of every text version that has (or had) codings. PostgreSQL reads them in one
 * REPEATABLE READ snapshot; SQLite's read transaction is a snapshot already.
 */
export async function currentPacks(ctx: StoreContext): Promise<Pack[]> {
  const { packs, rebuilt } = await ctx.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => readSnapshot({ ...ctx, db: trx }));
  if (rebuilt.length > 0) await storePacks(ctx, rebuilt);
  return packs;
}
