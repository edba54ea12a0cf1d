/** A PERSON detection of `name` at `start` (UTF-16 code units, end exclusive), as the rules build it. */
import type { Detection } from '../entity-types.js';
import { RANKS } from './name-context.js';

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

/**
 * A name's span widened to the whole name its rule cut short: the rest of a hyphenated surname
 * (`Okafor` → `Okafor-Ruiz`: patterns of title-case words stop at a capital after a hyphen), an
 * initial before it (`T Wrenshall`, `A. Rathmore`) and the full stop of a closing initial (`Hawa
 * J.`), less a possessive `'s` a rule took in. ANNOTATION.md counts initials as part of the name.
 */
export function widenedName(text: string, d: Detection): Detection {
  if (d.type !== 'PERSON') return d;
  const end = text.charCodeAt(d.endUtf16) === 45 ? hyphenatedEnd(text, d.endUtf16) : d.endUtf16;
  const start = mayFollowInitial(text, d.startUtf16) ? initialStart(text, d) : d.startUtf16;
  const closed = closingInitial(text, start, end) ? end + 1 : rankEnd(text, start, end);
  // ANNOTATION.md leaves a possessive `'s` out of the name (`Leah Ocansey's mum`).
  const stop = POSSESSIVE_END.test(text.slice(closed - 2, closed)) ? closed - 2 : closed;
  if (start === d.startUtf16 && stop === d.endUtf16) return d;
  return { ...d, startUtf16: start, endUtf16: stop, text: text.slice(start, stop) };
}

const POSSESSIVE_END = /^['’]s$/;
/** A rank in capitals after a name of two words or more (`Hope Ransley PCSO`, a display name). */
const RANK_AFTER = /^(.+\S \S+) (\p{Lu}{2,5})$/u;
const LAST_IS_UPPER = /\p{Lu}/u;

/**
 * Letters after a name for a registration or degree (`Clodagh Brennock RN`, `Anjali Sundaresan
 * MRPharmS`): a title, which ANNOTATION.md leaves out of the name as it does ranks.
 */
const POST_NOMINALS: ReadonlySet<string> = new Set(
  'RN RNLD RMN RGN SRN RSW MRPharmS MBChB MBBS FRCPsych MRCPsych MRCGP PhD MSc BSc DipSW MCSP LLB'.split(
    ' ',
  ),
);
const LETTERS_AFTER = /^(.+\S \S+) ([\p{L}]{2,9})$/u;

/**
 * The end of the name less a rank in capitals, or post-nominal letters, after it (ANNOTATION.md
 * leaves ranks and titles out).
 */
function rankEnd(text: string, start: number, end: number): number {
  if (end - start < 8) return end;
  if (LAST_IS_UPPER.test(text.charAt(end - 1))) {
    const m = RANK_AFTER.exec(text.slice(start, end));
    if (m && RANKS.has(m[2]!)) return start + m[1]!.length;
  }
  const letters = LETTERS_AFTER.exec(text.slice(start, end));
  return letters && POST_NOMINALS.has(letters[2]!) ? start + letters[1]!.length : end;
}

const HYPHENATED_REST = /^-\p{Lu}[\p{Ll}\p{M}'’]+/u;
const LETTER = /[\p{L}\p{M}]/u;

function hyphenatedEnd(text: string, end: number): number {
  if (!LETTER.test(text.charAt(end - 1))) return end;
  const m = HYPHENATED_REST.exec(text.slice(end, end + 30));
  return m ? end + m[0].length : end;
}

/** A capital alone (`T `) or with a full stop (`A. `) right before the name, else no initial. */
const INITIAL_BEFORE = /(?:^|[\s([,:;/])(\p{Lu})(\.?) $/u;
/** `I` and `A` are words too: undotted, they are initials only after `by` (`closed by I Dunn`). */
const BY_BEFORE = /(?:^|\s)by $/i;

/** A space before `start`, and a capital or full stop before that: the cheap half of the test. */
function mayFollowInitial(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const c = text.charCodeAt(start - 2);
  return c === 46 || (c >= 65 && c <= 90) || c >= 128;
}

function initialStart(text: string, d: Detection): number {
  const first = d.text.charAt(0);
  if (first === first.toLowerCase() || d.text.charAt(1) === ' ') return d.startUtf16;
  const before = text.slice(Math.max(0, d.startUtf16 - 5), d.startUtf16);
  const m = INITIAL_BEFORE.exec(before);
  if (!m) return d.startUtf16;
  const start = d.startUtf16 - m[1]!.length - m[2]!.length - 1;
  const word = m[1] === 'I' || m[1] === 'A';
  if (word && !m[2] && !BY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
    return d.startUtf16;
  }
  return start;
}

/** The span ends in a space and a capital alone, a full stop after it (`Hawa J.`). */
function closingInitial(text: string, start: number, end: number): boolean {
  if (end - start < 4 || text.charCodeAt(end) !== 46 || text.charCodeAt(end - 2) !== 32)
    return false;
  const c = text.charAt(end - 1);
  return c !== c.toLowerCase();
}
