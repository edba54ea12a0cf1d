/**
 * Keeps a study served on this computer private to this computer's browser:
 * - Host check: a web page elsewhere can point its own domain name at 127.0.0.1 ("DNS
 *   rebinding") and then read the API as same-origin. Answering only requests addressed to a
 *   loopback name defeats that.
 * - Cross-site check: browsers send `Sec-Fetch-Site: cross-site` on requests another site makes;
 *   the API refuses them, so no other page can write to the study (CSRF).
 * - Response headers that stop content sniffing, framing and referrer leaks.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

export type HostPolicy = 'loopback' | 'any';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a Host header without its port (`[::1]:4310` → `[::1]`). */
function hostName(header: string): string {
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(header.trim().toLowerCase());
  return match?.[1] ?? '';
}

export function isLoopbackHost(header: string | undefined): boolean {
  if (header === undefined) return false;
  const name = hostName(header);
  return (
    LOOPBACK_HOSTS.has(name) || name.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(name)
  );
}

function checkRequest(policy: HostPolicy, request: FastifyRequest): void {
  if (policy === 'loopback' && !isLoopbackHost(request.headers.host)) {
    throw new ApiError(
      'forbidden',
      'This Liaison server only answers requests addressed to this computer. Open it at http://127.0.0.1 with its port.',
    );
  }
  if (request.url.startsWith('/api/') && request.headers['sec-fetch-site'] === 'cross-site') {
    throw new ApiError(
      'forbidden',
      'The Liaison API does not answer requests made by other websites.',
    );
  }
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // React sets styles through the CSSOM, which CSP does not restrict; no inline script is needed.
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
};

export function installRequestGuard(app: FastifyInstance, policy: HostPolicy): void {
  app.addHook('onRequest', async (request) => checkRequest(policy, request));
  app.addHook('onSend', async (_request: FastifyRequest, reply: FastifyReply) => {
    reply.headers(SECURITY_HEADERS);
  });
}
