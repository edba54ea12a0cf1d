/**
 * Re-anchoring 10,000 codings on a ~200,000-word synthetic transcript (seeded) after
 * (a) one small edit near the start, which shifts every coding, and (b) 500 scattered edits.
 * Baseline, measured in the same run: the naive approach, `indexOf` of each quote from scratch
 * with no position check (which also gives no status, no context check and no fuzzy match).
 * Run: `npx tsx bench/anchor.bench.ts`.
 */
import type { Anchor } from '@liaison/core';
import { describeAnchor, reanchor, reanchorAll } from '@liaison/core';
import { report, time } from './lib/measure.js';
import { randomInt, seededRandom, syntheticTranscript } from './lib/synthetic-text.js';

const WORDS = 200_000;
const CODINGS = 10_000;
const SCATTERED_EDITS = 500;
const RUNS = 5;

/** Offsets just after each space: word starts, never inside a surrogate pair. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) starts.push(i + 1);
  return starts;
}

/** Codings of 3..30 words at random word starts. */
function codings(text: string, starts: number[], random: () => number): Anchor[] {
  const anchors: Anchor[] = [];
  while (anchors.length < CODINGS) {
    const i = randomInt(random, starts.length - 31);
    const end = starts[i + 3 + randomInt(random, 28)]! - 1;
    anchors.push(describeAnchor(text, starts[i]!, end));
  }
  return anchors;
}

/** Inserts, deletes or replaces one word at each of `count` random word starts. */
function scatteredEdits(text: string, starts: number[], random: () => number, count: number) {
  const picks = Array.from({ length: count }, () => starts[randomInt(random, starts.length - 1)]!);
  let out = text;
  for (const at of [...new Set(picks)].sort((a, b) => b - a)) {
    const wordEnd = out.indexOf(' ', at);
    const kind = randomInt(random, 3);
    const insert = kind === 1 ? '' : 'revised ';
    const cut = kind === 0 ? at : wordEnd + 1;
    out = out.slice(0, at) + insert + out.slice(cut);
  }
  return out;
}

function naive(anchors: Anchor[], text: string): number[] {
  return anchors.map((a) => text.indexOf(a.quote.exact));
}

function tally(results: { status: string; method: string }[]): string {
  const counts = new Map<string, number>();
  for (const r of results)
    counts.set(`${r.status}/${r.method}`, (counts.get(`${r.status}/${r.method}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

async function scenario(name: string, anchors: Anchor[], edited: string): Promise<void> {
  const baseline = await time(() => naive(anchors, edited), RUNS);
  const all = await time(() => reanchorAll(anchors, edited), RUNS);
  const oneByOne = await time(() => anchors.map((a) => reanchor(a, edited)), RUNS);
  const base = { name: 'naive indexOf per coding', ms: baseline.medianMs };
  report(`anchor ${name}: reanchorAll`, all, base);
  report(`anchor ${name}: reanchor one by one`, oneByOne, base);
  console.log(`  results: ${tally(reanchorAll(anchors, edited))}`);
}

async function main(): Promise<void> {
  const random = seededRandom(20240501);
  const text = syntheticTranscript(20240501, WORDS);
  const starts = wordStarts(text);
  const anchors = codings(text, starts, random);
  console.log(
    `text: ${text.length} UTF-16 units, ${starts.length} words; ${anchors.length} codings`,
  );
  const nearStart = starts[20]!;
  const shifted =
    text.slice(0, nearStart) + 'a sentence added near the start. ' + text.slice(nearStart);
  await scenario('(a) small edit near start', anchors, shifted);
  await scenario(
    `(b) ${SCATTERED_EDITS} scattered edits`,
    anchors,
    scatteredEdits(text, starts, random, SCATTERED_EDITS),
  );
}

await main();
