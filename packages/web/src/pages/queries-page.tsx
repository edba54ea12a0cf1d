/**
 * Queries (`#/queries`, docs/queries.md): the code co-occurrence matrix, matrix coding by an
 * attribute and the framework matrix with editable summaries. Clicking a count lists the coded
 * segments behind it beside the tables.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { codebookApi } from '../api/codebook-api.js';
import { queriesApi } from '../api/queries-api.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { CooccurrencePanel } from '../queries/cooccurrence-panel.js';
import { FrameworkPanel } from '../queries/framework-panel.js';
import { MatrixPanel } from '../queries/matrix-panel.js';
import { lookup, type QueryNames } from '../queries/query-names.js';
import { focusSegmentList, SegmentList, type SegmentSelection } from '../queries/segment-list.js';
import { href } from '../router.js';
import '../queries/queries.css';

async function loadNames(signal: AbortSignal): Promise<QueryNames> {
  const [codes, sources, cases] = await Promise.all([
    codebookApi.codes(signal),
    api.sources(signal),
    queriesApi.cases(signal),
  ]);
  return { code: lookup(codes.codes), source: lookup(sources.sources), kase: lookup(cases.cases) };
}

export function QueriesPage() {
  const names = useApi('query-names', loadNames);
  useEffect(() => {
    document.title = 'Queries · Liaison';
  }, []);
  return (
    <main className="page queries-page" id="main" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href.home()}>Study</a> <span aria-hidden="true">›</span> Queries
      </nav>
      <h1>Queries</h1>
      {names.status === 'loading' && <Loading what="codes and cases" />}
      {names.status === 'error' && (
        <ErrorNotice
          title="Codes and cases could not be read"
          error={names.error}
          onRetry={names.retry}
        />
      )}
      {names.status === 'ready' && <QueryPanels names={names.data} />}
    </main>
  );
}

function QueryPanels({ names }: { names: QueryNames }) {
  const [selection, setSelection] = useState<SegmentSelection | null>(null);
  const select = (s: SegmentSelection) => {
    setSelection(s);
    focusSegmentList();
  };
  return (
    <div className="queries-layout">
      <div>
        <CooccurrencePanel names={names} onSelect={select} />
        <MatrixPanel names={names} onSelect={select} />
        <FrameworkPanel names={names} onSelect={select} />
      </div>
      <div>
        {selection === null ? (
          <p className="query-help">Choose a count to list the coded segments behind it.</p>
        ) : (
          <SegmentList selection={selection} names={names} onClose={() => setSelection(null)} />
        )}
      </div>
    </div>
  );
}
