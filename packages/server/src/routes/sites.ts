import type { FastifyInstance } from 'fastify';
import { presentSite } from '../presenters/register.js';
import { registerResource } from './register-resource.js';
import type { RouteOptions } from './route-options.js';
import { SiteBody, SitePatch } from './schema.js';

/** `/api/sites`: the study's sites. */
export async function siteRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  registerResource(app, {
    plural: 'sites',
    singular: 'site',
    repository: store.sites,
    present: presentSite,
    createBody: SiteBody,
    updateBody: SitePatch,
  });
}
