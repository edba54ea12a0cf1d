/**
 * A SHA-256 over every file of examples/demo-study (path and bytes), so `npm start` rebuilds
 * the demo study when its files change and reuses it otherwise.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

export function demoDigest(root: string, salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const file of listFiles(root)) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
