/**
 * The single place where errors become HTTP responses: `{ error: { id, message, details? } }`.
 * Whatever was thrown (our ApiError, a StoreError, a Fastify error, a bug) is mapped to one of
 * the stable ids of errors.ts. Stack traces and internal messages never reach the client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, type ErrorBody, type ErrorId } from './errors.js';

const INTERNAL_MESSAGE =
  'Something went wrong on the server. Try again; if it keeps happening, restart Liaison and report it.';

/** StoreError codes (packages/store/src/errors.ts) that mean the request, not the server, is wrong. */
const STORE_CODE_TO_ID: Record<string, ErrorId> = {
  'store.not_found': 'not_found',
  'store.conflict': 'conflict',
  'store.invalid_input': 'validation_failed',
  'store.forbidden': 'forbidden',
};

/** Fastify's own request errors, reworded so none echoes the request body back. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE:
    'The request is larger than this server accepts. Send fewer or smaller files at a time.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request has a JSON content type but no body.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request body as JSON (Content-Type: application/json).',
};

function hasCode(error: unknown): error is { code: string; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

function fromStoreError(error: { code: string; message: string }): ApiError | undefined {
  if (!error.code.startsWith('store.')) return undefined;
  const id = STORE_CODE_TO_ID[error.code];
  return id ? new ApiError(id, error.message) : undefined;
}

function fromFastifyError(error: FastifyError): ApiError | undefined {
  const status = error.statusCode ?? 500;
  if (status >= 500) return undefined;
  const message = FASTIFY_MESSAGES[error.code] ?? 'The request could not be read.';
  if (status === 413) return new ApiError('payload_too_large', message);
  if (status === 404) return new ApiError('not_found', 'Nothing is at this address.');
  return new ApiError('validation_failed', message);
}

/** Maps anything thrown to an ApiError; unknown errors become `internal_error`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof SyntaxError && 'statusCode' in error) {
    return new ApiError('validation_failed', 'The request body is not valid JSON.');
  }
  if (hasCode(error)) {
    const mapped = fromStoreError(error) ?? fromFastifyError(error as FastifyError);
    if (mapped) return mapped;
  }
  return new ApiError('internal_error', INTERNAL_MESSAGE);
}

export function errorBody(error: ApiError): ErrorBody {
  const body: ErrorBody = { error: { id: error.id, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  return body;
}

export async function handleError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const apiError = toApiError(error);
  // Only server faults are logged, at error level; request bodies are never logged.
  if (apiError.id === 'internal_error') request.log.error({ err: error }, 'request failed');
  return reply.code(apiError.statusCode).send(errorBody(apiError));
}
