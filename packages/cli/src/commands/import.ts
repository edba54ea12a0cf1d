/**
 * `liaison import <files...> --study --dataset --kind [--site]`: imports a batch. Each file is
 * parsed and stored on its own; a bad file is reported with file, line and column and the rest
 * of the batch still imports. Exit code 1 when any file failed.
 */
import { formatDiagnostic, type DatasetKind } from '@liaison/core';
import type { ImportFile, ImportResult } from '@liaison/store';
import type { CliContext } from '../context.js';
import { EXIT_FAILURE } from '../errors.js';
import { expandPaths, readInputFile, type InputFile } from '../files.js';
import { printJson, say } from '../io.js';
import { startProgress } from '../progress.js';
import { withStudy } from '../study.js';

interface ImportOptions {
  study: string;
  dataset: string;
  kind: DatasetKind;
  site?: string;
  json?: boolean;
}

export async function importCommand(
  ctx: CliContext,
  files: string[],
  opts: ImportOptions,
): Promise<void> {
  const paths = await expandPaths(files, ctx.io.cwd);
  const inputs = await Promise.all(paths.map((p) => readInputFile(p, ctx.io.cwd)));
  const results = await withStudy(ctx, opts.study, (store) => {
    const readable = inputs.filter((f): f is Extract<InputFile, { ok: true }> => f.ok);
    const batch: ImportFile[] = readable.map((f) => ({ name: f.path, bytes: f.bytes }));
    const progress = startProgress(ctx.io, batch.length, 'importing');
    const target = { dataset: opts.dataset, kind: opts.kind, site: opts.site };
    return store
      .importFiles(ctx.config.actor, batch, target, (p) => progress.update(p.done, p.file))
      .finally(() => progress.stop());
  });
  const all = mergeInOrder(inputs, results);
  report(ctx, all, opts.json === true);
  if (all.some((r) => r.status === 'failed')) ctx.exitCode = EXIT_FAILURE;
}

/** Puts unreadable files' failures back in the order the user gave the files. */
function mergeInOrder(inputs: InputFile[], imported: ImportResult[]): ImportResult[] {
  const queue = [...imported];
  return inputs.map((f) =>
    f.ok
      ? (queue.shift() as ImportResult)
      : { file: f.path, status: 'failed', diagnostics: [f.diagnostic] },
  );
}

function report(ctx: CliContext, results: ImportResult[], json: boolean): void {
  if (json) printJson(ctx.io, results);
  for (const r of results) {
    say(ctx.io, `${r.status.padEnd(9)} ${r.file}`);
    for (const d of r.diagnostics) say(ctx.io, `  ${formatDiagnostic(d)}`);
  }
  const count = (s: ImportResult['status']) => results.filter((r) => r.status === s).length;
  say(
    ctx.io,
    `${count('imported')} imported, ${count('duplicate')} already in the study, ${count('failed')} failed`,
  );
}
