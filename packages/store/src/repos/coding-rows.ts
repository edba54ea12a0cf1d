/** Codings are stored as plain columns (no JSON) so by-code and by-source reads stay cheap. */
import type { AnchorStatus, Coding } from '@liaison/core';
import type { CodingTable } from '../schema/tables.js';

export function toCoding(row: CodingTable): Coding {
  return {
    id: row.id,
    codeId: row.code_id,
    sourceId: row.source_id,
    textVersionId: row.text_version_id,
    coder: row.coder,
    anchor: {
      position: {
        type: 'TextPositionSelector',
        startUtf16: row.start_utf16,
        endUtf16: row.end_utf16,
      },
      quote: {
        type: 'TextQuoteSelector',
        exact: row.exact,
        prefix: row.prefix,
        suffix: row.suffix,
      },
    },
    status: row.status as AnchorStatus,
    score: row.score,
    createdAt: row.created_at,
  };
}

export function toCodingRow(c: Coding): CodingTable {
  const { position, quote } = c.anchor;
  return {
    id: c.id,
    code_id: c.codeId,
    source_id: c.sourceId,
    text_version_id: c.textVersionId,
    coder: c.coder,
    start_utf16: position.startUtf16,
    end_utf16: position.endUtf16,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    status: c.status,
    score: c.score,
    created_at: c.createdAt,
  };
}
