import type { FastifyInstance } from 'fastify';
import { presentEvent } from '../presenters/activity.js';
import { parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { EventQuery } from './schema.js';

/**
 * `/api/events`: the audit trail in sequence order, paged by `afterSeq`. `nextAfterSeq` is the
 * value to ask with for the next page, or null when this page was the last.
 */
export async function eventRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/events', async (request) => {
    const { afterSeq, limit, entityId } = parseInput(EventQuery, request.query, 'query');
    const events = await store.events.list({ afterSeq, limit, entityId });
    const last = events.at(-1);
    const nextAfterSeq = events.length === limit && last ? last.seq : null;
    return { events: events.map(presentEvent), nextAfterSeq };
  });
}
