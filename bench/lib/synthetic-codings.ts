/**
 * Seeded random codings over synthetic transcripts, shared by the benchmarks that need a million
 * of them (codings, co-occurrence). Offsets are UTF-16 code units at word starts, so a span never
 * splits a surrogate pair.
 */
import { describeAnchor, type TextVersion } from '@liaison/core';
import type { CodingInput } from '@liaison/store';
import { randomInt, seededRandom } from './synthetic-text.js';

/** Offsets just after each space: word starts, never inside a surrogate pair. */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) starts.push(i + 1);
  return starts;
}

/** `perSource` codings of 3..30 words per version, each with a random code, by `coder-1`. */
export function randomCodingInputs(
  versions: TextVersion[],
  codeIds: string[],
  perSource: number,
  seedValue: number,
): CodingInput[] {
  const random = seededRandom(seedValue);
  const inputs: CodingInput[] = [];
  for (const v of versions) {
    const starts = wordStarts(v.text);
    for (let n = 0; n < perSource; n++) {
      const i = randomInt(random, starts.length - 31);
      const anchor = describeAnchor(v.text, starts[i]!, starts[i + 3 + randomInt(random, 28)]! - 1);
      const codeId = codeIds[randomInt(random, codeIds.length)]!;
      inputs.push({ codeId, textVersionId: v.id, coder: 'coder-1', anchor });
    }
  }
  return inputs;
}
