/**
 * Reading input files for import: directories expand to the files inside them, unreadable or
 * oversized files become per-file failures instead of aborting the batch.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Diagnostic } from '@liaison/core';

/** Larger files are refused before reading: 200 MB is far above any real log or transcript. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type InputFile =
  | { ok: true; path: string; name: string; bytes: Uint8Array }
  | { ok: false; path: string; diagnostic: Diagnostic };

/** Expands directories (recursively, hidden files skipped, sorted) into file paths. */
export async function expandPaths(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) out.push(...(await expandOne(p, resolve(cwd, p))));
  return out;
}

async function expandOne(given: string, absolute: string): Promise<string[]> {
  const info = await stat(absolute).catch(() => null);
  if (!info?.isDirectory()) return [given];
  const names = (await readdir(absolute)).filter((n) => !n.startsWith('.')).sort();
  const nested = await Promise.all(names.map((n) => expandOne(join(given, n), join(absolute, n))));
  return nested.flat();
}

export async function readInputFile(path: string, cwd: string): Promise<InputFile> {
  const absolute = resolve(cwd, path);
  const info = await stat(absolute).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error)
    return failure(
      path,
      'file.unreadable',
      describeFsError(info),
      'Check the path and permissions.',
    );
  if (!info.isFile())
    return failure(path, 'file.not_a_file', 'is not a regular file', 'Give the path of a file.');
  if (info.size > MAX_FILE_BYTES) {
    const mb = (info.size / 1024 / 1024).toFixed(0);
    return failure(
      path,
      'file.too_large',
      `is ${mb} MB, over the 200 MB limit`,
      'Split the file before importing it.',
    );
  }
  const bytes = new Uint8Array(await readFile(absolute));
  return { ok: true, path, name: basename(path), bytes };
}

function describeFsError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'does not exist';
  if (error.code === 'EACCES') return 'cannot be read (permission denied)';
  return `cannot be read (${error.code ?? error.message})`;
}

function failure(path: string, code: string, message: string, hint: string): InputFile {
  const diagnostic: Diagnostic = {
    severity: 'error',
    code,
    message: `${path} ${message}`,
    file: path,
    line: 1,
    column: 1,
    hint,
  };
  return { ok: false, path, diagnostic };
}
