/**
 * Calls for the disagreement review (docs/agreement.md, docs/api.md#disagreement-review): the
 * disputed spans between two coders with their resolutions, and recording a resolution as the
 * current actor (api/actor.ts). Both answer `forbidden` while a blind round is unrevealed.
 */
import type { DisputeOutcome, DisputeResolution, ReviewDispute } from '@liaison/core';
import { getJson, requestJson } from './client.js';

export interface ResolveInput {
  dispute: ReviewDispute;
  outcome: DisputeOutcome;
  codeIds: string[];
  note: string;
  applyCodings: boolean;
}

export const disputesApi = {
  list: (coders: string[], signal?: AbortSignal) =>
    getJson<{ disputes: ReviewDispute[] }>(
      `/api/disputes?coders=${encodeURIComponent(coders.join(','))}`,
      signal,
    ),
  resolve: ({ dispute: d, ...rest }: ResolveInput) =>
    requestJson<{ resolution: DisputeResolution }>('POST', '/api/disputes/resolve', {
      sourceId: d.sourceId,
      textVersionId: d.textVersionId,
      start: d.start,
      end: d.end,
      coders: d.coders,
      ...rest,
    }),
};
