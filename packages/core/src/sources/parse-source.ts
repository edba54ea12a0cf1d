import type { SourceFormat, Structure } from '../model/source.js';
import { FILE_START, makeDiagnostic } from './diagnostic-builder.js';
import type { ParseOutcome } from './diagnostics.js';
import { documentFormatOf } from './detect-format.js';
import { parseDocument } from './document.js';
import { parsePoliceLogCsv } from './police-log-csv.js';
import { parsePoliceLogText } from './police-log-text.js';
import { parseTranscript } from './transcript.js';

function dispatch(input: {
  file: string;
  text: string;
  format: SourceFormat;
}): ParseOutcome<Structure> {
  switch (input.format) {
    case 'police_log_text':
      return parsePoliceLogText(input.text, input.file);
    case 'police_log_csv':
      return parsePoliceLogCsv(input.text, input.file);
    case 'transcript':
      return parseTranscript(input.text, input.file);
    case 'document':
      return parseDocument(input.text, input.file, documentFormatOf(input.file));
  }
}

/**
 * Parses a source's text with the parser for its format. Parsers report bad input as
 * diagnostics; should one still throw (a bug), the error becomes a diagnostic here too, so an
 * import never crashes on a file.
 */
export function parseSource(input: {
  file: string;
  text: string;
  format: SourceFormat;
}): ParseOutcome<Structure> {
  try {
    return dispatch(input);
  } catch (error) {
    const reason = error instanceof Error ? error.name : 'unknown error';
    const diagnostic = makeDiagnostic('error', input.file, FILE_START, {
      code: 'parse.internal_error',
      message: `Liaison could not parse this file (${reason}); this is a bug in Liaison, not in your file.`,
      hint: 'Report it with the file format (not its content); meanwhile try exporting the file again in another supported format.',
    });
    return { ok: false, diagnostics: [diagnostic] };
  }
}
