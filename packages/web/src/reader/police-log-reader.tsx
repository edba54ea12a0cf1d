/**
 * A police log in the reader: its header, its continuum badge (with the override form), the
 * "reviewed" mark (review-toggle.tsx), a choice of two views, the entry table (with the analysis
 * labels as columns) or the timeline, and the editor for the selected entry's labels.
 * Corrections are sent to the server, which stores them as events and answers the corrected
 * analysis; that answer replaces the one shown. The views wait for the analysis (milliseconds for
 * a log), so the table is laid out once: label columns arriving later would change row heights
 * and lose the row a search link opened at. If the analysis fails, the table shows without
 * labels under the error.
 */
import type { Correction, CorrectionTarget, LogStructure } from '@liaison/core';
import { useMemo, useState } from 'react';
import { ContinuumBadge } from '../analysis/continuum-badge.js';
import { ContinuumCorrector } from '../analysis/continuum-corrector.js';
import { correctedLabels } from '../analysis/corrected-labels.js';
import { EntryCorrector } from '../analysis/entry-corrector.js';
import { LogTimeline } from '../analysis/log-timeline.js';
import { ReviewToggle } from '../analysis/review-toggle.js';
import { TurningPointCorrector } from '../analysis/turning-point-corrector.js';
import { AGENCIES } from '../analysis/palette.js';
import { analysisApi } from '../api/analysis-api.js';
import { api } from '../api/client.js';
import type { SourceAnalysis, SourceAnalysisResponse } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { LogHeader, PoliceLogView } from './police-log-view.js';

type LogViewName = 'table' | 'timeline';

/** The analysis shown: the one loaded, replaced by each correction's answer. */
function useCorrectableAnalysis(sourceId: string) {
  const loaded = useApi(`analysis:${sourceId}`, (signal) => api.analysis(sourceId, signal));
  const [latest, setLatest] = useState<SourceAnalysis | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const fromServer = loaded.status === 'ready' ? loaded.data.analysis : undefined;
  const analysis = latest?.sourceId === sourceId ? latest : fromServer;
  const send = async (work: () => Promise<SourceAnalysisResponse>, done: string) => {
    setBusy(true);
    try {
      setLatest((await work()).analysis);
      setStatus(done);
    } catch (error) {
      setStatus(`Not saved: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const correct = (c: Correction, done: string) =>
    send(() => analysisApi.correct(sourceId, c), done);
  const undo = (t: CorrectionTarget, done: string) =>
    send(() => analysisApi.undo(sourceId, t), done);
  const review = (reviewed: boolean) =>
    send(
      () => analysisApi.review(sourceId, reviewed),
      reviewed ? 'Log marked reviewed.' : 'Review mark removed.',
    );
  return { loaded, analysis, busy, status, setStatus, correct, undo, review };
}

/** DOMAIN.md's agencies, then any other label the study's analysis uses. */
function agencyChoicesOf(analysis: SourceAnalysis | undefined): string[] {
  const used = (analysis?.entries ?? []).flatMap((e) => e.agencies);
  const computed = (analysis?.computed.entries ?? []).flatMap((e) => e.agencies);
  return [...new Set([...AGENCIES, ...used, ...computed])];
}

/** Escape in the editor: focus goes back to the selected entry's row or timeline mark. */
function focusEntry(index: number): void {
  document
    .querySelector<HTMLElement | SVGElement>(
      `.log-table [data-index="${index}"], g.timeline-entry[data-entry="${index}"]`,
    )
    ?.focus();
}

export function PoliceLogReader(props: {
  sourceId: string;
  log: LogStructure;
  pattern: RegExp | null;
  initial: number | null;
}) {
  const { sourceId, log } = props;
  const [view, setView] = useState<LogViewName>('table');
  const [selected, setSelected] = useState<number | null>(props.initial);
  // The entry the table opens at: a search link's, then the one selected in the timeline.
  const [tableStart, setTableStart] = useState<number | null>(props.initial);
  const switchView = (next: LogViewName) => {
    if (next === 'table' && view !== 'table') setTableStart(selected);
    setView(next);
  };
  const state = useCorrectableAnalysis(sourceId);
  const { loaded, analysis, busy } = state;
  const corrected = useMemo(() => analysis && correctedLabels(analysis), [analysis]);
  const labels = selected === null ? undefined : analysis?.entries[selected];
  return (
    <>
      <LogHeader log={log} />
      {analysis && (
        <div className="continuum-row">
          <ContinuumBadge continuum={analysis.continuum} />
          <ContinuumCorrector
            continuum={analysis.continuum}
            busy={busy}
            onOverride={(level, reason) =>
              state.correct(
                { target: 'continuum', level, reason },
                `Continuum overridden: level ${level}.`,
              )
            }
            onUndo={() => state.undo({ target: 'continuum' }, 'Continuum override undone.')}
          />
        </div>
      )}
      {analysis && (
        <ReviewToggle reviewed={analysis.reviewed} busy={busy} onChange={state.review} />
      )}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="The log could not be analysed"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'loading' && <Loading what="the analysis" />}
      {analysis && <ViewSwitch view={view} onChange={switchView} />}
      {analysis && (
        <p className="correction-status" role="status">
          {state.status}
        </p>
      )}
      {analysis && selected !== null && labels && (
        <EntryCorrector
          key={selected}
          index={selected}
          labels={labels}
          corrected={corrected?.[selected]}
          agencyChoices={agencyChoicesOf(analysis)}
          busy={busy}
          onCorrect={(c) => state.correct(c, `Entry ${selected + 1} corrected.`)}
          onUndo={(t) => state.undo(t, `Entry ${selected + 1}: correction undone.`)}
          onStatus={state.setStatus}
          onLeave={() => focusEntry(selected)}
        />
      )}
      {analysis && selected !== null && labels && (
        <TurningPointCorrector
          index={selected}
          points={analysis.turningPoints}
          corrections={analysis.corrections}
          busy={busy}
          onCorrect={(c) => state.correct(c, `Entry ${selected + 1}: turning points corrected.`)}
          onUndo={(t) => state.undo(t, `Entry ${selected + 1}: turning point correction undone.`)}
        />
      )}
      {analysis && selected === null && (
        <p className="entry-corrector-hint">
          Select an entry (click it, or <kbd>j</kbd> / <kbd>k</kbd>) to correct its labels.
        </p>
      )}
      {view === 'timeline' && analysis && (
        <LogTimeline
          log={log}
          analysis={analysis}
          corrected={corrected}
          initialActive={selected ?? 0}
          onActiveChange={setSelected}
        />
      )}
      {(view === 'table' || !analysis) && loaded.status !== 'loading' && (
        <PoliceLogView
          {...props}
          initial={tableStart}
          labels={analysis?.entries}
          corrected={corrected}
          onActiveChange={setSelected}
        />
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
