/**
 * `/api/sources/:id/codings` and `/api/codings`: coding in the browser (docs/coding.md). The
 * coder is the acting person (`x-liaison-actor`); the server builds each anchor from the stored
 * text, so a client sends only offsets (UTF-16 code units) and cannot store a quote that is not
 * in the text. Blind mode is applied here: see coding-access.ts.
 */
import {
  describeAnchor,
  hidesOthersCodings,
  type Anchor,
  type Code,
  type TextVersion,
} from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ApiError, found, validationFailed } from '../errors.js';
import { visibleCoding } from './coding-access.js';
import { CodingBody } from './coding-schema.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdParams } from './schema.js';

export async function codingRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/sources/:id/codings', async (request) => {
    const actor = actorOf(request);
    const { id } = parseInput(IdParams, request.params, 'params');
    await found(store.sources.get(id), 'source', id);
    const settings = await store.codingSettings.get();
    // While blind, the filter runs in the database: others' codings never leave the store.
    const filter = hidesOthersCodings(settings) ? { coder: actor } : {};
    return { codings: await store.codings.bySource(id, filter), settings };
  });

  app.post('/codings', async (request, reply) => {
    const actor = actorOf(request);
    const body = parseInput(CodingBody, request.body, 'body');
    const version = await currentVersion(store, body.textVersionId);
    await codableCode(store, body.codeId);
    const anchor = anchorIn(version, body);
    const coding = await store.codings.create(actor, {
      codeId: body.codeId,
      textVersionId: version.id,
      coder: actor,
      anchor,
    });
    return reply.code(201).send({ coding });
  });

  app.delete('/codings/:id', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = parseInput(IdParams, request.params, 'params');
    await visibleCoding(store, actor, id);
    await store.codings.remove(actor, id);
    return reply.code(204).send();
  });
}

/** The text version, which must be its source's current one (older versions are history). */
async function currentVersion(store: StudyStore, versionId: string): Promise<TextVersion> {
  const version = await found(store.texts.get(versionId), 'text version', versionId);
  const current = await store.texts.current(version.sourceId);
  if (current.id === versionId) return version;
  throw new ApiError(
    'conflict',
    `Text version ${versionId} is version ${version.number} of its source, but the source now ` +
      `has version ${current.number}: reload the source and code the current text.`,
  );
}

async function codableCode(store: StudyStore, codeId: string): Promise<Code> {
  const code = await store.codes.get(codeId);
  if (code === undefined) throw validationFailed(`body.codeId: no code has the id "${codeId}".`);
  // Retired first: a retired code may also be marked not codable, and the reason matters.
  if (code.retiredAt)
    throw new ApiError(
      'conflict',
      `Code "${code.name}" was retired; apply the code that replaced it.`,
    );
  if (!code.codable)
    throw validationFailed(
      `body.codeId: "${code.name}" is a folder that only groups codes; apply one of its codes.`,
    );
  return code;
}

/** The anchor of the span over the stored text; a span outside it is the client's mistake. */
function anchorIn(version: TextVersion, body: z.output<typeof CodingBody>): Anchor {
  try {
    return describeAnchor(version.text, body.startUtf16, body.endUtf16);
  } catch (error) {
    if (error instanceof RangeError) throw validationFailed(`body: ${error.message}`);
    throw error;
  }
}
