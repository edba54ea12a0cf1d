/** Presenters for the audit trail, search hits and import results. */
import type { Diagnostic, StudyEvent } from '@liaison/core';
import type { ImportResult, SearchHit } from '@liaison/store';

export function presentEvent(event: StudyEvent): StudyEvent {
  const { seq, at, actor, action, entityType, entityId, before, after } = event;
  return { seq, at, actor, action, entityType, entityId, before, after };
}

export function presentSearchHit(hit: SearchHit): SearchHit {
  const { sourceId, sourceName, textVersionId, unitIndex, startUtf16, endUtf16, snippet, rank } =
    hit;
  return { sourceId, sourceName, textVersionId, unitIndex, startUtf16, endUtf16, snippet, rank };
}

function presentDiagnostic(d: Diagnostic): Diagnostic {
  const { severity, code, message, file, line, column, hint } = d;
  return { severity, code, message, file, line, column, hint };
}

export function presentImportResult(result: ImportResult): ImportResult {
  const diagnostics = result.diagnostics.map(presentDiagnostic);
  if (result.status === 'failed') return { file: result.file, status: 'failed', diagnostics };
  return { file: result.file, status: result.status, sourceId: result.sourceId, diagnostics };
}
