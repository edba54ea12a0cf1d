/**
 * Turns a `--study` argument into a store location: a path to a `.liaison` file (SQLite, the
 * embedded default) or `postgres://user@host:port/db?schema=name` for a team database.
 */
import { resolve } from 'node:path';
import type { StoreLocation } from '@liaison/store';
import { UsageError } from './errors.js';

const PG_PREFIX = /^postgres(ql)?:\/\//i;
const DEFAULT_SCHEMA = 'liaison';

export function parseStudyLocation(arg: string, cwd: string): StoreLocation {
  if (!arg.trim())
    throw new UsageError('--study needs a path to a .liaison file or a postgres:// URL');
  if (PG_PREFIX.test(arg)) return postgresLocation(arg);
  return { engine: 'sqlite', path: resolve(cwd, arg) };
}

function postgresLocation(arg: string): StoreLocation {
  let url: URL;
  try {
    url = new URL(arg);
  } catch {
    throw new UsageError(`--study ${arg} is not a valid postgres:// URL`);
  }
  const schema = url.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  url.searchParams.delete('schema');
  return { engine: 'postgres', connectionString: url.toString(), schema };
}

/** A location safe to print (no password). */
export function describeLocation(location: StoreLocation): string {
  if (location.engine === 'sqlite') return location.path;
  const url = new URL(location.connectionString);
  url.password = '';
  return `${url.toString()} (schema ${location.schema})`;
}
