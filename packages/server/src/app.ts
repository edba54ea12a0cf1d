/**
 * Builds the Fastify app: request guard, the JSON API under /api, the error handler, and the
 * built web app. Nothing listens here, so tests can drive it with `app.inject`.
 */
import type { AdaptRunner, StudyStore } from '@liaison/store';
import Fastify, { type FastifyInstance } from 'fastify';
import { handleError } from './error-handler.js';
import { installRequestGuard, type HostPolicy } from './request-guard.js';
import { analysisAdaptRoutes } from './routes/analysis-adapt.js';
import { analysisCorrectionRoutes } from './routes/analysis-corrections.js';
import { analysisRoutes } from './routes/analysis.js';
import { assistRoutes } from './routes/assist.js';
import { caseRoutes } from './routes/cases.js';
import { codebookRoutes } from './routes/codebook.js';
import { codingSettingsRoutes } from './routes/coding-settings.js';
import { codingRoutes } from './routes/codings.js';
import { continuumScaleRoutes } from './routes/continuum-scale.js';
import { datasetRoutes } from './routes/datasets.js';
import { deidRoutes } from './routes/deid.js';
import { disputeRoutes } from './routes/disputes.js';
import { eventRoutes } from './routes/events.js';
import { memoRoutes } from './routes/memos.js';
import { participantRoutes } from './routes/participants.js';
import { queryRoutes } from './routes/queries.js';
import { searchRoutes } from './routes/search.js';
import { sequenceRoutes } from './routes/sequences.js';
import { siteRoutes } from './routes/sites.js';
import { sourceRoutes } from './routes/sources.js';
import { studyRoutes } from './routes/study.js';
import { DEFAULT_WEB_ROOT, installWebApp } from './web-app.js';

export interface AppOptions {
  store: StudyStore;
  /** Folder of the built web app; defaults to packages/web/dist; null serves the API only. */
  webRoot?: string | null;
  /** Logs warnings and server errors (never request bodies or document text). Default false. */
  logger?: boolean;
  /** Which Host headers are answered: `loopback` (default) or `any` for a shared server. */
  hosts?: HostPolicy;
  /** Largest import request in bytes (default 64 MiB of JSON, about 48 MiB of files). */
  importLimitBytes?: number;
  /**
   * Runs the model adaptation of `POST /api/analysis/adapt`; by default core's `adaptLexicon` in
   * the request's thread. The CLI passes one that uses a worker thread.
   */
  adaptRunner?: AdaptRunner;
}

const MIB = 1024 * 1024;
const API_ROUTES = [studyRoutes, siteRoutes, datasetRoutes, participantRoutes, caseRoutes];

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, logger = false, hosts = 'loopback', importLimitBytes = 64 * MIB } = options;
  const app = Fastify({ logger: logger ? { level: 'warn' } : false, bodyLimit: MIB });
  installRequestGuard(app, hosts);
  app.setErrorHandler(handleError);
  await app.register(
    async (api) => {
      for (const routes of API_ROUTES) await api.register(routes, { store });
      await api.register(sourceRoutes, { store, importLimitBytes });
      await api.register(searchRoutes, { store });
      await api.register(eventRoutes, { store });
      await api.register(analysisRoutes, { store });
      await api.register(analysisCorrectionRoutes, { store });
      await api.register(analysisAdaptRoutes, { store, adaptRunner: options.adaptRunner });
      await api.register(continuumScaleRoutes, { store });
      await api.register(codebookRoutes, { store });
      await api.register(codingRoutes, { store });
      await api.register(assistRoutes, { store });
      await api.register(memoRoutes, { store });
      await api.register(deidRoutes, { store });
      await api.register(codingSettingsRoutes, { store });
      await api.register(sequenceRoutes, { store });
      await api.register(queryRoutes, { store });
      await api.register(disputeRoutes, { store });
    },
    { prefix: '/api' },
  );
  await installWebApp(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  return app;
}
