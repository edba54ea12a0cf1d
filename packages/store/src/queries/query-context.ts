/** The study's entities, loaded once per query, that attribute values resolve against. */
import type { Code, Id, Participant, QueryContext, SourceSummary } from '@liaison/core';
import type { StoreContext } from '../context.js';
import { notFound } from '../errors.js';
import { casesRepo } from '../repos/cases.js';
import { codesRepo } from '../repos/codes.js';
import { datasetsRepo } from '../repos/datasets.js';
import { participantsRepo } from '../repos/participants.js';
import { sitesRepo } from '../repos/sites.js';
import { sourcesRepo } from '../repos/sources.js';

export interface LoadedContext extends QueryContext {
  sourceList: SourceSummary[];
  /** Participants linked to each source (transcript speakers). */
  peopleOf(sourceId: Id): Participant[];
}

const namesOf = (rows: { id: Id; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));

export async function loadQueryContext(ctx: StoreContext): Promise<LoadedContext> {
  const [sources, sites, datasets, cases, people] = await Promise.all([
    sourcesRepo(ctx).list(),
    sitesRepo(ctx).list(),
    datasetsRepo(ctx).list(),
    casesRepo(ctx).list(),
    participantsRepo(ctx).list(),
  ]);
  const caseIdsOf = new Map(sources.map((s) => [s.id, s.caseId === null ? [] : [s.caseId]]));
  for (const c of cases) {
    for (const sourceId of c.sourceIds) caseIdsOf.get(sourceId)?.push(c.id);
  }
  const participants = new Map(people.map((p) => [p.id, p]));
  const facts = sources.map((s) => {
    const caseIds = [...new Set(caseIdsOf.get(s.id))];
    return [s.id, { name: s.name, datasetId: s.datasetId, siteId: s.siteId, caseIds }] as const;
  });
  const linked = new Map(sources.map((s) => [s.id, s.participantIds]));
  return {
    sources: new Map(facts),
    sites: namesOf(sites),
    datasets: namesOf(datasets),
    cases: namesOf(cases),
    participants,
    sourceList: sources,
    peopleOf: (sourceId) =>
      (linked.get(sourceId) ?? []).flatMap((id) => participants.get(id) ?? []),
  };
}

/** Codes a query covers: the ones asked for (each must exist), else every codable code in use. */
export async function queryCodes(ctx: StoreContext, codeIds?: readonly Id[]): Promise<Code[]> {
  const codes = await codesRepo(ctx).list();
  if (codeIds === undefined || codeIds.length === 0) {
    return codes.filter((c) => c.codable && c.retiredAt === null);
  }
  const byId = new Map(codes.map((c) => [c.id, c]));
  return [...new Set(codeIds)].map((id) => {
    const code = byId.get(id);
    if (code === undefined) throw notFound('code', id);
    return code;
  });
}
