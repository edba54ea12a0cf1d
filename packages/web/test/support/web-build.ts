/**
 * Builds packages/web/dist with Vite's `build()` only when it is missing or older than the web
 * sources, so repeated test runs reuse it. Test files run in parallel processes, so the build
 * is guarded by a lock directory (mkdir is atomic): one process builds, the others wait.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const WEB_DIST = join(WEB_ROOT, 'dist');
const CORE_SRC = resolve(WEB_ROOT, '../core/src');
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
  join(WEB_ROOT, p),
);

/** A lock older than this (ms) was left by a crashed run and is taken over. */
const STALE_LOCK_MS = 120_000;
const POLL_MS = 100;

/** Newest modification time (ms since epoch) of a file or anything below a directory. */
function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtimeMs(join(path, name))), 0);
}

export function webBuildIsCurrent(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return false;
  const newestInput = Math.max(...INPUTS.map(newestMtimeMs), newestMtimeMs(CORE_SRC));
  return statSync(built).mtimeMs >= newestInput;
}

const LOCK = join(
  tmpdir(),
  `liaison-web-build-${createHash('sha256').update(WEB_ROOT).digest('hex').slice(0, 12)}.lock`,
);

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    const lock = statSync(LOCK, { throwIfNoEntry: false });
    if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS)
      rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

async function withBuildLock(work: () => Promise<void>): Promise<void> {
  while (!tryLock()) await new Promise((r) => setTimeout(r, POLL_MS));
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export async function ensureWebBuild(): Promise<void> {
  if (webBuildIsCurrent()) return;
  await withBuildLock(async () => {
    if (webBuildIsCurrent()) return; // another process built it while this one waited
    const { build } = await import('vite');
    await build({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  });
}
