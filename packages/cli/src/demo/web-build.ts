/**
 * Makes sure the web app is built before serving it: `packages/web/dist` is (re)built with Vite
 * when it is missing or older than any web source file, so `npm start` works on a fresh clone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from '../errors.js';

export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web');
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json'];

/** Latest modification time (ms since epoch) of a file or of any file below a directory. */
function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestMtimeMs(join(path, name))),
    info.mtimeMs,
  );
}

export function webBuildIsCurrent(webRoot = WEB_ROOT): boolean {
  const built = join(webRoot, 'dist', 'index.html');
  if (!existsSync(built)) return false;
  const sources = Math.max(...SOURCES.map((s) => newestMtimeMs(join(webRoot, s))));
  return statSync(built).mtimeMs >= sources;
}

/** Runs `vite build` in packages/web when needed; Vite's own output goes to stderr. */
export function ensureWebBuilt(log: (message: string) => void, webRoot = WEB_ROOT): void {
  if (webBuildIsCurrent(webRoot)) return;
  log('Building the web app (first run or sources changed)...');
  const viteBin = join(
    dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  const run = spawnSync(process.execPath, [viteBin, 'build'], {
    cwd: webRoot,
    stdio: ['ignore', 2, 2],
  });
  if (run.status !== 0)
    throw new CliError(
      'building the web app failed (see the Vite output above); try: npm run build:web',
    );
}
