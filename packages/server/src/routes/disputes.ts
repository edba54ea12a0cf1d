/**
 * `/api/disputes`: the disagreement review (docs/agreement.md). GET lists the disputed spans
 * between two or more coders with their resolutions; POST /api/disputes/resolve records one
 * resolution. The store refuses both (`forbidden`) while a blind round is unrevealed, so the
 * review cannot show a coder the others' codings before the lead reveals them.
 */
import { DISPUTE_OUTCOMES } from '@liaison/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdSchema } from './schema.js';

const CoderList = z
  .string()
  .transform((s) => s.split(',').map((c) => c.trim()))
  .refine((list) => list.length >= 2 && list.every(Boolean) && new Set(list).size === list.length, {
    message: 'give at least two different coders, comma-separated: coders=a,b',
  });

export const DisputeQuerySchema = z.strictObject({
  coders: CoderList,
  sourceId: IdSchema.optional(),
  threshold: z.coerce.number().gt(0).max(1).optional(),
});

/** A UTF-16 code-unit offset into a text version. */
const Utf16Offset = z.number().int().min(0);

export const DisputeResolveBody = z.strictObject({
  sourceId: IdSchema,
  textVersionId: IdSchema,
  start: Utf16Offset,
  end: Utf16Offset,
  coders: z.array(z.string().trim().min(1)).min(2),
  outcome: z.enum(DISPUTE_OUTCOMES),
  codeIds: z.array(IdSchema).max(100),
  note: z.string().max(100_000).default(''),
  applyCodings: z.boolean().default(false),
});

export async function disputeRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/disputes', async (request) => {
    const query = parseInput(DisputeQuerySchema, request.query, 'query');
    return { disputes: await store.disputes.list(query) };
  });

  app.post('/disputes/resolve', async (request, reply) => {
    const actor = actorOf(request);
    const body = parseInput(DisputeResolveBody, request.body, 'body');
    reply.code(201);
    return { resolution: await store.disputes.resolve(actor, body) };
  });
}
