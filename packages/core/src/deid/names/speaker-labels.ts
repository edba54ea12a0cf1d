/**
 * Transcript speaker labels that are names (ANNOTATION.md: `Siân:`, `[00:00:12] Liz:`) but not in
 * the given-name gazetteer: a single capitalised word that opens at least two lines as a label,
 * after an optional `[timestamp]`, and is not a generic label (`INT`, `P07`, `Interviewer`), a
 * log header (`Incident:`, `Opened:`), a chat platform's label (`System:`) or an ordinary word.
 * Labels in the gazetteer are found by the person rules already. Also web-chat display names in
 * lower case after a bracketed time (`[21:00:05] tegan w:`, two lines or more) and a messaging
 * export's sender lines (`Rhodri P, [02.11.26 19:40]`).
 */
import type { Detection } from '../entity-types.js';
import { isAmbiguousGivenName, isGivenName } from './given-names.js';
import { RANKS, acronyms, commonWords, placeSuffixes, roleWords, titles } from './name-context.js';
import { regexMatches } from '../regex-matches.js';
import { surnames } from './surnames.js';

/** Lines a label must open before it counts as a speaker. */
const MIN_TURNS = 2;
export const SPEAKER_LABEL_SCORE = 0.6;

/**
 * A label at a line start (indented too, as exports from analysis software quote turns): an optional time (`[00:00:12]`, `06:58`, a chat export's `[14/10/2026,
 * 21:14:07]`), the name with an optional initial (`Kel W`), then an optional note in brackets
 * (`[via interpreter]`, `(Guest)`) or emoji (`Gwen 💛`) before the colon.
 */
const LABEL =
  /^[ \t]{0,8}(?:\[[\d:./, ]+\][ \t]*|(?:\d{1,2}[ \t]\p{Lu}\p{Ll}{2,8}[ \t]\d{4}[ \t]+)?[\d:.]+[ \t]+)?(\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]+)*(?:[ \t]\p{Lu}(?!\p{L}))?)(?:[ \t]+(?:\[[^\]\n]{1,30}\]|\([^)\n]{1,30}\)))?(?:[ \t]*\p{Extended_Pictographic}\uFE0F?)*:/gmu;

/**
 * An interview record's UPPERCASE surname after the tape time (`11:04 OKAFOR-BLAKE: Yes.`), as
 * ROTI and MG15 transcripts write every speaker. The time is required: UPPERCASE words open log
 * lines as headings (`UPDATE:`, `RESULT:`) without one.
 */
