/**
 * EMAIL: e-mail addresses. Rule: a dot-atom local part (RFC 5322 §3.2.3 atext without the rarely
 * used symbols) `@` one or more DNS labels and a top-level domain of letters or an IDNA `xn--`
 * label (RFC 5890). The local part has at most 64 characters (RFC 5321 §4.5.3.1) and may not start
 * right after another local-part character.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { detection } from './recognizer-helpers.js';

const NAME = 'email';
/** Sticky: matched from the start of the local part found by walking back from an `@`. */
const ADDRESS =
  /[\w%+'-]+(?:\.[\w%+'-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{2,59})(?![\w-]|\.[A-Za-z0-9])/y;
const LOCAL_CHAR = /[\w.%+'-]/;
/** Longest local part RFC 5321 §4.5.3.1 allows (64 octets). */
const LOCAL_MAX = 64;
const SCORE = 0.9;

/** Start of the local part ending at `at` (the `@`), or null when it is empty or too long. */
function localPartStart(text: string, at: number): number | null {
  let start = at;
  while (start > 0 && at - start <= LOCAL_MAX && LOCAL_CHAR.test(text[start - 1] as string))
    start--;
  const tooLong =
    at - start > LOCAL_MAX || (start > 0 && LOCAL_CHAR.test(text[start - 1] as string));
  return start === at || tooLong ? null : start;
}

/**
 * A message identifier in a mail header (`Message-ID: <7f3c…@EXCH-02.example.gov.uk>`, also
 * `In-Reply-To:` and `References:`; RFC 5322 §3.6.4) has an address's shape but names a message
 * on a server, not a person: the `<` before it on a header line of that name.
 */
const MESSAGE_ID_HEADER = /^[ \t]*(?:Message-ID|In-Reply-To|References|Content-ID)[ \t]*:[^\n]*<$/i;

/**
 * Longest header line prefix read (UTF-16 units): headers are short, and the walk back to the
 * line start is bounded, so a hostile line of many `<a@b.cc` stays linear.
 */
const HEADER_MAX = 256;

function messageIdAt(text: string, start: number): boolean {
  if (text[start - 1] !== '<') return false;
  let line = start - 1;
  while (line > 0 && text[line - 1] !== '\n') {
    if (start - line > HEADER_MAX) return false;
    line--;
  }
  return MESSAGE_ID_HEADER.test(text.slice(line, start));
}

/**
 * Looks only around each `@` (indexOf is far faster than a regex over every word): walks back over
 * at most 64 local-part characters, then matches the address forward from there. Each `@` costs a
 * bounded walk, so the scan is linear even in text made of `@`s.
 */
function detectEmails(text: string, _settings: DeidSettings): Detection[] {
  const found: Detection[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const start = localPartStart(text, at);
    if (start === null) continue;
    ADDRESS.lastIndex = start;
    const m = ADDRESS.exec(text);
    if (!m) continue;
    at = start + m[0].length - 1;
    if (messageIdAt(text, start)) continue;
    found.push(detection(NAME, 'EMAIL', text, start, start + m[0].length, SCORE));
  }
  return found;
}

export const emailRecognizer: Recognizer = { name: NAME, types: ['EMAIL'], detect: detectEmails };
