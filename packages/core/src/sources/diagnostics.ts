/**
 * Diagnostics that parsers return instead of throwing: each names the file, the 1-based line
 * and column (column in UTF-16 code units), what is wrong and what to do about it.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable id, e.g. `log.no_timestamped_entry`, `text.invalid_utf8`, `csv.missing_columns`. */
  code: string;
  message: string;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** What the user can do about it. */
  hint: string;
}

/** A parser's result: structure when it could be read, diagnostics either way. */
export type ParseOutcome<S> =
  { ok: true; structure: S; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Formats a diagnostic the way compilers do: `file:line:column: error: message (hint)`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} ${d.hint}`.trim();
}
