/** The app shell: top bar with the study-wide search, and the page the hash route names. */
import type { MouseEvent } from 'react';
import { PageErrorBoundary } from './components/page-error-boundary.js';
import { SearchBox } from './components/search-box.js';
import { AnalysisPage } from './pages/analysis-page.js';
import { AutocodePage } from './pages/autocode-page.js';
import { CodebookPage } from './pages/codebook-page.js';
import { DeidReviewPage } from './pages/deid-review-page.js';
import { DisputesPage } from './pages/disputes-page.js';
import { QueriesPage } from './pages/queries-page.js';
import { SearchPage } from './pages/search-page.js';
import { SequencesPage } from './pages/sequences-page.js';
import { SourceReader } from './pages/source-reader.js';
import { StudyHome } from './pages/study-home.js';
import { href, parseHash, useHash, type Route } from './router.js';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <StudyHome />;
    case 'source':
      return (
        <SourceReader
          key={`${route.id}:${route.unit}:${route.find}`}
          sourceId={route.id}
          find={route.find}
          unit={route.unit}
        />
      );
    case 'deid':
      return <DeidReviewPage key={route.id} sourceId={route.id} />;
    case 'search':
      return <SearchPage key={route.query} query={route.query} />;
    case 'analysis':
      return <AnalysisPage />;
    case 'codebook':
      return <CodebookPage />;
    case 'queries':
      return <QueriesPage />;
    case 'autocode':
      return <AutocodePage />;
    case 'sequences':
      return <SequencesPage params={route} />;
    case 'disputes':
      return <DisputesPage key={route.coders.join(',')} coders={route.coders} />;
    case 'unknown':
      return <UnknownPage />;
  }
}

function UnknownPage() {
  return (
    <main className="page" id="main">
      <h1>There is no page at this address</h1>
      <p>
        The link may be mistyped or from an older version of Liaison.{' '}
        <a href={href.home()}>Go to the study home</a>.
      </p>
    </main>
  );
}

export function App() {
  const hash = useHash();
  const route = parseHash(hash);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="top-bar">
        <a className="brand" href={href.home()}>
          Liaison
        </a>
        <SearchBox
          key={route.name === 'search' ? route.query : ''}
          initial={route.name === 'search' ? route.query : ''}
        />
      </header>
      <PageErrorBoundary key={hash}>
        <Page route={route} />
      </PageErrorBoundary>
    </div>
  );
}

/** The skip link must not change the hash (that is the router's), so it moves focus itself. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
