/** Assembles the `StudyStore` of an open, migrated study from its repositories. */
import type { StoreContext } from './context.js';
import type { StudyStore } from './contract.js';
import type { EngineHandle } from './engine/engine-handle.js';
import { deidRepo } from './deid/deid-repo.js';
import { listEvents } from './events.js';
import { importFiles } from './ingest/import-files.js';
import { casesRepo } from './repos/cases.js';
import { codesRepo } from './repos/codes.js';
import { codingsRepo } from './repos/codings.js';
import { roundsRepo } from './repos/coding-rounds.js';
import { codingSettingsRepo } from './repos/coding-settings.js';
import { disputesRepo } from './repos/dispute-resolutions.js';
import { continuumScalesRepo } from './repos/continuum-scales.js';
import { createVersion } from './repos/create-version.js';
import { datasetsRepo } from './repos/datasets.js';
import { lexiconsRepo } from './repos/lexicons.js';
import { analysesRepo } from './repos/log-analyses.js';
import { memosRepo } from './repos/memos.js';
import { participantsRepo } from './repos/participants.js';
import { sitesRepo } from './repos/sites.js';
import { sourcesRepo } from './repos/sources.js';
import { textReads } from './repos/text-versions.js';
import { queriesRepo } from './queries/queries-repo.js';
import { search } from './search.js';
import { countAll, readStudy } from './study.js';

export function contextOf(handle: EngineHandle): StoreContext {
  return { db: handle.db, features: handle.features, now: () => new Date().toISOString() };
}

export function buildStore(handle: EngineHandle): StudyStore {
  const ctx = contextOf(handle);
  let closed: Promise<void> | undefined;
  return {
    engine: handle.features.engine,
    study: () => readStudy(ctx.db, handle.label),
    counts: () => countAll(ctx),
    sites: sitesRepo(ctx),
    datasets: datasetsRepo(ctx),
    participants: participantsRepo(ctx),
    cases: casesRepo(ctx),
    sources: sourcesRepo(ctx),
    texts: {
      ...textReads(ctx),
      createVersion: (actor, sourceId, text, reason) =>
        createVersion(ctx, actor, sourceId, text, reason),
    },
    codes: codesRepo(ctx),
    rounds: roundsRepo(ctx),
    codings: codingsRepo(ctx),
    codingSettings: codingSettingsRepo(ctx),
    disputes: disputesRepo(ctx),
    memos: memosRepo(ctx),
    events: { list: (options) => listEvents(ctx, options) },
    lexicons: lexiconsRepo(ctx),
    analyses: analysesRepo(ctx),
    continuumScales: continuumScalesRepo(ctx),
    deid: deidRepo(ctx),
    search: (query, options) => search(ctx, query, options),
    queries: queriesRepo(ctx),
    importFiles: (actor, files, target, onProgress) =>
      importFiles(ctx, actor, files, target, onProgress),
    // Closing twice is harmless: both callers wait for the same shutdown.
    close: () => (closed ??= handle.db.destroy()),
  };
}
