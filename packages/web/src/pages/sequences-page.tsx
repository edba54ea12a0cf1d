/**
 * Log sequences (`#/sequences`): every police log as a sequence of states (event type, acting
 * agency or framing; per entry or per time bin), clustered with Ward's method into k groups.
 * Shows the index plot sorted by cluster with turning points marked, the state distribution, and
 * each cluster's typical trajectory (medoid) and distribution; every plot has its numbers in a
 * table beside it. The plots are the server's SVG (core's builders: escaped text, role="img",
 * `<title>` and `<desc>`), shown as they are.
 */
import type { SequenceView, SequenceViewLog } from '@liaison/core';
import { useEffect, type ReactNode } from 'react';
import { labelOf } from '../analysis/palette.js';
import { api } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { plural } from '../format.js';
import { href, navigate, type SequenceParams } from '../router.js';
import '../sequences.css';

const STATE_KINDS: { value: SequenceParams['state']; label: string; plural: string }[] = [
  { value: 'event', label: 'Event type', plural: 'event types' },
  { value: 'agency', label: 'Lead agency', plural: 'lead agencies' },
  { value: 'framing', label: 'Framing', plural: 'framings' },
];
const BINS = [null, 15, 30, 60, 120, 240, 1440];
const CLUSTER_COUNTS = [2, 3, 4, 5, 6, 7, 8];

export function SequencesPage({ params }: { params: SequenceParams }) {
  const key = `sequences:${params.state}:${params.bin}:${params.k}`;
  const loaded = useApi(key, (signal) => api.sequences(params, signal));
  useEffect(() => {
    document.title = 'Log sequences · Liaison';
  }, []);
  return (
    <main className="page sequences-page" id="main" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href.home()}>Study</a> <span aria-hidden="true">›</span> Log sequences
      </nav>
      <h1>Log sequences</h1>
      <SequenceControls params={params} />
      {loaded.status === 'loading' && <Loading what="the log sequences and their clusters" />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="The sequences could not be computed"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && <SequenceContent view={loaded.data.sequences} />}
    </main>
  );
}

