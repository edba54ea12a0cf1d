/**
 * `liaison suggest --study <path> [--source <name>] [--coder x] [--k 3] [--json]`: code
 * suggestions per unit, learnt from the coder's own codings (TF-IDF + logistic regression,
 * docs/assisted-coding.md). Suggestions are printed for review; nothing is stored.
 */
import { suggestForSources, type StudySuggestions } from '@liaison/store';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, say } from '../io.js';
import { withStudy } from '../study.js';
import { formatTable } from '../table.js';
import { findSource, userFacing } from './assist-sources.js';

export interface SuggestOptions {
  study: string;
  source?: string;
  coder?: string;
  k: string;
  min: string;
  json?: boolean;
}

function parseK(raw: string): number {
  if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`--k must be a whole number ≥ 1 (got ${raw})`);
  return Number(raw);
}

function parseMin(raw: string): number {
  const p = Number(raw);
  if (!(p >= 0 && p <= 1))
    throw new UsageError(`--min must be a probability in [0, 1] (got ${raw})`);
  return p;
}

const percent = (p: number) => `${Math.round(p * 100)} %`;

function printSuggestions(ctx: CliContext, s: StudySuggestions, min: number): void {
  const shown = s.units.filter((u) => (u.suggestions[0]?.probability ?? 0) >= min);
  const rows = shown.map((u) => [
    u.sourceName,
    String(u.unitIndex),
    u.suggestions.map((x) => `${x.codeName} (${percent(x.probability)})`).join(', '),
  ]);
  ctx.io.stdout(formatTable([['source', 'unit', 'suggested codes (probability)'], ...rows]));
  say(
    ctx.io,
    `learnt ${s.codesLearnt} codes from ${s.trainingUnits} units coded by ${s.coder}; ${shown.length} of ${s.units.length} units have a suggestion of at least ${percent(min)}.`,
  );
  if (s.untrained.length) say(ctx.io, `too few codings to learn: ${s.untrained.join(', ')}`);
  say(
    ctx.io,
    'Suggestions are not applied: code the text yourself in the reader or with liaison autocode.',
  );
}

export async function suggestCommand(ctx: CliContext, opts: SuggestOptions): Promise<void> {
  const k = parseK(opts.k);
  const min = parseMin(opts.min);
  const coder = opts.coder ?? ctx.config.actor;
  await withStudy(ctx, opts.study, async (store) => {
    const sourceIds = opts.source ? [(await findSource(store, opts.source)).id] : undefined;
    const s = await userFacing(suggestForSources(store, coder, sourceIds, k));
    if (opts.json) printJson(ctx.io, s);
    else printSuggestions(ctx, s, min);
  });
}
