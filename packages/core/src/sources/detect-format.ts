import type { SourceFormat } from '../model/source.js';
import type { DatasetKind } from '../model/study.js';
import type { DocumentFormat } from './document.js';

/** Lower-case extension without the dot (`Log.CSV` → `csv`), or '' when there is none. */
export function fileExtension(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Which parser reads a file: a `.csv` is always a log CSV; otherwise the dataset decides
 * (police logs → log text, interviews and focus groups → transcript, documents → document).
 * `text` is accepted for future sniffing; today the name and the dataset are enough.
 */
export function detectFormat(input: {
  file: string;
  text: string;
  kind: DatasetKind;
}): SourceFormat {
  if (fileExtension(input.file) === 'csv') return 'police_log_csv';
  switch (input.kind) {
    case 'police_logs':
      return 'police_log_text';
    case 'interviews':
    case 'focus_groups':
      return 'transcript';
    case 'documents':
      return 'document';
  }
}

/** `.md` and `.markdown` files are Markdown; every other document is plain text. */
export function documentFormatOf(file: string): DocumentFormat {
  const ext = fileExtension(file);
  return ext === 'md' || ext === 'markdown' ? 'markdown' : 'plain';
}
