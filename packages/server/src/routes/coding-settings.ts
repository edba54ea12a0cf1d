/**
 * `/api/coding-settings`: blind coding (docs/coding.md). The store enforces who may change the
 * settings or reveal (only the lead, once one is named) and answers `forbidden` otherwise.
 */
import type { FastifyInstance } from 'fastify';
import { CodingSettingsBody } from './coding-schema.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';

export async function codingSettingsRoutes(
  app: FastifyInstance,
  { store }: RouteOptions,
): Promise<void> {
  app.get('/coding-settings', async () => ({ settings: await store.codingSettings.get() }));

  app.put('/coding-settings', async (request) => {
    const actor = actorOf(request);
    const patch = parseInput(CodingSettingsBody, request.body, 'body');
    return { settings: await store.codingSettings.set(actor, patch) };
  });

  app.post('/coding-settings/reveal', async (request) => {
    return { settings: await store.codingSettings.reveal(actorOf(request)) };
  });
}
