/**
 * Review of a source's detected identifiers (`#/sources/:id/deid`): the text with detections
 * marked by type; keys j / k next and previous, a accept, r reject, u undecided, and t to add
 * the selected words as a new span; accept all suggestions of a type at once; a count of what
 * is left; below, the study's settings (replacement per type, crime reference formats). Applying
 * the decisions is `liaison deid apply` (it needs the encrypted key).
 */
import { ENTITY_TYPES, type EntityType } from '@liaison/core';
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { api, ApiRequestError } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import {
  deidApi,
  type DeidCounts,
  type ReviewDetection,
  type ReviewStatus,
  type SourceDeid,
} from '../deid/deid-api.js';
import { DeidSettingsSection } from '../deid/deid-settings-section.js';
import { HighlightedText, selectionOffsets } from '../deid/highlighted-text.js';
import { href } from '../router.js';
import '../deid/deid.css';

export function DeidReviewPage({ sourceId }: { sourceId: string }) {
  const source = useApi(`source:${sourceId}`, (signal) => api.source(sourceId, signal));
  const name = source.status === 'ready' ? source.data.source.name : 'Source';
  useEffect(() => {
    document.title = `Review identifiers: ${name} · Liaison`;
  }, [name]);
  return (
    <main className="page deid-page" id="main" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href.home()}>Study</a> <span aria-hidden="true">›</span>{' '}
        <a href={href.source(sourceId)}>{name}</a>
      </nav>
      <h1>Review identifiers: {name}</h1>
      <Review sourceId={sourceId} />
      <DeidSettingsSection />
    </main>
  );
}

function asApiError(e: unknown): ApiRequestError {
  if (e instanceof ApiRequestError) return e;
  return new ApiRequestError('bad_response', 'The answer could not be read. Reload the page.', 0);
}

/**
 * The first load goes through `useApi` (loading and error states); after each change the review
 * is read again and shown in place, without a loading flash.
 */
function useReview(sourceId: string) {
  const loaded = useApi(`deid:${sourceId}`, (signal) => deidApi.source(sourceId, signal));
  const [fresh, setFresh] = useState<SourceDeid | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  /** Runs a change, then reloads; a failure is shown and the page stays usable. */
  const act = useCallback(
    async (change: () => Promise<unknown>) => {
      try {
        await change();
        setFresh(await deidApi.source(sourceId));
        setError(null);
      } catch (e) {
        setError(asApiError(e));
      }
    },
    [sourceId],
  );
  return { loaded, data: fresh ?? (loaded.status === 'ready' ? loaded.data : null), error, act };
}

function Review({ sourceId }: { sourceId: string }) {
  const { loaded, data, error, act } = useReview(sourceId);
  if (loaded.status === 'loading') return <Loading what="the detections" />;
  if (loaded.status === 'error' || data === null) {
    return (
      <ErrorNotice
        title="The detections could not be read"
        error={loaded.status === 'error' ? loaded.error : asApiError(null)}
        onRetry={loaded.retry}
      />
    );
  }
  return <ReviewContent data={data} error={error} act={act} sourceId={sourceId} />;
}

interface ContentProps {
  sourceId: string;
  data: SourceDeid;
  error: ApiRequestError | null;
  act: (change: () => Promise<unknown>) => Promise<void>;
}

function nextIndex(list: ReviewDetection[], from: number, step: 1 | -1): number {
  const i = from + step;
  return i < 0 || i >= list.length ? from : i;
}

function firstSuggested(list: ReviewDetection[]): string | null {
  return (list.find((d) => d.status === 'suggested') ?? list[0])?.id ?? null;
}

/** The detection under the cursor; j / k move it, a decision moves it on. */
function useCursor(list: ReviewDetection[]) {
  const [currentId, setCurrentId] = useState<string | null>(() => firstSuggested(list));
  const found = list.findIndex((d) => d.id === currentId);
  const index = Math.max(0, found);
  const idAt = (step: 1 | -1) => list[nextIndex(list, index, step)]?.id ?? null;
  return { current: list[index] ?? null, idAt, setCurrentId };
}

