/**
 * A real SQLite study in a temporary folder, filled with the fictional fixtures, and the API app
 * over it (driven with `app.inject`, nothing listens).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Id } from '@liaison/core';
import { createStudy, type ImportResult, type StudyStore } from '@liaison/store';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/index.js';
import { encode, POLICE_LOG, PROTOCOL, TRANSCRIPT } from './fixtures.js';

export const STUDY_NAME = 'Fictional liaison study';
export const STUDY_DESCRIPTION = 'Two invented sites, for API tests.';
export const BUILDER = 'test-builder';

export interface TestStudy {
  store: StudyStore;
  app: FastifyInstance;
  ids: { log: Id; transcript: Id; protocol: Id };
  close(): Promise<void>;
}

function importedId(results: ImportResult[]): Id {
  const [result] = results;
  if (result?.status !== 'imported')
    throw new Error(`fixture import failed: ${JSON.stringify(result)}`);
  return result.sourceId;
}

async function fillStudy(store: StudyStore): Promise<TestStudy['ids']> {
  const log = await store.importFiles(
    BUILDER,
    [{ name: 'log-0415.txt', bytes: encode(POLICE_LOG) }],
    {
      dataset: 'Police logs',
      kind: 'police_logs',
      site: 'Northbridge',
    },
  );
  const transcript = await store.importFiles(
    BUILDER,
    [{ name: 'interview-p1.txt', bytes: encode(TRANSCRIPT) }],
    { dataset: 'Interviews', kind: 'interviews', site: 'Eastmoor' },
  );
  const protocol = await store.importFiles(
    BUILDER,
    [{ name: 'protocol.md', bytes: encode(PROTOCOL) }],
    { dataset: 'Documents', kind: 'documents' },
  );
  return {
    log: importedId(log),
    transcript: importedId(transcript),
    protocol: importedId(protocol),
  };
}

export async function openTestStudy(options: Partial<AppOptions> = {}): Promise<TestStudy> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-server-test-'));
  const store = await createStudy(
    { engine: 'sqlite', path: join(dir, 'study.liaison') },
    { name: STUDY_NAME, description: STUDY_DESCRIPTION },
    BUILDER,
  );
  const ids = await fillStudy(store);
  const app = await buildApp({ store, webRoot: null, ...options });
  const close = async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { store, app, ids, close };
}
