import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, startServer } from '../src/index.js';
import { openTestStudy, STUDY_NAME, type TestStudy } from './support/test-study.js';

let t: TestStudy;
let webRoot: string;
beforeAll(async () => {
  t = await openTestStudy();
  webRoot = mkdtempSync(join(tmpdir(), 'liaison-web-root-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Liaison app</title>');
});
afterAll(async () => {
  await t?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('errors at the edge', () => {
  it('answers unknown API paths with a JSON not_found', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { id: 'not_found', message: 'Nothing is at this address.' },
    });
  });

  it('answers a body that is not JSON with validation_failed, without echoing it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sites',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "Secret Person Name"',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { id: 'validation_failed', message: 'The request body is not valid JSON.' },
    });
  });

  it('hides the cause of a server fault and its stack', async () => {
    const broken = {
      ...t.store,
      study: () => Promise.reject(new Error('disk says /home/alice/study.liaison')),
    };
    const app = await buildApp({ store: broken, webRoot: null });
    const res = await app.inject({ method: 'GET', url: '/api/study' });
    await app.close();
    expect(res.statusCode).toBe(500);
    expect(res.json().error.id).toBe('internal_error');
    expect(res.body).not.toMatch(/alice|at .*\.ts/);
  });
});

describe('request guard', () => {
  it('refuses a Host that is not this computer (DNS rebinding)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/study',
      headers: { host: 'evil.example:4310' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.id).toBe('forbidden');
  });

  it('refuses API requests another site makes', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sites',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { name: 'Planted' },
    });
    expect(res.statusCode).toBe(403);
    const sites = (await t.app.inject({ method: 'GET', url: '/api/sites' })).json().sites;
    expect(sites.map((s: { name: string }) => s.name)).not.toContain('Planted');
  });

  it('sends headers that stop sniffing and framing', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/study',
      headers: { host: '127.0.0.1:4310' },
    });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('the web app', () => {
  it('serves index.html for / and for app paths, JSON for unknown API paths', async () => {
    const app = await buildApp({ store: t.store, webRoot });
    try {
      for (const url of ['/', '/sources/anything']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(200);
        expect(res.body).toContain('<title>Liaison app</title>');
      }
      expect((await app.inject({ method: 'GET', url: '/api/nope' })).json().error.id).toBe(
        'not_found',
      );
      expect((await app.inject({ method: 'GET', url: '/api/study' })).json().study.name).toBe(
        STUDY_NAME,
      );
    } finally {
      await app.close();
    }
  });

  it('says how to build the app when the build is missing', async () => {
    const app = await buildApp({ store: t.store, webRoot: join(webRoot, 'missing') });
    try {
      const res = await app.inject({ method: 'GET', url: '/' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('npm run build:web');
    } finally {
      await app.close();
    }
  });
});

describe('startServer', () => {
  it('listens on 127.0.0.1 at a free port and closes', async () => {
    const server = await startServer({ store: t.store, port: 0, webRoot: null });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/api/study`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { study: { name: string } }).study.name).toBe(STUDY_NAME);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/api/study`)).rejects.toThrow();
  });
});
