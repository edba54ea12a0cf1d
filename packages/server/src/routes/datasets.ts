import type { FastifyInstance } from 'fastify';
import { presentDataset } from '../presenters/register.js';
import { registerResource } from './register-resource.js';
import type { RouteOptions } from './route-options.js';
import { DatasetBody, DatasetPatch } from './schema.js';

/** `/api/datasets`: police logs, interviews, focus groups and other documents. */
export async function datasetRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  registerResource(app, {
    plural: 'datasets',
    singular: 'dataset',
    repository: store.datasets,
    present: presentDataset,
    createBody: DatasetBody,
    updateBody: DatasetPatch,
  });
}
