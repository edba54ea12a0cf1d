/**
 * The four register resources (sites, datasets, participants, cases) share one shape: list, get,
 * create, update. This registers those routes for one of them, so each resource file only states
 * what differs (schemas, presenter, reference checks).
 */
import type { Actor, Id } from '@liaison/core';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { found } from '../errors.js';
import { actorOf, parseInput } from './parse.js';
import { IdParams } from './schema.js';

export interface Repository<T, Input, Filter> {
  list(filter?: Filter): Promise<T[]>;
  get(id: Id): Promise<T | undefined>;
  create(actor: Actor, input: Input): Promise<T>;
  update(actor: Actor, id: Id, patch: Partial<Input>): Promise<T>;
}

export interface ResourceSpec<T, Input, Filter> {
  /** URL segment and list key, e.g. `sites`. */
  plural: string;
  /** Single-item key and the noun in error messages, e.g. `site`. */
  singular: string;
  repository: Repository<T, Input, Filter>;
  present(item: T): T;
  createBody: z.ZodType<Input>;
  updateBody: z.ZodType<Partial<Input>>;
  listQuery?: z.ZodType<Filter>;
  /** Refuses input that names records that do not exist (throws `validation_failed`). */
  checkReferences?(input: Partial<Input>): Promise<void>;
}

export function registerResource<T, Input, Filter>(
  app: FastifyInstance,
  spec: ResourceSpec<T, Input, Filter>,
): void {
  const { plural, singular, repository: repo, present } = spec;

  app.get(`/${plural}`, async (request) => {
    const filter = spec.listQuery ? parseInput(spec.listQuery, request.query, 'query') : undefined;
    const items = await repo.list(filter);
    return { [plural]: items.map(present) };
  });

  app.get(`/${plural}/:id`, async (request) => {
    const { id } = parseInput(IdParams, request.params, 'params');
    return { [singular]: present(await found(repo.get(id), singular, id)) };
  });

  app.post(`/${plural}`, async (request, reply) => {
    const actor = actorOf(request);
    const input = parseInput(spec.createBody, request.body, 'body');
    await spec.checkReferences?.(input);
    const created = await repo.create(actor, input);
    return reply.code(201).send({ [singular]: present(created) });
  });

  app.patch(`/${plural}/:id`, async (request) => {
    const actor = actorOf(request);
    const { id } = parseInput(IdParams, request.params, 'params');
    const patch = parseInput(spec.updateBody, request.body, 'body');
    await found(repo.get(id), singular, id);
    await spec.checkReferences?.(patch);
    return { [singular]: present(await repo.update(actor, id, patch)) };
  });
}
