/**
 * Names in an e-mail's own layout, as partner correspondence pasted into a record keeps it: the
 * sender and addressees of its header (`From: Marguerite Abernathy-Cole <m.ac@…>`, `To: Caspian
 * Mwale`, `Cc: "Quarrie, Elspeth" <e.q@…>`) and a letter's copy line (`cc Ann Lee – MASH`), the greeting (`Hi Perpetua,`, `Dear Shannon,`), a reply that opens with the name (`Caspian – thanks
 * for this.`) and the signature under `--` (`Linnea Osterberg (she/her)`). ANNOTATION.md marks
 * every person's name. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';
import { regexMatches } from '../regex-matches.js';
import { hasLineBreak, hasPipe } from '../literal-gate.js';

export const EMAIL_NAME_SCORE = 0.8;

/** One to four capitalised name words (hyphens and apostrophes inside). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;

/** `From:`, `To:` or `Cc:` at a line's start, the name, then an address in brackets or the end. */
const HEADER = new RegExp(
  String.raw`^(?:From|To|Cc|CC|Sent by)[ \t]*:[ \t]+((?:\p{Lu}[\p{L}\p{M}'’-]*,[ ])?${NAME})[ \t]*(?=<[^>\n]*@|\r?$|;)`,
  'gmu',
);
/**
 * A header's display name in quotes, as mail clients write `Surname, Given` (`From: "Ferrante,
 * Luca" <luca.ferrante@…>`): the whole quoted name is one span.
 */
const QUOTED_HEADER = new RegExp(
  String.raw`^(?:From|To|Cc|CC|Sent by|Reply-To)[ \t]*:[ \t]+"(${NAME}(?:,[ \t]${NAME})?)"[ \t]*<[^>\n]*@`,
  'gmu',
);
/** A copy line of a letter, without a colon (`cc Nasrin Chowdhury-Hale – MASH ref 27/3054`). */
const CC_LINE = new RegExp(
  String.raw`^(?:cc|Cc|CC)[ \t]+(${NAME})(?=[ \t]*(?:[–—,;(-]|\r?$))`,
  'gmu',
);
/** A greeting opening a line: `Hi Perpetua,`, `Hello Ann Lee,`, `Dear Shannon,`, `Morning Tav,`. */
const GREETINGS = String.raw`(?:Hi|Hello|Hiya|Dear|Morning|Good morning|Afternoon|Good afternoon|Evening)[ \t]+(${NAME})[ \t]*[,!]`;
const GREETING = new RegExp(String.raw`^${GREETINGS}`, 'gmu');
/**
 * The same greeting opening a table cell, as a message export's body column holds it
 * (`|APPT-R1|Hi Shannon, reminder: …`): scanned only in texts with a `|` or a tab.
 */
const CELL_GREETING = new RegExp(String.raw`[|\t][ \t]*${GREETINGS}`, 'gu');
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

/**
 * A team's mailbox, a service's letters joined to words (`To: ASC-Safeguarding`,
 * `KM-Marlstead-Early-Turn`), not a double-barrelled name (`Okonjo-Hale`, `SMITH-JONES`).
 */
const MAILBOX = /^\p{Lu}{2,4}-\p{Lu}\p{Ll}[\p{L}-]*$/u;
/** Whom a letter or message greets when it names no one (`Dear Parent,`, `Hi Folks,`). */
const ADDRESSED_GROUPS = new Set(
  `parent parents carer carers colleagues friends folks guys everyone all both partners members
  householder householders occupier sirs applicant candidate reader there`.split(/\s+/),
);

const EMAIL_PATTERNS = [
  HEADER,
  QUOTED_HEADER,
  CC_LINE,
  GREETING,
  NAME_THEN_THANKS,
  SIGNATURE,
  CELL_GREETING,
] as const;

/** Names in an e-mail's header, greeting, thanks and signature. */
export function emailNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!hasLineBreak(text)) return out;
  const cells = hasPipe(text) || text.includes('\t');
  for (const pattern of EMAIL_PATTERNS) {
    if (pattern === CELL_GREETING && !cells) continue;
    // An exec loop, not matchAll (which clones the regex on every call: regex-matches.ts).
    for (const m of regexMatches(pattern, text)) {
      const name = m[1] ?? '';
      const words = name.split(/,?[ \t]/);
      if (!words.every((w) => echoable(w) && !ADDRESSED_GROUPS.has(w.toLowerCase()))) {
        continue;
      }
      if (MAILBOX.test(name)) continue;
      const start = (m.index ?? 0) + m[0].indexOf(name, m[0].indexOf(':') + 1);
      out.push(personDetection(start, name, EMAIL_NAME_SCORE, 'person-form'));
    }
  }
  return out;
}
