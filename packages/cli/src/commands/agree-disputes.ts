/**
 * `liaison agree disputes --study <path> --coders a,b [--source <name>] [--threshold 0.9]
 * [--json]`: the disagreement review on the command line. Lists each disputed span of the
 * sources' current text versions with both coders' codes side by side and its resolution, if
 * any (resolving happens in the web app or over the API; docs/agreement.md).
 */
import type { ReviewDispute } from '@liaison/core';
import { StoreError, type StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { printJson } from '../io.js';
import { findByName, withStudy } from '../study.js';
import { parseThreshold } from './agree-study.js';

export interface AgreeDisputesOptions {
  study: string;
  coders: string;
  source?: string;
  threshold?: string;
  json?: boolean;
}

export async function agreeDisputes(ctx: CliContext, opts: AgreeDisputesOptions): Promise<void> {
  const coders = opts.coders
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (coders.length < 2 || new Set(coders).size !== coders.length)
    throw new UsageError('give at least two different coders with --coders a,b');
  const threshold = parseThreshold(opts.threshold);
  const disputes = await withStudy(ctx, opts.study, (store) =>
    listDisputes(store, coders, threshold, opts.source),
  );
  if (opts.json) printJson(ctx.io, { coders, threshold, disputes });
  else ctx.io.stdout(humanDisputes(coders, disputes));
}

async function listDisputes(
  store: StudyStore,
  coders: string[],
  threshold: number,
  sourceName: string | undefined,
): Promise<ReviewDispute[]> {
  const sourceId = sourceName
    ? findByName(await store.sources.list(), sourceName, 'source').id
    : undefined;
  try {
    return await store.disputes.list({ coders, threshold, ...(sourceId ? { sourceId } : {}) });
  } catch (error) {
    // Blind round unrevealed, or bad coders: the store's message says what to do.
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  }
}

const KIND_LABEL = {
  uncoded_by_some: 'coded by one, not the other',
  different_codes: 'different codes',
  boundaries: 'same codes, different boundaries',
} as const;

function sideText(d: ReviewDispute, i: number): string {
  const side = d.sides[i];
  if (!side || side.segments.length === 0) return '(not coded)';
  return side.segments.map((s) => `${s.codeName} [${s.start}–${s.end})`).join('; ');
}

function humanDisputes(coders: string[], disputes: ReviewDispute[]): string {
  if (disputes.length === 0) return `No disputes between ${coders.join(' and ')}.\n`;
  const resolved = disputes.filter((d) => d.resolution !== null).length;
  const out = [
    `${disputes.length} disputed spans between ${coders.join(' and ')} (${resolved} resolved)`,
  ];
  for (const d of disputes) {
    out.push('', `${d.sourceName} [${d.start}–${d.end}) ${KIND_LABEL[d.kind]}: “${d.text}”`);
    d.coders.forEach((c, i) => out.push(`  ${c}: ${sideText(d, i)}`));
    const r = d.resolution;
    out.push(r ? `  resolved (${r.outcome}) by ${r.resolvedBy}: ${r.note}` : '  unresolved');
  }
  return `${out.join('\n')}\n`;
}
