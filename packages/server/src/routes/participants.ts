import type { FastifyInstance } from 'fastify';
import { presentParticipant } from '../presenters/register.js';
import { requireSite } from './references.js';
import { registerResource } from './register-resource.js';
import type { RouteOptions } from './route-options.js';
import { ParticipantBody, ParticipantPatch, ParticipantQuery } from './schema.js';

/** `/api/participants`: the participant register, filterable by `siteId`. */
export async function participantRoutes(
  app: FastifyInstance,
  { store }: RouteOptions,
): Promise<void> {
  registerResource(app, {
    plural: 'participants',
    singular: 'participant',
    repository: store.participants,
    present: presentParticipant,
    createBody: ParticipantBody,
    updateBody: ParticipantPatch,
    listQuery: ParticipantQuery,
    checkReferences: (input) => requireSite(store, input.siteId),
  });
}
