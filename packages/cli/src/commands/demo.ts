/**
 * `liaison demo` (what `npm start` runs): builds the demo study into `.liaison/demo.liaison`
 * when it is missing or the demo files changed, builds the web app when needed, serves it and
 * opens the browser.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import open from 'open';
import { openStudy, type StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { say } from '../io.js';
import { parseStudyLocation } from '../location.js';
import { buildDemoStudy } from '../demo/build-demo.js';
import { demoDigest } from '../demo/demo-digest.js';
import { DEMO_ROOT } from '../demo/manifest.js';
import { ensureWebBuilt } from '../demo/web-build.js';
import { CLI_VERSION } from '../version.js';
import { parsePort, serveStore } from './serve.js';
import { startProgress } from '../progress.js';

interface DemoOptions {
  study: string;
  port: string;
  open: boolean;
  rebuild?: boolean;
}

export async function demoCommand(ctx: CliContext, opts: DemoOptions): Promise<void> {
  const port = parsePort(opts.port);
  const location = parseStudyLocation(opts.study, ctx.io.cwd);
  if (location.engine !== 'sqlite')
    throw new UsageError('the demo study lives in a .liaison file; give --study a file path');
  if (ctx.config.buildWeb) ensureWebBuilt((m) => say(ctx.io, m));
  const store = await openOrBuild(ctx, location.path, opts.rebuild === true);
  const wantBrowser = opts.open && !ctx.config.ci && ctx.io.isTty;
  await serveStore(ctx, store, { port, host: '127.0.0.1' }, (url) => {
    if (wantBrowser) void open(url).catch(() => say(ctx.io, `Open ${url} in your browser.`));
  });
}

async function openOrBuild(ctx: CliContext, path: string, rebuild: boolean): Promise<StudyStore> {
  const digestFile = `${path}.digest`;
  const digest = demoDigest(DEMO_ROOT, CLI_VERSION);
  const current =
    existsSync(path) && existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest;
  if (current && !rebuild) return openStudy({ engine: 'sqlite', path });
  removeStudyFiles(path, digestFile);
  mkdirSync(dirname(path), { recursive: true });
  say(ctx.io, `Building the demo study at ${path} ...`);
  const progress = startProgress(ctx.io, 1, 'demo');
  const store = await buildDemoStudy(
    { engine: 'sqlite', path },
    { onProgress: (p) => progress.update(p.done, p.step) },
  );
  progress.stop();
  writeFileSync(digestFile, digest);
  return store;
}

function removeStudyFiles(path: string, digestFile: string): void {
  for (const f of [path, `${path}-wal`, `${path}-shm`, digestFile]) rmSync(f, { force: true });
}
