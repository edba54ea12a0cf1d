/** CSV and XLSX downloads of a query's table (the server builds the file). */
import { queriesApi } from '../api/queries-api.js';

export function DownloadLinks(props: { kind: string; params?: Record<string, string> }) {
  const { kind, params = {} } = props;
  return (
    <span className="download-links">
      Download{' '}
      <a href={queriesApi.downloadUrl(kind, params, 'csv')} download>
        CSV
      </a>{' '}
      <a href={queriesApi.downloadUrl(kind, params, 'xlsx')} download>
        XLSX
      </a>
    </span>
  );
}
