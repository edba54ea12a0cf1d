/**
 * Source reader (`#/sources/:id`): the source's header (name, dataset, site, format, version,
 * provenance) and its current text as log entries, transcript turns or document sections.
 * A search result link adds `find` (words to mark) and `unit` (the row of the hit): the reader
 * opens at that row, or at the first row holding one of the words.
 */
import type { Structure, TextVersion } from '@liaison/core';
import { useEffect, useMemo, type ReactNode } from 'react';
import { api } from '../api/client.js';
import type { SourceSummary } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { queryTerms, termPattern } from '../components/marked-text.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import {
  DATASET_KIND_LABELS,
  FORMAT_LABELS,
  formatBytes,
  formatInstant,
  unitLabel,
} from '../format.js';
import { CoderControl } from '../coding/coder-control.js';
import { CodingBar } from '../coding/coding-bar.js';
import { CodingProvider } from '../coding/coding-context.js';
import { codingUnits } from '../coding/units.js';
import { SuggestionsToggle } from '../assist/suggestions-panel.js';
import { DocumentView, sectionBody } from '../reader/document-view.js';
import { PoliceLogReader } from '../reader/police-log-reader.js';
import { SpeakerList, TranscriptView } from '../reader/transcript-view.js';
import { MemoPanel } from '../memos/memo-panel.js';
import { href } from '../router.js';

interface ReaderData {
  source: SourceSummary;
  version: TextVersion;
  structure: Structure;
}

async function loadReader(sourceId: string, signal: AbortSignal): Promise<ReaderData> {
  const [{ source }, { version }] = await Promise.all([
    api.source(sourceId, signal),
    api.text(sourceId, signal),
  ]);
  const { structure } = await api.structure(sourceId, version.id, signal);
  return { source, version, structure };
}

interface ReadAt {
  find: string;
  unit: number | null;
}

export function SourceReader({ sourceId, ...at }: { sourceId: string } & ReadAt) {
  const reader = useApi(`source:${sourceId}`, (signal) => loadReader(sourceId, signal));
  const name = reader.status === 'ready' ? reader.data.source.name : 'Source';
  useEffect(() => {
    document.title = `${name} · Liaison`;
  }, [name]);

  return (
    <main className="reader" id="main" tabIndex={-1}>
      {reader.status === 'loading' && <Loading what="the source" />}
      {reader.status === 'error' && (
        <ErrorNotice
          title="This source could not be opened"
          error={reader.error}
          onRetry={reader.retry}
        />
      )}
      {reader.status === 'ready' && <ReaderContent data={reader.data} at={at} />}
    </main>
  );
}

function ReaderContent({ data, at }: { data: ReaderData; at: ReadAt }) {
  const units = useMemo(() => codingUnits(data.structure), [data.structure]);
  const hint = (
    <p className="reader-hint">
      Keys: <kbd>j</kbd> or <kbd>↓</kbd> next, <kbd>k</kbd> or <kbd>↑</kbd> previous,{' '}
      <kbd>Home</kbd> / <kbd>End</kbd> first and last, <kbd>/</kbd> search
      {units && (
        <>
          , <kbd>v</kbd> select text with the arrows (<kbd>Shift</kbd> extends, <kbd>Ctrl</kbd> by
          word), <kbd>c</kbd> apply a code
        </>
      )}
      {data.structure.kind === 'police_log' && (
        <>
          , <kbd>e</kbd> / <kbd>f</kbd> / <kbd>a</kbd> correct the selected entry, <kbd>r</kbd> mark
          the log reviewed
        </>
      )}
      .
    </p>
  );
  const header = (
    <>
      <SourceHeader source={data.source} version={data.version} coding={!!units} />
      <SourceMemos sourceId={data.source.id} />
    </>
  );
  // Logs and transcripts are coded here (docs/coding.md); documents are read only.
  if (!units || data.structure.kind === 'document')
    return (
      <>
        {header}
        {hint}
        <StructureView data={data} at={at} />
      </>
    );
  return (
    <CodingProvider sourceId={data.source.id} version={data.version} units={units}>
      {header}
      {hint}
      <CodingBar kind={data.structure.kind} />
      <SuggestionsToggle sourceId={data.source.id} kind={data.structure.kind} />
      <StructureView data={data} at={at} />
    </CodingProvider>
  );
}

