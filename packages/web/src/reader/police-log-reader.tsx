/**
 * A police log in the reader: its header, its continuum badge, and a choice of two views, the
 * entry table (with the analysis labels as columns) or the timeline. The views wait for the
 * analysis (milliseconds for a log), so the table is laid out once: label columns arriving later
 * would change row heights and lose the row a search link opened at. If the analysis fails, the
 * table shows without labels under the error.
 */
import type { LogStructure } from '@liaison/core';
import { useState } from 'react';
import { ContinuumBadge } from '../analysis/continuum-badge.js';
import { LogTimeline } from '../analysis/log-timeline.js';
import { api } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { LogHeader, PoliceLogView } from './police-log-view.js';

type LogViewName = 'table' | 'timeline';

export function PoliceLogReader(props: {
  sourceId: string;
  log: LogStructure;
  pattern: RegExp | null;
  initial: number | null;
}) {
  const { sourceId, log } = props;
  const [view, setView] = useState<LogViewName>('table');
  const loaded = useApi(`analysis:${sourceId}`, (signal) => api.analysis(sourceId, signal));
  const analysis = loaded.status === 'ready' ? loaded.data.analysis : undefined;
  return (
    <>
      <LogHeader log={log} />
      {analysis && <ContinuumBadge continuum={analysis.continuum} />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="The log could not be analysed"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'loading' && <Loading what="the analysis" />}
      {analysis && <ViewSwitch view={view} onChange={setView} />}
      {view === 'timeline' && analysis && <LogTimeline log={log} analysis={analysis} />}
      {(view === 'table' || !analysis) && loaded.status !== 'loading' && (
        <PoliceLogView {...props} labels={analysis?.entries} />
      )}
    </>
  );
}

const VIEWS: [LogViewName, string][] = [
  ['table', 'Table'],
  ['timeline', 'Timeline'],
];

/** Two toggle buttons (aria-pressed): reachable with Tab, switched with Enter or Space. */
function ViewSwitch({ view, onChange }: { view: LogViewName; onChange(view: LogViewName): void }) {
  return (
    <div className="view-switch" role="group" aria-label="Show the log as">
      {VIEWS.map(([name, label]) => (
        <button
          key={name}
          type="button"
          aria-pressed={view === name}
          onClick={() => onChange(name)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
