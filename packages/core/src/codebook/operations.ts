/**
 * Codebook operations as the audit trail records them. Every change to a code is one event
 * `code.<verb>` whose `before` is the code as it was (null for `create`) and whose `after` is the
 * code as it is plus `memo` (the reason given, or null) and, for a merge or a split, what else
 * moved. This module reads those events back into operations for `diffCodebooks`.
 */
import type { Code, StudyEvent } from '../model/index.js';
import type { Id } from '../model/study.js';

export const CODEBOOK_VERBS = [
  'create',
  'update',
  'rename',
  'move',
  'merge',
  'split',
  'retire',
] as const;
export type CodebookVerb = (typeof CODEBOOK_VERBS)[number];

/** The `after` of a code event: the code plus the reason and, for merge/split, the extras. */
export type CodeEventAfter = Code & {
  memo: string | null;
  /** Merge: the codings re-pointed from this code to `mergedInto`. */
  codingIds?: Id[];
  /** Split: the codes made from this one, each with the codings moved to it. */
  parts?: { code: Code; codingIds: Id[] }[];
};

export interface CodebookOperation {
  seq: number;
  verb: CodebookVerb;
  codeId: Id;
  actor: string;
  at: string;
  memo: string | null;
  /** Merge: the target code. Split: the codes created. Otherwise empty. */
  relatedIds: Id[];
}

function isVerb(verb: string): verb is CodebookVerb {
  return (CODEBOOK_VERBS as readonly string[]).includes(verb);
}

function relatedOf(verb: CodebookVerb, after: CodeEventAfter): Id[] {
  if (verb === 'merge' && after.mergedInto !== null) return [after.mergedInto];
  if (verb === 'split') return (after.parts ?? []).map((part) => part.code.id);
  return [];
}

/** The codebook operation an event records, or null for any other event. */
export function operationOf(event: StudyEvent): CodebookOperation | null {
  const [entity, verb] = event.action.split('.');
  if (entity !== 'code' || verb === undefined || !isVerb(verb) || event.entityId === null) {
    return null;
  }
  const after = (event.after ?? {}) as Partial<CodeEventAfter>;
  return {
    seq: event.seq,
    verb,
    codeId: event.entityId,
    actor: event.actor,
    at: event.at,
    memo: typeof after.memo === 'string' && after.memo !== '' ? after.memo : null,
    relatedIds: relatedOf(verb, after as CodeEventAfter),
  };
}
