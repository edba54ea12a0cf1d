/**
 * The model adaptation (core's `adaptLexicon`) in a worker thread, for the server the CLI starts:
 * a check over many reviewed logs takes seconds (docs/log-analysis.md, "Cost") and would otherwise
 * hold up every other request. One worker per check, ended when it answers; the job and result
 * are plain data (structured clone).
 */
import type {
  AdaptLexiconOptions,
  CurrentLexicon,
  LexiconAdaptation,
  ReviewedLog,
} from '@liaison/core';
import type { AdaptRunner } from '@liaison/store';
import { startTsWorker } from '../ts-worker.js';

export interface AdaptJob {
  logs: ReviewedLog[];
  current: CurrentLexicon;
  options: AdaptLexiconOptions;
}

export type AdaptReply = { ok: true; result: LexiconAdaptation } | { ok: false; message: string };

export const adaptInWorker: AdaptRunner = (logs, current, options) =>
  new Promise<LexiconAdaptation>((resolve, reject) => {
    const worker = startTsWorker(new URL('./adapt-worker.ts', import.meta.url).href);
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
      void worker.terminate();
    };
    worker.once('message', (reply: AdaptReply) =>
      settle(() => (reply.ok ? resolve(reply.result) : reject(new Error(reply.message)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the adaptation worker stopped (exit code ${code})`))),
    );
    const job: AdaptJob = { logs, current, options };
    worker.postMessage(job);
  });
