/**
 * De-identifying a study (docs/deid.md, "Review" and "Applying"):
 * `liaison deid detect --study <path>` stores suggestions, `liaison deid review --study <path>`
 * lists them or accepts a type, `liaison deid apply --study <path> --key <file>` replaces the
 * accepted ones with pseudonyms kept consistent by the encrypted key file.
 */
import { resolve } from 'node:path';
import {
  ENTITY_TYPES,
  LineIndex,
  PseudonymTable,
  type DateTreatment,
  type EntityType,
  type PseudonymPolicy,
} from '@liaison/core';
import {
  nodeHmac,
  openKeyFile,
  saveKeyFile,
  type DetectionCounts,
  type StudyStore,
} from '@liaison/store';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, say } from '../io.js';
import { findByIdOrName, findByName, withStudy } from '../study.js';
import { formatTable } from '../table.js';
import { keyAction, passphrase } from './deid-key.js';
import { userFacing } from './logs-study-sources.js';

export interface StudyDetectOptions {
  study: string;
  source?: string;
  json?: boolean;
}

export interface ReviewOptions extends StudyDetectOptions {
  list?: boolean;
  acceptType?: string;
}

export interface ApplyOptions {
  study: string;
  key: string;
  /** Source ids or names, each option value possibly a comma-separated list. */
  source?: string[];
  placeholder?: string;
  dates?: string;
  dob?: string;
  json?: boolean;
}

function entityType(value: string, option: string): EntityType {
  const type = value.trim().toUpperCase();
  if ((ENTITY_TYPES as readonly string[]).includes(type)) return type as EntityType;
  throw new UsageError(`${option}: unknown type "${value}" (one of ${ENTITY_TYPES.join(', ')})`);
}

async function sourceIds(store: StudyStore, name?: string): Promise<string[] | undefined> {
  if (name === undefined) return undefined;
  return [findByName(await store.sources.list(), name, 'source').id];
}

/** `--source` values (repeated, or comma-separated lists) as source ids; undefined when none. */
async function chosenSources(store: StudyStore, refs?: string[]): Promise<string[] | undefined> {
  const wanted = refs
    ?.flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter((r) => r !== '');
  if (wanted === undefined || wanted.length === 0) return undefined;
  const sources = await store.sources.list();
  return [...new Set(wanted.map((ref) => findByIdOrName(sources, ref, 'source').id))];
}

function countsLine(c: DetectionCounts): string {
  const byType = Object.entries(c.suggestedByType)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  return (
    `${c.suggested} to review${byType ? ` (${byType})` : ''}, ${c.accepted} accepted, ` +
    `${c.rejected} rejected, ${c.applied} applied`
  );
}

/** `deid detect`: files without a study (deid-detect.ts), or a study's suggestions. */
export async function deidDetectFilesOrStudy(
  ctx: CliContext,
  files: string[],
  opts: StudyDetectOptions | { study?: undefined; json?: boolean },
): Promise<void> {
  if (opts.study !== undefined) {
    if (files.length > 0) throw new UsageError('give files or --study, not both');
    return deidDetectStudy(ctx, opts as StudyDetectOptions);
  }
  if (files.length === 0) throw new UsageError('give files to scan, or --study <path>');
  return (await import('./deid-detect.js')).deidDetect(ctx, files, opts);
}

export async function deidDetectStudy(ctx: CliContext, opts: StudyDetectOptions): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    const ids = await sourceIds(store, opts.source);
    const found = await userFacing(store.deid.detect(ctx.config.actor, ids));
    const counts = await store.deid.remaining();
    if (opts.json) return printJson(ctx.io, { sources: found, remaining: counts });
    const total = found.reduce((n, s) => n + s.suggested, 0);
    say(ctx.io, `${total} suggestions stored over ${found.length} sources; ${countsLine(counts)}`);
  });
}

/** One row per detection of a source: where, what, how sure, its status and the words. */
async function detectionRows(store: StudyStore, sourceId: string, name: string) {
  const [{ detections }, version] = await Promise.all([
    store.deid.list(sourceId),
    store.texts.current(sourceId),
  ]);
  const lines = new LineIndex(version.text);
  return detections.map((d) => {
    const { line, column } = lines.position(d.startUtf16);
    const text = version.text.slice(d.startUtf16, d.endUtf16);
    return { source: name, line, column, ...d, text };
  });
}

