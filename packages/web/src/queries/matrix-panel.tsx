/** Matrix coding: codes × the values of one attribute; each cell lists its segments. */
import { QUERY_ATTRIBUTES, type CodingMatrix, type QueryAttribute } from '@liaison/core';
import { useState } from 'react';
import { queriesApi } from '../api/queries-api.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { DownloadLinks } from './download-links.js';
import type { QueryNames } from './query-names.js';
import type { SegmentSelection } from './segment-list.js';

export function MatrixPanel(props: { names: QueryNames; onSelect: (s: SegmentSelection) => void }) {
  const [by, setBy] = useState<QueryAttribute>('dataset');
  const loaded = useApi(`matrix:${by}`, (signal) => queriesApi.matrix(by, signal));
  return (
    <section className="query-panel" aria-labelledby="matrix-title">
      <h2 id="matrix-title">Matrix coding</h2>
      <p className="query-controls">
        <label>
          Codes by{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as QueryAttribute)}>
            {QUERY_ATTRIBUTES.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>{' '}
        <DownloadLinks kind="matrix" params={{ by }} />
      </p>
      {loaded.status === 'loading' && <Loading what="matrix coding" />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="Matrix coding could not be computed"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && (
        <MatrixTable matrix={loaded.data} names={props.names} onSelect={props.onSelect} />
      )}
    </section>
  );
}

function MatrixTable(props: {
  matrix: CodingMatrix;
  names: QueryNames;
  onSelect: (s: SegmentSelection) => void;
}) {
  const { matrix, names, onSelect } = props;
  if (matrix.values.length === 0) return <p>No coded segments yet.</p>;
  return (
    <div className="table-scroll">
      <table className="query-table">
        <caption className="visually-hidden">Coded segments per code and {matrix.by}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            {matrix.values.map((v) => (
              <th key={v.id} scope="col">
                {v.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.codeIds.map((codeId, i) => (
            <tr key={codeId}>
              <th scope="row">{names.code(codeId)}</th>
              {matrix.cells[i]!.map((cell, j) => {
                const value = matrix.values[j]!;
                const title = `${names.code(codeId)} × ${value.label}`;
                return (
                  <td key={value.id}>
                    {cell.count === 0 ? (
                      <span className="zero">0</span>
                    ) : (
                      <button
                        type="button"
                        aria-label={`${cell.count}: ${title}, show segments`}
                        onClick={() => onSelect({ title, segments: cell.segments })}
                      >
                        {cell.count}
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
