/**
 * `liaison logs scale show --study <path>` prints the study's current continuum scale as JSON
 * (the product's default until one is saved), ready to edit; `liaison logs scale set <file.json>
 * --study <path>` saves an edited scale as the study's next version. The store validates it
 * (every problem named by its JSON path) and records the save as an event. Analyses read after
 * the save, and `logs analyse --study`, place logs on the new scale.
 */
import { StoreError } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { printJson, say } from '../io.js';
import { withStudy } from '../study.js';
import { readJsonFile } from './logs-analyse.js';

export async function logsScaleShow(ctx: CliContext, opts: { study: string }): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    const current = await store.continuumScales.current();
    printJson(ctx.io, current.scale);
    const origin =
      current.number === 0
        ? "the product's default (the study has saved none)"
        : `version ${current.number}, saved by ${current.savedBy} at ${current.savedAt}`;
    say(ctx.io, `continuum scale "${current.version}": ${origin}`);
  });
}

export async function logsScaleSet(
  ctx: CliContext,
  file: string,
  opts: { study: string },
): Promise<void> {
  const json = await readJsonFile(ctx, file);
  await withStudy(ctx, opts.study, async (store) => {
    const saved = await store.continuumScales.save(ctx.config.actor, json).catch((e: unknown) => {
      // A refused scale is the file's fault: name it, keep the store's list of problems.
      if (e instanceof StoreError) throw new CliError(`${file}: ${e.message}`);
      throw e;
    });
    const levels = [...saved.scale.levels].sort((a, b) => a.level - b.level);
    say(
      ctx.io,
      `saved continuum scale "${saved.version}" as version ${saved.number}: ` +
        levels.map((l) => `${l.level} ${l.label}`).join(', '),
    );
  });
}
