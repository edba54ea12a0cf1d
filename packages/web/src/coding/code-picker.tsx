/**
 * Type-ahead code picker: a combobox over the codable codes (folders and retired codes left
 * out), filtered by what is typed. ↓ / ↑ move, Enter applies, Escape closes; a click applies
 * too. Follows the WAI-ARIA combobox pattern with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
 */
import type { Code } from '@liaison/core';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { codeColour } from './coded-text.js';

/** Codes that may be applied, those whose name starts with the query first. */
export function matchingCodes(codes: Code[], query: string): Code[] {
  const q = query.trim().toLowerCase();
  const codable = codes.filter((c) => c.codable && !c.retiredAt);
  const hits = codable.filter((c) => c.name.toLowerCase().includes(q));
  const starts = (c: Code) => (c.name.toLowerCase().startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name));
}

interface PickerProps {
  codes: Code[];
  /** What will be coded, e.g. `the selection “…”` or `turn 3`. */
  target: string;
  onApply(code: Code): void;
  onClose(): void;
}

/** The query, the matching codes, the highlighted one, and the input's key handling. */
function usePickerKeys({ codes, onApply, onClose }: PickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchingCodes(codes, query), [codes, query]);
  const current = matches[Math.min(active, matches.length - 1)];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key as 'ArrowDown' | 'ArrowUp'];
    if (step !== undefined) setActive((i) => Math.max(0, Math.min(matches.length - 1, i + step)));
    else if (event.key === 'Enter') {
      if (current) onApply(current);
    } else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
  };
  const search = (text: string) => {
    setQuery(text);
    setActive(0);
  };
  return { query, search, matches, current, onKeyDown };
}

export function CodePicker(props: PickerProps) {
  const { query, search, matches, current, onKeyDown } = usePickerKeys(props);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  useEffect(() => input.current?.focus(), []);
  return (
    <div className="code-picker" role="group" aria-label="Apply a code">
      <label>
        Code to apply to {props.target}
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
          value={query}
          onChange={(e) => search(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <CodeOptions listId={listId} matches={matches} current={current} onApply={props.onApply} />
      {matches.length === 0 && <p className="muted">No codable code matches “{query}”.</p>}
      <button type="button" onClick={props.onClose}>
        Cancel
      </button>
    </div>
  );
}

function CodeOptions(props: {
  listId: string;
  matches: Code[];
  current: Code | undefined;
  onApply(code: Code): void;
}) {
  const { listId, matches, current, onApply } = props;
  return (
    <ul id={listId} role="listbox" aria-label="Codes">
      {matches.map((code) => (
        <li
          key={code.id}
          id={`${listId}-${code.id}`}
          role="option"
          aria-selected={code === current}
          // Keep focus in the input so the keyboard keeps working after a click.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onApply(code)}
        >
          <span className="swatch" style={{ background: codeColour(code) }} aria-hidden="true" />
          {code.name}
        </li>
      ))}
    </ul>
  );
}
