/** `liaison serve --study <path> [--port] [--host]`: serves a study to the browser until stopped. */
import type { StudyStore } from '@liaison/store';
import { startServer } from '@liaison/server';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { say } from '../io.js';
import { ensureWebBuilt } from '../demo/web-build.js';
import { openForCommand } from '../study.js';
import { adaptInWorker } from '../logs/adapt-in-worker.js';

export interface ServeOptions {
  study: string;
  port: string;
  host?: string;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port ${value} is not a port number (0-65535)`);
  return port;
}

export async function serveCommand(ctx: CliContext, opts: ServeOptions): Promise<void> {
  const port = parsePort(opts.port);
  if (ctx.config.buildWeb) ensureWebBuilt((m) => say(ctx.io, m));
  const store = await openForCommand(ctx, opts.study);
  await serveStore(ctx, store, { port, host: opts.host ?? '127.0.0.1' });
}

/** Serves an open store until the stop signal, then closes server and store. */
export async function serveStore(
  ctx: CliContext,
  store: StudyStore,
  where: { port: number; host: string },
  onListening?: (url: string) => void,
): Promise<string> {
  const options = { store, port: where.port, host: where.host, adaptRunner: adaptInWorker };
  const server = await startServer(options).catch(async (error: Error) => {
    await store.close();
    throw new UsageError(`cannot listen on ${where.host}:${where.port}: ${error.message}`);
  });
  ctx.io.stdout(`${server.url}\n`);
  say(ctx.io, `Liaison is serving ${(await store.study()).name} at ${server.url} (Ctrl+C to stop)`);
  onListening?.(server.url);
  await (ctx.stopSignal ?? new Promise<void>(() => undefined));
  await server.close();
  await store.close();
  return server.url;
}
