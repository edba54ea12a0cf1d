/**
 * `liaison autocode --study <path> --code <name> (--phrase "..." | --regex "...")
 * [--unit match|sentence|turn] [--apply all|1,3,5] [--json]`: lexical autocode. Without
 * --apply it previews numbered hits with snippets; with --apply it codes the chosen hits as the
 * acting coder, in one batch (one audit event). Hits are numbered the same way each run over
 * an unchanged study, so a preview's numbers can be passed to --apply.
 */
import { UnsafePatternError, type AutocodeQuery, type AutocodeUnit } from '@liaison/core';
import {
  applyAutocode,
  previewAutocode,
  type AutocodePreview,
  type StudyStore,
  type UnitFilter,
} from '@liaison/store';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, say } from '../io.js';
import { datasetIdByName, findByName, withStudy } from '../study.js';
import { formatTable } from '../table.js';
import { findSource, userFacing } from './assist-sources.js';

export interface AutocodeOptions {
  study: string;
  code: string;
  phrase?: string;
  regex?: string;
  unit: AutocodeUnit;
  caseSensitive?: boolean;
  wholeWord?: boolean;
  dataset?: string;
  source?: string;
  apply?: string;
  json?: boolean;
}

function queryFrom(opts: AutocodeOptions): AutocodeQuery {
  if ((opts.phrase === undefined) === (opts.regex === undefined))
    throw new UsageError('give exactly one of --phrase "..." or --regex "..."');
  return {
    ...(opts.phrase !== undefined ? { phrase: opts.phrase } : { regex: opts.regex }),
    unit: opts.unit,
    caseSensitive: Boolean(opts.caseSensitive),
    ...(opts.wholeWord !== undefined ? { wholeWord: opts.wholeWord } : {}),
  };
}

/** `all` or a comma-separated list of hit numbers. */
export function parseChoice(raw: string): number[] | 'all' {
  if (raw.trim().toLowerCase() === 'all') return 'all';
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^[1-9]\d*$/.test(p)))
    throw new UsageError(`--apply takes "all" or hit numbers like 1,3,5 (got "${raw}")`);
  return parts.map(Number);
}

async function filterFrom(store: StudyStore, opts: AutocodeOptions): Promise<UnitFilter> {
  const filter: UnitFilter = {};
  if (opts.dataset) filter.datasetId = await datasetIdByName(store, opts.dataset);
  if (opts.source) filter.sourceIds = [(await findSource(store, opts.source)).id];
  return filter;
}

async function preview(store: StudyStore, opts: AutocodeOptions): Promise<AutocodePreview> {
  try {
    return await previewAutocode(store, queryFrom(opts), await filterFrom(store, opts));
  } catch (error) {
    if (error instanceof UnsafePatternError || error instanceof SyntaxError)
      throw new UsageError(error.message);
    throw error;
  }
}

function printPreview(ctx: CliContext, p: AutocodePreview, code: string): void {
  const rows = p.hits.map((h) => [String(h.number), h.sourceName, String(h.unitIndex), h.snippet]);
  ctx.io.stdout(formatTable([['#', 'source', 'unit', 'hit'], ...rows]));
  say(
    ctx.io,
    `${p.hits.length} hits${p.truncated ? ' (stopped at the limit)' : ''}. To code them with "${code}": add --apply all, or --apply 1,3,5`,
  );
}

export async function autocodeCommand(ctx: CliContext, opts: AutocodeOptions): Promise<void> {
  const choice = opts.apply !== undefined ? parseChoice(opts.apply) : undefined;
  await withStudy(ctx, opts.study, async (store) => {
    const codes = (await store.codes.list()).filter((c) => c.codable && !c.retiredAt);
    const code = findByName(codes, opts.code, 'codable code');
    const p = await preview(store, opts);
    if (choice === undefined) {
      if (opts.json) printJson(ctx.io, { code: code.name, codeId: code.id, ...p });
      else printPreview(ctx, p, code.name);
      return;
    }
    const actor = ctx.config.actor;
    const result = await userFacing(applyAutocode(store, actor, code.id, p, choice));
    if (opts.json) printJson(ctx.io, { code: code.name, codeId: code.id, coder: actor, ...result });
    else
      say(
        ctx.io,
        `coded ${result.created} hits with "${code.name}" as ${actor}${result.skipped ? `; ${result.skipped} already coded, skipped` : ''}`,
      );
  });
}
