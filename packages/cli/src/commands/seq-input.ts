/**
 * Reading a wide-format sequence CSV for the `liaison seq` commands: file checks, strict UTF-8
 * decoding and `readWideSequences`, with every diagnostic printed as `file:line:column`.
 */
import {
  decodeText,
  formatDiagnostic,
  parseColumnRange,
  readWideSequences,
  type Diagnostic,
  type WideSequences,
} from '@liaison/core';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { readInputFile } from '../files.js';
import { say } from '../io.js';
import { loadStudySequences, type SeqStudyOptions } from './seq-study.js';

/** Options shared by the commands that read sequences from CSV. */
export interface SeqInputOptions {
  /** 1-based inclusive state columns, `17:86`. */
  cols?: string;
  idCol?: string;
  weightCol?: string;
}

/** Sequences from a wide CSV, or with `--study` from the study's police logs (seq-study.ts). */
export async function loadSequencesFrom(
  ctx: CliContext,
  file: string | undefined,
  opts: SeqInputOptions & SeqStudyOptions,
): Promise<WideSequences> {
  if (opts.study !== undefined) {
    if (file !== undefined) throw new UsageError('give either a sequence CSV or --study, not both');
    return loadStudySequences(ctx, opts.study, opts);
  }
  if (file === undefined) throw new UsageError('give a sequence CSV, or --study <path>');
  return loadSequences(ctx, file, opts);
}

export async function loadSequences(
  ctx: CliContext,
  file: string,
  opts: SeqInputOptions,
): Promise<WideSequences> {
  const cols = opts.cols === undefined ? undefined : parseColumnRange(opts.cols);
  if (cols === null)
    throw new UsageError(`--cols must be FIRST:LAST, 1-based like R's 17:86, not "${opts.cols}"`);
  const input = await readInputFile(file, ctx.io.cwd);
  if (!input.ok) throw new CliError(formatDiagnostic(input.diagnostic));
  const decoded = decodeText(input.bytes, file);
  const outcome = decoded.ok
    ? readWideSequences(decoded.text, file, {
        cols,
        idColumn: opts.idCol,
        weightColumn: opts.weightCol,
      })
    : decoded;
  if (!outcome.ok) throw new CliError(formatAll(outcome.diagnostics));
  for (const d of outcome.diagnostics) say(ctx.io, formatDiagnostic(d));
  return outcome.structure;
}

export function formatAll(diagnostics: Diagnostic[]): string {
  return diagnostics.map(formatDiagnostic).join('\n');
}
