/**
 * Builds the Fastify app: request guard, the JSON API under /api, the error handler, and the
 * built web app. Nothing listens here, so tests can drive it with `app.inject`.
 */
import type { StudyStore } from '@liaison/store';
import Fastify, { type FastifyInstance } from 'fastify';
import { handleError } from './error-handler.js';
import { installRequestGuard, type HostPolicy } from './request-guard.js';
import { analysisRoutes } from './routes/analysis.js';
import { caseRoutes } from './routes/cases.js';
import { datasetRoutes } from './routes/datasets.js';
import { eventRoutes } from './routes/events.js';
import { participantRoutes } from './routes/participants.js';
import { searchRoutes } from './routes/search.js';
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
    },
    { prefix: '/api' },
  );
  await installWebApp(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  return app;
}
