/**
 * Serves the built single-page app (packages/web/dist) next to the API. Paths outside `/api` that
 * name no file get index.html, so `#/...` links and reloads work; `/api/...` paths that name no
 * route answer a JSON `not_found`. When the app has not been built, pages say how to build it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';
import { errorBody } from './error-handler.js';

/** packages/web/dist, found from this file so it works from any working directory. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const MISSING_BUILD_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Liaison: web app not built</title></head>
<body>
<h1>The Liaison web app has not been built yet</h1>
<p>The server and the study are running, but the pages of the app are missing.
In the Liaison folder, run <code>npm run build:web</code>, then reload this page.</p>
<p>The JSON API is available under <code>/api/</code>, for example <a href="/api/study">/api/study</a>.</p>
</body></html>`;

function isPageRequest(request: FastifyRequest): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api');
}

function answerNotFound(reply: FastifyReply): FastifyReply {
  return reply.code(404).send(errorBody(new ApiError('not_found', 'Nothing is at this address.')));
}

/** Hashed build assets never change; index.html must be re-read so a rebuild shows at once. */
function setCacheHeaders(reply: FastifyReply, path: string): void {
  const immutable = /[/\\]assets[/\\]/.test(path);
  reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}

export async function installWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (webRoot !== null && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      cacheControl: false,
      setHeaders: setCacheHeaders,
    });
    app.setNotFoundHandler((request, reply) =>
      isPageRequest(request) ? reply.sendFile('index.html') : answerNotFound(reply),
    );
    return;
  }
  app.setNotFoundHandler((request, reply) =>
    webRoot !== null && isPageRequest(request)
      ? reply.code(503).type('text/html; charset=utf-8').send(MISSING_BUILD_HTML)
      : answerNotFound(reply),
  );
}
