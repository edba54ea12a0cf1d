/**
 * `liaison search --study <path> <query>`: full-text search over the current text of every
 * source; each hit prints the source, the unit (log entry, turn or section) and a snippet with
 * the matched words between « and ».
 */
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, say } from '../io.js';
import { withStudy } from '../study.js';

export interface SearchOptions {
  study: string;
  limit?: string;
  json?: boolean;
}

function limitOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) {
    throw new UsageError(`--limit ${value}: give a whole number from 1 to 500`);
  }
  return n;
}

export async function searchCommand(ctx: CliContext, query: string, opts: SearchOptions) {
  const limit = limitOf(opts.limit);
  await withStudy(ctx, opts.study, async (store) => {
    const hits = await store.search(query, { limit });
    if (opts.json) return printJson(ctx.io, hits);
    if (hits.length === 0) return say(ctx.io, `no matches for "${query}"`);
    for (const h of hits) {
      ctx.io.stdout(`${h.sourceName} #${h.unitIndex + 1}: ${h.snippet.replace(/\s+/g, ' ')}\n`);
    }
  });
}
