/**
 * The codebook (`#/codebook`): codes as a tree with colour and coding counts; the selected code
 * in full with its operations (rename, move, merge, retire, each with a reason); adding a code;
 * and coding rounds with the changes between two of them (docs/codebook.md).
 */
import type { Dataset } from '@liaison/core';
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { codebookApi, type CodebookResponse } from '../api/codebook-api.js';
import { useApi } from '../api/use-api.js';
import { CodeDetails } from '../codebook/code-details.js';
import { CodeTree } from '../codebook/code-tree.js';
import { NewCodeForm } from '../codebook/new-code-form.js';
import { RoundsPanel } from '../codebook/rounds-panel.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { href } from '../router.js';
import '../codebook/codebook.css';

type CodebookData = CodebookResponse & { datasets: Dataset[] };

async function loadCodebook(signal: AbortSignal): Promise<CodebookData> {
  const [book, datasets] = await Promise.all([codebookApi.codes(signal), api.datasets(signal)]);
  return { ...book, datasets: datasets.datasets };
}

export function CodebookPage() {
  // Bumped after every change so the codes, counts and diffs are read again.
  const [version, setVersion] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const loaded = useApi(`codebook:${version}`, loadCodebook);
  const changed = () => setVersion((v) => v + 1);
  useEffect(() => {
    document.title = 'Codebook · Liaison';
  }, []);
  return (
    <main className="page codebook-page" id="main" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href.home()}>Study</a> <span aria-hidden="true">›</span> Codebook
      </nav>
      <h1>Codebook</h1>
      <p>
        <a className="button-link" href={href.autocode()}>
          Autocode a phrase or pattern
        </a>
      </p>
      {loaded.status === 'loading' && <Loading what="the codebook" />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="The codebook could not be read"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && (
        <CodebookContent
          key={version}
          data={loaded.data}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onChanged={changed}
        />
      )}
    </main>
  );
}

function CodebookContent(props: {
  data: CodebookData;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onChanged: () => void;
}) {
  const { data, selectedId, onSelect, onChanged } = props;
  const selected = data.codes.find((c) => c.id === selectedId);
  const nameOf = (id: string) => data.codes.find((c) => c.id === id)?.name ?? id;
  const created = (id: string) => {
    onSelect(id);
    onChanged();
  };
  return (
    <div className="codebook-columns">
      <div className="codebook-main">
        {data.codes.length === 0 ? (
          <Empty title="The codebook is empty">
            <p>Add the first code below; codes can be grouped under folders later.</p>
          </Empty>
        ) : (
          <CodeTree
            codes={data.codes}
            counts={data.codingCounts}
            selectedId={selectedId}
            onSelect={onSelect}
            datasetNames={new Map(data.datasets.map((d) => [d.id, d.name]))}
          />
        )}
        <NewCodeForm
          codes={data.codes}
          datasets={data.datasets}
          onCreated={(code) => created(code.id)}
        />
      </div>
      <div className="codebook-side">
        {selected ? (
          <CodeDetails
            code={selected}
            codes={data.codes}
            count={data.codingCounts[selected.id] ?? 0}
            onChanged={onChanged}
          />
        ) : (
          <p className="panel muted">Choose a code to see its definition and change it.</p>
        )}
        <RoundsPanel nameOf={nameOf} onTaken={() => undefined} />
      </div>
    </div>
  );
}
