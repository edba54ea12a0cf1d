/** Full-text search over the current text of every source (engine-specific SQL underneath). */
import type { StoreContext } from './context.js';
import type { SearchHit } from './contract.js';
import { searchTerms } from './engine/dialect-features.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;
/** More terms than anyone types; bounds the query an engine has to plan. */
const MAX_TERMS = 32;

export async function search(
  ctx: StoreContext,
  query: string,
  options: { limit?: number } = {},
): Promise<SearchHit[]> {
  const terms = searchTerms(String(query)).slice(0, MAX_TERMS);
  if (terms.length === 0) return [];
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const rows = await ctx.features.fts.search(ctx.db, terms, limit);
  return rows.map((r) => ({
    sourceId: r.source_id,
    sourceName: r.source_name,
    textVersionId: r.text_version_id,
    unitIndex: r.unit_index,
    startUtf16: r.start_utf16,
    endUtf16: r.end_utf16,
    snippet: r.snippet,
    rank: Number(r.rank),
  }));
}
