/**
 * `liaison codebook round|rounds|diff`: coding rounds (named snapshots of the codebook) and what
 * changed between two of them, each change with the reasons recorded with it.
 */
import type { CodebookChange } from '@liaison/core';
import type { CodebookDiff } from '@liaison/store';
import type { CliContext } from '../context.js';
import { printJson, say } from '../io.js';
import { formatTable } from '../table.js';
import { datasetIdByName, withStudy } from '../study.js';
import { findRound, storeWork } from './codebook-find.js';

export async function codebookRound(
  ctx: CliContext,
  name: string,
  opts: { study: string; dataset?: string; json?: boolean },
): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    const datasetId =
      opts.dataset === undefined ? null : await datasetIdByName(store, opts.dataset);
    const round = await storeWork(store.rounds.create(ctx.config.actor, { name, datasetId }));
    if (opts.json) return printJson(ctx.io, { round });
    say(
      ctx.io,
      `round ${round.name} taken: ${round.codes.length} codes (after event ${round.eventSeq})`,
    );
  });
}

export async function codebookRounds(
  ctx: CliContext,
  opts: { study: string; json?: boolean },
): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    const rounds = await store.rounds.list();
    if (opts.json) return printJson(ctx.io, { rounds });
    if (rounds.length === 0) return ctx.io.stdout('no coding rounds yet\n');
    const rows = rounds.map((r) => [r.name, r.createdAt, r.createdBy, String(r.eventSeq)]);
    ctx.io.stdout(formatTable([['round', 'taken at', 'by', 'after event'], ...rows]));
  });
}

/** What changed, in words: `renamed: risk -> risk_to_self`. */
function describe(change: CodebookChange, nameOf: (id: string) => string): string {
  const fields = Object.keys(change.after ?? {});
  const detail = (() => {
    if (change.kind === 'renamed') return `${change.before?.name} -> ${change.after?.name}`;
    if (change.kind === 'redefined') return `${change.name} (${fields.join(', ')})`;
    if (change.kind === 'merged' || change.kind === 'split')
      return `${change.name} -> ${change.relatedIds.map(nameOf).join(', ')}`;
    return change.name;
  })();
  return `${change.kind}: ${detail}`;
}

/** The diff as text; `names` maps code ids to names for merge targets and split parts. */
export function formatDiff(diff: CodebookDiff, names: Map<string, string>): string {
  const nameOf = (id: string) => names.get(id) ?? id;
  const to = diff.to === 'current' ? 'the current codebook' : diff.to.name;
  const head = `changes from ${diff.from.name} to ${to}: ${diff.changes.length}`;
  const lines = diff.changes.flatMap((change) => [
    `  ${describe(change, nameOf)}`,
    ...change.memos.map((memo) => `      why: ${memo}`),
  ]);
  return `${[head, ...lines].join('\n')}\n`;
}

export async function codebookDiff(
  ctx: CliContext,
  opts: { study: string; from: string; to?: string; json?: boolean },
): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    const from = await findRound(store, opts.from);
    const to =
      opts.to === undefined || opts.to === 'current'
        ? 'current'
        : (await findRound(store, opts.to)).id;
    const diff = await storeWork(store.rounds.diff(from.id, to));
    if (opts.json) return printJson(ctx.io, diff);
    const names = new Map((await store.codes.list()).map((c) => [c.id, c.name]));
    ctx.io.stdout(formatDiff(diff, names));
  });
}
