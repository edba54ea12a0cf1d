/**
 * Calls for the codebook page (docs/codebook.md, docs/api.md): codes with their coding counts,
 * the codebook operations (each with an optional reason, `memo`) and coding rounds with the diff
 * between two of them. Every call goes as the current actor (api/actor.ts).
 */
import type { Code, CodebookChange, StudyEvent } from '@liaison/core';
import { getJson, requestJson } from './client.js';

export interface CodebookResponse {
  codes: Code[];
  /** Codings per code id; codes without codings are absent. */
  codingCounts: Record<string, number>;
}

export interface CodeResponse {
  code: Code;
}

/** A new code, as the form sends it. */
export interface NewCode {
  name: string;
  parentId: string | null;
  /** The dataset whose codebook it joins, or null for a code shared by all datasets. */
  datasetId: string | null;
  definition: string;
  inclusion: string;
  exclusion: string;
  examples: string[];
  colour: string;
  codable: boolean;
  memo?: string;
}

export type CodePatch = Partial<
  Pick<NewCode, 'definition' | 'inclusion' | 'exclusion' | 'examples' | 'colour'>
>;

/** One new code of a split (its name; colour and place come from the split code) and its codings. */
export interface SplitPart {
  code: { name: string };
  codingIds: string[];
}

export interface RoundSummary {
  id: string;
  name: string;
  datasetId: string | null;
  eventSeq: number;
  createdAt: string;
  createdBy: string;
}

export interface CodebookDiff {
  from: RoundSummary;
  to: RoundSummary | 'current';
  changes: CodebookChange[];
}

const id = encodeURIComponent;
const operation = (codeId: string, verb: string, body: object) =>
  requestJson<CodeResponse>('POST', `/api/codes/${id(codeId)}/${verb}`, body);

export const codebookApi = {
  codes: (signal?: AbortSignal) => getJson<CodebookResponse>('/api/codes', signal),
  create: (code: NewCode) => requestJson<CodeResponse>('POST', '/api/codes', code),
  /** Changes the code's meaning (definition, notes, examples) or colour: event `code.update`. */
  redefine: (codeId: string, patch: CodePatch, memo: string) =>
    requestJson<CodeResponse>('PATCH', `/api/codes/${id(codeId)}`, { ...patch, memo }),
  rename: (codeId: string, name: string, memo: string) =>
    operation(codeId, 'rename', { name, memo }),
  move: (codeId: string, parentId: string | null, memo: string) =>
    operation(codeId, 'move', { parentId, memo }),
  merge: (codeId: string, targetId: string, memo: string) =>
    requestJson<{ source: Code; target: Code; moved: number }>(
      'POST',
      `/api/codes/${id(codeId)}/merge`,
      { targetId, memo },
    ),
  retire: (codeId: string, memo: string) => operation(codeId, 'retire', { memo }),
  /** Makes one new code per part and moves the part's codings of `codeId` to it. */
  split: (codeId: string, parts: SplitPart[], memo: string) =>
    requestJson<{ source: Code; created: Code[] }>('POST', `/api/codes/${id(codeId)}/split`, {
      parts,
      memo,
    }),
  /** The code's events (its history), oldest first; the first 100 are enough for one code. */
  history: (codeId: string, signal?: AbortSignal) =>
    getJson<{ events: StudyEvent[] }>(`/api/events?entityId=${id(codeId)}&limit=100`, signal),
  rounds: (signal?: AbortSignal) => getJson<{ rounds: RoundSummary[] }>('/api/rounds', signal),
  takeRound: (name: string) =>
    requestJson<{ round: RoundSummary }>('POST', '/api/rounds', { name }),
  diff: (from: string, to: string, signal?: AbortSignal) =>
    getJson<{ diff: CodebookDiff }>(`/api/rounds/diff?from=${id(from)}&to=${id(to)}`, signal),
};
