/**
 * Loads core's source as it was at a named commit, so a benchmark can time the previous
 * implementation against the current one in the same process and run. `git archive` writes the
 * commit's `packages/core/src` to a directory under the system temp dir (once per commit); tsx
 * runs it from there as an ES module package, with a link to this checkout's `node_modules` so its
 * package imports resolve. Returns null, with the reason, when git or the commit is unavailable.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));

export async function importAtCommit<T>(
  commit: string,
  modulePath: string,
): Promise<{ module: T } | { missing: string }> {
  const dir = join(tmpdir(), `liaison-bench-${commit}`);
  try {
    if (!existsSync(join(dir, 'packages'))) {
      mkdirSync(dir, { recursive: true });
      const tar = execFileSync('git', ['archive', commit, 'packages/core/src'], {
        maxBuffer: 1 << 28,
      });
      execFileSync('tar', ['-x', '-C', dir], { input: tar });
    }
    if (!existsSync(join(dir, 'node_modules')))
      symlinkSync(NODE_MODULES, join(dir, 'node_modules'));
    // An ES module package, as packages/core is: without it tsx compiled the old source as
    // CommonJS, where every call into another module reads a getter, and an identical copy of
    // the current source ran about 10% slower, inflating every baseline's speed-up.
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    return { module: (await import(pathToFileURL(join(dir, modulePath)).href)) as T };
  } catch (e) {
    return { missing: `${commit}: ${(e as Error).message.split('\n')[0]}` };
  }
}