const UPPER_LABEL =
  /^(?:\[[\d:./, ]+\]|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)[ \t]+(\p{Lu}{2,}(?:['’-]\p{Lu}+)*):/gmu;
/** Timed UPPERCASE labels a text needs to read as a transcript, whoever speaks. */
const MIN_UPPER_TURNS = 3;
/**
 * A chat export's lower-case display name after a bracketed time (`[21:00:05] tegan w:`), as
 * visitors type them on web chats; counted as LABEL's names are.
 */
const LOWER_LABEL =
  /^\[[\d:./, ]+\][ \t]*(\p{Ll}[\p{Ll}\p{M}]+(?:['’-]\p{Ll}+)*(?:[ \t]\p{Ll}(?!\p{L}))?):/gmu;
/**
 * A messaging app's export, the sender's name then the bracketed date and time on its own line
 * (`Tariq M, [09.03.26 21:40]`, `Gwyn (no.4), [09.03.26 21:42]`): distinctive enough that one
 * message counts.
 */
const SENDER_LINE =
  /^(\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]+)*(?:[ \t]\p{Lu}[\p{Ll}\p{M}]*(?:['’-]\p{L}[\p{Ll}\p{M}]+)*)?)(?:[ \t]+\([^)\n]{1,20}\))?,[ \t]*\[[\d./, :]+\][ \t]*$/gmu;
/**
 * A video meeting's chat export (`09:31:07 From  Aderonke Bamidele (she/her)  to  Everyone:`,
 * `… From  Ann Lee  to  Jonty Heseltine (Direct Message):`): sender and addressee are names. One
 * line is distinctive enough; a device name (`iPad (2)`) or `Everyone` is not a person.
 */
const MEETING_CHAT_LINE =
  /^\d{1,2}:\d{2}(?::\d{2})?[ \t]+From[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?:[ \t]+\([^)\n]{1,20}\))?[ \t]+to[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?:[ \t]+\([^)\n]{1,20}\))?[ \t]*:/gmu;

/**
 * An automated meeting transcript's speaker line: the name, two blanks or more and the time on a
 * line of their own (`Hermione Lathbury  00:00:04`), as Teams and Otter write every turn.
 * Distinctive enough that one line counts; `Speaker 4` has a digit and is left alone.
 */
const TIMED_NAME_LINE =
  /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+){0,3})[ \t]{2,}\d{1,2}:\d{2}(?::\d{2})?[ \t]*\r?$/gmu;

/** Labels a chat system or platform writes, not people. */
const SYSTEM_LABELS = new Set(
  'system bot agent visitor user admin moderator automated auto info notice server host guest'.split(
    ' ',
  ),
);

/** UPPERCASE labels of roles and record sections rather than people (`OPERATOR:`, `Q:`). */
const GENERIC_UPPER = new Set(
  'OPERATOR DISPATCHER CONTROL CALLER OFFICER INTERVIEWER SOLICITOR REP AA Q A'.split(' '),
);

/** What ends a line for `^` under the `m` flag. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function ordinary(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    SYSTEM_LABELS.has(lower) ||
    // A given name that is also a word (`Rosa`, `May`) is not found alone by the person rules.
    (isGivenName(lower) && !isAmbiguousGivenName(lower)) ||
    commonWords().has(lower) ||
    acronyms().has(lower) ||
    roleWords().has(lower) ||
    titles().has(lower) ||
    placeSuffixes().has(lower) ||
    RANKS.has(word)
  );
}

export function speakerLabels(text: string): Detection[] {
  const out: Detection[] = [];
  // A label opens a line (`^` with the `m` flag): a text of one line holds one at most, and a
  // speaker needs MIN_TURNS of them.
  if (text.includes(':') && LINE_BREAK.test(text)) turnLabels(text, out);
  if (text.includes(' From ') || text.includes('\tFrom')) meetingChatNames(text, out);
  if (text.includes('  ') && LINE_BREAK.test(text)) timedNameLines(text, out);
  if (text.includes('[')) {
    for (const m of regexMatches(SENDER_LINE, text)) {
      if (ordinary(m[1]!.split(/[ \t]/)[0]!)) continue;
      out.push(label(m[1]!, m.index));
    }
  }
  return out;
}

/** Speakers of an automated transcript's timed lines (TIMED_NAME_LINE). */
function timedNameLines(text: string, out: Detection[]): void {
  for (const m of regexMatches(TIMED_NAME_LINE, text)) {
    if (
      teamWords(m[1]!) ||
      m[1]!.split(/[ -]/).some((w) => ordinary(w) && !isGivenName(w.toLowerCase()))
    )
      continue;
    out.push(label(m[1]!, m.index));
  }
}

/** Senders and addressees of a meeting chat's lines (MEETING_CHAT_LINE). */
function meetingChatNames(text: string, out: Detection[]): void {
  for (const m of regexMatches(MEETING_CHAT_LINE, text)) {
    const to = m[0].lastIndexOf(m[2]!);
    for (const [name, at] of [
      [m[1]!, m[0].indexOf(m[1]!)],
      [m[2]!, to],
    ] as const) {
      // A team's account (`Ketterley CMHT Duty`, `AMHP Hub`) is no person.
      if (name === 'Everyone' || ordinary(name.split(' ')[0]!) || teamWords(name)) continue;
      out.push(label(name, m.index + at));
    }
  }
}

/** A word of the name is an acronym, an everyday word, a role or a place word. */
function teamWords(name: string): boolean {
  return name.split(' ').some((w) => {
    const lower = w.toLowerCase();
    return (
      acronyms().has(lower) ||
      commonWords().has(lower) ||
      roleWords().has(lower) ||
      placeSuffixes().has(lower)
    );
  });
}

/** Names that label MIN_TURNS or more turns (capitalised, or a chat's lower-case display name). */
function turnLabels(text: string, out: Detection[]): void {
  const byName = new Map<string, number[]>();
  for (const m of regexMatches(LABEL, text)) {
    const name = m[1]!;
    if (ordinary(name)) continue;
    const starts = byName.get(name) ?? [];
    // The name follows the optional time, which holds no letters.
    starts.push(m.index + m[0].indexOf(name));
    byName.set(name, starts);
  }
  for (const m of regexMatches(LOWER_LABEL, text)) {
    const name = m[1]!;
    // A known given name counts here: the person rules find only capitalised ones.
    const first = name.split(/[ \t]/)[0]!;
    if (!isGivenName(first) && ordinary(first)) continue;
    const starts = byName.get(name) ?? [];
    starts.push(m.index + m[0].indexOf(name, m[0].indexOf(']')));
    byName.set(name, starts);
  }
  const transcript = upperLabels(text, byName);
  for (const [name, starts] of byName) {
    if (starts.length < MIN_TURNS && !transcript.has(name)) continue;
    for (const start of starts) out.push(label(name, start));
  }
}

/**
 * Timed UPPERCASE speaker labels, added to `byName`. Once a text has MIN_UPPER_TURNS of them it is
 * a transcript, and a speaker heard once (the solicitor reading a statement) counts too: the
 * returned set.
 */
function upperLabels(text: string, byName: Map<string, number[]>): Set<string> {
  const names = new Set<string>();
  let turns = 0;
  for (const m of regexMatches(UPPER_LABEL, text)) {
    const name = m[1]!;
    if (ordinary(name) || GENERIC_UPPER.has(name) || !surnameLength(name)) continue;
    const starts = byName.get(name) ?? [];
    starts.push(m.index + m[0].lastIndexOf(name));
    byName.set(name, starts);
    names.add(name);
    turns++;
  }
  return turns >= MIN_UPPER_TURNS ? names : new Set();
}

/**
 * Three letters or fewer make an abbreviated role (`FAC`, `MOD`, `INT`) unless the word is a
 * known surname (`LEE`, `NG`).
 */
function surnameLength(name: string): boolean {
  return name.length >= 4 || surnames().has(name.toLowerCase());
}

function label(name: string, start: number): Detection {
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + name.length,
    text: name,
    score: SPEAKER_LABEL_SCORE,
    recognizer: 'person-speaker',
  };
}
