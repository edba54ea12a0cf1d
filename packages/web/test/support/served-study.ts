/**
 * A study in a temporary folder served by the real server (`startServer` on a free port) with
 * the built web app, and a Chromium page on it. `close()` undoes everything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@liaison/server';
import type { StoreLocation, StudyStore } from '@liaison/store';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { ensureWebBuild, WEB_DIST } from './web-build.js';

export type StudyBuilder = (location: StoreLocation) => Promise<StudyStore>;

export interface ServedStudy {
  url: string;
  store: StudyStore;
  browser: Browser;
  page: Page;
  /** Page errors seen so far (an uncaught exception in the app fails the test that checks). */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function serveStudy(buildStudy: StudyBuilder): Promise<ServedStudy> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-e2e-'));
  const [store] = await Promise.all([
    buildStudy({ engine: 'sqlite', path: join(dir, 'study.liaison') }),
    ensureWebBuild(),
  ]);
  const server = await startServer({ store, port: 0, webRoot: WEB_DIST });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const close = async () => {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: server.url, store, browser, page, pageErrors, close };
}