export async function deidReview(ctx: CliContext, opts: ReviewOptions): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    const ids = await sourceIds(store, opts.source);
    if (opts.acceptType !== undefined) {
      const type = entityType(opts.acceptType, '--accept-type');
      const n = await userFacing(store.deid.acceptType(ctx.config.actor, type, ids?.[0]));
      say(ctx.io, `accepted ${n} ${type} suggestions`);
    }
    const counts = await store.deid.remaining(ids?.[0]);
    const rows = opts.list ? await listRows(store, ids) : [];
    if (opts.json)
      return printJson(ctx.io, { remaining: counts, ...(opts.list && { detections: rows }) });
    if (opts.list) ctx.io.stdout(formatTable(humanRows(rows)));
    say(ctx.io, countsLine(counts));
  });
}

async function listRows(store: StudyStore, ids?: string[]) {
  const sources = (await store.sources.list()).filter(
    (s) => ids === undefined || ids.includes(s.id),
  );
  const rows = [];
  for (const s of sources) rows.push(...(await detectionRows(store, s.id, s.name)));
  return rows;
}

function humanRows(rows: Awaited<ReturnType<typeof listRows>>): string[][] {
  const header = ['source', 'at', 'type', 'score', 'status', 'id', 'text'];
  return [
    header,
    ...rows.map((r) => [
      r.source,
      `${r.line}:${r.column}`,
      r.type,
      r.score.toFixed(2),
      r.status,
      r.id,
      r.text.replace(/\s+/g, ' '),
    ]),
  ];
}

function dateTreatment(value: string | undefined, option: string): DateTreatment | undefined {
  if (value === undefined || value === 'shift' || value === 'placeholder') return value;
  throw new UsageError(`${option} must be shift or placeholder (got "${value}")`);
}

/** The study's policy, with the command's options over it. */
function policyOf(base: PseudonymPolicy, opts: ApplyOptions): PseudonymPolicy {
  const placeholders = opts.placeholder
    ?.split(',')
    .filter((t) => t.trim() !== '')
    .map((t) => entityType(t, '--placeholder'));
  const dates = { ...base.dates };
  const date = dateTreatment(opts.dates, '--dates');
  const dob = dateTreatment(opts.dob, '--dob');
  if (date) dates.DATE = date;
  if (dob) dates.DATE_OF_BIRTH = dob;
  return { ...base, dates, placeholders: placeholders ?? base.placeholders };
}

export async function deidApply(ctx: CliContext, opts: ApplyOptions): Promise<void> {
  const path = resolve(ctx.io.cwd, opts.key);
  const pass = await passphrase(ctx, 'current', false);
  const key = await keyAction(() => openKeyFile(path, pass));
  await withStudy(ctx, opts.study, async (store) => {
    // Resolved before anything is written, so a wrong name changes nothing.
    const sourceIds = await chosenSources(store, opts.source);
    const policy = policyOf((await store.deid.settings()).policy, opts);
    const table = new PseudonymTable({
      secret: key.secret,
      hmac: nodeHmac,
      policy,
      state: key.table,
    });
    // The key is saved before the study commits: a failed save leaves the study untouched.
    const beforeCommit = () =>
      keyAction(() => saveKeyFile(path, pass, { ...key, table: table.state() }));
    const result = await userFacing(
      store.deid.apply(ctx.config.actor, table, { beforeCommit, sourceIds }),
    );
    const counts = await store.deid.remaining();
    if (opts.json) return printJson(ctx.io, { ...result, remaining: counts });
    const names = new Map((await store.sources.list()).map((s) => [s.id, s.name]));
    const rows = result.sources.map((s) => [
      names.get(s.sourceId) ?? s.sourceId,
      String(s.replaced),
      `${s.reanchor.exact}/${s.reanchor.fuzzy}/${s.reanchor.orphaned}`,
    ]);
    if (rows.length > 0)
      ctx.io.stdout(formatTable([['source', 'replaced', 'codings exact/fuzzy/orphaned'], ...rows]));
    say(
      ctx.io,
      `applied ${result.replaced} replacements in ${rows.length} sources; ${countsLine(counts)}`,
    );
  });
}
