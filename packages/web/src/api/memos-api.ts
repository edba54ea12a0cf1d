/**
 * Calls for memos (docs/api.md, `/api/memos`): the memos on one target, a new memo, and an edit
 * of one's own memo (the server refuses an edit by anyone but the author). Every call goes as
 * the current actor (api/actor.ts).
 */
import type { Memo, MemoTargetKind } from '@liaison/core';
import { getJson, requestJson } from './client.js';

/** What a memo is written on; `id` is null for the study itself. */
export interface MemoTarget {
  kind: MemoTargetKind;
  id: string | null;
}

export interface MemoText {
  title: string;
  body: string;
}

function listPath(target: MemoTarget): string {
  const query = new URLSearchParams({ targetKind: target.kind });
  if (target.id !== null) query.set('targetId', target.id);
  return `/api/memos?${query}`;
}

export const memosApi = {
  list: (target: MemoTarget, signal?: AbortSignal) =>
    getJson<{ memos: Memo[] }>(listPath(target), signal),
  create: (target: MemoTarget, text: MemoText) =>
    requestJson<{ memo: Memo }>('POST', '/api/memos', {
      targetKind: target.kind,
      ...(target.id === null ? {} : { targetId: target.id }),
      ...text,
    }),
  update: (memoId: string, text: MemoText) =>
    requestJson<{ memo: Memo }>('PATCH', `/api/memos/${encodeURIComponent(memoId)}`, text),
};
