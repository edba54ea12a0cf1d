/**
 * Study analysis (`#/analysis`): every police log analysed on its current text, counted by site
 * and by dataset: the continuum of joint working, turning-point types and agency involvement.
 * Each chart has its numbers in a table beside it; the logs are listed with their placement.
 */
import type { AnalysisGroup, AnalysisSummary } from '@liaison/core';
import { useEffect, useState } from 'react';
import { GroupedBarChart, type ChartSeries } from '../analysis/grouped-bar-chart.js';
import { ModelAdaptation } from '../analysis/model-adaptation.js';
import { OlderAnalyses } from '../analysis/older-analyses.js';
import { labelOf, levelColour, seriesColour } from '../analysis/palette.js';
import { api } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { plural } from '../format.js';
import { href } from '../router.js';

export function AnalysisPage() {
  const loaded = useApi('analysis-summary', (signal) => api.analysisSummary(signal));
  const hasLogs = loaded.status === 'ready' && loaded.data.summary.logs.length > 0;
  // Once the study has shown logs, the adaptation panel stays through later reloads.
  const [adaptable, setAdaptable] = useState(false);
  if (hasLogs && !adaptable) setAdaptable(true);
  useEffect(() => {
    document.title = 'Analysis · Liaison';
  }, []);
  return (
    <main className="page analysis-page" id="main" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href.home()}>Study</a> <span aria-hidden="true">›</span> Analysis
      </nav>
      <h1>Police log analysis</h1>
      {loaded.status === 'loading' && <Loading what="the analysis of every log" />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="The logs could not be analysed"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && loaded.data.olderLexicon > 0 && (
        <OlderAnalyses
          count={loaded.data.olderLexicon}
          lexiconVersion={loaded.data.summary.lexiconVersion}
          onDone={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && <SummaryContent summary={loaded.data.summary} />}
      {/* Kept while the summary reloads after a save, so its message stays. */}
      {adaptable && (
        <ModelAdaptation
          training={loaded.status === 'ready' ? loaded.data.training : undefined}
          onSaved={loaded.retry}
        />
      )}
    </main>
  );
}

/** One series per group; `pick` reads the counts to draw from a group. */
function seriesOf(
  groups: AnalysisGroup[],
  pick: (g: AnalysisGroup) => { count: number }[],
): ChartSeries[] {
  return groups.map((g, i) => ({
    name: g.name,
    colour: seriesColour(i),
    values: pick(g).map((c) => c.count),
  }));
}

function SummaryContent({ summary }: { summary: AnalysisSummary }) {
  const { logs, bySite, byDataset, scale } = summary;
  if (logs.length === 0) {
    return (
      <Empty title="This study has no police logs yet">
        <p>Import police logs (text or CSV) into a dataset; their analysis will show here.</p>
      </Empty>
    );
  }
  const levels = scale.map((l) => `${l.level} ${l.label}`);
  const types = bySite[0]?.turningPoints.map((c) => labelOf(c.key)) ?? [];
  const agencies = bySite[0]?.agencies.map((c) => labelOf(c.key)) ?? [];
  return (
    <>
      <p className="analysis-intro">
        {plural(logs.length, 'police log', 'police logs')} at{' '}
        {plural(bySite.length, 'site', 'sites')}, analysed on their current text with lexicon{' '}
        {summary.lexiconVersion}. Open a log for its timeline and the evidence for each label.
      </p>
      <GroupedBarChart
        id="continuum-by-site"
        title="Continuum of joint working by site"
        unit="logs"
        categories={levels}
        series={seriesOf(bySite, (g) => g.continuum)}
      />
      <GroupedBarChart
        id="continuum-by-dataset"
        title="Continuum of joint working by dataset"
        unit="logs"
        categories={levels}
        series={seriesOf(byDataset, (g) => g.continuum)}
      />
      <GroupedBarChart
        id="turning-points-by-site"
        title="Turning points by type and site"
        unit="turning points"
        categories={types}
        series={seriesOf(bySite, (g) => g.turningPoints)}
      />
      <GroupedBarChart
        id="agencies-by-site"
        title="Agency involvement by site (logs in which the agency acts; a log counts for each agency)"
        unit="logs"
        categories={agencies}
        series={seriesOf(bySite, (g) => g.agencies)}
        totals={false}
      />
      <LogList summary={summary} />
    </>
  );
}

function LogList({ summary }: { summary: AnalysisSummary }) {
  return (
    <section aria-labelledby="logs-heading" className="panel analysis-logs">
      <h2 id="logs-heading">Logs</h2>
      <ul>
        {summary.logs.map((log) => (
          <li key={log.sourceId}>
            <span
              className="level-dot"
              style={{ background: levelColour(log.level) }}
              aria-hidden="true"
            />
            <a href={href.source(log.sourceId)}>{log.name}</a>{' '}
            <span className="muted">
              {log.siteName ?? 'No site'} · level {log.level} {log.label} ·{' '}
              {log.turningPoints.length === 0
                ? 'no turning points'
                : log.turningPoints.map(labelOf).join(', ')}
            </span>
            {log.reviewed && (
              <span className="reviewed-mark" title={`Marked reviewed by ${log.reviewed.by}`}>
                {' '}
                reviewed ✓
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
