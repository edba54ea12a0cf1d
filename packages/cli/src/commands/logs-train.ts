/**
 * `liaison logs train --study <path> [--dataset <name>] [--folds <k>] [--l2 <n>] [--out <file>]
 * [--save] [--force] [--json]`: adapts the study lexicon's learnt models (event, framing, each
 * agency's) to the study's reviewed police logs, whose every entry then counts as labelled
 * (corrections applied); store's `adaptStudyModels`. Reviewed means marked reviewed
 * (`liaison logs review`) once any log is, else with a corrected entry; the output names the logs
 * and the basis, since training on half-checked logs teaches the models their mistakes. First a
 * cross-validation by log says what the adaptation would do on logs it did not see; `--save`
 * stores the adapted lexicon as the study's next version only when that check shows a gain
 * (`--force` overrides), and `--out` writes it as a lexicon file. Only counts and scores are
 * printed, never entry text.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ALL_JUDGED_KINDS, ENTRY_SCORE_NAMES, type Lexicon } from '@liaison/core';
import { adaptStudyModels, type StudyAdaptation, type TrainingBasis } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { say } from '../io.js';
import { datasetIdByName, withStudy } from '../study.js';
import { formatTable } from '../table.js';
import { userFacing } from './logs-study-sources.js';

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

function positive(value: string | undefined, option: string, integer: boolean) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n)))
    throw new UsageError(`${option} must be a positive ${integer ? 'whole ' : ''}number`);
  return n;
}

function checkedOptions(opts: TrainOptions) {
  const folds = positive(opts.folds, '--folds', true);
  if (folds === 1) throw new UsageError('--folds must be at least 2');
  return { folds, l2: positive(opts.l2, '--l2', false) };
}

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;

const BASIS_TEXT: Record<TrainingBasis, string> = {
  marked: 'marked reviewed',
  corrected: 'with a corrected entry (no log is marked reviewed)',
};

function trainedOnLine(result: StudyAdaptation): string {
  const n = result.trainedOn.length;
  return `trained on ${n} log${n === 1 ? '' : 's'} ${BASIS_TEXT[result.basis]}: ${result.trainedOn.join(', ')}\n`;
}

function report(result: StudyAdaptation): string {
  const { check, l2 } = result;
  const rows = ENTRY_SCORE_NAMES.map(([key, name]) => {
    const [before, after] = [check.before[key], check.after[key]];
    return [name, before.toFixed(3), after.toFixed(3), signed(after - before)];
  });
  return (
    `cross-validation: ${check.folds} folds over ${check.logs} reviewed logs ` +
    `(${check.before.entries} entries), models adapted with l2 ${l2}\n` +
    formatTable([['metric', 'current', 'adapted', 'change'], ...rows]) +
    judgedLine(result)
  );
}

/** Which labels the check was judged on, when not all of them (only corrected kinds count). */
function judgedLine(result: StudyAdaptation): string {
  if (result.judgedOn.length === ALL_JUDGED_KINDS.length) return '';
  return (
    `judged on ${result.judgedOn.join(' and ')} only: the labels corrected ` +
    `(mean change ${signed(result.gain)}); mark logs reviewed to judge every label\n`
  );
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

/** What became of `--save`, on stderr. */
function sayOutcome(ctx: CliContext, result: StudyAdaptation): void {
  if (result.saved) {
    const { version, number } = result.saved;
    say(
      ctx.io,
      `saved lexicon "${version}" as version ${number}; ` +
        'run liaison logs analyse --study to analyse the logs with it',
    );
    return;
  }
  const what = result.gain < 0 ? 'lowered' : 'did not raise';
  say(
    ctx.io,
    `not saved: adapting ${what} the cross-validated scores (mean ${signed(result.gain)}); ` +
      'review more logs, or give --force to save it anyway',
  );
}

function json(result: StudyAdaptation): string {
  const { check, l2, tried, lexicon, basis, trainedOn, skipped, saved, judgedOn, gain } = result;
  const out = {
    basis,
    judgedOn,
    gain,
    trainedOn,
    skipped,
    logs: check.logs,
    folds: check.folds,
    l2,
    current: check.before,
    adapted: check.after,
    tried,
    version: lexicon.version,
    saved: saved && { number: saved.number, version: saved.version },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export async function logsTrain(ctx: CliContext, opts: TrainOptions): Promise<void> {
  const { folds, l2 } = checkedOptions(opts);
  await withStudy(ctx, opts.study, async (store) => {
    const datasetId = opts.dataset ? await datasetIdByName(store, opts.dataset) : undefined;
    const { save, force } = opts;
    const result = await userFacing(
      adaptStudyModels(store, ctx.config.actor, { datasetId, folds, l2, save, force }),
    );
    for (const name of result.skipped)
      say(ctx.io, `${name}: its analysis is of another text version, skipped`);
    if (save) sayOutcome(ctx, result);
    if (opts.out) await writeLexicon(ctx, opts.out, result.lexicon);
    ctx.io.stdout(opts.json ? json(result) : trainedOnLine(result) + report(result));
  });
}
