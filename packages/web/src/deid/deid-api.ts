/** Calls to the de-identification review API (docs/api.md, "De-identification"). */
import type { DeidSettings, EntityType, PseudonymPolicy } from '@liaison/core';
import { getJson, requestJson } from '../api/client.js';

export type DetectionStatus = 'suggested' | 'accepted' | 'rejected' | 'applied';
export type ReviewStatus = Exclude<DetectionStatus, 'applied'>;

/** A detection with its words. Offsets are UTF-16 into the current text, end exclusive. */
export interface ReviewDetection {
  id: string;
  type: EntityType;
  startUtf16: number;
  endUtf16: number;
  score: number;
  origin: 'detector' | 'reviewer';
  status: DetectionStatus;
  reviewer: string | null;
  text: string;
}

export interface DeidCounts {
  suggested: number;
  accepted: number;
  rejected: number;
  applied: number;
  suggestedByType: Partial<Record<EntityType, number>>;
}

export interface SourceDeid {
  sourceId: string;
  textVersionId: string;
  text: string;
  detections: ReviewDetection[];
  remaining: DeidCounts;
}

/** The study's de-identification settings (store `DeidStudySettings`). */
export interface DeidStudySettings {
  detection: DeidSettings;
  policy: PseudonymPolicy;
}

const id = encodeURIComponent;

export const deidApi = {
  source: (sourceId: string, signal?: AbortSignal) =>
    getJson<SourceDeid>(`/api/sources/${id(sourceId)}/deid`, signal),
  remaining: (signal?: AbortSignal) =>
    getJson<{ remaining: DeidCounts }>('/api/deid/remaining', signal),
  detect: (sourceId: string) =>
    requestJson<unknown>('POST', '/api/deid/detect', { sourceIds: [sourceId] }),
  review: (ids: string[], status: ReviewStatus) =>
    requestJson<unknown>('POST', '/api/deid/review', { ids, status }),
  add: (sourceId: string, span: { type: EntityType; startUtf16: number; endUtf16: number }) =>
    requestJson<unknown>('POST', `/api/sources/${id(sourceId)}/deid/detections`, span),
  settings: (signal?: AbortSignal) =>
    getJson<{ settings: DeidStudySettings }>('/api/deid/settings', signal),
  saveSettings: (settings: DeidStudySettings) =>
    requestJson<{ settings: DeidStudySettings }>('PUT', '/api/deid/settings', settings),
  acceptType: (sourceId: string, type: EntityType) =>
    requestJson<{ accepted: number }>('POST', '/api/deid/accept-type', { type, sourceId }),
};
