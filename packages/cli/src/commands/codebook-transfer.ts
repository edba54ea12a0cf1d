/**
 * `liaison codebook export|import`: the codebook as a JSON exchange file (codebook-file.ts).
 * Import adds the file's codes, parents first, each as a `code.create` event with the memo
 * given; a code whose name is already used under the same parent is left as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Code, Id } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { printJson, say } from '../io.js';
import { withStudy } from '../study.js';
import { codebookFileOf, readCodebookFile, type CodebookFile } from './codebook-file.js';
import { storeWork } from './codebook-find.js';

export async function codebookExport(
  ctx: CliContext,
  opts: { study: string; out?: string },
): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    const file = codebookFileOf(await store.codes.list());
    if (opts.out === undefined) return printJson(ctx.io, file);
    writeFileSync(resolve(ctx.io.cwd, opts.out), `${JSON.stringify(file, null, 2)}\n`);
    say(ctx.io, `wrote ${file.codes.length} codes to ${opts.out}`);
  });
}

function readFile(ctx: CliContext, path: string): string {
  try {
    return readFileSync(resolve(ctx.io.cwd, path), 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

const key = (parentId: Id | null, name: string) => `${parentId ?? ''}\u0000${name.toLowerCase()}`;

async function importCodes(ctx: CliContext, store: StudyStore, file: CodebookFile, memo?: string) {
  const existing = new Map<string, Code>();
  for (const code of await store.codes.list()) {
    if (code.retiredAt === null) existing.set(key(code.parentId, code.name), code);
  }
  const newIds = new Map<string, Id>();
  let added = 0;
  for (const { id, parentId, ...fields } of file.codes) {
    const parent = parentId === null ? null : (newIds.get(parentId) ?? null);
    const same = existing.get(key(parent, fields.name));
    const code =
      same ??
      (await storeWork(
        store.codes.create(ctx.config.actor, { ...fields, parentId: parent }, { memo }),
      ));
    if (!same) added += 1;
    newIds.set(id, code.id);
  }
  return { added, existing: file.codes.length - added };
}

export async function codebookImport(
  ctx: CliContext,
  path: string,
  opts: { study: string; memo?: string; json?: boolean },
): Promise<void> {
  const file = readCodebookFile(readFile(ctx, path), path);
  await withStudy(ctx, opts.study, async (store) => {
    const result = await importCodes(ctx, store, file, opts.memo);
    if (opts.json) return printJson(ctx.io, result);
    say(ctx.io, `imported ${path}: ${result.added} codes added, ${result.existing} already there`);
  });
}
