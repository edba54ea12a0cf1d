/**
 * `liaison logs review --study <path> <logs...> [--undo]`: marks police logs reviewed, saying a
 * researcher has checked every entry of their stored analysis (corrections applied), or with
 * `--undo` unmarks them. Once any log of the study (or of the dataset trained) is marked,
 * `liaison logs train` trains on the marked logs only (docs/log-analysis.md). Every log named is
 * found and checked for a stored analysis before any is changed, so a typo changes nothing.
 */
import type { LogReview, SourceSummary, StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { say } from '../io.js';
import { findByIdOrName, withStudy } from '../study.js';
import { policeLogs, userFacing } from './logs-study-sources.js';

export interface ReviewOptions {
  study: string;
  undo?: boolean;
}

/** The logs named, each with its current mark; refused when one has no stored analysis. */
async function namedLogs(store: StudyStore, refs: string[]) {
  const logs = await policeLogs(store);
  const named = refs.map((ref) => findByIdOrName(logs, ref, 'police log'));
  const found: { source: SourceSummary; reviewed: LogReview | null }[] = [];
  const missing: string[] = [];
  for (const source of named) {
    const stored = await store.analyses.get(source.id);
    if (stored) found.push({ source, reviewed: stored.reviewed });
    else missing.push(source.name);
  }
  if (missing.length > 0) throw notAnalysed(missing);
  return found;
}

function notAnalysed(names: string[]): CliError {
  return new CliError(
    `${names.join(', ')}: no stored analysis of the current text, so nothing was marked; ` +
      'run liaison logs analyse --study <path> first, then check every entry',
  );
}

function describeMark(name: string, was: LogReview | null, reviewed: boolean): string {
  if (!reviewed) return was ? `unmarked ${name}` : `${name} was not marked reviewed`;
  return was ? `${name} was already marked reviewed by ${was.by} at ${was.at}` : `marked ${name}`;
}

/** What training will take now, from every log's mark (of the whole study). */
async function sayBasis(ctx: CliContext, store: StudyStore): Promise<void> {
  let marked = 0;
  for (const source of await policeLogs(store))
    if ((await store.analyses.get(source.id))?.reviewed) marked++;
  say(
    ctx.io,
    marked > 0
      ? `${marked} police log${marked === 1 ? '' : 's'} marked reviewed; ` +
          'liaison logs train trains on the marked logs'
      : 'no police log is marked reviewed; liaison logs train trains on the logs with a corrected entry',
  );
}

export async function logsReview(
  ctx: CliContext,
  refs: string[],
  opts: ReviewOptions,
): Promise<void> {
  if (refs.length === 0) throw new UsageError('name the police logs to mark (source names or ids)');
  const reviewed = !opts.undo;
  await withStudy(ctx, opts.study, async (store) => {
    for (const { source, reviewed: was } of await namedLogs(store, refs)) {
      await userFacing(store.analyses.review(ctx.config.actor, source.id, reviewed));
      say(ctx.io, describeMark(source.name, was, reviewed));
    }
    await sayBasis(ctx, store);
  });
}
