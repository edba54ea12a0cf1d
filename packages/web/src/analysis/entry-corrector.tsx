/**
 * The editor for the selected entry's labels: its event type (a select), framing (radios) and
 * acting agencies (checkboxes). Changes are a draft until saved (button, or Enter), so arrow
 * keys in the select do not send a correction per step. Keys, when no field has focus: `e`
 * event, `f` framing, `a` agencies; inside framing and agencies the number keys pick a choice
 * (1–9, then 0 for the tenth); Enter saves and Escape drops the draft, both returning focus to
 * the entry. Each corrected label is marked and can be undone (back to the classifier's), field
 * by field or all at once.
 */
import type {
  CorrectedEntryField,
  Correction,
  CorrectionTarget,
  EntryLabels,
  EventType,
  Framing,
} from '@liaison/core';
import {
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import { isPlainKey, isTyping } from '../components/keys.js';
import { CorrectedMark, type CorrectedLabels } from './corrected-labels.js';
import { EVENT_TYPES, FRAMINGS, labelOf } from './palette.js';

type Draft = Pick<EntryLabels, 'agencies' | 'event' | 'framing'>;

export interface EntryCorrectorProps {
  index: number;
  labels: EntryLabels;
  corrected: CorrectedLabels | undefined;
  /** Agencies offered as checkboxes: DOMAIN.md's plus any the study's labels use. */
  agencyChoices: string[];
  busy: boolean;
  onCorrect(correction: Correction): void;
  onUndo(target: CorrectionTarget): void;
  onStatus(message: string): void;
  /** Escape: back to the selected entry in the table or timeline. */
  onLeave(): void;
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Only the fields the draft changes, as one entry correction; null when nothing changed. */
function changesOf(index: number, labels: Draft, draft: Draft): Correction | null {
  const c: Extract<Correction, { target: 'entry' }> = { target: 'entry', index };
  if (draft.event !== labels.event) c.event = draft.event;
  if (draft.framing !== labels.framing) c.framing = draft.framing;
  if (!sameSet(draft.agencies, labels.agencies)) c.agencies = [...draft.agencies].sort();
  return Object.keys(c).length > 2 ? c : null;
}

/** The draft over new labels: each field left as it was in `before` takes its value in `after`. */
export function rebased(draft: Draft, before: Draft, after: Draft): Draft {
  return {
    event: draft.event === before.event ? after.event : draft.event,
    framing: draft.framing === before.framing ? after.framing : draft.framing,
    agencies: sameSet(draft.agencies, before.agencies) ? after.agencies : draft.agencies,
  };
}

/** 1–9 pick the first nine choices, 0 the tenth; null for other keys. */
function choiceOf(key: string): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  return key === '0' ? 9 : Number(key) - 1;
}

/** Moves focus to a field of the form on `e`, `f` or `a`; true when the key was one. */
function focusField(form: HTMLFormElement | null, key: string): boolean {
  const selector = {
    e: '#correct-event',
    f: 'input[name="framing"]:checked',
    a: 'input[name="agency"]',
  }[key];
  const target = selector ? form?.querySelector<HTMLElement>(selector) : null;
  target?.focus();
  return Boolean(target);
}

export function EntryCorrector(props: EntryCorrectorProps) {
  const { index, labels, corrected, agencyChoices, busy } = props;
  const [draft, setDraft] = useState<Draft>(labels);
  // A saved correction or an undo changes the labels: the fields of the draft the researcher has
  // not touched follow them, and the ones being edited are kept, so a save that returns while the
  // next field is being changed does not drop that change. Adjusting state while rendering, as
  // React recommends, keeps focus where it was, unlike remounting the form.
  const labelsKey = JSON.stringify(labels);
  const [shown, setShown] = useState({ key: labelsKey, labels });
  if (shown.key !== labelsKey) {
    setShown({ key: labelsKey, labels });
    setDraft((d) => rebased(d, shown.labels, labels));
  }
  const form = useRef<HTMLFormElement>(null);
  const toggle = (agency: string) =>
    setDraft((d) => ({
      ...d,
      agencies: d.agencies.includes(agency)
        ? d.agencies.filter((a) => a !== agency)
        : [...d.agencies, agency],
    }));

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    const correction = changesOf(index, labels, draft);
    if (correction) props.onCorrect(correction);
    else props.onStatus(`Entry ${index + 1}: nothing changed, so nothing was saved.`);
  };

  // Global keys reach the form when focus is on an entry (not in a text field).
  const onDocumentKey = useEffectEvent((event: KeyboardEvent) => {
    if (!isPlainKey(event) || isTyping(event.target)) return;
    if (focusField(form.current, event.key)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onDocumentKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const onFormKey = (event: ReactKeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    const group = target.closest('fieldset')?.dataset.field;
    const choice = choiceOf(event.key);
    if (event.key === 'Escape') {
      setDraft(labels);
      props.onLeave();
    } else if (event.key === 'Enter' && target.tagName !== 'BUTTON') {
      save();
      props.onLeave(); // back to the entry, so j / k and e / f / a work again at once
    } else if (choice !== null && group === 'framing' && FRAMINGS[choice])
      setDraft((d) => ({ ...d, framing: FRAMINGS[choice] as Framing }));
    else if (choice !== null && group === 'agencies' && agencyChoices[choice])
      toggle(agencyChoices[choice] as string);
    else if (target.tagName === 'INPUT' && isPlainKey(event.nativeEvent)) {
      if (!focusField(form.current, event.key)) return;
    } else return;
    event.preventDefault();
  };

  const undo = (fields?: CorrectedEntryField[]) =>
    props.onUndo({ target: 'entry', index, ...(fields ? { fields } : {}) });
  const undoButton = (field: CorrectedEntryField) =>
    corrected?.fields.includes(field) && (
      <UndoButton what={`the ${field} correction`} busy={busy} onUndo={() => undo([field])} />
    );

  return (
    <form
      ref={form}
      className="entry-corrector"
      aria-label={`Correct entry ${index + 1}`}
      onSubmit={save}
      onKeyDown={onFormKey}
    >
      <h3>Correct entry {index + 1}</h3>
      <div className="corrector-field">
        <label htmlFor="correct-event">
          Event <kbd>e</kbd>
        </label>
        <select
          id="correct-event"
          value={draft.event}
          onChange={(e) => setDraft((d) => ({ ...d, event: e.target.value as EventType }))}
        >
          {EVENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {labelOf(t)}
            </option>
          ))}
        </select>
        <CorrectedMark corrected={corrected} field="event" />
        {undoButton('event')}
      </div>
      <ChoiceGroup
        field="framing"
        legend="Framing"
        keyName="f"
        choices={FRAMINGS}
        checked={(f) => draft.framing === f}
        onChange={(f) => setDraft((d) => ({ ...d, framing: f as Framing }))}
        after={
          <>
            <CorrectedMark corrected={corrected} field="framing" />
            {undoButton('framing')}
          </>
        }
      />
      <ChoiceGroup
        field="agencies"
        legend="Agencies"
        keyName="a"
        choices={agencyChoices}
        checked={(a) => draft.agencies.includes(a)}
        onChange={toggle}
        after={
          <>
            <CorrectedMark corrected={corrected} field="agencies" />
            {undoButton('agencies')}
          </>
        }
      />
      <div className="corrector-actions">
        <button type="submit" disabled={busy}>
          Save correction
        </button>
        {corrected && (
          <UndoButton
            what="every correction of this entry"
            text="Undo all"
            busy={busy}
            onUndo={() => undo()}
          />
        )}
      </div>
    </form>
  );
}

/** Radios (framing) or checkboxes (agencies), each numbered with its key. */
function ChoiceGroup(props: {
  field: 'framing' | 'agencies';
  legend: string;
  keyName: string;
  choices: readonly string[];
  checked(choice: string): boolean;
  onChange(choice: string): void;
  after: ReactNode;
}) {
  const { field, choices } = props;
  const multiple = field === 'agencies';
  return (
    <fieldset className="corrector-field" data-field={field}>
      <legend>
        {props.legend} <kbd>{props.keyName}</kbd>
      </legend>
      {choices.map((choice, i) => (
        <label key={choice} className="corrector-choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={multiple ? 'agency' : 'framing'}
            value={choice}
            checked={props.checked(choice)}
            onChange={() => props.onChange(choice)}
          />
          {i < 10 && <span className="choice-key">{(i + 1) % 10}</span>}
          {labelOf(choice)}
        </label>
      ))}
      {props.after}
    </fieldset>
  );
}

function UndoButton(props: { what: string; text?: string; busy: boolean; onUndo(): void }) {
  return (
    <button
      type="button"
      className="undo-correction"
      disabled={props.busy}
      onClick={props.onUndo}
      aria-label={`Undo ${props.what}`}
    >
      {props.text ?? 'Undo'}
    </button>
  );
}
