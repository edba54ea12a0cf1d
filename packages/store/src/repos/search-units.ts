/**
 * Search units: one full-text row per log entry, transcript turn or document section of a
 * source's current text version. A new version replaces the source's units, so search only ever
 * finds current text.
 */
import type { Id, Structure } from '@liaison/core';
import type { Trx } from '../context.js';
import type { SearchUnitTable } from '../schema/tables.js';
import type { Insertable } from 'kysely';

type UnitRow = Insertable<SearchUnitTable>;

/** Rows per INSERT: 7 parameters each stays far below SQLite's 32,766-parameter limit. */
const CHUNK = 1000;

interface Span {
  text: string;
  start: number;
  end: number;
}

/** Entries and turns index their own text (without timestamp or speaker); sections their span. */
function spansOf(structure: Structure, text: string): Span[] {
  switch (structure.kind) {
    case 'police_log':
      return structure.entries.map((e) => ({
        text: e.text,
        start: e.textStartUtf16,
        end: e.textEndUtf16,
      }));
    case 'transcript':
      return structure.turns.map((t) => ({
        text: t.text,
        start: t.textStartUtf16,
        end: t.textEndUtf16,
      }));
    case 'document':
      return structure.sections.map((s) => ({
        text: text.slice(s.startUtf16, s.endUtf16),
        start: s.startUtf16,
        end: s.endUtf16,
      }));
  }
}

export function unitRows(
  sourceId: Id,
  versionId: Id,
  structure: Structure,
  text: string,
): UnitRow[] {
  return spansOf(structure, text).map((span, index) => ({
    source_id: sourceId,
    text_version_id: versionId,
    unit_index: index,
    start_utf16: span.start,
    end_utf16: span.end,
    text: span.text,
  }));
}

export async function replaceSearchUnits(trx: Trx, sourceId: Id, rows: UnitRow[]): Promise<void> {
  await trx.deleteFrom('search_units').where('source_id', '=', sourceId).execute();
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('search_units')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}
