/** `liaison sources list --study <path> [--dataset] [--site] [--json]`. */
import type { SourceSummary, StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { printJson } from '../io.js';
import { findByName, withStudy } from '../study.js';
import { formatTable } from '../table.js';

interface ListOptions {
  study: string;
  dataset?: string;
  site?: string;
  json?: boolean;
}

export async function sourcesList(ctx: CliContext, opts: ListOptions): Promise<void> {
  const sources = await withStudy(ctx, opts.study, async (store) =>
    store.sources.list(await filterFor(store, opts)),
  );
  if (opts.json) printJson(ctx.io, sources);
  else
    ctx.io.stdout(
      sources.length
        ? formatTable(rows(sources))
        : 'No sources yet. Add some with: liaison import <files...>\n',
    );
}

async function filterFor(
  store: StudyStore,
  opts: ListOptions,
): Promise<{ datasetId?: string; siteId?: string }> {
  const filter: { datasetId?: string; siteId?: string } = {};
  if (opts.dataset)
    filter.datasetId = findByName(await store.datasets.list(), opts.dataset, 'dataset').id;
  if (opts.site) filter.siteId = findByName(await store.sites.list(), opts.site, 'site').id;
  return filter;
}

function rows(sources: SourceSummary[]): string[][] {
  const header = ['name', 'dataset', 'site', 'format', 'units', 'version', 'id'];
  const body = sources.map((s) => [
    s.name,
    s.datasetName,
    s.siteName ?? '',
    s.format,
    String(s.unitCount),
    String(s.currentVersion),
    s.id,
  ]);
  return [header, ...body];
}
