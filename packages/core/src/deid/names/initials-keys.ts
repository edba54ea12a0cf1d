/**
 * Names that their own initials vouch for, as attendance lists give them: the initials in a column
 * before the name (`  TD  Tavish Dunmore    police`). Letters that are exactly the initials of the
 * capitalised words beside them are rarely chance; a heading's acronym can match too (`ABC
 * ACCEPTABLE BEHAVIOUR CONTRACT`), so the name is in title case (a surname in capitals allowed)
 * and every word is name-like (`echoable`). After a name, initials in brackets more often define
 * an acronym (`Domestic Violence Protection Notice (DVPN)`): they are read only after a name
 * another rule found (name-initials.ts).
 * The initials themselves are read by name-initials.ts (declared initials). Offsets are UTF-16
 * code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { initialsOf } from './name-initials.js';
import { echoable } from './name-echoes.js';
import { RANKS } from './name-context.js';
import { personDetection } from './person-detection.js';
import { hasDoubleSpace } from '../literal-gate.js';

export const KEYED_NAME_SCORE = 0.75;

/** Two to four words of a name: title case or capitals, hyphens and apostrophes inside. */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+){1,3}`;
/** A line's initials column, a tab or two blanks, then the name (`  TD  Tavish Dunmore`). */
const COLUMN_KEY = new RegExp(
  String.raw`(?:^|\n)[ \t]*([A-Z]{2,4})(?:\t|[ ]{2,})[ \t]*(${NAME_WORDS})(?![\p{L}\p{M}'’-])`,
  'gu',
);
export function namesBesideTheirInitials(text: string): Detection[] {
  const out: Detection[] = [];
  if (hasDoubleSpace(text) || text.includes('\t')) {
    for (const m of text.matchAll(COLUMN_KEY)) {
      const name = keyedName(m[2]!, m[1]!);
      if (name)
        out.push(
          personDetection(
            m.index! + m[0].length - m[2]!.length,
            name,
            KEYED_NAME_SCORE,
            'person-keyed',
          ),
        );
    }
  }
  return out;
}

/** `words` when `letters` are their initials and every word is name-like, else null. */
function keyedName(words: string, letters: string): string | null {
  const parts = words.split(/[ \t]/);
  if (!/^\p{Lu}\p{Ll}/u.test(parts[0]!)) return null;
  if (!parts.every((w) => echoable(w.replace(/['’]s$/, '')) && !RANKS.has(w))) return null;
  return initialsOf(words).includes(letters) ? words : null;
}
