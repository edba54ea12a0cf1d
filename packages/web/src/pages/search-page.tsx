/** Search results (`#/search?q=`): study-wide full-text hits with snippets, linking into the reader. */
import { useEffect } from 'react';
import { api } from '../api/client.js';
import type { SearchHit } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { Snippet } from '../components/marked-text.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { plural } from '../format.js';
import { href } from '../router.js';

export function SearchPage({ query }: { query: string }) {
  useEffect(() => {
    document.title = `Search: ${query} · Liaison`;
  }, [query]);

  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>Search results</h1>
      {query.trim() ? (
        <Results query={query} />
      ) : (
        <p>Type words into the search box above and press Enter to search every source.</p>
      )}
    </main>
  );
}

function Results({ query }: { query: string }) {
  const result = useApi(`search:${query}`, (signal) => api.search(query, signal));
  if (result.status === 'loading') return <Loading what="search results" />;
  if (result.status === 'error') {
    return (
      <ErrorNotice title="The search could not run" error={result.error} onRetry={result.retry} />
    );
  }
  const { hits } = result.data;
  if (hits.length === 0) {
    return (
      <Empty title={`Nothing matches “${query}”`}>
        <p>
          Try fewer or shorter words, or another spelling. Search looks at the text of every source.
        </p>
      </Empty>
    );
  }
  return (
    <>
      <p className="muted" aria-live="polite">
        {plural(hits.length, 'match', 'matches')} for “{query}”
        {hits.length >= 50 ? ' (the first 50; add words to narrow the search)' : ''}.
      </p>
      <ol className="search-hits">
        {hits.map((hit, i) => (
          <HitItem key={`${hit.textVersionId}-${i}`} hit={hit} query={query} />
        ))}
      </ol>
    </>
  );
}

function HitItem({ hit, query }: { hit: SearchHit; query: string }) {
  return (
    <li className="search-hit">
      <a
        href={href.source(hit.sourceId, { find: query, unit: hit.unitIndex })}
        className="hit-source"
      >
        {hit.sourceName}
      </a>
      <p className="hit-snippet">
        <Snippet text={hit.snippet} />
      </p>
    </li>
  );
}
