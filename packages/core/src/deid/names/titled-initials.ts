/**
 * A title then a person's initials with full stops (`Mr R.E-C.`, `Mrs P.D.`, `Mr A.N-G.`), as
 * minutes and case lists shorten the names of the people they discuss: the initials are the
 * name (ANNOTATION.md counts initials standing for a person). Two initials at least, each with
 * its full stop, a hyphen allowed between the parts of a double-barrelled surname. Offsets are
 * UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { personDetection } from './person-detection.js';

export const TITLED_INITIALS_SCORE = 0.8;

const TITLED_INITIALS =
  /(?<![\p{L}\p{M}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|MR|MRS|MS|MISS|DR)\.?[ \t]+(\p{Lu}\.(?:-?\p{Lu}\.?)*-?\p{Lu}\.)(?![\p{L}\p{M}\p{N}])/gu;

/**
 * What every match holds: a capital, a full stop, perhaps a hyphen, and a capital (`R.E`, `N-G`
 * needs the `A.` before it). Most texts with a full stop hold no such run, and skip the scan from
 * every position that TITLED_INITIALS would make.
 */
const INITIALS_RUN = /\p{Lu}\.-?\p{Lu}/u;

export function titledInitials(text: string): Detection[] {
  if (!text.includes('.') || !INITIALS_RUN.test(text)) return [];
  const out: Detection[] = [];
  for (const m of text.matchAll(TITLED_INITIALS)) {
    const start = m.index! + m[0].length - m[1]!.length;
    out.push(personDetection(start, m[1]!, TITLED_INITIALS_SCORE, 'person-titled-initials'));
  }
  return out;
}
