/**
 * `liaison codebook add|rename|move|merge|split|retire`: codebook operations. Each is recorded by
 * the store as one event, and `--memo "why"` is kept with it as the reason `codebook diff` shows.
 */
import type { Code } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, say } from '../io.js';
import { datasetIdByName, withStudy } from '../study.js';
import { findCode, storeWork } from './codebook-find.js';

interface Common {
  study: string;
  memo?: string;
  json?: boolean;
}

export interface CodebookAddOptions extends Common {
  parent?: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string[];
  colour?: string;
  folder?: boolean;
  dataset?: string;
}

/** Prints the changed code as JSON, or a one-line summary on stderr. */
function report(ctx: CliContext, json: boolean | undefined, value: unknown, message: string): void {
  if (json) printJson(ctx.io, value);
  else say(ctx.io, message);
}

function edit(
  ctx: CliContext,
  opts: Common,
  work: (
    store: StudyStore,
    options: { memo?: string },
  ) => Promise<{ value: unknown; message: string }>,
): Promise<void> {
  return withStudy(ctx, opts.study, async (store) => {
    const { value, message } = await storeWork(work(store, { memo: opts.memo }));
    report(ctx, opts.json, value, message);
  });
}

export function codebookAdd(
  ctx: CliContext,
  name: string,
  opts: CodebookAddOptions,
): Promise<void> {
  return edit(ctx, opts, async (store, options) => {
    const parentId = opts.parent === undefined ? null : (await findCode(store, opts.parent)).id;
    const datasetId =
      opts.dataset === undefined ? null : await datasetIdByName(store, opts.dataset);
    const input = {
      name,
      parentId,
      datasetId,
      codable: !opts.folder,
      examples: opts.example ?? [],
      ...(opts.definition !== undefined ? { definition: opts.definition } : {}),
      ...(opts.inclusion !== undefined ? { inclusion: opts.inclusion } : {}),
      ...(opts.exclusion !== undefined ? { exclusion: opts.exclusion } : {}),
      ...(opts.colour !== undefined ? { colour: opts.colour } : {}),
    };
    const code = await store.codes.create(ctx.config.actor, input, options);
    return { value: { code }, message: `added code ${code.name} (${code.id})` };
  });
}

export function codebookRename(
  ctx: CliContext,
  ref: string,
  name: string,
  opts: Common,
): Promise<void> {
  return edit(ctx, opts, async (store, options) => {
    const before = await findCode(store, ref);
    const code = await store.codes.rename(ctx.config.actor, before.id, name, options);
    return { value: { code }, message: `renamed ${before.name} to ${code.name}` };
  });
}

export interface CodebookMoveOptions extends Common {
  parent?: string;
  top?: boolean;
}

export function codebookMove(
  ctx: CliContext,
  ref: string,
  opts: CodebookMoveOptions,
): Promise<void> {
  if ((opts.parent === undefined) === !opts.top) {
    throw new UsageError('give either --parent <code> or --top (to move it to the top level)');
  }
  return edit(ctx, opts, async (store, options) => {
    const code = await findCode(store, ref);
    const parent: Code | null =
      opts.parent === undefined ? null : await findCode(store, opts.parent);
    const moved = await store.codes.move(ctx.config.actor, code.id, parent?.id ?? null, options);
    return {
      value: { code: moved },
      message: `moved ${code.name} under ${parent?.name ?? 'the top level'}`,
    };
  });
}

export function codebookMerge(
  ctx: CliContext,
  ref: string,
  opts: Common & { into: string },
): Promise<void> {
  return edit(ctx, opts, async (store, options) => {
    const source = await findCode(store, ref);
    const target = await findCode(store, opts.into);
    const result = await store.codes.merge(ctx.config.actor, source.id, target.id, options);
    const message = `merged ${source.name} into ${target.name}: ${result.moved} codings moved`;
    return { value: result, message };
  });
}

export interface CodebookSplitOptions extends Common {
  new: string;
  codings?: string;
}

export function codebookSplit(
  ctx: CliContext,
  ref: string,
  opts: CodebookSplitOptions,
): Promise<void> {
  const codingIds = (opts.codings ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return edit(ctx, opts, async (store, options) => {
    const source = await findCode(store, ref);
    const parts = [{ code: { name: opts.new }, codingIds }];
    const result = await store.codes.split(ctx.config.actor, source.id, parts, options);
    const message = `split ${source.name}: ${opts.new} made with ${codingIds.length} codings`;
    return { value: result, message };
  });
}

export function codebookRetire(ctx: CliContext, ref: string, opts: Common): Promise<void> {
  return edit(ctx, opts, async (store, options) => {
    const code = await findCode(store, ref);
    const retired = await store.codes.retire(ctx.config.actor, code.id, options);
    return { value: { code: retired }, message: `retired ${code.name}` };
  });
}
