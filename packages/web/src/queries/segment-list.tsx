/** The coded segments behind a clicked cell: code, source (a link to the reader) and the text. */
import type { QuerySegment } from '@liaison/core';
import { href } from '../router.js';
import type { QueryNames } from './query-names.js';

export interface SegmentSelection {
  title: string;
  segments: QuerySegment[];
  /** Said above the list when it is not simply "the segments of this cell". */
  note?: string;
}

export function SegmentList(props: {
  selection: SegmentSelection;
  names: QueryNames;
  onClose: () => void;
}) {
  const { selection, names, onClose } = props;
  return (
    <section className="segment-list" aria-label={selection.title} tabIndex={-1} id="segment-list">
      <header>
        <h3>{selection.title}</h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {selection.note && <p className="segment-note">{selection.note}</p>}
      {selection.segments.length === 0 ? (
        <p>No segments.</p>
      ) : (
        <ol>
          {selection.segments.map((s) => (
            <li key={`${s.codingId}`}>
              <span className="segment-code">{names.code(s.codeId)}</span>{' '}
              <a href={href.source(s.sourceId, { find: s.exact.slice(0, 60) })}>
                {names.source(s.sourceId)}
              </a>{' '}
              <span className="segment-coder">({s.coder})</span>
              <blockquote>{s.exact}</blockquote>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Moves focus to the list once it is shown, so keyboard users land on what they asked for. */
export function focusSegmentList(): void {
  requestAnimationFrame(() => document.getElementById('segment-list')?.focus());
}
