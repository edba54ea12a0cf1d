/**
 * What the reader waits for when it opens a 200,000-word transcript: the API's current text and
 * structure responses (through Fastify's `inject`, so no socket is involved). Baseline: the least
 * work any JSON API must do for the same answer, reading both from the store and serialising
 * them with JSON.stringify. The ratio is the cost of routing, validation and presenters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@liaison/server';
import { createStudy } from '@liaison/store';
import { peakRssMb, report, time } from './lib/measure.js';
import { randomInt, seededRandom } from './lib/synthetic-text.js';

const WORDS = 200_000;
const VOCABULARY =
  'the police called about a welfare concern and we shared it with the crisis team'.split(' ');

/** Seeded fictional transcript: `[hh:mm:ss] SPEAKER: text` turns of 10–120 words. */
function transcript(words: number): string {
  const random = seededRandom(11);
  const pad = (n: number) => String(n).padStart(2, '0');
  const turns: string[] = [];
  for (let n = 0; n < words;) {
    const length = 10 + randomInt(random, 110);
    const body = Array.from(
      { length },
      () => VOCABULARY[randomInt(random, VOCABULARY.length)],
    ).join(' ');
    const s = turns.length * 20;
    const stamp = `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
    turns.push(`[${stamp}] ${turns.length % 2 ? 'P1' : 'INT'}: ${body}.`);
    n += length;
  }
  return turns.join('\n\n');
}

const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-reader-'));
const store = await createStudy(
  { engine: 'sqlite', path: join(dir, 'b.liaison') },
  { name: 'Bench' },
  'bench',
);
const [result] = await store.importFiles(
  'bench',
  [{ name: 'long.txt', bytes: new TextEncoder().encode(transcript(WORDS)) }],
  {
    dataset: 'Focus groups',
    kind: 'focus_groups',
  },
);
if (result?.status !== 'imported') throw new Error('bench transcript did not import');
const id = result.sourceId;
const app = await buildApp({ store, webRoot: null });
const versionId = (await store.texts.current(id)).id;

const api = await time(async () => {
  await app.inject({ method: 'GET', url: `/api/sources/${id}/text` });
  await app.inject({ method: 'GET', url: `/api/sources/${id}/versions/${versionId}/structure` });
}, 10);
const baseline = await time(async () => {
  JSON.stringify({ version: await store.texts.current(id) });
  JSON.stringify({ structure: await store.texts.structure(versionId) });
}, 10);

report('reader-api text+structure (200k words)', api, {
  name: 'store reads + JSON.stringify',
  ms: baseline.medianMs,
});
console.log(`peak RSS ${peakRssMb().toFixed(0)} MB`);
await app.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
