/**
 * `liaison query segments|cooccurrence|matrix|framework --study <path>`: queries over the study's
 * codings (docs/queries.md). Codes, cases and attribute values are given by name; the result
 * prints as a table, as JSON (`--json`), or is written to `--out file.csv|file.xlsx`.
 */
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { QueryAttribute } from '@liaison/core';
import {
  EXPORT_FORMATS,
  queryTable,
  tableToFile,
  type ExportFormat,
  type QuerySpec,
  type QueryTable,
  type StudyStore,
} from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { printJson, say } from '../io.js';
import { findByName, withStudy } from '../study.js';
import { formatTable } from '../table.js';

export type QueryKind = QuerySpec['kind'];

export interface QueryOptions {
  study: string;
  code?: string[];
  by?: QueryAttribute;
  value?: string[];
  case?: string[];
  mode?: 'overlap' | 'unit';
  out?: string;
  json?: boolean;
}

async function codeIds(store: StudyStore, names?: string[]) {
  if (!names?.length) return undefined;
  const codes = await store.codes.list();
  return names.map((n) => findByName(codes, n, 'code').id);
}

async function caseIds(store: StudyStore, names?: string[]) {
  if (!names?.length) return undefined;
  const cases = await store.cases.list();
  return names.map((n) => findByName(cases, n, 'case').id);
}

/** Named things an attribute value can be, as {id, name} for `findByName`. */
async function valueChoices(store: StudyStore, by: QueryAttribute) {
  if (by === 'site') return store.sites.list();
  if (by === 'dataset') return store.datasets.list();
  if (by === 'case') return store.cases.list();
  const people = await store.participants.list();
  if (by === 'participant') return people.map((p) => ({ id: p.id, name: p.code }));
  const values = new Set(people.map((p) => (by === 'sector' ? p.sector : p.role)));
  return [...values].map((v) => ({ id: v, name: v }));
}

async function valueIds(store: StudyStore, by: QueryAttribute | undefined, names?: string[]) {
  if (!names?.length) return undefined;
  if (by === undefined) throw new UsageError('--value needs --by <attribute>');
  const choices = await valueChoices(store, by);
  return names.map((n) => findByName(choices, n, `${by}`).id);
}

async function specOf(store: StudyStore, kind: QueryKind, opts: QueryOptions): Promise<QuerySpec> {
  const codes = await codeIds(store, opts.code);
  if (kind === 'segments') {
    const values = await valueIds(store, opts.by, opts.value);
    return { kind, query: { codeIds: codes, by: opts.by, values } };
  }
  if (kind === 'cooccurrence') return { kind, query: { codeIds: codes, mode: opts.mode } };
  if (kind === 'matrix') {
    if (opts.by === undefined) throw new UsageError('query matrix needs --by <attribute>');
    return { kind, query: { by: opts.by, codeIds: codes } };
  }
  return { kind, query: { codeIds: codes, caseIds: await caseIds(store, opts.case) } };
}

function formatOf(out: string): ExportFormat {
  const ext = extname(out).slice(1).toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(ext)) return ext as ExportFormat;
  throw new UsageError(`--out ${out}: name a .csv or .xlsx file`);
}

async function writeTable(ctx: CliContext, table: QueryTable, out: string): Promise<void> {
  const bytes = await tableToFile(table, formatOf(out));
  try {
    await writeFile(resolve(ctx.io.cwd, out), bytes);
  } catch (error) {
    throw new CliError(
      `cannot write ${out}: ${(error as Error).message}. Choose another --out path.`,
    );
  }
  say(ctx.io, `wrote ${table.rows.length} rows to ${out}`);
}

/** The result as the store returns it, for --json. */
function rawResult(store: StudyStore, spec: QuerySpec): Promise<unknown> {
  if (spec.kind === 'segments') return store.queries.segments(spec.query);
  if (spec.kind === 'cooccurrence') return store.queries.cooccurrence(spec.query);
  if (spec.kind === 'matrix') return store.queries.matrix(spec.query);
  return store.queries.framework(spec.query);
}

export async function queryCommand(ctx: CliContext, kind: QueryKind, opts: QueryOptions) {
  if (opts.out !== undefined) formatOf(opts.out);
  await withStudy(ctx, opts.study, async (store) => {
    const spec = await specOf(store, kind, opts);
    if (opts.json) return printJson(ctx.io, await rawResult(store, spec));
    const table = await queryTable(store, spec);
    if (opts.out !== undefined) return writeTable(ctx, table, opts.out);
    const cells = [table.header, ...table.rows.map((r) => r.map(String))];
    ctx.io.stdout(formatTable(cells.map((r) => r.map((c) => c.replace(/\s+/g, ' ')))));
  });
}
