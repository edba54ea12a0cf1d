/**
 * Gazetteers are shipped as compact strings (one entry per line or per space) and turned into
 * sets on first use, so the data costs nothing until detection runs.
 */

/** Lower-cased entries of a whitespace-separated word list (single-word entries). */
export function wordSet(data: string): ReadonlySet<string> {
  return new Set(data.toLowerCase().split(/\s+/).filter(Boolean));
}

/** Lower-cased entries of a `|`-separated phrase list (entries may hold spaces). */
export function phraseList(data: string): string[] {
  return data
    .split('|')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Memoises a gazetteer builder so each set is built once, on first use. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
