/**
 * One code in full (definition, inclusion and exclusion notes, examples, codings) and the
 * buttons that open its operations, one form at a time.
 */
import type { Code } from '@liaison/core';
import { useState } from 'react';
import { plural } from '../format.js';
import { MemoPanel } from '../memos/memo-panel.js';
import { MergeForm, MoveForm, RedefineForm, RenameForm, RetireForm } from './code-operations.js';
import { CodeHistory } from './code-history.js';
import { SplitForm } from './split-form.js';
import { codeState } from './code-tree.js';

const OPERATIONS = [
  { key: 'redefine', label: 'Edit definition', Form: RedefineForm },
  { key: 'rename', label: 'Rename', Form: RenameForm },
  { key: 'move', label: 'Move', Form: MoveForm },
  { key: 'merge', label: 'Merge into…', Form: MergeForm },
  { key: 'split', label: 'Split…', Form: SplitForm },
  { key: 'retire', label: 'Retire', Form: RetireForm },
] as const;

type OperationKey = (typeof OPERATIONS)[number]['key'];

function Note({ term, text }: { term: string; text: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{text === '' ? <span className="muted">None written</span> : text}</dd>
    </>
  );
}

function CodeFacts({ code, count }: { code: Code; count: number }) {
  return (
    <dl className="code-facts">
      <Note term="Definition" text={code.definition} />
      <Note term="Apply when" text={code.inclusion} />
      <Note term="Do not apply when" text={code.exclusion} />
      <dt>Examples</dt>
      <dd>
        {code.examples.length === 0 ? (
          <span className="muted">None yet</span>
        ) : (
          <ul>
            {code.examples.map((example, i) => (
              <li key={i}>{example}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Codings</dt>
      <dd data-detail-count={count}>{plural(count, 'coding', 'codings')}</dd>
    </dl>
  );
}

export function CodeDetails(props: {
  code: Code;
  codes: Code[];
  count: number;
  onChanged: () => void;
}) {
  const { code, codes, count, onChanged } = props;
  const [open, setOpen] = useState<OperationKey | null>(null);
  const state = codeState(code, codes);
  const available = OPERATIONS.filter(
    (op) => code.retiredAt === null || !['merge', 'split', 'retire'].includes(op.key),
  );
  const current = available.find((op) => op.key === open);
  return (
    <section className="panel code-details" aria-labelledby="code-details-heading">
      <h2 id="code-details-heading">
        <span className="code-swatch" style={{ background: code.colour }} aria-hidden="true" />
        {code.name}
        {state && <span className="code-state"> ({state})</span>}
      </h2>
      <CodeFacts code={code} count={count} />
      <div className="code-actions" role="group" aria-label={`Change ${code.name}`}>
        {available.map((op) => (
          <button
            key={op.key}
            type="button"
            aria-expanded={open === op.key}
            onClick={() => setOpen(open === op.key ? null : op.key)}
          >
            {op.label}
          </button>
        ))}
      </div>
      {current && (
        <current.Form
          key={`${code.id}:${current.key}`}
          code={code}
          codes={codes}
          onDone={onChanged}
        />
      )}
      <CodeHistory key={code.id} codeId={code.id} />
      <MemoPanel
        key={`memos:${code.id}`}
        target={{ kind: 'code', id: code.id }}
        title="Memos on this code"
        empty="No memo on this code yet."
        headingLevel={3}
      />
    </section>
  );
}
