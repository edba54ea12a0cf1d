/**
 * `liaison logs train --study <path> [--dataset <name>] [--folds <k>] [--l2 <n>] [--out <file>]
 * [--save] [--force] [--json]`: adapts the study lexicon's learnt models (event, framing, each
 * agency's) to the study's reviewed police logs, those with at least one corrected entry, whose
 * every entry then counts as labelled (corrections applied). First a cross-validation by log
 * says what the adaptation would do on logs it did not see; `--save` stores the adapted lexicon
 * as the study's next version only when that check shows a gain (`--force` overrides), and
 * `--out` writes it as a lexicon file. Only counts and scores are printed, never entry text.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  crossValidateAdaptation,
  lexiconTrainedOn,
  type AdaptationCheck,
  type EntryLabelScores,
  type Lexicon,
  type ReviewedLog,
} from '@liaison/core';
import type { StoredLexicon, StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { say } from '../io.js';
import { withStudy } from '../study.js';
import { formatTable } from '../table.js';
import { currentLog, policeLogs, userFacing } from './logs-study-sources.js';

export interface TrainOptions {
  study: string;
  dataset?: string;
  folds?: string;
  l2?: string;
  out?: string;
  save?: boolean;
  force?: boolean;
  json?: boolean;
}

/** Penalty strengths tried when `--l2` is not given: the prior weighs more as it grows. */
const L2_GRID = [1, 3, 10];

/** The study's police logs with a corrected entry, each with its corrected labels. */
async function reviewedLogs(ctx: CliContext, store: StudyStore, dataset?: string) {
  const out: ReviewedLog[] = [];
  for (const source of await policeLogs(store, dataset)) {
    const stored = await store.analyses.get(source.id);
    if (!stored?.corrections.some((c) => c.target === 'entry')) continue;
    const log = await currentLog(store, source.id);
    if (log.entries.length !== stored.analysis.entries.length) {
      say(ctx.io, `${source.name}: its analysis is of another text version, skipped`);
      continue;
    }
    out.push({ log, gold: stored.analysis.entries });
  }
  return out;
}

function positive(value: string | undefined, option: string, integer: boolean) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n)))
    throw new UsageError(`${option} must be a positive ${integer ? 'whole ' : ''}number`);
  return n;
}

/** The mean of the four entry scores: what "better" means when comparing lexicons here. */
const overall = (s: EntryLabelScores) =>
  (s.eventMacroF1 + s.eventAccuracy + s.framingAccuracy + s.agencyF1) / 4;

/** The check at each penalty strength; the best (highest overall after adapting) first. */
function checks(logs: ReviewedLog[], lexicon: Lexicon, folds?: number, l2?: number) {
  const grid = l2 === undefined ? L2_GRID : [l2];
  const runs = grid.map((strength) => ({
    l2: strength,
    check: crossValidateAdaptation(logs, lexicon, { folds, l2: strength }),
  }));
  return runs.sort((a, b) => overall(b.check.after) - overall(a.check.after));
}

const METRICS: [keyof EntryLabelScores, string][] = [
  ['eventMacroF1', 'event macro-F1'],
  ['eventAccuracy', 'event accuracy'],
  ['framingAccuracy', 'framing accuracy'],
  ['agencyF1', 'agency F1'],
];

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;

function report(check: AdaptationCheck, l2: number): string {
  const rows = METRICS.map(([key, name]) => {
    const [before, after] = [check.before[key], check.after[key]];
    return [name, before.toFixed(3), after.toFixed(3), signed(after - before)];
  });
  return (
    `cross-validation: ${check.folds} folds over ${check.logs} reviewed logs ` +
    `(${check.before.entries} entries), models adapted with l2 ${l2}\n` +
    formatTable([['metric', 'current', 'adapted', 'change'], ...rows])
  );
}

/** The adapted lexicon, under a version new to the study: the current one + `study.<n>`. */
function adapted(current: StoredLexicon, logs: ReviewedLog[], l2: number, entries: number) {
  const version = `${current.version}+study.${current.number + 1}`;
  const trainedOn = `lexicon "${current.version}" adapted to ${entries} entries of ${logs.length} reviewed logs`;
  return { ...lexiconTrainedOn(logs, current.lexicon, { adapt: true, l2, trainedOn }), version };
}

async function writeLexicon(ctx: CliContext, file: string, lexicon: Lexicon): Promise<void> {
  try {
    await writeFile(resolve(ctx.io.cwd, file), `${JSON.stringify(lexicon, null, 2)}\n`);
  } catch (error) {
    throw new CliError(
      `cannot write ${file}: ${(error as Error).message}. Choose another --out path.`,
    );
  }
  say(ctx.io, `wrote the adapted lexicon "${lexicon.version}" to ${file}`);
}

/** Saves the adapted lexicon if the check showed a gain, or `--force` was given. */
async function saveIfNoLoss(
  ctx: CliContext,
  store: StudyStore,
  lexicon: Lexicon,
  gain: number,
  force?: boolean,
): Promise<StoredLexicon | null> {
  if (gain <= 0 && !force) {
    const what = gain < 0 ? 'lowered' : 'did not raise';
    say(
      ctx.io,
      `not saved: adapting ${what} the cross-validated scores (mean ${signed(gain)}); ` +
        'correct more logs, or give --force to save it anyway',
    );
    return null;
  }
  const saved = await userFacing(store.lexicons.save(ctx.config.actor, lexicon));
  say(
    ctx.io,
    `saved lexicon "${saved.version}" as version ${saved.number}; ` +
      'run liaison logs analyse --study to analyse the logs with it',
  );
  return saved;
}

function checkedOptions(opts: TrainOptions) {
  const folds = positive(opts.folds, '--folds', true);
  if (folds === 1) throw new UsageError('--folds must be at least 2');
  return { folds, l2: positive(opts.l2, '--l2', false) };
}

async function reviewedOrFail(ctx: CliContext, store: StudyStore, dataset?: string) {
  const logs = await reviewedLogs(ctx, store, dataset);
  if (logs.length >= 2) return logs;
  throw new CliError(
    `${logs.length} reviewed police logs${dataset ? ` in dataset ${dataset}` : ''}; ` +
      'training needs at least two. Correct the labels of more logs (liaison logs correct, or ' +
      'the log timeline); a log counts as reviewed once one of its entries is corrected.',
  );
}

export async function logsTrain(ctx: CliContext, opts: TrainOptions): Promise<void> {
  const { folds, l2 } = checkedOptions(opts);
  await withStudy(ctx, opts.study, async (store) => {
    const current = await store.lexicons.current();
    const logs = await reviewedOrFail(ctx, store, opts.dataset);
    const [best, ...others] = checks(logs, current.lexicon, folds, l2);
    const { check } = best!;
    const gain = overall(check.after) - overall(check.before);
    const lexicon = adapted(current, logs, best!.l2, check.before.entries);
    const saved = opts.save ? await saveIfNoLoss(ctx, store, lexicon, gain, opts.force) : null;
    if (opts.out) await writeLexicon(ctx, opts.out, lexicon);
    if (!opts.json) return void ctx.io.stdout(report(check, best!.l2));
    const tried = [best!, ...others].map((r) => ({ l2: r.l2, adapted: r.check.after }));
    const result = {
      logs: check.logs,
      folds: check.folds,
      l2: best!.l2,
      current: check.before,
      adapted: check.after,
      tried,
      version: lexicon.version,
      saved: saved && { number: saved.number, version: saved.version },
    };
    ctx.io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  });
}
