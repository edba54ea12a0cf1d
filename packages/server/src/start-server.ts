import type { AdaptRunner, StudyStore } from '@liaison/store';
import { buildApp } from './app.js';
import { isLoopbackHost } from './request-guard.js';

export interface ServerOptions {
  store: StudyStore;
  /** Interface to listen on; 127.0.0.1 by default so the study stays on this computer. */
  host?: string;
  /** TCP port; 0 picks a free one. Default 4310. */
  port?: number;
  webRoot?: string | null;
  logger?: boolean;
  /** See AppOptions.adaptRunner. */
  adaptRunner?: AdaptRunner;
}

export interface RunningServer {
  /** Address to open, e.g. `http://127.0.0.1:4310`. */
  url: string;
  /** Stops listening and waits for open requests; the store stays open (the caller owns it). */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4310;

/** A URL host for a listen address (IPv6 literals need brackets). */
function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { store, host = '127.0.0.1', port = DEFAULT_PORT } = options;
  const hosts = isLoopbackHost(urlHost(host)) ? 'loopback' : 'any';
  const { webRoot, logger, adaptRunner } = options;
  const app = await buildApp({ store, webRoot, logger, hosts, adaptRunner });
  await app.listen({ host, port });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://${urlHost(host)}:${boundPort}`, close: () => app.close() };
}
