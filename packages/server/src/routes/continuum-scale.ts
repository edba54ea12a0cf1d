/**
 * `GET /api/continuum-scale` answers the study's current continuum scale (number 0: the
 * product's default) and its saved versions; `PUT /api/continuum-scale` saves a new version
 * (validated by core's `validateContinuumScale`: every problem is named by its JSON path; a
 * `version` the study already has is a conflict). Analyses are placed with the current scale.
 */
import type { FastifyInstance } from 'fastify';
import { actorOf } from './parse.js';
import type { RouteOptions } from './route-options.js';

export async function continuumScaleRoutes(
  app: FastifyInstance,
  { store }: RouteOptions,
): Promise<void> {
  app.get('/continuum-scale', async () => ({
    scale: await store.continuumScales.current(),
    versions: await store.continuumScales.versions(),
  }));

  app.put('/continuum-scale', async (request) => ({
    scale: await store.continuumScales.save(actorOf(request), request.body),
  }));
}
