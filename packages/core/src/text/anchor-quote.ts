import type { Anchor } from '../model/coding.js';
import { describeAnchor } from './describe-anchor.js';

/** Where a quote was found: its anchor, or why it could not be placed. */
export type QuoteAnchoring =
  | { ok: true; anchor: Anchor }
  | { ok: false; reason: 'empty' | 'not_found' | 'ambiguous'; occurrences: number };

/** UTF-16 offsets of every verbatim occurrence of `quote` in `text` (overlaps included). */
export function quoteOccurrences(text: string, quote: string): number[] {
  if (quote.length === 0) return [];
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/**
 * Anchors a quote typed or pasted by a researcher (a codings file, an import) onto a text
 * version. Only a verbatim quote that occurs exactly once is placed: a second occurrence would
 * leave the position to chance, so it is reported as ambiguous and the caller asks for a longer
 * quote. The anchor is then described as any other (position + quote with context).
 */
export function anchorQuote(text: string, quote: string): QuoteAnchoring {
  if (quote.length === 0) return { ok: false, reason: 'empty', occurrences: 0 };
  const at = quoteOccurrences(text, quote);
  if (at.length !== 1)
    return { ok: false, reason: at.length ? 'ambiguous' : 'not_found', occurrences: at.length };
  const start = at[0] as number;
  return { ok: true, anchor: describeAnchor(text, start, start + quote.length) };
}
