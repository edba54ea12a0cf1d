/**
 * De-identification review over HTTP (docs/api.md, "De-identification"): a source's detections
 * with their words for the reviewer, decisions, added spans, bulk accept by type, what is left
 * and the study's settings (detection and replacement policy). Applying needs the encrypted key and its passphrase, so it stays in the CLI
 * (`liaison deid apply`): they never travel over HTTP.
 */
import { ENTITY_TYPES } from '@liaison/core';
import { REVIEW_STATUSES, type StudyStore } from '@liaison/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { found } from '../errors.js';
import { DeidSettingsBody } from './deid-settings-schema.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdParams } from './schema.js';

const Id = z.string().min(1).max(100);
const EntityType = z.enum(ENTITY_TYPES);
const Offset = z.number().int().min(0);

const ReviewBody = z.object({
  ids: z.array(Id).min(1).max(10_000),
  status: z.enum(REVIEW_STATUSES),
});
const AddBody = z.object({ type: EntityType, startUtf16: Offset, endUtf16: Offset });
const AcceptTypeBody = z.object({ type: EntityType, sourceId: Id.optional() });
const RemainingQuery = z.object({ sourceId: Id.optional() });
const DetectBody = z.object({ sourceIds: z.array(Id).max(100_000).optional() }).optional();

/** The detections of a source's current text, each with its words, and what is left. */
async function sourceDetections(store: StudyStore, id: string) {
  await found(store.sources.get(id), 'source', id);
  const [list, version, remaining] = await Promise.all([
    store.deid.list(id),
    store.texts.current(id),
    store.deid.remaining(id),
  ]);
  const detections = list.detections.map((d) => ({
    ...d,
    text: version.text.slice(d.startUtf16, d.endUtf16),
  }));
  return { sourceId: id, textVersionId: version.id, text: version.text, detections, remaining };
}

export async function deidRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/sources/:id/deid', async (request) => {
    const { id } = parseInput(IdParams, request.params, 'params');
    return sourceDetections(store, id);
  });

  app.post('/sources/:id/deid/detections', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = parseInput(IdParams, request.params, 'params');
    const span = parseInput(AddBody, request.body, 'body');
    await found(store.sources.get(id), 'source', id);
    return reply.code(201).send({ detection: await store.deid.add(actor, id, span) });
  });

  app.post('/deid/detect', async (request) => {
    const actor = actorOf(request);
    const body = parseInput(DetectBody, request.body ?? undefined, 'body');
    return { sources: await store.deid.detect(actor, body?.sourceIds) };
  });

  app.post('/deid/review', async (request) => {
    const actor = actorOf(request);
    const { ids, status } = parseInput(ReviewBody, request.body, 'body');
    return { detections: await store.deid.review(actor, ids, status) };
  });

  app.post('/deid/accept-type', async (request) => {
    const actor = actorOf(request);
    const { type, sourceId } = parseInput(AcceptTypeBody, request.body, 'body');
    return { accepted: await store.deid.acceptType(actor, type, sourceId) };
  });

  app.get('/deid/settings', async () => ({ settings: await store.deid.settings() }));

  app.put('/deid/settings', async (request) => {
    const actor = actorOf(request);
    const settings = parseInput(DeidSettingsBody, request.body, 'body');
    return { settings: await store.deid.saveSettings(actor, settings) };
  });

  app.get('/deid/remaining', async (request) => {
    const { sourceId } = parseInput(RemainingQuery, request.query, 'query');
    return { remaining: await store.deid.remaining(sourceId) };
  });
}
