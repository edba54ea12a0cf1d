import type { FastifyInstance } from 'fastify';
import { presentCase } from '../presenters/register.js';
import { requireSources } from './references.js';
import { registerResource } from './register-resource.js';
import type { RouteOptions } from './route-options.js';
import { CaseBody, CasePatch } from './schema.js';

/** `/api/cases`: units of analysis (a person, an incident, a site) grouping sources. */
export async function caseRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  registerResource(app, {
    plural: 'cases',
    singular: 'case',
    repository: store.cases,
    present: presentCase,
    createBody: CaseBody,
    updateBody: CasePatch,
    checkReferences: (input) => requireSources(store, input.sourceIds),
  });
}
