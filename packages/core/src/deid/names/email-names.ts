/**
 * Names in an e-mail's own layout, as partner correspondence pasted into a record keeps it: the
 * sender and addressees of its header (`From: Marguerite Abernathy-Cole <m.ac@…>`, `To: Caspian
 * Mwale`), the greeting (`Hi Perpetua,`), a reply that opens with the name (`Caspian – thanks
 * for this.`) and the signature under `--` (`Linnea Osterberg (she/her)`). ANNOTATION.md marks
 * every person's name. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';
import { regexMatches } from '../regex-matches.js';

export const EMAIL_NAME_SCORE = 0.8;

/** One to four capitalised name words (hyphens and apostrophes inside). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;

/** `From:`, `To:` or `Cc:` at a line's start, the name, then an address in brackets or the end. */
const HEADER = new RegExp(
  String.raw`^(?:From|To|Cc|CC|Sent by)[ \t]*:[ \t]+(${NAME})[ \t]*(?=<[^>\n]*@|\r?$|;)`,
  'gmu',
);
/** A greeting opening a line: `Hi Perpetua,`, `Hello Ann Lee,`, `Morning Tav,`. */
const GREETING = new RegExp(
  String.raw`^(?:Hi|Hello|Hiya|Morning|Good morning|Afternoon|Good afternoon|Evening)[ \t]+(${NAME})[ \t]*[,!]`,
  'gmu',
);
/** A reply opening with the name and thanks: `Caspian – thanks for this.` */
const NAME_THEN_THANKS = new RegExp(
  String.raw`^(${NAME})[ \t]*[–—-][ \t]*(?:thanks|thank you|many thanks)\b`,
  'gmu',
);
/** The signature under a `--` line: the name, perhaps with pronouns. */
const SIGNATURE = new RegExp(
  String.raw`^--[ \t]*\r?\n[ \t]*(${NAME})[ \t]*(?:\((?:she|he|they)\/(?:her|him|them)\))?[ \t]*\r?$`,
  'gmu',
);

const EMAIL_PATTERNS = [HEADER, GREETING, NAME_THEN_THANKS, SIGNATURE] as const;

/** Names in an e-mail's header, greeting, thanks and signature. */
export function emailNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!text.includes('\n')) return out;
  for (const pattern of EMAIL_PATTERNS) {
    // An exec loop, not matchAll (which clones the regex on every call: regex-matches.ts).
    for (const m of regexMatches(pattern, text)) {
      const name = m[1] ?? '';
      if (!name.split(' ').every((w) => echoable(w))) continue;
      const start = (m.index ?? 0) + m[0].indexOf(name, m[0].indexOf(':') + 1);
      out.push(personDetection(start, name, EMAIL_NAME_SCORE, 'person-form'));
    }
  }
  return out;
}
