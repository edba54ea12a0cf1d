import type { FastifyInstance } from 'fastify';
import { presentCounts, presentStudy } from '../presenters/study.js';
import type { RouteOptions } from './route-options.js';

/** `/api/study`: the open study and how many of each thing it holds. */
export async function studyRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/study', async () => {
    const [study, counts] = await Promise.all([store.study(), store.counts()]);
    return { study: presentStudy(study), counts: presentCounts(counts) };
  });
}
