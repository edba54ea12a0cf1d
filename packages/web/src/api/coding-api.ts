/**
 * Calls for coding in the reader (docs/api.md, docs/coding.md): codes, a source's codings,
 * coding and unapplying, and the blind-coding settings (memos on codings: memos-api.ts). Every
 * call goes as the current actor (api/actor.ts).
 */
import type { Code, Coding, CodingSettings } from '@liaison/core';
import { getJson, requestJson } from './client.js';

export interface CodesResponse {
  codes: Code[];
}
export interface SourceCodingsResponse {
  /** While blind mode hides others' codings, only the actor's own. */
  codings: Coding[];
  settings: CodingSettings;
}
export interface CodingResponse {
  coding: Coding;
}
export interface CodingSettingsResponse {
  settings: CodingSettings;
}

/** A span to code, in UTF-16 code units over one text version (end exclusive). */
export interface CodingSpan {
  startUtf16: number;
  endUtf16: number;
}

const id = encodeURIComponent;

export const codingApi = {
  codes: (signal?: AbortSignal) => getJson<CodesResponse>('/api/codes', signal),
  codings: (sourceId: string, signal?: AbortSignal) =>
    getJson<SourceCodingsResponse>(`/api/sources/${id(sourceId)}/codings`, signal),
  apply: (codeId: string, textVersionId: string, span: CodingSpan) =>
    requestJson<CodingResponse>('POST', '/api/codings', { codeId, textVersionId, ...span }),
  unapply: (codingId: string) => requestJson<void>('DELETE', `/api/codings/${id(codingId)}`),
  reveal: () => requestJson<CodingSettingsResponse>('POST', '/api/coding-settings/reveal'),
  setSettings: (patch: { blind?: boolean; lead?: string | null }) =>
    requestJson<CodingSettingsResponse>('PUT', '/api/coding-settings', patch),
};
