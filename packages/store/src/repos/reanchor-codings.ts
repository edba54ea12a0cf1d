/**
 * Moves every coding of a source onto a new text version with core's `reanchorAll`. Found
 * codings get the new version and selectors described from the new text; orphaned codings keep
 * their old version and selectors. Status and score are stored either way for review.
 */
import {
  anchorFromResult,
  reanchorAll,
  type Coding,
  type Id,
  type TextVersion,
} from '@liaison/core';
import type { Trx } from '../context.js';
import type { ReanchorSummary } from '../contract.js';
import { toCoding, toCodingRow } from './coding-rows.js';

type ReanchorResult = ReturnType<typeof reanchorAll>[number];

/** What an event keeps of a coding's placement (not its quote text). */
export interface Placement {
  id: Id;
  textVersionId: Id;
  startUtf16: number;
  endUtf16: number;
  status: Coding['status'];
  score: number;
}

export interface ReanchorOutcome {
  summary: ReanchorSummary;
  before: Placement[];
  after: Placement[];
}

function placement(c: Coding): Placement {
  const { id, textVersionId, status, score } = c;
  const { startUtf16, endUtf16 } = c.anchor.position;
  return { id, textVersionId, startUtf16, endUtf16, status, score };
}

function moved(coding: Coding, result: ReanchorResult, version: TextVersion): Coding {
  const anchor = anchorFromResult(result, version.text);
  if (anchor === null) return { ...coding, status: 'orphaned', score: result.score };
  return {
    ...coding,
    textVersionId: version.id,
    anchor,
    status: result.status,
    score: result.score,
  };
}

async function save(trx: Trx, coding: Coding): Promise<void> {
  const {
    id: _id,
    created_at: _at,
    code_id: _code,
    coder: _coder,
    ...changes
  } = toCodingRow(coding);
  await trx.updateTable('codings').set(changes).where('id', '=', coding.id).execute();
}

export async function reanchorCodings(
  trx: Trx,
  sourceId: Id,
  version: TextVersion,
): Promise<ReanchorOutcome> {
  const rows = await trx
    .selectFrom('codings')
    .selectAll()
    .where('source_id', '=', sourceId)
    .execute();
  const codings = rows.map(toCoding);
  const results = reanchorAll(
    codings.map((c) => c.anchor),
    version.text,
  );
  const summary: ReanchorSummary = { exact: 0, fuzzy: 0, orphaned: 0 };
  const after: Placement[] = [];
  for (const [i, coding] of codings.entries()) {
    const next = moved(coding, results[i] as ReanchorResult, version);
    summary[next.status] += 1;
    await save(trx, next);
    after.push(placement(next));
  }
  return { summary, before: codings.map(placement), after };
}
