import type { FastifyInstance } from 'fastify';
import { presentSearchHit } from '../presenters/activity.js';
import { parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { SearchQuery } from './schema.js';

/** `/api/search?q=`: study-wide full-text search; snippets mark matches with « and ». */
export async function searchRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/search', async (request) => {
    const { q, limit } = parseInput(SearchQuery, request.query, 'query');
    const hits = await store.search(q, { limit });
    return { query: q, hits: hits.map(presentSearchHit) };
  });
}