/** Each choice changes the address, so a view can be bookmarked and shared. */
function SequenceControls({ params }: { params: SequenceParams }) {
  const go = (change: Partial<SequenceParams>) =>
    navigate(href.sequences({ ...params, ...change }));
  return (
    <form className="sequence-controls" onSubmit={(e) => e.preventDefault()}>
      <label>
        State
        <select
          value={params.state}
          onChange={(e) => go({ state: e.target.value as SequenceParams['state'] })}
        >
          {STATE_KINDS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Positions
        <select
          value={params.bin ?? ''}
          onChange={(e) => go({ bin: e.target.value === '' ? null : Number(e.target.value) })}
        >
          {BINS.map((bin) => (
            <option key={bin ?? 'entry'} value={bin ?? ''}>
              {bin === null ? 'One per entry' : `One per ${binLabel(bin)}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Clusters
        <select value={params.k} onChange={(e) => go({ k: Number(e.target.value) })}>
          {CLUSTER_COUNTS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

function binLabel(minutes: number): string {
  if (minutes % 1440 === 0) return plural(minutes / 1440, 'day', 'days');
  if (minutes % 60 === 0) return plural(minutes / 60, 'hour', 'hours');
  return plural(minutes, 'minute', 'minutes');
}

function SequenceContent({ view }: { view: SequenceView }) {
  if (view.logs.length === 0)
    return (
      <Empty title="This study has no police logs yet">
        <p>Import police logs (text or CSV); their sequences will show here.</p>
      </Empty>
    );
  return (
    <>
      <p className="analysis-intro">
        {plural(view.logs.length, 'police log', 'police logs')} as sequences of{' '}
        {STATE_KINDS.find((s) => s.value === view.state)?.plural},{' '}
        {view.binMinutes === null
          ? 'one position per entry'
          : `one position per ${binLabel(view.binMinutes)}`}
        . Distances: optimal matching ({view.sm} substitution costs); clusters: Ward.
        {view.k === null && ' Clustering needs at least 3 logs.'}
      </p>
      <Plot id="index" title="Logs by cluster, with turning points" svg={view.svg.index}>
        <LogTable view={view} />
      </Plot>
      {view.svg.typical && (
        <Plot id="typical" title="Typical trajectory of each cluster" svg={view.svg.typical}>
          <ClusterTable view={view} />
        </Plot>
      )}
      <Plot id="distribution" title="State distribution" svg={view.svg.distribution}>
        <ShareTable view={view} />
      </Plot>
      {view.clusters.map((c) => (
        <Plot
          key={c.cluster}
          id={`cluster-${c.cluster}`}
          title={`Cluster ${c.cluster}: state distribution`}
          svg={c.distributionSvg}
        />
      ))}
    </>
  );
}

/** A server-made SVG plot (escaped by core's builders) and the table of its numbers. */
function Plot(props: { id: string; title: string; svg: string; children?: ReactNode }) {
  return (
    <figure className="chart sequence-plot" aria-labelledby={`seq-${props.id}-title`}>
      <figcaption id={`seq-${props.id}-title`}>{props.title}</figcaption>
      <div className="chart-body">
        <div
          className="sequence-svg"
          data-plot={props.id}
          dangerouslySetInnerHTML={{ __html: props.svg }}
        />
        {props.children}
      </div>
    </figure>
  );
}

function turningPointText(log: SequenceViewLog, positions: string[]): string {
  if (log.turningPoints.length === 0) return 'none';
  return log.turningPoints
    .map((tp) => {
      const at = tp.position === null ? 'no time' : positions[tp.position];
      return `${labelOf(tp.type)} (entry ${tp.entry + 1}, ${at})`;
    })
    .join('; ');
}

function LogTable({ view }: { view: SequenceView }) {
  return (
    // Scrolls on its own: focusable so keyboard users can scroll it (WCAG 2.1.1).
    <div className="sequence-table-wrap" tabIndex={0} role="region" aria-label="Logs table">
      <table className="chart-table sequence-table" data-seq-table="logs">
        <caption className="visually-hidden">Each log in plot order</caption>
        <thead>
          <tr>
            <th scope="col">Log</th>
            <th scope="col">Cluster</th>
            <th scope="col">Silhouette</th>
            <th scope="col">Length</th>
            <th scope="col">Turning points</th>
          </tr>
        </thead>
        <tbody>
          {view.logs.map((log) => (
            <tr key={log.id} data-log={log.name}>
              <th scope="row">
                <a href={href.source(log.id)}>{log.name}</a>
              </th>
              <td>{log.cluster ?? '–'}</td>
              <td>{log.silhouette === null ? '–' : log.silhouette.toFixed(2)}</td>
              <td>{log.length}</td>
              <td className="turning-points">{turningPointText(log, view.positions)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClusterTable({ view }: { view: SequenceView }) {
  return (
    <table className="chart-table" data-seq-table="clusters">
      <caption className="visually-hidden">Clusters: size, silhouette and typical log</caption>
      <thead>
        <tr>
          <th scope="col">Cluster</th>
          <th scope="col">Logs</th>
          <th scope="col">Mean silhouette</th>
          <th scope="col">Typical log (medoid)</th>
        </tr>
      </thead>
      <tbody>
        {view.clusters.map((c) => (
          <tr key={c.cluster} data-cluster={c.cluster}>
            <th scope="row">{c.cluster}</th>
            <td>{c.size}</td>
            <td>{c.silhouette.toFixed(2)}</td>
            <td>
              <a href={href.source(c.medoid.id)}>{c.medoid.name}</a>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All</th>
          <td>{view.logs.length}</td>
          <td>{view.averageSilhouette?.toFixed(2)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

/** Share of each state over all positions, for all logs and per cluster. */
function ShareTable({ view }: { view: SequenceView }) {
  return (
    <table className="chart-table" data-seq-table="shares">
      <caption className="visually-hidden">Share of all positions in each state</caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          <th scope="col">All logs</th>
          {view.clusters.map((c) => (
            <th key={c.cluster} scope="col">
              Cluster {c.cluster}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.alphabet.map((state, s) => (
          <tr key={state}>
            <th scope="row">{labelOf(state)}</th>
            <td>{percent(view.stateShares[s] ?? 0)}</td>
            {view.clusters.map((c) => (
              <td key={c.cluster}>{percent(c.stateShares[s] ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
