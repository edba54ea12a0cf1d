/**
 * Lexical autocode (`#/autocode`, docs/assisted-coding.md): search a phrase or a safe regular
 * expression, preview the numbered hits, untick the ones that do not fit, and code the rest
 * with one code as the current coder. Nothing is coded before "Code … hits" is pressed.
 */
import type { Code, Dataset } from '@liaison/core';
import { useEffect, useState } from 'react';
import { useActor } from '../api/actor.js';
import {
  assistApi,
  type AutocodePreview,
  type AutocodeQuery,
  type AutocodeResult,
} from '../api/assist-api.js';
import { api } from '../api/client.js';
import { codingApi } from '../api/coding-api.js';
import { useApi } from '../api/use-api.js';
import { AutocodeQueryForm } from '../assist/autocode-query-form.js';
import { CodeChoice } from '../assist/code-choice.js';
import { HitList } from '../assist/hit-list.js';
import { CoderControl } from '../coding/coder-control.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { href } from '../router.js';
import '../coding/coding.css';
import '../assist/assist.css';

interface AutocodeData {
  codes: Code[];
  datasets: Dataset[];
}

async function loadChoices(signal: AbortSignal): Promise<AutocodeData> {
  const [codes, datasets] = await Promise.all([codingApi.codes(signal), api.datasets(signal)]);
  return { codes: codes.codes, datasets: datasets.datasets };
}

export function AutocodePage() {
  const loaded = useApi('autocode-choices', loadChoices);
  useEffect(() => {
    document.title = 'Autocode · Liaison';
  }, []);
  return (
    <main className="page autocode-page" id="main" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href.home()}>Study</a> <span aria-hidden="true">›</span> Autocode
      </nav>
      <h1>Autocode</h1>
      <p className="muted">
        Find a phrase or a regular expression, check the hits, and code the ones you keep. Only hits
        you tick are coded, as the coder named here.
      </p>
      <CoderControl />
      {loaded.status === 'loading' && <Loading what="the codebook" />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="The codebook could not be read"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && <AutocodeContent data={loaded.data} />}
    </main>
  );
}

/** The previewed query with its hits: apply always sends the query that was previewed. */
interface Previewed {
  query: AutocodeQuery;
  preview: AutocodePreview;
}

function usePreview() {
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (query: AutocodeQuery) => {
    setBusy(true);
    setError(null);
    try {
      const preview = await assistApi.preview(query);
      setPreviewed({ query, preview });
      setChosen(new Set(preview.hits.map((h) => h.number)));
    } catch (e) {
      setPreviewed(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { previewed, chosen, setChosen, error, busy, run };
}

function AutocodeContent({ data }: { data: AutocodeData }) {
  const [code, setCode] = useState<Code | null>(null);
  const preview = usePreview();
  const codable = data.codes.some((c) => c.codable && !c.retiredAt);
  if (!codable)
    return (
      <Empty title="There is no code to apply">
        <p>
          Add a codable code in the <a href={href.codebook()}>codebook</a> first.
        </p>
      </Empty>
    );
  return (
    <div className="autocode-columns">
      <CodeChoice codes={data.codes} code={code} onChoose={setCode} />
      <AutocodeQueryForm datasets={data.datasets} busy={preview.busy} onPreview={preview.run} />
      {preview.error && (
        <p className="form-error autocode-refusal" role="alert">
          The search was refused: {preview.error}
        </p>
      )}
      {preview.previewed && (
        <PreviewResult
          key={JSON.stringify(preview.previewed.query)}
          previewed={preview.previewed}
          chosen={preview.chosen}
          onChoose={preview.setChosen}
          code={code}
        />
      )}
    </div>
  );
}

function PreviewResult(props: {
  previewed: Previewed;
  chosen: Set<number>;
  onChoose(chosen: Set<number>): void;
  code: Code | null;
}) {
  const { previewed, chosen, code } = props;
  if (previewed.preview.hits.length === 0)
    return (
      <Empty title="No hits">
        <p>Nothing in the study matches this search. Try fewer words or another dataset.</p>
      </Empty>
    );
  return (
    <>
      <HitList
        hits={previewed.preview.hits}
        truncated={previewed.preview.truncated}
        chosen={chosen}
        onChange={props.onChoose}
      />
      <ApplyButton query={previewed.query} code={code} chosen={chosen} />
    </>
  );
}

function ApplyButton(props: { query: AutocodeQuery; code: Code | null; chosen: Set<number> }) {
  const { query, code, chosen } = props;
  const actor = useActor();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const apply = async () => {
    if (!code) return;
    setBusy(true);
    try {
      const numbers = [...chosen].sort((a, b) => a - b);
      setStatus(resultMessage(code, await assistApi.apply(query, code.id, numbers)));
    } catch (e) {
      setStatus(`Nothing was coded: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const count = chosen.size;
  return (
    <div className="autocode-apply">
      <button type="button" disabled={busy || !code || count === 0} onClick={apply}>
        Code {count} {count === 1 ? 'hit' : 'hits'}
        {code ? ` with “${code.name}”` : ''} as {actor}
      </button>
      {!code && <span className="muted"> Choose a code first.</span>}
      <p className="autocode-result" role="status">
        {status}
      </p>
    </div>
  );
}

function resultMessage(code: Code, result: AutocodeResult): string {
  const created = `${result.created} ${result.created === 1 ? 'coding' : 'codings'}`;
  const skipped =
    result.skipped > 0 ? `; ${result.skipped} skipped (already coded so by ${result.coder})` : '';
  return `Created ${created} of “${code.name}” as ${result.coder}${skipped}.`;
}
