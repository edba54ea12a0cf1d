/** A PERSON detection of `name` at `start` (UTF-16 code units, end exclusive), as the rules build it. */
import type { Detection } from '../entity-types.js';

export function personDetection(
  start: number,
  name: string,
  score: number,
  recognizer: string,
): Detection {
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + name.length,
    text: name,
    score,
    recognizer,
  };
}
