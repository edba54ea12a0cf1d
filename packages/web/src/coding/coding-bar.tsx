/**
 * The reader's coding bar, above the text: the blind-mode banner (with "Reveal codings" for the
 * lead), what is selected, the actions (apply a code to the selection, to the whole entry or
 * turn, or to all turns of a speaker; key `c` opens the picker), the code picker, and the
 * selected coding's details. Results are announced in a live region. Key `v` selects text with
 * the keys alone (use-select-mode.ts).
 */
import type { Code } from '@liaison/core';
import { useRef, useState } from 'react';
import { codingApi } from '../api/coding-api.js';
import { usePlainKey } from '../components/use-plain-key.js';
import { BlindBanner, BlindSettings } from './blind-mode.js';
import { CodePicker } from './code-picker.js';
import { useCodingState, type CodingState } from './coding-context.js';
import { CodingDetails } from './coding-details.js';
import { rowTarget, selectionTarget, speakerTarget, type CodingTarget } from './coding-targets.js';
import { SelectCaret } from './select-caret.js';
import { readSelection } from './selection.js';
import { useSelectMode, type SelectMode } from './use-select-mode.js';
import type { CodingKind } from './units.js';
import './coding.css';

/** The picker's target while open, and focus handed back to where it was when it closes. */
function usePicker(onNothing: () => void) {
  const [target, setTarget] = useState<CodingTarget | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const open = (t: CodingTarget | null) => {
    if (!t) return onNothing();
    returnFocus.current = document.activeElement as HTMLElement | null;
    setTarget(t);
  };
  const close = () => {
    setTarget(null);
    if (returnFocus.current?.isConnected) returnFocus.current.focus();
  };
  return { target, open, close };
}

/** Calls `onPress` for a plain `c` pressed outside text fields (the reader's coding key). */
const useCodingKey = (onPress: () => void) => usePlainKey('c', onPress);

function targetsOf(state: CodingState, kind: CodingKind) {
  const unit = state.activeRow === null ? undefined : state.units[state.activeRow];
  return {
    selection: selectionTarget(state.pending),
    row: rowTarget(kind, unit),
    speaker: kind === 'transcript' ? speakerTarget(state.units, unit) : null,
  };
}

/**
 * The selection as the page holds it when `c` is pressed. `selectionchange` reaches the coding
 * state a task later, so a `c` pressed straight after Shift+End would otherwise find no
 * selection yet and code the whole row.
 */
function selectionNow(state: CodingState): CodingTarget | null {
  const read = readSelection(document.getSelection(), state.version.text);
  if (read.kind === 'span') return selectionTarget(read);
  // A selection outside the reader (a button, the picker) leaves the one made in it.
  return read.kind === 'cleared' ? null : selectionTarget(state.pending);
}

export function CodingBar({ kind }: { kind: CodingKind }) {
  const state = useCodingState() as CodingState;
  const [status, setStatus] = useState('');
  const picker = usePicker(() =>
    setStatus('Select text, or move to an entry or turn (j / k), first.'),
  );
  const targets = targetsOf(state, kind);
  const select = useSelectMode(state.activeRow, kind === 'police_log' ? 'entry' : 'turn');
  useCodingKey(() => {
    if (!picker.target) picker.open(selectionNow(state) ?? targets.row);
  });
  const apply = async (code: Code) => {
    const target = picker.target as CodingTarget;
    picker.close();
    setStatus(await applyCode(state, code, target));
  };
  return (
    <section className="coding-bar" aria-label="Coding">
      <BlindBanner state={state} onStatus={setStatus} />
      <BlindSettings state={state} onStatus={setStatus} />
      <CodingActions kind={kind} targets={targets} onOpen={picker.open} select={select} />
      <p className="select-announcement" aria-live="polite">
        {select.announcement}
      </p>
      {select.active && <SelectCaret />}
      {picker.target && state.codes && (
        <CodePicker
          codes={state.codes}
          target={picker.target.label}
          onApply={apply}
          onClose={picker.close}
        />
      )}
      <LoadProblems state={state} />
      <p className="coding-status" role="status">
        {status}
      </p>
      {state.selectedId && <CodingDetails key={state.selectedId} onStatus={setStatus} />}
    </section>
  );
}

function LoadProblems({ state }: { state: CodingState }) {
  return (
    <>
      {state.codesError && (
        <p className="form-error">The codebook could not be loaded: {state.codesError}</p>
      )}
      {state.codingsError && (
        <p className="form-error">The codings could not be loaded: {state.codingsError}</p>
      )}
    </>
  );
}

async function applyCode(state: CodingState, code: Code, target: CodingTarget): Promise<string> {
  try {
    // One request per span, in order: a speaker's turns are few enough (tens) for this.
    for (const span of target.spans) await codingApi.apply(code.id, state.version.id, span);
    return `Applied “${code.name}” to ${target.label}.`;
  } catch (error) {
    return `Could not apply “${code.name}”: ${(error as Error).message}`;
  } finally {
    state.clearSelection();
    state.refresh();
  }
}

function CodingActions(props: {
  kind: CodingKind;
  targets: ReturnType<typeof targetsOf>;
  onOpen(target: CodingTarget | null): void;
  select: SelectMode;
}) {
  const { kind, targets, onOpen, select } = props;
  const noun = kind === 'police_log' ? 'entry' : 'turn';
  return (
    <div className="coding-actions">
      <button type="button" onClick={() => onOpen(targets.selection ?? targets.row)}>
        Apply code… <kbd>c</kbd>
      </button>
      <button type="button" disabled={!targets.row} onClick={() => onOpen(targets.row)}>
        Code whole {noun}
      </button>
      {kind === 'transcript' && (
        <button type="button" disabled={!targets.speaker} onClick={() => onOpen(targets.speaker)}>
          {targets.speaker ? `Code ${targets.speaker.label}` : 'Code all turns of the speaker'}
        </button>
      )}
      <button type="button" aria-pressed={select.active} onClick={select.toggle}>
        Select with keys <kbd>v</kbd>
      </button>
      <span className="muted coding-selection">
        {targets.selection ? `Selected: ${targets.selection.quote}` : 'Select text to code a span.'}
      </span>
    </div>
  );
}
