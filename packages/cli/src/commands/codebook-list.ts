/**
 * `liaison codebook list --study <path> [--json]`: the codebook as an indented tree, each code
 * with its number of codings and whether it is a folder, retired or merged.
 */
import type { Code, Id } from '@liaison/core';
import type { CliContext } from '../context.js';
import { printJson } from '../io.js';
import { withStudy } from '../study.js';

export interface CodebookListOptions {
  study: string;
  json?: boolean;
}

function status(code: Code, byId: Map<Id, Code>): string {
  if (code.mergedInto !== null)
    return ` [merged into ${byId.get(code.mergedInto)?.name ?? code.mergedInto}]`;
  if (code.retiredAt !== null) return ' [retired]';
  return code.codable ? '' : ' [folder]';
}

/** One line per code, children under their parent (depth-first, by name), two spaces a level. */
export function codebookTree(codes: Code[], counts: Record<Id, number>): string[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const children = new Map<Id | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && byId.has(code.parentId) ? code.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  const lines: string[] = [];
  const walk = (parent: Id | null, depth: number) => {
    for (const code of children.get(parent) ?? []) {
      const n = counts[code.id] ?? 0;
      lines.push(
        `${'  '.repeat(depth)}${code.name} (${n} coding${n === 1 ? '' : 's'})${status(code, byId)}`,
      );
      walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return lines;
}

export async function codebookList(ctx: CliContext, opts: CodebookListOptions): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    const [codes, counts] = await Promise.all([store.codes.list(), store.codes.codingCounts()]);
    if (opts.json) return printJson(ctx.io, { codes, codingCounts: counts });
    const lines = codebookTree(codes, counts);
    ctx.io.stdout(lines.length > 0 ? `${lines.join('\n')}\n` : 'the codebook is empty\n');
  });
}
