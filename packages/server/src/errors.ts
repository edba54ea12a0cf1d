/**
 * The one error type of the HTTP API. Each error carries a stable machine `id` that clients can
 * branch on; the HTTP status is derived from the id at the edge (see error-handler.ts), never
 * chosen by a route. Modelled on Outline's `server/errors.ts` (an id per error, mapped once).
 */
export const ERROR_IDS = [
  'not_found',
  'validation_failed',
  'conflict',
  'payload_too_large',
  'forbidden',
  'internal_error',
] as const;
export type ErrorId = (typeof ERROR_IDS)[number];

const STATUS_BY_ID: Record<ErrorId, number> = {
  not_found: 404,
  validation_failed: 400,
  conflict: 409,
  payload_too_large: 413,
  forbidden: 403,
  internal_error: 500,
};

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly id: ErrorId,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get statusCode(): number {
    return STATUS_BY_ID[this.id];
  }
}

/** The body every failed request answers with. */
export interface ErrorBody {
  error: { id: ErrorId; message: string; details?: unknown };
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError('not_found', `No ${what} has the id "${id}".`);
}

export function validationFailed(message: string, details?: unknown): ApiError {
  return new ApiError('validation_failed', message, details);
}

/** Awaits a store look-up and turns `undefined` into a `not_found` error. */
export async function found<T>(
  lookup: Promise<T | undefined>,
  what: string,
  id: string,
): Promise<T> {
  const value = await lookup;
  if (value === undefined) throw notFound(what, id);
  return value;
}
