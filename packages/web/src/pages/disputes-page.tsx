/**
 * Disagreement review (`#/disputes?coders=a,b`, docs/agreement.md): pick two coders, read each
 * disputed span with both coders' codes side by side, grouped by source, and record what was
 * agreed. The coders live in the hash so a reload (or a shared link) shows the same review.
 */
import type { Code, ReviewDispute } from '@liaison/core';
import { useEffect, useState, type FormEvent } from 'react';
import { codingApi } from '../api/coding-api.js';
import { disputesApi } from '../api/disputes-api.js';
import { useApi } from '../api/use-api.js';
import { CoderControl } from '../coding/coder-control.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { DisputeCard } from '../disputes/dispute-card.js';
import { href, navigate } from '../router.js';
import '../disputes/disputes.css';

export function DisputesPage({ coders }: { coders: string[] }) {
  useEffect(() => {
    document.title = 'Disagreement review · Liaison';
  }, []);
  return (
    <main className="page disputes-page" id="main" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href.home()}>Study</a> <span aria-hidden="true">›</span> Disagreement review
      </nav>
      <h1>Disagreement review</h1>
      <p className="muted">
        Spans where two coders&rsquo; codes differ: one coded and the other did not, they chose
        different codes, or their boundaries overlap less than 90 %. Discuss each and record what
        you agreed. Only sources both coders coded are listed.
      </p>
      <CoderControl />
      <CoderPicker coders={coders} />
      {coders.length === 2 && <DisputeList coders={coders} />}
    </main>
  );
}

function CoderPicker({ coders }: { coders: string[] }) {
  const [a, setA] = useState(coders[0] ?? '');
  const [b, setB] = useState(coders[1] ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (a.trim() && b.trim()) navigate(href.disputes([a.trim(), b.trim()]));
  };
  return (
    <form className="coder-picker" onSubmit={submit}>
      <label>
        Coder A <input value={a} onChange={(e) => setA(e.target.value)} required size={16} />
      </label>{' '}
      <label>
        Coder B <input value={b} onChange={(e) => setB(e.target.value)} required size={16} />
      </label>{' '}
      <button type="submit">Show disputes</button>
    </form>
  );
}

interface ReviewData {
  disputes: ReviewDispute[];
  codes: Code[];
}

async function loadReview(coders: string[], signal: AbortSignal): Promise<ReviewData> {
  const [list, codes] = await Promise.all([
    disputesApi.list(coders, signal),
    codingApi.codes(signal),
  ]);
  return { disputes: list.disputes, codes: codes.codes };
}

function DisputeList({ coders }: { coders: string[] }) {
  const [version, setVersion] = useState(0);
  const loaded = useApi(`disputes:${coders.join(',')}:${version}`, (signal) =>
    loadReview(coders, signal),
  );
  if (loaded.status === 'loading') return <Loading what="the disputes" />;
  if (loaded.status === 'error')
    return (
      <ErrorNotice
        title="The disputes could not be read"
        error={loaded.error}
        onRetry={loaded.retry}
      />
    );
  const { disputes, codes } = loaded.data;
  if (disputes.length === 0)
    return (
      <Empty title={`No disputes between ${coders.join(' and ')}`}>
        <p>Either they agree everywhere, or no source has codings by both.</p>
      </Empty>
    );
  return (
    <>
      <p role="status">
        {disputes.length} disputed spans, {disputes.filter((d) => d.resolution).length} resolved.
      </p>
      {groupBySource(disputes).map(([source, list]) => (
        <section key={source} className="dispute-source" aria-label={source}>
          <h2>{source}</h2>
          {list.map((d) => (
            <DisputeCard
              key={`${d.sourceId}:${d.start}:${d.end}`}
              dispute={d}
              codes={codes}
              onResolved={() => setVersion((v) => v + 1)}
            />
          ))}
        </section>
      ))}
    </>
  );
}

function groupBySource(disputes: ReviewDispute[]): [string, ReviewDispute[]][] {
  const groups = new Map<string, ReviewDispute[]>();
  for (const d of disputes) groups.set(d.sourceName, [...(groups.get(d.sourceName) ?? []), d]);
  return [...groups];
}
