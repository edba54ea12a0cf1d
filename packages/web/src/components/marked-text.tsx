/**
 * Text with some parts marked, built from React nodes (never HTML strings), so document text
 * can never inject markup.
 */
/** Renders a search snippet whose matches the API wrapped in « and ». */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/[«»]/);
  // Split on the delimiters alternates outside / inside a match: odd parts are matches.
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of a search query, without quotes and operators, for finding them in text. */
export function queryTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.filter((w) => !['and', 'or', 'not', 'near'].includes(w));
}

/** A case-insensitive pattern matching any of `terms`, or null when there are none. */
export function termPattern(terms: string[]): RegExp | null {
  if (terms.length === 0) return null;
  return new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'giu');
}

/** `text` with every match of `pattern` wrapped in <mark>. */
export function Highlighted({ text, pattern }: { text: string; pattern: RegExp | null }) {
  if (!pattern) return <>{text}</>;
  const parts = text.split(pattern);
  // With one capturing group, split alternates unmatched / matched parts.
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}
