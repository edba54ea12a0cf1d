/**
 * `GET /api/sequences`: the study's police logs as state sequences (docs/sequence.md, "In the web
 * app"): OM distances, Ward clusters, typical trajectories and plots as SVG text, with each log's
 * turning points placed on its sequence. The logs' analyses are the ones the analysis routes
 * serve (stored with corrections applied, else computed with the current lexicon). Everything is
 * computed in-process on request (core, synchronous): a study's few hundred logs take
 * milliseconds; nothing is stored.
 *
 * Query: `state=event|agency|framing` (default event), `bin=<minutes>` (default: one position
 * per entry), `k=<clusters>` (default 3), `sm=TRATE|CONSTANT` (default TRATE),
 * `datasetId=<id>` (default: every dataset).
 */
import {
  LogSequenceError,
  logSequenceView,
  type LogForSequences,
  type LogStateKind,
} from '@liaison/core';
import type { SourceSummary, StudyStore } from '@liaison/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { validationFailed } from '../errors.js';
import { analyseSource, isPoliceLog } from './analysis.js';
import { parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdSchema } from './schema.js';

/** A week of one-minute bins is already 10,080 positions; larger bins are the useful ones. */
const MAX_BIN_MINUTES = 60 * 24 * 365;

export const SequenceQuery = z.object({
  state: z.enum(['event', 'framing', 'agency'] satisfies LogStateKind[]).default('event'),
  bin: z.coerce.number().positive().max(MAX_BIN_MINUTES).optional(),
  k: z.coerce.number().int().min(2).max(100).default(3),
  sm: z.enum(['TRATE', 'CONSTANT']).default('TRATE'),
  datasetId: IdSchema.optional(),
});

export async function sequenceRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/sequences', async (request) => {
    const query = parseInput(SequenceQuery, request.query, 'query');
    const logs = await logsForSequences(store, query.datasetId);
    try {
      const view = logSequenceView(logs, {
        state: query.state,
        k: query.k,
        sm: query.sm,
        ...(query.bin === undefined ? {} : { binMinutes: query.bin }),
      });
      return { sequences: view };
    } catch (error) {
      // Too many clusters for the logs, or bins too small for a log's span: the request's fault.
      if (error instanceof LogSequenceError) throw validationFailed(`${error.message}.`);
      throw error;
    }
  });
}

/** Every police log (of one dataset) with its entry times, labels and turning points. */
async function logsForSequences(store: StudyStore, datasetId?: string): Promise<LogForSequences[]> {
  const sources = (await store.sources.list(datasetId ? { datasetId } : undefined)).filter(
    isPoliceLog,
  );
  const lexicon = (await store.lexicons.current()).lexicon;
  const logs: LogForSequences[] = [];
  // One log at a time, as the analysis summary does, to keep memory flat.
  for (const source of sources) logs.push(await logForSequences(store, source, lexicon));
  return logs;
}

async function logForSequences(
  store: StudyStore,
  source: SourceSummary,
  lexicon: Parameters<typeof analyseSource>[2],
): Promise<LogForSequences> {
  const { versionId, analysis } = await analyseSource(store, source, lexicon);
  const structure = await store.texts.structure(versionId);
  const times = structure.kind === 'police_log' ? structure.entries.map((e) => e.time) : [];
  return {
    id: source.id,
    name: source.name,
    times,
    entries: analysis.entries,
    turningPoints: analysis.turningPoints,
  };
}