/** The source's memos, folded away (a native disclosure) so the text stays near the top. */
function SourceMemos({ sourceId }: { sourceId: string }) {
  return (
    <details className="source-memos">
      <summary>Memos on this source</summary>
      <MemoPanel
        target={{ kind: 'source', id: sourceId }}
        title="Memos on this source"
        empty="No memo on this source yet."
        headingLevel={3}
      />
    </details>
  );
}

function SourceHeader(props: { source: SourceSummary; version: TextVersion; coding: boolean }) {
  const { source, version, coding } = props;
  const p = source.provenance;
  return (
    <header className="reader-header">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href.home()}>Study</a> <span aria-hidden="true">›</span> {source.datasetName}
      </nav>
      <div className="reader-title">
        <h1>{source.name}</h1>
        {coding && <CoderControl />}
        <a className="button-link" href={href.deid(source.id)}>
          Review identifiers
        </a>
        <a className="button-link" href={api.originalUrl(source.id)} download>
          Download original
        </a>
      </div>
      <dl className="source-meta">
        <Meta label="Dataset">{datasetLabel(source)}</Meta>
        <Meta label="Site">{source.siteName ?? 'None'}</Meta>
        <Meta label="Format">{FORMAT_LABELS[source.format]}</Meta>
        <Meta label="Version">
          v{version.number} ({version.reason}, {formatInstant(version.createdAt)})
        </Meta>
        <Meta label="Content">
          {unitLabel(source.format, source.unitCount)}, {formatBytes(source.byteLength)}
        </Meta>
        <Meta label="Provenance">
          {p.fileName}, imported by {p.importedBy} on {formatInstant(p.importedAt)} with {p.tool}
          {p.note ? ` (${p.note})` : ''}
        </Meta>
      </dl>
    </header>
  );
}

/** `Eastmoor interviews (Interviews)`, or just the name when it already says the kind. */
function datasetLabel(source: SourceSummary): string {
  const kind = DATASET_KIND_LABELS[source.datasetKind];
  const same = kind.toLowerCase() === source.datasetName.toLowerCase();
  return same ? source.datasetName : `${source.datasetName} (${kind})`;
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Index of the first unit whose text contains a search word, or null. */
function firstMatch(texts: string[], pattern: RegExp | null): number | null {
  if (!pattern) return null;
  const test = new RegExp(pattern.source, 'iu');
  const index = texts.findIndex((t) => test.test(t));
  return index === -1 ? null : index;
}

function unitTexts(structure: Structure, text: string): string[] {
  if (structure.kind === 'police_log') return structure.entries.map((e) => e.text);
  if (structure.kind === 'transcript') return structure.turns.map((t) => t.text);
  return structure.sections.map((s) => `${s.heading ?? ''}\n${sectionBody(text, s)}`);
}

function StructureView({ data, at }: { data: ReaderData; at: ReadAt }) {
  const { structure, version } = data;
  const pattern = useMemo(() => termPattern(queryTerms(at.find)), [at.find]);
  const initial = useMemo(() => {
    const texts = unitTexts(structure, version.text);
    return at.unit !== null && at.unit < texts.length ? at.unit : firstMatch(texts, pattern);
  }, [structure, version.text, pattern, at.unit]);
  if (structure.kind === 'police_log') {
    if (structure.entries.length === 0) return <NothingToShow what="timed entries" />;
    return (
      <PoliceLogReader
        sourceId={data.source.id}
        log={structure}
        pattern={pattern}
        initial={initial}
      />
    );
  }
  if (structure.kind === 'transcript') {
    if (structure.turns.length === 0) return <NothingToShow what="speaker turns" />;
    return (
      <>
        <SpeakerList transcript={structure} />
        <TranscriptView transcript={structure} pattern={pattern} initial={initial} />
      </>
    );
  }
  if (structure.sections.length === 0) return <NothingToShow what="text" />;
  return (
    <DocumentView document={structure} text={version.text} pattern={pattern} initial={initial} />
  );
}

function NothingToShow({ what }: { what: string }) {
  return (
    <Empty title={`This source has no ${what}`}>
      <p>
        The file was imported, but no {what} could be read from it. Download the original to check
        it, then import a corrected file.
      </p>
    </Empty>
  );
}
