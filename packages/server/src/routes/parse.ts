/**
 * Turns raw request parts into typed values with the zod schemas of schema.ts, or throws one
 * `validation_failed` error that names every problem (`body.files.0.name: ...`).
 */
import type { Actor } from '@liaison/core';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { validationFailed } from '../errors.js';
import { ActorHeader } from './schema.js';

export type RequestPart = 'params' | 'query' | 'body' | 'header x-liaison-actor';

/** One zod issue as the API reports it in `error.details`. */
export interface IssueDetail {
  path: string;
  code: string;
  message: string;
}

export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: RequestPart,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => toDetail(issue, part));
  const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  throw validationFailed(message, { issues });
}

function toDetail(issue: z.core.$ZodIssue, part: RequestPart): IssueDetail {
  const path = [part, ...issue.path.map(String)].join('.');
  return { path, code: issue.code, message: issue.message };
}

/** Until accounts arrive, the acting person is named by a header (default `local-user`). */
export const DEFAULT_ACTOR: Actor = 'local-user';

export function actorOf(request: FastifyRequest): Actor {
  const header = request.headers['x-liaison-actor'];
  if (header === undefined) return DEFAULT_ACTOR;
  return parseInput(ActorHeader, header, 'header x-liaison-actor');
}
