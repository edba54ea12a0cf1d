/** One dataset's sources as a table: name (opens the reader), site, format, size and version. */
import type { Dataset } from '@liaison/core';
import type { SourceSummary } from '../api/types.js';
import { DATASET_KIND_LABELS, FORMAT_LABELS, formatBytes, unitLabel } from '../format.js';
import { href } from '../router.js';

export function SourceTable(props: { dataset: Dataset; sources: SourceSummary[] }) {
  const { dataset, sources } = props;
  const headingId = `dataset-${dataset.id}`;
  return (
    <section className="dataset-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {dataset.name} <KindBadge dataset={dataset} />
      </h3>
      <table className="data-table source-table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Site</th>
            <th scope="col">Format</th>
            <th scope="col" className="num">
              Content
            </th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col" className="num">
              Version
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <a href={href.source(s.id)}>{s.name}</a>
              </th>
              <td>{s.siteName ?? <span className="muted">No site</span>}</td>
              <td>{FORMAT_LABELS[s.format]}</td>
              <td className="num">{unitLabel(s.format, s.unitCount)}</td>
              <td className="num">{formatBytes(s.byteLength)}</td>
              <td className="num">v{s.currentVersion}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The dataset's kind, unless its name already says it (e.g. a dataset named "Interviews"). */
export function KindBadge({ dataset }: { dataset: Dataset }) {
  const label = DATASET_KIND_LABELS[dataset.kind];
  if (label.toLowerCase() === dataset.name.toLowerCase()) return null;
  return <span className="kind-badge">{label}</span>;
}
