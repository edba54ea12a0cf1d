/**
 * `liaison logs correct --study <path> --source <id|name> …`: records one researcher correction
 * of a stored log analysis (an entry's labels, a turning point added or removed, or the continuum
 * overridden with a reason). The store checks the labels and writes the audit event.
 */
import type { Correction, EventType, Framing, TurningPointType } from '@liaison/core';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { say } from '../io.js';
import { withStudy } from '../study.js';
import { findLog, userFacing } from './logs-study-sources.js';

export interface CorrectOptions {
  study: string;
  source: string;
  entry?: string;
  event?: string;
  framing?: string;
  agencies?: string;
  addTurningPoint?: string;
  removeTurningPoint?: string;
  continuum?: string;
  reason?: string;
}

function wholeNumber(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number (got ${value})`);
  return Number(value);
}

function turningPoint(opts: CorrectOptions, entry: number): Correction | undefined {
  const type = opts.addTurningPoint ?? opts.removeTurningPoint;
  if (type === undefined) return undefined;
  const action = opts.addTurningPoint !== undefined ? 'add' : 'remove';
  return { target: 'turning_point', entry, type: type as TurningPointType, action };
}

function entryCorrection(opts: CorrectOptions, index: number): Correction {
  if (opts.event === undefined && opts.framing === undefined && opts.agencies === undefined)
    throw new UsageError('with --entry give --event, --framing, --agencies or a turning point');
  return {
    target: 'entry',
    index,
    ...(opts.event !== undefined ? { event: opts.event as EventType } : {}),
    ...(opts.framing !== undefined ? { framing: opts.framing as Framing } : {}),
    ...(opts.agencies !== undefined
      ? {
          agencies: opts.agencies
            .split(',')
            .map((a) => a.trim())
            .filter((a) => a !== ''),
        }
      : {}),
  };
}

/** The one correction the options describe (labels are checked by the store). */
export function correctionFrom(opts: CorrectOptions): Correction {
  if (opts.continuum !== undefined) {
    if (opts.entry !== undefined)
      throw new UsageError('--continuum corrects the whole log: leave out --entry');
    if (!opts.reason?.trim())
      throw new UsageError('--continuum needs --reason "why the placement is different"');
    return {
      target: 'continuum',
      level: wholeNumber(opts.continuum, '--continuum'),
      reason: opts.reason,
    };
  }
  if (opts.entry === undefined)
    throw new UsageError('give --entry <n> (with the labels to correct) or --continuum <level>');
  const index = wholeNumber(opts.entry, '--entry');
  return turningPoint(opts, index) ?? entryCorrection(opts, index);
}

export async function logsCorrect(ctx: CliContext, opts: CorrectOptions): Promise<void> {
  const correction = correctionFrom(opts);
  await withStudy(ctx, opts.study, async (store) => {
    const source = await findLog(store, opts.source);
    const result = await userFacing(
      store.analyses.correct(ctx.config.actor, source.id, correction),
    );
    say(
      ctx.io,
      `corrected ${source.name}: ${result.corrections.length} corrections in force, ` +
        `continuum ${result.analysis.continuum.level} ${result.analysis.continuum.label}`,
    );
  });
}
