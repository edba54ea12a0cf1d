/**
 * Calls for assisted coding (docs/assisted-coding.md, docs/api.md#assisted-coding): lexical
 * autocode (preview, then apply to chosen hits) and code suggestions learnt from the acting
 * coder's own codings. Every call goes as the current actor (api/actor.ts).
 */
import { getJson, requestJson } from './client.js';

export type AutocodeUnit = 'match' | 'sentence' | 'turn';

/** A phrase or a regex (exactly one) and how hits are widened; the server checks the regex. */
export interface AutocodeQuery {
  phrase?: string;
  regex?: string;
  unit: AutocodeUnit;
  datasetId?: string;
}

export interface AutocodeHit {
  /** 1-based; what apply picks the hit by. */
  number: number;
  sourceId: string;
  sourceName: string;
  textVersionId: string;
  unitIndex: number;
  /** The span that applying codes (UTF-16 offsets into the text version, end exclusive). */
  start: number;
  end: number;
  /** The matched text, « and » around it. */
  snippet: string;
}

export interface AutocodePreview {
  hits: AutocodeHit[];
  /** True when the query found more hits than the server lists. */
  truncated: boolean;
}

export interface AutocodeResult {
  created: number;
  /** Hits this coder had already coded with this code at the same span. */
  skipped: number;
  coder: string;
}

export interface UnitSuggestion {
  code: string;
  codeName: string;
  /** Estimated probability (0..1) that the coder would apply the code to the unit. */
  probability: number;
}

export interface SourceSuggestions {
  coder: string;
  trainingUnits: number;
  codesLearnt: number;
  /** Names of codes the coder applied too rarely to learn. */
  untrained: string[];
  units: {
    unitIndex: number;
    /** The unit's text span in the current version (UTF-16 offsets). */
    start: number;
    end: number;
    suggestions: UnitSuggestion[];
  }[];
  /** Why there is nothing to suggest (e.g. the coder has no codings yet). */
  note?: string;
}

const id = encodeURIComponent;

export const assistApi = {
  preview: (query: AutocodeQuery) =>
    requestJson<AutocodePreview>('POST', '/api/autocode/preview', query),
  apply: (query: AutocodeQuery, codeId: string, hits: number[]) =>
    requestJson<AutocodeResult>('POST', '/api/autocode/apply', { ...query, codeId, hits }),
  suggestions: (sourceId: string, k: number, signal?: AbortSignal) =>
    getJson<SourceSuggestions>(`/api/sources/${id(sourceId)}/suggestions?k=${k}`, signal),
};
