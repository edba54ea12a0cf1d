/**
 * The framework matrix: cases × themes; each cell shows how many segments it links (a button
 * listing them) and the researcher's summary, edited in place and saved as an event.
 */
import type { FrameworkCell, FrameworkMatrix } from '@liaison/core';
import { useState } from 'react';
import { queriesApi } from '../api/queries-api.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { DownloadLinks } from './download-links.js';
import type { QueryNames } from './query-names.js';
import type { SegmentSelection } from './segment-list.js';

export function FrameworkPanel(props: {
  names: QueryNames;
  onSelect: (s: SegmentSelection) => void;
}) {
  const loaded = useApi('framework', (signal) => queriesApi.framework(signal));
  return (
    <section className="query-panel" aria-labelledby="framework-title">
      <h2 id="framework-title">Framework matrix</h2>
      <p className="query-controls">
        <DownloadLinks kind="framework" />
      </p>
      {loaded.status === 'loading' && <Loading what="the framework matrix" />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="The framework matrix could not be read"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && (
        <FrameworkTable matrix={loaded.data} names={props.names} onSelect={props.onSelect} />
      )}
    </section>
  );
}

function FrameworkTable(props: {
  matrix: FrameworkMatrix;
  names: QueryNames;
  onSelect: (s: SegmentSelection) => void;
}) {
  const { matrix, names, onSelect } = props;
  if (matrix.caseIds.length === 0)
    return <p>The study has no cases yet: add cases to build a framework matrix.</p>;
  return (
    <div className="table-scroll">
      <table className="query-table framework-table">
        <caption className="visually-hidden">Cases by theme, with summaries</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            {matrix.codeIds.map((id) => (
              <th key={id} scope="col">
                {names.code(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.caseIds.map((caseId, i) => (
            <tr key={caseId}>
              <th scope="row">{names.kase(caseId)}</th>
              {matrix.codeIds.map((codeId, j) => (
                <td key={codeId}>
                  <SummaryCell
                    cell={matrix.cells[i]![j]!}
                    label={`${names.kase(caseId)} × ${names.code(codeId)}`}
                    ids={{ caseId, codeId }}
                    onSelect={onSelect}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string };

function SummaryCell(props: {
  cell: FrameworkCell;
  label: string;
  ids: { caseId: string; codeId: string };
  onSelect: (s: SegmentSelection) => void;
}) {
  const { cell, label, ids, onSelect } = props;
  const [text, setText] = useState(cell.summary?.text ?? '');
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const n = cell.segments.length;
  const submit = async () => {
    setSave({ status: 'saving' });
    try {
      await queriesApi.summarise(ids.caseId, ids.codeId, text);
      setSave({ status: 'saved' });
    } catch (error) {
      setSave({ status: 'error', message: (error as Error).message });
    }
  };
  return (
    <form
      className="summary-cell"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <button
        type="button"
        disabled={n === 0}
        onClick={() => onSelect({ title: label, segments: cell.segments })}
      >
        {n} segment{n === 1 ? '' : 's'}
      </button>
      <label>
        <span className="visually-hidden">Summary of {label}</span>
        <textarea value={text} rows={3} onChange={(e) => setText(e.target.value)} />
      </label>
      <button
        type="submit"
        disabled={save.status === 'saving'}
        aria-label={`Save summary of ${label}`}
      >
        Save
      </button>
      <span role="status" className="summary-status">
        {save.status === 'saved' && 'Saved'}
        {save.status === 'error' && save.message}
      </span>
    </form>
  );
}
