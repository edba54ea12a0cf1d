/**
 * Worker thread of adapt-in-worker.ts: runs core's `adaptLexicon` on the one job it is sent and
 * posts the result (or the error's message) back.
 */
import { parentPort } from 'node:worker_threads';
import { adaptLexicon } from '@liaison/core';
import type { AdaptJob, AdaptReply } from './adapt-in-worker.js';

const port = parentPort;
port?.once('message', ({ logs, current, options }: AdaptJob) => {
  let reply: AdaptReply;
  try {
    reply = { ok: true, result: adaptLexicon(logs, current, options) };
  } catch (error) {
    reply = { ok: false, message: (error as Error).message };
  }
  port.postMessage(reply);
});
