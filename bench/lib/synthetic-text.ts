/**
 * Seeded synthetic text for benchmarks: fictional transcript-like prose, so that runs are
 * repeatable and no real document text is ever used.
 */

/**
 * mulberry32, a 32-bit seeded PRNG (Tommy Ettinger, public domain; widely reproduced, e.g.
 * https://github.com/bryc/code/blob/master/jshash/PRNGs.md#mulberry32). Returns floats in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, n). */
export function randomInt(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'sta',
  've',
  'ri',
  'don',
  'ész',
  'ło',
  'ßa',
  'tin',
  'pol',
  'ice',
  'war',
  'd',
];
const SPEAKERS = ['INT', 'P1 (Łucja)', 'P2 (Renée)', 'P3 (Ẅyn)'];

/** A vocabulary of `size` pseudo-words built from syllables, including non-ASCII letters. */
function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + randomInt(random, 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[randomInt(random, SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** One speaker turn of 5..60 words; now and then an emoji, as chat transcripts have. */
function turn(random: () => number, words: string[]): string[] {
  const out: string[] = [];
  const n = 5 + randomInt(random, 56);
  for (let i = 0; i < n; i++) out.push(words[randomInt(random, words.length)]!);
  if (random() < 0.05) out.push('😀');
  return out;
}

/**
 * About `wordCount` words of transcript: `SPEAKER: words.` turns separated by CRLF line ends.
 */
export function syntheticTranscript(seed: number, wordCount: number): string {
  const random = seededRandom(seed);
  const words = vocabulary(random, 3000);
  const lines: string[] = [];
  let count = 0;
  while (count < wordCount) {
    const t = turn(random, words);
    count += t.length;
    lines.push(`${SPEAKERS[randomInt(random, SPEAKERS.length)]}: ${t.join(' ')}.`);
  }
  return lines.join('\r\n') + '\r\n';
}
