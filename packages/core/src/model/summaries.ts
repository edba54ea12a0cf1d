/**
 * What a study looks like from outside the store: the summaries and results that the store
 * returns, the server sends as JSON and the web app shows. Declared here, in core, so the web app
 * can import them as types without depending on the store.
 */
import type { Diagnostic } from '../sources/diagnostics.js';
import type { DatasetKind, Id } from './study.js';
import type { Source } from './source.js';

/** A source with the counts a study home lists. */
export interface SourceSummary extends Source {
  datasetName: string;
  datasetKind: DatasetKind;
  siteName: string | null;
  currentVersion: number;
  /** Log entries, transcript turns or document sections in the current version. */
  unitCount: number;
  lengthUtf16: number;
}

/** Per-file outcome of an import; a failed file stores nothing and never aborts the batch. */
export type ImportResult =
  | { file: string; status: 'imported'; sourceId: Id; diagnostics: Diagnostic[] }
  | { file: string; status: 'duplicate'; sourceId: Id; diagnostics: Diagnostic[] }
  | { file: string; status: 'failed'; diagnostics: Diagnostic[] };

export interface SearchHit {
  sourceId: Id;
  sourceName: string;
  textVersionId: Id;
  /** The matching log entry, transcript turn or document section (0-based, structure order). */
  unitIndex: number;
  /** The unit's span in the text version, in UTF-16 code units (end exclusive). */
  startUtf16: number;
  endUtf16: number;
  /** Snippet with matches wrapped in `«` and `»`. */
  snippet: string;
  /** Larger is more relevant; comparable within one engine only (bm25 on SQLite, ts_rank on PG). */
  rank: number;
}

export interface StudyCounts {
  sites: number;
  datasets: number;
  sources: number;
  participants: number;
  cases: number;
  codes: number;
  codings: number;
}
