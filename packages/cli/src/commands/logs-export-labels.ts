/**
 * `liaison logs export-labels --study <path> [--dataset <name>] [--out labels.json]`: writes
 * the study's corrected log analyses as a labelled set in the format of eval/logs/dev/labels.json
 * (core's `toLabelledLog`; `file` is the source name), so corrections can grow an evaluation set.
 * Logs never analysed are skipped with a note on stderr.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { toLabelledLog, type LabelledLog } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { say } from '../io.js';
import { withStudy } from '../study.js';
import { policeLogs } from './logs-study-sources.js';

async function labelledLogs(ctx: CliContext, store: StudyStore, dataset?: string) {
  const out: LabelledLog[] = [];
  for (const source of await policeLogs(store, dataset)) {
    const stored = await store.analyses.get(source.id);
    if (!stored) {
      say(ctx.io, `${source.name}: not analysed yet, skipped (run liaison logs analyse --study)`);
      continue;
    }
    const override = stored.analysis.continuum.override;
    const notes = override
      ? `continuum overridden from ${override.fromLevel}: ${override.reason}`
      : '';
    out.push(toLabelledLog(source.name, stored.analysis, notes));
  }
  return out;
}

export async function logsExportLabels(
  ctx: CliContext,
  opts: { study: string; dataset?: string; out?: string },
): Promise<void> {
  const logs = await withStudy(ctx, opts.study, (store) => labelledLogs(ctx, store, opts.dataset));
  const json = `${JSON.stringify(logs, null, 2)}\n`;
  if (!opts.out) return void ctx.io.stdout(json);
  const path = resolve(ctx.io.cwd, opts.out);
  try {
    await writeFile(path, json);
  } catch (error) {
    throw new CliError(
      `cannot write ${opts.out}: ${(error as Error).message}. Choose another --out path.`,
    );
  }
  say(ctx.io, `wrote ${logs.length} labelled logs to ${opts.out}`);
}
