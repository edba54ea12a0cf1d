/**
 * `liaison deid settings show|set --study <path>`: the study's de-identification settings
 * (docs/deid.md, "Settings"): per-type replacement (`--policy PHONE=placeholder`) and the whole
 * `{ detection, policy }` object from a JSON file (`--file`). Checked by core's
 * `deidSettingsProblems` before anything is saved, so a mistake changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  ENTITY_TYPES,
  deidSettingsProblems,
  parseReplacementChoice,
  replacementChoice,
  withReplacementChoice,
} from '@liaison/core';
import type { DeidStudySettings, StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, say } from '../io.js';
import { withStudy } from '../study.js';
import { formatTable } from '../table.js';

export interface SettingsShowOptions {
  study: string;
  json?: boolean;
}

export interface SettingsSetOptions extends SettingsShowOptions {
  policy?: string[];
  file?: string;
}

function printSettings(ctx: CliContext, settings: DeidStudySettings, json?: boolean): void {
  if (json) return printJson(ctx.io, settings);
  const rows = ENTITY_TYPES.map((type) => [type, replacementChoice(settings.policy, type)]);
  ctx.io.stdout(formatTable([['type', 'replacement'], ...rows]));
  const { detection, policy } = settings;
  say(ctx.io, `date shift at most ${policy.maxShiftDays ?? 365} days`);
  const patterns = detection.crimeRefPatterns ?? [];
  say(
    ctx.io,
    `crime reference formats: ${patterns.length ? patterns.join('  ') : 'built-in only'}`,
  );
  say(
    ctx.io,
    `extra places ${detection.places?.length ?? 0}, extra organisations ` +
      `${detection.organisations?.length ?? 0}, public bodies ${detection.agencies ? 'on' : 'off'}`,
  );
}

export async function deidSettingsShow(ctx: CliContext, opts: SettingsShowOptions): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    printSettings(ctx, await store.deid.settings(), opts.json);
  });
}

async function fromFile(ctx: CliContext, file: string): Promise<unknown> {
  const path = resolve(ctx.io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`--file: cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`--file: ${file} is not JSON: ${(e as Error).message}`);
  }
}

/** The file's settings (or the study's), with each `--policy TYPE=CHOICE` applied in order. */
async function nextSettings(
  ctx: CliContext,
  store: StudyStore,
  opts: SettingsSetOptions,
): Promise<DeidStudySettings> {
  const base = opts.file ? await fromFile(ctx, opts.file) : await store.deid.settings();
  const problems = deidSettingsProblems(base);
  if (problems.length > 0) throw new UsageError(`--file: ${problems.join('; ')}`);
  const { detection } = base as DeidStudySettings;
  let { policy } = base as DeidStudySettings;
  for (const spec of opts.policy ?? []) {
    try {
      const { type, choice } = parseReplacementChoice(spec);
      policy = withReplacementChoice(policy, type, choice);
    } catch (e) {
      throw new UsageError(`--policy: ${(e as Error).message}`);
    }
  }
  return { detection, policy };
}

export async function deidSettingsSet(ctx: CliContext, opts: SettingsSetOptions): Promise<void> {
  if (!opts.file && !opts.policy?.length) {
    throw new UsageError('give --policy TYPE=CHOICE (pseudonym, placeholder or shift) or --file');
  }
  await withStudy(ctx, opts.study, async (store) => {
    const settings = await nextSettings(ctx, store, opts);
    const saved = await store.deid.saveSettings(ctx.config.actor, settings);
    printSettings(ctx, saved, opts.json);
  });
}
