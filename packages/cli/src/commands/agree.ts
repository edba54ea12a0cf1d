/**
 * `liaison agree`: inter-coder agreement, either on a reliability matrix CSV
 * (`--data <csv> --level nominal|ordinal|interval|ratio`) or on a study's codings
 * (`--study <path>`, in agree-study.ts). docs/agreement.md explains every statistic.
 *
 * Matrix JSON output: `{alpha, level, units, coders, pairable}` (Krippendorff's α; `units` counts
 * the matrix rows, `pairable` the values in units holding at least two), plus, with exactly two
 * coders, `cohensKappa` and `percentAgreement`, both over the units that both coders rated.
 */
import {
  cohensKappa,
  formatDiagnostic,
  decodeText,
  krippendorffAlpha,
  readReliabilityMatrix,
  type AlphaLevel,
  type ReliabilityMatrix,
} from '@liaison/core';
import type { CliContext } from '../context.js';
import { CliError, EXIT_FAILURE, UsageError } from '../errors.js';
import { readInputFile } from '../files.js';
import { printJson, say } from '../io.js';

export interface AgreeOptions {
  data?: string;
  level?: AlphaLevel;
  study?: string;
  dataset?: string;
  coders?: string;
  threshold?: string;
  /** With --study: pool every source, not only those every compared coder coded. */
  allSources?: boolean;
  json?: boolean;
}

export async function agreeCommand(ctx: CliContext, opts: AgreeOptions): Promise<void> {
  if (Boolean(opts.data) === Boolean(opts.study))
    throw new UsageError('give either --data <csv> (a reliability matrix) or --study <path>');
  if (opts.study) {
    await (await import('./agree-study.js')).agreeStudy(ctx, opts.study, opts);
    return;
  }
  if (opts.dataset || opts.coders || opts.threshold || opts.allSources)
    throw new UsageError(
      '--dataset, --coders, --threshold and --all-sources apply to --study only',
    );
  await agreeMatrix(ctx, opts.data as string, opts.level ?? 'nominal', Boolean(opts.json));
}

async function agreeMatrix(ctx: CliContext, file: string, level: AlphaLevel, json: boolean) {
  const input = await readInputFile(file, ctx.io.cwd);
  if (!input.ok) throw new CliError(formatDiagnostic(input.diagnostic));
  const decoded = decodeText(input.bytes, file);
  const outcome = decoded.ok ? readReliabilityMatrix(decoded.text, file, level) : decoded;
  for (const d of outcome.diagnostics) say(ctx.io, formatDiagnostic(d));
  if (!outcome.ok) {
    ctx.exitCode = EXIT_FAILURE;
    return;
  }
  const result = matrixAgreement(outcome.structure, level);
  if (json) printJson(ctx.io, result);
  else ctx.io.stdout(humanMatrix(result));
}

export interface MatrixAgreement {
  alpha: number | null;
  level: AlphaLevel;
  units: number;
  coders: number;
  pairable: number;
  cohensKappa?: number | null;
  percentAgreement?: number | null;
  /** With two coders: units both coders rated, over which kappa and percent agreement are taken. */
  unitsBothCoded?: number;
}

export function matrixAgreement(matrix: ReliabilityMatrix, level: AlphaLevel): MatrixAgreement {
  const alpha = krippendorffAlpha(matrix.values, level);
  const result: MatrixAgreement = {
    alpha: alpha.alpha,
    level,
    units: alpha.units,
    coders: matrix.coders.length,
    pairable: alpha.pairable,
  };
  if (matrix.coders.length !== 2) return result;
  const kappa = cohensKappa(
    matrix.values.map((row) => row[0] ?? null),
    matrix.values.map((row) => row[1] ?? null),
  );
  return {
    ...result,
    cohensKappa: kappa.kappa,
    percentAgreement: kappa.percentAgreement,
    unitsBothCoded: kappa.units,
  };
}

const fixed = (x: number | null | undefined) =>
  x === null || x === undefined ? 'undefined' : x.toFixed(3);

function humanMatrix(r: MatrixAgreement): string {
  const lines = [
    `Krippendorff's alpha (${r.level}): ${fixed(r.alpha)}`,
    `  ${r.units} units, ${r.coders} coders, ${r.pairable} pairable values (values in units with at least two)`,
  ];
  if (r.alpha === null)
    lines.push('  alpha is undefined: fewer than two pairable values, or all of them are the same');
  if (r.unitsBothCoded !== undefined)
    lines.push(
      `Cohen's kappa: ${fixed(r.cohensKappa)}`,
      `Percent agreement: ${r.percentAgreement == null ? 'undefined' : `${(r.percentAgreement * 100).toFixed(1)} %`}`,
      `  kappa and percent agreement use the ${r.unitsBothCoded} units both coders rated`,
    );
  return `${lines.join('\n')}\n`;
}
