/**
 * Study home (`#/`): the study, its counts, sites and datasets, the study's memos, and every
 * source grouped by dataset, filterable by site. Each source opens the reader.
 */
import type { Dataset, Site } from '@liaison/core';
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { SourceSummary, StudyCounts, StudyResponse } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { DeidRemaining } from '../deid/deid-remaining.js';
import { MemoPanel } from '../memos/memo-panel.js';
import { DATASET_KIND_LABELS, formatCount, plural } from '../format.js';
import { href } from '../router.js';
import { SourceTable } from './source-table.js';

interface HomeData {
  study: StudyResponse;
  sites: Site[];
  datasets: Dataset[];
  sources: SourceSummary[];
}

async function loadHome(signal: AbortSignal): Promise<HomeData> {
  const [study, sites, datasets, sources] = await Promise.all([
    api.study(signal),
    api.sites(signal),
    api.datasets(signal),
    api.sources(signal),
  ]);
  return { study, sites: sites.sites, datasets: datasets.datasets, sources: sources.sources };
}

export function StudyHome() {
  const home = useApi('home', loadHome);
  const title = home.status === 'ready' ? home.data.study.study.name : 'Study';
  useEffect(() => {
    document.title = `${title} · Liaison`;
  }, [title]);

  return (
    <main className="page" id="main" tabIndex={-1}>
      {home.status === 'loading' && <Loading what="the study" />}
      {home.status === 'error' && (
        <ErrorNotice
          title="The study could not be opened"
          error={home.error}
          onRetry={home.retry}
        />
      )}
      {home.status === 'ready' && <HomeContent data={home.data} />}
    </main>
  );
}

function HomeContent({ data }: { data: HomeData }) {
  const { study, counts } = data.study;
  return (
    <>
      <header className="study-header">
        <h1>{study.name}</h1>
        {study.description && <p className="study-description">{study.description}</p>}
        <CountList counts={counts} />
        <DeidRemaining />
        <p className="study-links">
          <a className="button-link" href={href.codebook()}>
            Codebook
          </a>{' '}
          <a className="button-link" href={href.queries()}>
            Queries
          </a>{' '}
          <a className="button-link" href={href.autocode()}>
            Autocode
          </a>{' '}
          <a className="button-link" href={href.analysis()}>
            Police log analysis
          </a>{' '}
          <a className="button-link" href={href.sequences()}>
            Log sequences
          </a>{' '}
          <a className="button-link" href={href.disputes()}>
            Disagreement review
          </a>
        </p>
      </header>
      <div className="home-columns">
        <aside className="home-aside">
          <SiteList sites={data.sites} sources={data.sources} />
          <DatasetList datasets={data.datasets} sources={data.sources} />
          <MemoPanel
            target={{ kind: 'study', id: null }}
            title="Study memos"
            empty="No memo on the study yet: note decisions, doubts and emerging ideas here."
            className="panel"
          />
        </aside>
        <SourcesByDataset data={data} />
      </div>
    </>
  );
}

const COUNT_LABELS: [keyof StudyCounts, string][] = [
  ['sites', 'Sites'],
  ['datasets', 'Datasets'],
  ['sources', 'Sources'],
  ['participants', 'Participants'],
  ['cases', 'Cases'],
  ['codes', 'Codes'],
  ['codings', 'Codings'],
];

function CountList({ counts }: { counts: StudyCounts }) {
  return (
    <dl className="counts" aria-label="What the study holds">
      {COUNT_LABELS.map(([key, label]) => (
        <div key={key} className="count" data-count={key}>
          <dt>{label}</dt>
          <dd>{formatCount(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

function countBy(sources: SourceSummary[], key: (s: SourceSummary) => string | null) {
  const counts = new Map<string | null, number>();
  for (const s of sources) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
  return counts;
}

function SiteList({ sites, sources }: { sites: Site[]; sources: SourceSummary[] }) {
  const perSite = countBy(sources, (s) => s.siteId);
  return (
    <section aria-labelledby="sites-heading" className="panel">
      <h2 id="sites-heading">Sites</h2>
      {sites.length === 0 ? (
        <p className="muted">
          No sites yet. Sites are added when sources are imported with a site.
        </p>
      ) : (
        <ul className="plain-list">
          {sites.map((site) => (
            <li key={site.id}>
              <span className="item-name">{site.name}</span>
              <span className="muted">
                {' '}
                · {plural(perSite.get(site.id) ?? 0, 'source', 'sources')}
              </span>
              {site.description && <p className="item-note">{site.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DatasetList({ datasets, sources }: { datasets: Dataset[]; sources: SourceSummary[] }) {
  const perDataset = countBy(sources, (s) => s.datasetId);
  return (
    <section aria-labelledby="datasets-heading" className="panel">
      <h2 id="datasets-heading">Datasets</h2>
      {datasets.length === 0 ? (
        <p className="muted">No datasets yet. Import sources to create one.</p>
      ) : (
        <ul className="plain-list">
          {datasets.map((d) => (
            <li key={d.id}>
              <span className="item-name">{d.name}</span>
              <p className="item-note">
                {kindPrefix(d)}
                {plural(perDataset.get(d.id) ?? 0, 'source', 'sources')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `Interviews · ` before the count, unless the dataset's name already says its kind. */
function kindPrefix(dataset: Dataset): string {
  const label = DATASET_KIND_LABELS[dataset.kind];
  return label.toLowerCase() === dataset.name.toLowerCase() ? '' : `${label} · `;
}

const ALL_SITES = '';

function SourcesByDataset({ data }: { data: HomeData }) {
  const [siteId, setSiteId] = useState(ALL_SITES);
  const shown = data.sources.filter((s) => siteId === ALL_SITES || s.siteId === siteId);
  const groups = data.datasets
    .map((dataset) => ({ dataset, sources: shown.filter((s) => s.datasetId === dataset.id) }))
    .filter((g) => g.sources.length > 0);

  return (
    <section aria-labelledby="sources-heading" className="sources">
      <div className="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <div className="site-filter">
          <label htmlFor="site-filter">Site</label>{' '}
          <select id="site-filter" value={siteId} onChange={(e) => setSiteId(e.target.value)}>
            <option value={ALL_SITES}>All sites</option>
            {data.sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {groups.length === 0 && <NoSources filtered={data.sources.length > 0} />}
      {groups.map(({ dataset, sources }) => (
        <SourceTable key={dataset.id} dataset={dataset} sources={sources} />
      ))}
    </section>
  );
}

function NoSources({ filtered }: { filtered: boolean }) {
  return filtered ? (
    <Empty title="No sources from this site">
      <p>Choose “All sites” to see every source of the study.</p>
    </Empty>
  ) : (
    <Empty title="This study has no sources yet">
      <p>
        Import police logs, transcripts or documents with{' '}
        <code>liaison import --study &lt;file&gt; --dataset &lt;name&gt; &lt;files…&gt;</code>, then
        reload this page.
      </p>
    </Empty>
  );
}
