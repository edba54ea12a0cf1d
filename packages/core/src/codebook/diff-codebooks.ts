/**
 * What changed in a codebook between two snapshots (coding rounds), and why. Renames, moves,
 * merges, retirements and new definitions are read off the two snapshots themselves; a split is
 * only visible in the operations (the codes it made look like new codes), so the operations
 * recorded between the snapshots are passed too, and each change carries the memos (reasons)
 * written with the operations behind it.
 */
import type { Code } from '../model/index.js';
import type { Id } from '../model/study.js';
import type { CodebookOperation, CodebookVerb } from './operations.js';

export const CODEBOOK_CHANGE_KINDS = [
  'added',
  'removed',
  'renamed',
  'moved',
  'merged',
  'split',
  'retired',
  'redefined',
] as const;
export type CodebookChangeKind = (typeof CODEBOOK_CHANGE_KINDS)[number];

/** Fields whose change alters what a code means, reported as `redefined`. */
const MEANING_FIELDS = ['definition', 'inclusion', 'exclusion', 'examples', 'codable'] as const;

export interface CodebookChange {
  kind: CodebookChangeKind;
  codeId: Id;
  /** The code's name after the change (before it, for a removed code). */
  name: string;
  /** The fields that changed, as they were and are; the whole code (or null) if added/removed. */
  before: Partial<Code> | null;
  after: Partial<Code> | null;
  /** Merge: the code merged into. Split: the codes made from this one. Otherwise empty. */
  relatedIds: Id[];
  /** Reasons written with the operations behind this change, oldest first. */
  memos: string[];
}

/** Which recorded operations can explain each kind of change. */
const VERBS_FOR: Record<CodebookChangeKind, readonly CodebookVerb[]> = {
  added: ['create'],
  removed: [],
  renamed: ['rename', 'update'],
  moved: ['move', 'update'],
  merged: ['merge'],
  split: ['split'],
  retired: ['retire'],
  redefined: ['update'],
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function pick<K extends keyof Code>(code: Code, keys: readonly K[]): Partial<Code> {
  const out: Partial<Code> = {};
  for (const key of keys) out[key] = code[key];
  return out;
}

type Draft = Omit<CodebookChange, 'memos'>;

function draft(kind: CodebookChangeKind, code: Code, before: Partial<Code> | null): Draft {
  return { kind, codeId: code.id, name: code.name, before, after: null, relatedIds: [] };
}

function fieldChange(kind: CodebookChangeKind, from: Code, to: Code, keys: (keyof Code)[]): Draft {
  return { ...draft(kind, to, pick(from, keys)), after: pick(to, keys) };
}

/** Changes visible by comparing one code's two versions. */
function compare(from: Code, to: Code): Draft[] {
  const changes: Draft[] = [];
  if (from.name !== to.name) changes.push(fieldChange('renamed', from, to, ['name']));
  if (from.parentId !== to.parentId) changes.push(fieldChange('moved', from, to, ['parentId']));
  if (from.mergedInto === null && to.mergedInto !== null) {
    changes.push({
      ...fieldChange('merged', from, to, ['mergedInto']),
      relatedIds: [to.mergedInto],
    });
  } else if (from.retiredAt === null && to.retiredAt !== null) {
    changes.push(fieldChange('retired', from, to, ['retiredAt']));
  }
  const meaning = MEANING_FIELDS.filter((key) => !same(from[key], to[key]));
  if (meaning.length > 0) changes.push(fieldChange('redefined', from, to, meaning));
  return changes;
}

function splits(operations: CodebookOperation[], byId: Map<Id, Code>): Draft[] {
  return operations
    .filter((op) => op.verb === 'split' && byId.has(op.codeId))
    .map((op) => ({
      ...draft('split', byId.get(op.codeId) as Code, null),
      relatedIds: op.relatedIds,
    }));
}

function withMemos(change: Draft, operations: CodebookOperation[]): CodebookChange {
  const verbs = VERBS_FOR[change.kind];
  const memos = operations
    .filter((op) => op.codeId === change.codeId && verbs.includes(op.verb) && op.memo !== null)
    .map((op) => op.memo as string);
  return { ...change, memos };
}

const KIND_ORDER = new Map(CODEBOOK_CHANGE_KINDS.map((kind, i) => [kind, i]));

function byNameThenKind(a: CodebookChange, b: CodebookChange): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0);
}

/**
 * Lists the changes from snapshot `from` to snapshot `to`, sorted by code name then kind.
 * `operations` are the codebook operations recorded between the two (in sequence order); a code
 * made by a split is reported on the split, not again as added.
 */
export function diffCodebooks(
  from: readonly Code[],
  to: readonly Code[],
  operations: readonly CodebookOperation[] = [],
): CodebookChange[] {
  const ops = [...operations].sort((a, b) => a.seq - b.seq);
  const before = new Map(from.map((code) => [code.id, code]));
  const after = new Map(to.map((code) => [code.id, code]));
  const madeBySplit = new Set(
    ops.filter((op) => op.verb === 'split').flatMap((op) => op.relatedIds),
  );
  const drafts: Draft[] = [];
  for (const code of to) {
    const old = before.get(code.id);
    if (old !== undefined) drafts.push(...compare(old, code));
    else if (!madeBySplit.has(code.id)) drafts.push({ ...draft('added', code, null), after: code });
  }
  for (const code of from) if (!after.has(code.id)) drafts.push(draft('removed', code, code));
  drafts.push(...splits(ops, after));
  return drafts.map((change) => withMemos(change, ops)).sort(byNameThenKind);
}
