/**
 * `liaison logs parse <file> [--json]`: parses one police log without a study. JSON output:
 * `{incident, site, openingCode, closingCode, entries: [{index, time, author, text}]}` with
 * `time` in ISO 8601 local time without a zone and `index` 0-based in file order.
 */
import {
  decodeText,
  formatDiagnostic,
  parsePoliceLogCsv,
  parsePoliceLogText,
  type LogStructure,
} from '@liaison/core';
import type { CliContext } from '../context.js';
import { CliError, EXIT_FAILURE } from '../errors.js';
import { readInputFile } from '../files.js';
import { printJson, say } from '../io.js';
import { formatTable } from '../table.js';

export async function logsParse(
  ctx: CliContext,
  file: string,
  opts: { json?: boolean },
): Promise<void> {
  const input = await readInputFile(file, ctx.io.cwd);
  if (!input.ok) throw new CliError(formatDiagnostic(input.diagnostic));
  const decoded = decodeText(input.bytes, file);
  const outcome = decoded.ok ? parseLog(decoded.text, file) : decoded;
  for (const d of outcome.diagnostics) say(ctx.io, formatDiagnostic(d));
  if (!outcome.ok) {
    ctx.exitCode = EXIT_FAILURE;
    return;
  }
  if (opts.json) printJson(ctx.io, presentLog(outcome.structure));
  else ctx.io.stdout(humanLog(outcome.structure));
}

function parseLog(text: string, file: string) {
  return /\.csv$/i.test(file) ? parsePoliceLogCsv(text, file) : parsePoliceLogText(text, file);
}

export function presentLog(log: LogStructure) {
  return {
    incident: log.incident,
    site: log.site,
    openingCode: log.openingCode,
    closingCode: log.closingCode,
    entries: log.entries.map((e) => ({
      index: e.index,
      time: e.time,
      author: e.author,
      text: e.text,
    })),
  };
}

function humanLog(log: LogStructure): string {
  const head = `Incident ${log.incident ?? '?'}  Site ${log.site ?? '?'}  Opening ${log.openingCode ?? '?'}  Closing ${log.closingCode ?? '?'}\n`;
  const rows = log.entries.map((e) => [
    String(e.index),
    e.time ?? '',
    e.author ?? '',
    e.text.replace(/\s*\n\s*/g, ' / '),
  ]);
  return head + formatTable([['#', 'time', 'author', 'text'], ...rows]);
}
