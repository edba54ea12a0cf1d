/**
 * A study's texts cut into units for assisted coding: each source's current text version with
 * its log entries, transcript turns or document sections. Entries and turns are their text
 * alone (no timestamp, author or speaker label), so autocode never matches a label and
 * suggestions learn from what was said.
 */
import type { AutocodeText, Coding, Id, Structure, UnitSpan } from '@liaison/core';
import type { StudyStore } from '../contract.js';

export interface StudyText extends AutocodeText {
  sourceName: string;
  textVersionId: Id;
}

export interface UnitFilter {
  /** Only these sources (ids). */
  sourceIds?: Id[];
  datasetId?: Id;
}

/** The spans a structure offers as units (UTF-16 offsets into the text version). */
export function structureUnits(structure: Structure): UnitSpan[] {
  switch (structure.kind) {
    case 'police_log':
      return structure.entries.map((e) => ({ start: e.textStartUtf16, end: e.textEndUtf16 }));
    case 'transcript':
      return structure.turns.map((t) => ({ start: t.textStartUtf16, end: t.textEndUtf16 }));
    case 'document':
      return structure.sections.map((s) => ({ start: s.startUtf16, end: s.endUtf16 }));
  }
}

/** Current texts and units of the study's sources, in the store's source order. */
export async function loadStudyTexts(
  store: StudyStore,
  filter: UnitFilter = {},
): Promise<StudyText[]> {
  let sources = await store.sources.list(filter.datasetId ? { datasetId: filter.datasetId } : {});
  if (filter.sourceIds) sources = sources.filter((s) => filter.sourceIds?.includes(s.id));
  const texts: StudyText[] = [];
  for (const s of sources) {
    const version = await store.texts.current(s.id);
    const units = structureUnits(await store.texts.structure(version.id));
    texts.push({
      sourceId: s.id,
      sourceName: s.name,
      textVersionId: version.id,
      text: version.text,
      units,
    });
  }
  return texts;
}

/**
 * One coder's codings on a text's current version that are still anchored (exact or fuzzy),
 * as spans with code ids; codings of retired codes are left out.
 */
export async function coderSpans(
  store: StudyStore,
  text: StudyText,
  coder: string,
  usable: ReadonlySet<Id>,
): Promise<{ start: number; end: number; code: Id }[]> {
  const codings: Coding[] = await store.codings.bySource(text.sourceId);
  return codings
    .filter(
      (c) => c.coder === coder && c.textVersionId === text.textVersionId && c.status !== 'orphaned',
    )
    .filter((c) => usable.has(c.codeId))
    .map((c) => ({
      start: c.anchor.position.startUtf16,
      end: c.anchor.position.endUtf16,
      code: c.codeId,
    }));
}

/** Ids of codes that can take new codings: codable and not retired. */
export async function usableCodeIds(store: StudyStore): Promise<Set<Id>> {
  const codes = await store.codes.list();
  return new Set(codes.filter((c) => c.codable && !c.retiredAt).map((c) => c.id));
}
