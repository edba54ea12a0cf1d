/**
 * The codebook as a nested list: each code is a button (so Tab and Enter reach it) with its
 * colour, name, coding count and state; children are listed under their parent.
 */
import type { Code } from '@liaison/core';
import { plural } from '../format.js';

export interface CodeTreeProps {
  codes: Code[];
  counts: Record<string, number>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Dataset names by id, for codes that belong to one dataset's codebook. */
  datasetNames: Map<string, string>;
}

/** Children per parent id (null for the top level), keeping the codes' order (by name). */
export function childrenByParent(codes: Code[]): Map<string | null, Code[]> {
  const known = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && known.has(code.parentId) ? code.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  return children;
}

export function codeState(code: Code, codes: Code[]): string | null {
  if (code.mergedInto !== null) {
    const target = codes.find((c) => c.id === code.mergedInto);
    return `merged into ${target?.name ?? 'another code'}`;
  }
  if (code.retiredAt !== null) return 'retired';
  return code.codable ? null : 'folder';
}

function CodeRow(props: CodeTreeProps & { code: Code }) {
  const { code, codes, counts, selectedId, onSelect, datasetNames } = props;
  const dataset = code.datasetId === null ? null : datasetNames.get(code.datasetId);
  const n = counts[code.id] ?? 0;
  const state = codeState(code, codes);
  return (
    <button
      type="button"
      className="code-row"
      data-code-id={code.id}
      aria-pressed={selectedId === code.id}
      onClick={() => onSelect(code.id)}
    >
      <span className="code-swatch" style={{ background: code.colour }} aria-hidden="true" />
      <span className={code.retiredAt !== null ? 'code-name retired' : 'code-name'}>
        {code.name}
      </span>
      <span className="code-count" data-coding-count={n}>
        {plural(n, 'coding', 'codings')}
      </span>
      {dataset && <span className="code-state">{dataset}</span>}
      {state && <span className="code-state">{state}</span>}
    </button>
  );
}

function Branch(
  props: CodeTreeProps & { parent: string | null; tree: Map<string | null, Code[]> },
) {
  const { parent, tree, ...rest } = props;
  const children = tree.get(parent) ?? [];
  if (children.length === 0) return null;
  return (
    <ul className="code-branch">
      {children.map((code) => (
        <li key={code.id}>
          <CodeRow {...rest} code={code} />
          <Branch {...rest} parent={code.id} tree={tree} />
        </li>
      ))}
    </ul>
  );
}

export function CodeTree(props: CodeTreeProps) {
  return (
    <nav aria-label="Codes" className="code-tree">
      <Branch {...props} parent={null} tree={childrenByParent(props.codes)} />
    </nav>
  );
}