function ReviewContent({ sourceId, data, error, act }: ContentProps) {
  const list = data.detections;
  const { current, idAt, setCurrentId } = useCursor(list);
  const [adding, setAdding] = useState<{ start: number; end: number } | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const decide = (status: ReviewStatus) => {
    if (!current) return;
    const next = idAt(1);
    void act(() => deidApi.review([current.id], status)).then(() => setCurrentId(next));
  };
  const startAdding = () => {
    const span = textRef.current && selectionOffsets(textRef.current);
    if (span) setAdding(span);
  };
  useReviewKeys({
    next: () => setCurrentId(idAt(1)),
    previous: () => setCurrentId(idAt(-1)),
    decide,
    add: startAdding,
  });

  return (
    <>
      <Counts counts={data.remaining} />
      {error && (
        <p className="deid-error" role="alert">
          {error.message}
        </p>
      )}
      <KeyHint />
      <BulkAccept
        counts={data.remaining}
        onAccept={(type) => void act(() => deidApi.acceptType(sourceId, type))}
      />
      <CurrentDetection detection={current} decide={decide} />
      {adding && (
        <AddSpanForm
          words={data.text.slice(adding.start, adding.end)}
          onCancel={() => setAdding(null)}
          onAdd={(type) =>
            void act(() =>
              deidApi.add(sourceId, { type, startUtf16: adding.start, endUtf16: adding.end }),
            ).then(() => setAdding(null))
          }
        />
      )}
      <p>
        <button type="button" onClick={startAdding}>
          Add the selected words…
        </button>{' '}
        <button type="button" onClick={() => void act(() => deidApi.detect(sourceId))}>
          Detect again
        </button>
      </p>
      <HighlightedText
        text={data.text}
        detections={list}
        currentId={current?.id ?? null}
        onPick={setCurrentId}
        containerRef={textRef}
      />
    </>
  );
}

interface KeyActions {
  next: () => void;
  previous: () => void;
  decide: (status: ReviewStatus) => void;
  add: () => void;
}

/** Page-wide keys, except while typing or choosing in a form control. */
function useReviewKeys(actions: KeyActions) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const handlers: Record<string, () => void> = {
      j: actions.next,
      k: actions.previous,
      a: () => actions.decide('accepted'),
      r: () => actions.decide('rejected'),
      u: () => actions.decide('suggested'),
      t: actions.add,
    };
    const handler = handlers[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

function Counts({ counts }: { counts: DeidCounts }) {
  return (
    <p className="deid-counts" aria-live="polite" data-testid="deid-remaining">
      <strong>{counts.suggested} left to review</strong> · {counts.accepted} accepted ·{' '}
      {counts.rejected} rejected · {counts.applied} applied
    </p>
  );
}

function KeyHint() {
  return (
    <p className="muted">
      Keys: <kbd>j</kbd> next, <kbd>k</kbd> previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject,{' '}
      <kbd>u</kbd> undecided, select words then <kbd>t</kbd> to add them. Accepted spans are
      replaced when the study is de-identified with <code>liaison deid apply</code>.
    </p>
  );
}

function BulkAccept({
  counts,
  onAccept,
}: {
  counts: DeidCounts;
  onAccept: (t: EntityType) => void;
}) {
  const types = ENTITY_TYPES.filter((t) => (counts.suggestedByType[t] ?? 0) > 0);
  if (types.length === 0) return null;
  return (
    <section aria-labelledby="bulk-heading" className="deid-bulk">
      <h2 id="bulk-heading">Accept every suggestion of a type</h2>
      <ul className="plain-list deid-bulk-list">
        {types.map((t) => (
          <li key={t}>
            <button type="button" onClick={() => onAccept(t)}>
              Accept all {t} ({counts.suggestedByType[t]})
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CurrentDetection(props: {
  detection: ReviewDetection | null;
  decide: (s: ReviewStatus) => void;
}) {
  const d = props.detection;
  if (!d) return <p className="muted">No identifiers were detected in this source.</p>;
  return (
    <section className="deid-current-panel" aria-label="Current detection" aria-live="polite">
      <span className={`deid-chip deid-${d.status}`} data-type={d.type}>
        {d.type}
      </span>{' '}
      <q>{d.text}</q>{' '}
      <span className="muted">
        ({d.status}, score {d.score.toFixed(2)})
      </span>{' '}
      <button type="button" onClick={() => props.decide('accepted')}>
        Accept (a)
      </button>{' '}
      <button type="button" onClick={() => props.decide('rejected')}>
        Reject (r)
      </button>
    </section>
  );
}

function AddSpanForm(props: {
  words: string;
  onAdd: (type: EntityType) => void;
  onCancel: () => void;
}) {
  const [type, setType] = useState<EntityType>('PERSON');
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);
  return (
    <form
      className="deid-add"
      aria-label="Add a span"
      onSubmit={(e) => {
        e.preventDefault();
        props.onAdd(type);
      }}
    >
      <span>
        Add <q>{props.words}</q> as
      </span>{' '}
      <label htmlFor="deid-add-type" className="visually-hidden">
        Type
      </label>
      <select
        id="deid-add-type"
        ref={select}
        value={type}
        onChange={(e) => setType(e.target.value as EntityType)}
        onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      >
        {ENTITY_TYPES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>{' '}
      <button type="submit">Add</button>{' '}
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
