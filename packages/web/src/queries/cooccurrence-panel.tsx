/**
 * The code co-occurrence matrix as a table; each non-empty cell is a button that lists the
 * segments behind it (overlap mode: the overlapping segments of both codes).
 */
import { overlappingSegments, type CooccurrenceMatrix, type CooccurrenceMode } from '@liaison/core';
import { useState } from 'react';
import { queriesApi } from '../api/queries-api.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import type { QueryNames } from './query-names.js';
import type { SegmentSelection } from './segment-list.js';
import { DownloadLinks } from './download-links.js';

const MODE_HELP: Record<CooccurrenceMode, string> = {
  overlap: 'Cells count pairs of codings whose spans overlap.',
  unit: 'Cells count log entries or transcript turns coded with both codes.',
};

export function CooccurrencePanel(props: {
  names: QueryNames;
  onSelect: (s: SegmentSelection) => void;
}) {
  const [mode, setMode] = useState<CooccurrenceMode>('overlap');
  const loaded = useApi(`cooccurrence:${mode}`, (signal) => queriesApi.cooccurrence(mode, signal));
  return (
    <section className="query-panel" aria-labelledby="cooccurrence-title">
      <h2 id="cooccurrence-title">Code co-occurrence</h2>
      <p className="query-controls">
        <label>
          Co-occur when{' '}
          <select value={mode} onChange={(e) => setMode(e.target.value as CooccurrenceMode)}>
            <option value="overlap">spans overlap</option>
            <option value="unit">in the same entry or turn</option>
          </select>
        </label>{' '}
        <DownloadLinks kind="cooccurrence" params={{ mode }} />
      </p>
      <p className="query-help">{MODE_HELP[mode]}</p>
      {loaded.status === 'loading' && <Loading what="the co-occurrence matrix" />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="Co-occurrence could not be computed"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && (
        <CooccurrenceTable matrix={loaded.data} names={props.names} onSelect={props.onSelect} />
      )}
    </section>
  );
}

function unreadable(names: QueryNames, a: string, b: string): SegmentSelection {
  const note =
    'The segments could not be read. Check that Liaison is still running, then try again.';
  return { title: `${names.code(a)} × ${names.code(b)}`, segments: [], note };
}

function CooccurrenceTable(props: {
  matrix: CooccurrenceMatrix;
  names: QueryNames;
  onSelect: (s: SegmentSelection) => void;
}) {
  const { matrix, names, onSelect } = props;
  if (matrix.codeIds.length === 0) return <p>The codebook has no codable codes yet.</p>;
  const open = async (a: string, b: string) => {
    const { segments } = await queriesApi.segments([...new Set([a, b])]);
    const title = `${names.code(a)} × ${names.code(b)}`;
    if (matrix.mode === 'overlap') {
      onSelect({ title, segments: overlappingSegments(segments, a, b) });
    } else {
      const note = 'All segments of both codes; the count is of entries or turns holding both.';
      onSelect({ title, segments, note });
    }
  };
  return (
    <div className="table-scroll">
      <table className="query-table">
        <caption className="visually-hidden">Co-occurrence counts, code by code</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            {matrix.codeIds.map((id) => (
              <th key={id} scope="col">
                {names.code(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.codeIds.map((row, i) => (
            <tr key={row}>
              <th scope="row">{names.code(row)}</th>
              {matrix.codeIds.map((col, j) => {
                const n = matrix.counts[i]![j]!;
                return (
                  <td key={col}>
                    {n === 0 ? (
                      <span className="zero">0</span>
                    ) : (
                      <button
                        type="button"
                        aria-label={`${n}: ${names.code(row)} with ${names.code(col)}, show segments`}
                        onClick={() =>
                          void open(row, col).catch(() => onSelect(unreadable(names, row, col)))
                        }
                      >
                        {n}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
