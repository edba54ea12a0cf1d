/**
 * The attributes a query can slice coded segments by, and how one segment gets its values: site,
 * dataset and case come from the segment's source; participant from the transcript turn(s) the
 * segment lies in (speaker label = participant code); sector and role from those participants.
 */
import type { Id, Participant } from '../model/study.js';

export const QUERY_ATTRIBUTES = [
  'site',
  'dataset',
  'sector',
  'role',
  'participant',
  'case',
] as const;
export type QueryAttribute = (typeof QUERY_ATTRIBUTES)[number];

/** One value of an attribute: `id` is stable (an entity id or the value itself), `label` is shown. */
export interface AttributeValue {
  id: string;
  label: string;
}

/** Segments with no value for the attribute (a police log has no participant) go here. */
export const NO_VALUE: AttributeValue = { id: '', label: '(none)' };

/** What a query needs to know about one source. */
export interface SourceFacts {
  name: string;
  datasetId: Id;
  siteId: Id | null;
  /** Cases the source belongs to (its own case and every case listing it). */
  caseIds: Id[];
}

/** The study's entities a query resolves attribute values against. */
export interface QueryContext {
  sources: ReadonlyMap<Id, SourceFacts>;
  sites: ReadonlyMap<Id, string>;
  datasets: ReadonlyMap<Id, string>;
  cases: ReadonlyMap<Id, string>;
  participants: ReadonlyMap<Id, Participant>;
}

/** The fields of a segment that attributes depend on. */
export interface AttributedSegment {
  sourceId: Id;
  /** Participants speaking where the segment lies (empty outside transcripts). */
  participantIds: Id[];
}

function named(id: Id | null | undefined, names: ReadonlyMap<Id, string>): AttributeValue[] {
  if (id === null || id === undefined) return [];
  return [{ id, label: names.get(id) ?? id }];
}

function distinct(values: AttributeValue[]): AttributeValue[] {
  const seen = new Map(values.map((v) => [v.id, v]));
  return [...seen.values()];
}

function participantValues(segment: AttributedSegment, ctx: QueryContext, by: QueryAttribute) {
  const people = segment.participantIds
    .map((id) => ctx.participants.get(id))
    .filter((p): p is Participant => p !== undefined);
  if (by === 'participant') return people.map((p) => ({ id: p.id, label: p.code }));
  if (by === 'sector') return people.map((p) => ({ id: p.sector, label: p.sector }));
  return people.map((p) => ({ id: p.role, label: p.role }));
}

/**
 * The attribute's values for one segment, distinct, or `[NO_VALUE]` when it has none. A segment
 * can have several (a source in two cases; a span across two speakers' turns).
 */
export function attributeValues(
  segment: AttributedSegment,
  by: QueryAttribute,
  ctx: QueryContext,
): AttributeValue[] {
  const source = ctx.sources.get(segment.sourceId);
  let values: AttributeValue[];
  if (by === 'site') values = named(source?.siteId, ctx.sites);
  else if (by === 'dataset') values = named(source?.datasetId, ctx.datasets);
  else if (by === 'case') values = (source?.caseIds ?? []).flatMap((id) => named(id, ctx.cases));
  else values = participantValues(segment, ctx, by);
  const unique = distinct(values);
  return unique.length > 0 ? unique : [NO_VALUE];
}
