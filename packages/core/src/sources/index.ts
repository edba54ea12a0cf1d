/** Source parsers: bytes → text (`decodeText`), text → structure, each with diagnostics. */
export type { DecodeOutcome } from './decode-text.js';
export { decodeText } from './decode-text.js';
export { detectFormat, documentFormatOf, fileExtension } from './detect-format.js';
export type { DocumentFormat } from './document.js';
export { parseDocument } from './document.js';
export { ENTRY_START_HINT, parsePoliceLogText } from './police-log-text.js';
export { parsePoliceLogCsv } from './police-log-csv.js';
export { COLUMN_ALIASES, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './csv-columns.js';
export { parseTranscript } from './transcript.js';
export { parseSource } from './parse-source.js';
export { expandTwoDigitYear } from './timestamps.js';
export type { LinePosition } from '../text/line-index.js';
export { LineIndex } from '../text/line-index.js';
export type { Problem as DiagnosticProblem } from './diagnostic-builder.js';
export { makeDiagnostic } from './diagnostic-builder.js';
