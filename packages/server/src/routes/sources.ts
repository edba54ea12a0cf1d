import type { Id } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyInstance } from 'fastify';
import pkg from '../../package.json' with { type: 'json' };
import { found, notFound } from '../errors.js';
import { presentImportResult } from '../presenters/activity.js';
import { presentSource, presentTextVersion, presentVersionMeta } from '../presenters/source.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdParams, ImportBody, SourceQuery, VersionParams } from './schema.js';

/** Recorded in the provenance of files imported over HTTP. */
export const SERVER_TOOL = `liaison-server ${pkg.version}`;

export interface SourceRouteOptions extends RouteOptions {
  /** Largest import request accepted, in bytes of JSON (base64 makes files about 4/3 larger). */
  importLimitBytes: number;
}

/** `/api/sources`: list, read (text, versions, structure, original bytes) and import. */
export async function sourceRoutes(
  app: FastifyInstance,
  options: SourceRouteOptions,
): Promise<void> {
  registerReads(app, options.store);
  registerFiles(app, options);
}

function registerReads(app: FastifyInstance, store: StudyStore): void {
  app.get('/sources', async (request) => {
    const filter = parseInput(SourceQuery, request.query, 'query');
    return { sources: (await store.sources.list(filter)).map(presentSource) };
  });

  app.get('/sources/:id', async (request) => {
    const { id } = parseInput(IdParams, request.params, 'params');
    return { source: presentSource(await found(store.sources.get(id), 'source', id)) };
  });

  app.get('/sources/:id/text', async (request) => {
    const { id } = parseInput(IdParams, request.params, 'params');
    await found(store.sources.get(id), 'source', id);
    return { version: presentTextVersion(await store.texts.current(id)) };
  });

  app.get('/sources/:id/versions', async (request) => {
    const { id } = parseInput(IdParams, request.params, 'params');
    await found(store.sources.get(id), 'source', id);
    return { versions: (await store.texts.versions(id)).map(presentVersionMeta) };
  });

  app.get('/sources/:id/versions/:versionId/structure', async (request) => {
    const { id, versionId } = parseInput(VersionParams, request.params, 'params');
    await requireVersionOf(store, id, versionId);
    return { structure: await store.texts.structure(versionId) };
  });
}

/** The original bytes out, new files in. */
function registerFiles(
  app: FastifyInstance,
  { store, importLimitBytes }: SourceRouteOptions,
): void {
  app.get('/sources/:id/original', async (request, reply) => {
    const { id } = parseInput(IdParams, request.params, 'params');
    const source = await found(store.sources.get(id), 'source', id);
    const bytes = await store.sources.originalBytes(id);
    return reply
      .type(source.mediaType || 'application/octet-stream')
      .header('content-disposition', contentDisposition(source.provenance.fileName || source.name))
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });

  app.post('/sources/import', { bodyLimit: importLimitBytes }, async (request) => {
    const actor = actorOf(request);
    const { files, ...target } = parseInput(ImportBody, request.body, 'body');
    const decoded = files.map((f) => ({ name: f.name, bytes: decodeBase64(f.contentBase64) }));
    const results = await store.importFiles(actor, decoded, { ...target, tool: SERVER_TOOL });
    return { results: results.map(presentImportResult) };
  });
}

/** Refuses a version id that does not belong to the source in the URL. */
async function requireVersionOf(store: StudyStore, sourceId: Id, versionId: Id): Promise<void> {
  await found(store.sources.get(sourceId), 'source', sourceId);
  const versions = await store.texts.versions(sourceId);
  if (!versions.some((v) => v.id === versionId))
    throw notFound('text version of this source', versionId);
}

function decodeBase64(text: string): Uint8Array {
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
