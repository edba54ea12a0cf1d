/**
 * `liaison logs analyse <files...> --json [--lexicon <file>]`: classifies each log's entries,
 * finds its turning points and places it on the continuum, printing one object per file (`file`
 * as given). A file that cannot be read or parsed is reported on stderr and sets exit code 1;
 * the other files are still analysed. With `--study` the study's police logs are analysed and
 * stored instead (logs-analyse-study.ts); files are not read then.
 */
import {
  analyseLog,
  decodeText,
  DEFAULT_LEXICON,
  formatDiagnostic,
  parsePoliceLogCsv,
  parsePoliceLogText,
  validateLexicon,
  type Lexicon,
  type LogStructure,
} from '@liaison/core';
import type { CliContext } from '../context.js';
import { CliError, EXIT_FAILURE, UsageError } from '../errors.js';
import { readInputFile } from '../files.js';
import { printJson, say } from '../io.js';

/** A JSON file the user names (a lexicon, a continuum scale), parsed; errors name the file. */
export async function readJsonFile(ctx: CliContext, file: string): Promise<unknown> {
  const input = await readInputFile(file, ctx.io.cwd);
  if (!input.ok) throw new CliError(formatDiagnostic(input.diagnostic));
  try {
    return JSON.parse(new TextDecoder().decode(input.bytes));
  } catch (e) {
    throw new CliError(
      `${file}: not valid JSON (${(e as Error).message}). Fix the file or export it again.`,
    );
  }
}

export async function loadLexicon(ctx: CliContext, file: string | undefined): Promise<Lexicon> {
  if (!file) return DEFAULT_LEXICON;
  const json = await readJsonFile(ctx, file);
  const checked = validateLexicon(json);
  if (!checked.ok)
    throw new CliError(`${file}: not a valid lexicon:\n  ${checked.errors.join('\n  ')}`);
  return checked.lexicon;
}

async function parseFile(ctx: CliContext, file: string): Promise<LogStructure | null> {
  const input = await readInputFile(file, ctx.io.cwd);
  if (!input.ok) {
    say(ctx.io, formatDiagnostic(input.diagnostic));
    return null;
  }
  const decoded = decodeText(input.bytes, file);
  const outcome = !decoded.ok
    ? decoded
    : /\.csv$/i.test(file)
      ? parsePoliceLogCsv(decoded.text, file)
      : parsePoliceLogText(decoded.text, file);
  for (const d of outcome.diagnostics) say(ctx.io, formatDiagnostic(d));
  return outcome.ok ? outcome.structure : null;
}

export function presentAnalysis(file: string, log: LogStructure, lexicon: Lexicon) {
  const analysis = analyseLog(log, lexicon);
  return {
    file,
    incident: log.incident,
    site: log.site,
    entries: log.entries.map((e, i) => {
      const a = analysis.entries[i];
      return {
        index: e.index,
        time: e.time,
        author: e.author,
        text: e.text,
        agencies: a?.agencies ?? [],
        event: a?.event ?? 'other',
        framing: a?.framing ?? 'unclear',
      };
    }),
    turningPoints: analysis.turningPoints.map((t) => ({
      entry: t.entry,
      type: t.type,
      evidence: t.evidence,
    })),
    continuum: {
      level: analysis.continuum.level,
      label: analysis.continuum.label,
      evidence: analysis.continuum.evidence,
      rationale: analysis.continuum.rationale,
    },
  };
}

export async function logsAnalyse(
  ctx: CliContext,
  files: string[],
  opts: { json?: boolean; lexicon?: string; study?: string; dataset?: string },
): Promise<void> {
  if (opts.study !== undefined) {
    if (files.length > 0 || opts.json)
      throw new UsageError(
        "with --study the study's own logs are analysed and stored: leave out files and --json",
      );
    const { logsAnalyseStudy } = await import('./logs-analyse-study.js');
    return logsAnalyseStudy(ctx, { ...opts, study: opts.study });
  }
  if (files.length === 0) throw new UsageError('give log files to analyse, or --study <path>');
  const lexicon = await loadLexicon(ctx, opts.lexicon);
  const results = [];
  for (const file of files) {
    const log = await parseFile(ctx, file);
    if (log) results.push(presentAnalysis(file, log, lexicon));
    else ctx.exitCode = EXIT_FAILURE;
  }
  if (opts.json) printJson(ctx.io, results);
  else for (const r of results) ctx.io.stdout(humanSummary(r));
}

function humanSummary(r: ReturnType<typeof presentAnalysis>): string {
  const points = r.turningPoints.map((t) => `${t.entry}:${t.type}`).join(' ') || 'none';
  return `${r.file}  ${r.entries.length} entries  continuum ${r.continuum.level} ${r.continuum.label}  turning points ${points}\n`;
}
