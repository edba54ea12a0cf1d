/**
 * `--study <path>` for the `liaison seq` commands: the study's police logs (current text
 * versions), analysed with the default lexicon and turned into state sequences by `logSequences`
 * (one position per entry, or per `--bin` minutes; state `--state event|framing|agency`).
 */
import {
  analyseLog,
  LOG_STATE_KINDS,
  LogSequenceError,
  logSequences,
  type AnalysedLog,
  type LogStateKind,
  type WideSequences,
} from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { datasetIdByName, withStudy } from '../study.js';

export interface SeqStudyOptions {
  study?: string;
  dataset?: string;
  state?: string;
  bin?: string;
}

export async function loadStudySequences(
  ctx: CliContext,
  study: string,
  opts: SeqStudyOptions,
): Promise<WideSequences> {
  const state = stateOf(opts.state);
  const binMinutes = binOf(opts.bin);
  const logs = await withStudy(ctx, study, (store) => analysedLogs(store, opts.dataset));
  if (logs.length === 0)
    throw new CliError(
      `the study has no police logs${opts.dataset ? ` in dataset "${opts.dataset}"` : ''}; import some with: liaison import <files> --kind police_logs`,
    );
  try {
    const set = logSequences(logs, { state, binMinutes });
    const positionNames = Array.from({ length: set.width }, (_, t) =>
      binMinutes === undefined ? `#${t + 1}` : `+${t * binMinutes}min`,
    );
    return { ...set, positionNames };
  } catch (error) {
    if (error instanceof LogSequenceError) throw new UsageError(error.message);
    throw error;
  }
}

function stateOf(text: string | undefined): LogStateKind {
  const state = text ?? 'event';
  if (!LOG_STATE_KINDS.includes(state as LogStateKind))
    throw new UsageError(`--state must be one of ${LOG_STATE_KINDS.join(', ')}, not "${text}"`);
  return state as LogStateKind;
}

function binOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const minutes = Number(text);
  if (text.trim() === '' || !(minutes > 0 && Number.isFinite(minutes)))
    throw new UsageError(`--bin must be a positive number of minutes, not "${text}"`);
  return minutes;
}

async function analysedLogs(store: StudyStore, datasetName?: string): Promise<AnalysedLog[]> {
  const datasetId = datasetName ? await datasetIdByName(store, datasetName) : undefined;
  const sources = await store.sources.list(datasetId ? { datasetId } : undefined);
  const logs: AnalysedLog[] = [];
  for (const source of sources.filter((s) => s.format.startsWith('police_log'))) {
    const version = await store.texts.current(source.id);
    const structure = await store.texts.structure(version.id);
    if (structure.kind !== 'police_log') continue;
    const analysis = analyseLog(structure);
    const times = structure.entries.map((e) => e.time);
    logs.push({ id: source.name, times, entries: analysis.entries });
  }
  return logs;
}
