/** File names at import: directories dropped, media type from the extension. */

/**
 * The last path segment, with `/` and `\` both treated as separators (names may come from a
 * browser on Windows). Directories can identify people or machines, so provenance keeps none.
 */
export function baseName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  return last.trim() === '' ? 'unnamed' : last;
}

/** IANA media types of the formats Liaison reads (RFC 4180 for CSV, RFC 7763 for Markdown). */
const MEDIA_TYPES: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  markdown: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function extensionOf(name: string): string {
  const match = /\.([^.]+)$/.exec(baseName(name));
  return match?.[1]?.toLowerCase() ?? '';
}

/** Every non-docx file is decoded as text, so text/plain is the honest default. */
export function mediaTypeOf(name: string): string {
  return MEDIA_TYPES[extensionOf(name)] ?? 'text/plain';
}
