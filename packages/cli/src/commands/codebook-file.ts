/**
 * The codebook exchange file (`liaison codebook export` / `import`): the codes in use, without
 * study-specific fields (dataset, dates, history), so a codebook can seed another study.
 * Ids in the file only link children to parents; importing makes new ids.
 */
import type { Code, Id } from '@liaison/core';
import { z } from 'zod';
import { CliError } from '../errors.js';

export const CODEBOOK_FILE_FORMAT = 'liaison-codebook';
export const CODEBOOK_FILE_VERSION = 1;

const FileCode = z.strictObject({
  id: z.string().min(1).max(64),
  parentId: z.string().min(1).max(64).nullable(),
  name: z.string().trim().min(1).max(200),
  definition: z.string().max(10_000),
  inclusion: z.string().max(10_000),
  exclusion: z.string().max(10_000),
  examples: z.array(z.string().max(2_000)).max(100),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4'),
  codable: z.boolean(),
});
export type CodebookFileCode = z.infer<typeof FileCode>;

const CodebookFile = z.strictObject({
  format: z.literal(CODEBOOK_FILE_FORMAT),
  version: z.literal(CODEBOOK_FILE_VERSION),
  codes: z.array(FileCode).max(10_000),
});
export type CodebookFile = z.infer<typeof CodebookFile>;

/** The nearest ancestor still in use, so a code under a retired folder keeps its place. */
function liveParent(code: Code, byId: Map<Id, Code>): Id | null {
  let at = code.parentId === null ? undefined : byId.get(code.parentId);
  while (at !== undefined && at.retiredAt !== null) {
    at = at.parentId === null ? undefined : byId.get(at.parentId);
  }
  return at?.id ?? null;
}

/** The codes in use (retired ones left out), parents before children. */
export function codebookFileOf(codes: Code[]): CodebookFile {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const live = codes
    .filter((c) => c.retiredAt === null)
    .map((c) => {
      const { id, name, definition, inclusion, exclusion, examples, colour, codable } = c;
      const parentId = liveParent(c, byId);
      return { id, parentId, name, definition, inclusion, exclusion, examples, colour, codable };
    });
  return {
    format: CODEBOOK_FILE_FORMAT,
    version: CODEBOOK_FILE_VERSION,
    codes: parentsFirst(live),
  };
}

/**
 * Orders codes so each comes after its parent; throws on a parent that is not in the file or
 * on a cycle (both mean the file was edited by hand into something that is not a tree).
 */
export function parentsFirst(codes: CodebookFileCode[], file = 'the codebook file') {
  const ids = new Set(codes.map((c) => c.id));
  if (ids.size !== codes.length) throw new CliError(`${file}: two codes share an id`);
  const placed = new Set<string>();
  const ordered: CodebookFileCode[] = [];
  let pending = codes;
  while (pending.length > 0) {
    const ready = pending.filter((c) => c.parentId === null || placed.has(c.parentId));
    if (ready.length === 0) throw new CliError(unplaceable(pending, ids, file));
    for (const code of ready) placed.add(code.id);
    ordered.push(...ready);
    pending = pending.filter((c) => !placed.has(c.id));
  }
  return ordered;
}

function unplaceable(pending: CodebookFileCode[], ids: Set<string>, file: string): string {
  const orphan = pending.find((c) => c.parentId !== null && !ids.has(c.parentId));
  if (orphan)
    return `${file}: code "${orphan.name}" has parentId "${orphan.parentId}", which no code in the file has`;
  return `${file}: codes ${pending.map((c) => `"${c.name}"`).join(', ')} are their own ancestors (a cycle)`;
}

/** Reads an exchange file, naming the file and the field of the first problems found. */
export function readCodebookFile(text: string, file: string): CodebookFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${file}: not JSON (${(error as Error).message}). Export one with: liaison codebook export`,
    );
  }
  const result = CodebookFile.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new CliError(`${file}: not a Liaison codebook file: ${issues.join('; ')}`);
  }
  return { ...result.data, codes: parentsFirst(result.data.codes, file) };
}
