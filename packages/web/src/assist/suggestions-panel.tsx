/**
 * Code suggestions in the reader (docs/assisted-coding.md): for each entry or turn of the
 * source, the codes the current coder is most likely to apply, learnt from that coder's own
 * codings, most confident first. "Accept" codes the whole entry / turn through the ordinary
 * coding route; "Dismiss" hides the suggestion for the session. Nothing is applied unasked.
 */
import { useId, useState } from 'react';
import { assistApi, type SourceSuggestions } from '../api/assist-api.js';
import { codingApi } from '../api/coding-api.js';
import { useApi } from '../api/use-api.js';
import { useCodingState, type CodingState } from '../coding/coding-context.js';
import type { CodingKind } from '../coding/units.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { useDismissed } from './dismissed.js';
import { SuggestionRow, type SuggestionItem } from './suggestion-row.js';
import './assist.css';

/** Codes suggested per unit: three is what a coder can weigh at a glance. */
const PER_UNIT = 3;
/** Rows shown before "Show more"; a long transcript has hundreds of turns. */
const PAGE = 20;
/**
 * Suggestions under this probability are hidden until asked for: every unit gets k codes, most
 * of them near 0, and a list of 1 % guesses buries the few worth reading.
 */
const WEAK = 0.05;

export function SuggestionsToggle(props: { sourceId: string; kind: CodingKind }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="suggestions">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide suggestions' : 'Suggestions'}
      </button>
      {open && <SuggestionsPanel id={panelId} {...props} />}
    </div>
  );
}

function SuggestionsPanel(props: { id: string; sourceId: string; kind: CodingKind }) {
  const state = useCodingState() as CodingState;
  const [reload, setReload] = useState(0);
  const loaded = useApi(`suggest:${props.sourceId}:${state.actor}:${reload}`, (signal) =>
    assistApi.suggestions(props.sourceId, PER_UNIT, signal),
  );
  return (
    <section id={props.id} className="suggestions-panel" aria-label="Suggestions">
      <p className="muted">
        Learnt only from the codings of <strong>{state.actor}</strong> in this study, and recomputed
        from them on request. A suggestion is coded only when you accept it.
      </p>
      {loaded.status === 'loading' && <Loading what="suggestions (training can take seconds)" />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="Suggestions could not be computed"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && (
        <SuggestionList data={loaded.data} sourceId={props.sourceId} kind={props.kind} />
      )}
      <button type="button" onClick={() => setReload((n) => n + 1)}>
        Recompute suggestions
      </button>
    </section>
  );
}

/** Every (unit, code) suggestion, most confident first, leaving out codes already applied. */
function rankedItems(data: SourceSuggestions, state: CodingState): SuggestionItem[] {
  const items = data.units.flatMap((unit) =>
    unit.suggestions.map((s) => ({
      ...s,
      unitIndex: unit.unitIndex,
      start: unit.start,
      end: unit.end,
    })),
  );
  const applied = (item: SuggestionItem) =>
    state
      .codingsIn(item.start, item.end)
      .some((c) => c.codeId === item.code && c.coder === state.actor);
  return items.filter((i) => !applied(i)).sort((a, b) => b.probability - a.probability);
}

const idOf = (i: SuggestionItem) => `${i.unitIndex}:${i.code}`;

/** The suggestions to list: not applied, not dismissed, and weak ones only when asked for. */
function useVisibleSuggestions(data: SourceSuggestions, sourceId: string) {
  const state = useCodingState() as CodingState;
  const { dismissed, dismiss } = useDismissed(state.actor, sourceId);
  const [showWeak, setShowWeak] = useState(false);
  const all = rankedItems(data, state).filter((i) => !dismissed.has(idOf(i)));
  const items = showWeak ? all : all.filter((i) => i.probability >= WEAK);
  const showWeakOnes = () => setShowWeak(true);
  return { state, items, weak: all.length - items.length, showWeakOnes, dismiss };
}

function SuggestionList(props: { data: SourceSuggestions; sourceId: string; kind: CodingKind }) {
  const { data, kind } = props;
  const { state, items, weak, showWeakOnes, dismiss } = useVisibleSuggestions(data, props.sourceId);
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState('');
  if (data.codesLearnt === 0) return <TooFewCodings data={data} />;
  const accept = async (item: SuggestionItem) => {
    setStatus(await acceptSuggestion(state, kind, item));
  };
  return (
    <>
      <p className="coding-status" role="status">
        {status}
      </p>
      {items.length === 0 ? (
        <p>No suggestions{weak > 0 ? ' of 5 % or more' : ''} left for this source.</p>
      ) : (
        <ol className="suggestion-list">
          {items.slice(0, shown).map((item) => (
            <SuggestionRow
              key={idOf(item)}
              item={item}
              kind={kind}
              onAccept={accept}
              onDismiss={() => dismiss(idOf(item))}
            />
          ))}
        </ol>
      )}
      {items.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, items.length - shown)} more
        </button>
      )}
      {weak > 0 && <WeakButton count={weak} onClick={showWeakOnes} />}
    </>
  );
}

function WeakButton({ count, onClick }: { count: number; onClick(): void }) {
  return (
    <button type="button" onClick={onClick}>
      Show {count} weaker {count === 1 ? 'suggestion' : 'suggestions'} (under 5 %)
    </button>
  );
}

function TooFewCodings({ data }: { data: SourceSuggestions }) {
  return (
    <div className="status status-empty">
      <h3>Not enough codings to learn from yet</h3>
      <p>
        {data.note ??
          `${data.coder} has coded ${data.trainingUnits} units, but no code on at least 3 of them.`}{' '}
        A code is suggested once you have applied it to at least 3 entries or turns.
      </p>
      {data.untrained.length > 0 && <p>Used too rarely so far: {data.untrained.join(', ')}.</p>}
    </div>
  );
}

async function acceptSuggestion(
  state: CodingState,
  kind: CodingKind,
  item: SuggestionItem,
): Promise<string> {
  const where = `${kind === 'police_log' ? 'entry' : 'turn'} ${item.unitIndex + 1}`;
  try {
    await codingApi.apply(item.code, state.version.id, {
      startUtf16: item.start,
      endUtf16: item.end,
    });
    return `Applied “${item.codeName}” to ${where}.`;
  } catch (error) {
    return `Could not apply “${item.codeName}”: ${(error as Error).message}`;
  } finally {
    state.refresh();
  }
}
