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
import {
  hasColon,
  hasDoubleSpace,
  hasHyphen,
  hasSquareBracket,
  includesGate,
  literalGate,
} from '../literal-gate.js';

/** Lines a label must open before it counts as a speaker. */
const MIN_TURNS = 2;
export const SPEAKER_LABEL_SCORE = 0.6;

/**
 * A label at a line start (indented too, as exports from analysis software quote turns; in
 * Markdown bold, `**Ines (P2):**`): an optional time (`[00:00:12]`, `06:58`, `00:01:05 —`, a chat
 * export's `[14/10/2026, 21:14:07]` or `[3 Mar, 21:14]`), the name with an optional initial (`Kel
 * W`), then an optional note in brackets (`[via interpreter]`, `(Guest)`) or emoji (`Gwen 💛`,
 * group 2) before the colon.
 */
const LABEL =
  /^[ \t]{0,8}(?:\*\*)?(?:\[(?:\d{1,2}[ \t]\p{Lu}\p{Ll}{2},?[ \t]*)?[\d:./, ]+\][ \t]*|(?:\d{1,2}[ \t]\p{Lu}\p{Ll}{2,8}[ \t]\d{4}[ \t]+)?[\d:.]+[ \t]+(?:[—–-][ \t]+)?)?(\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]+)*(?:[ \t]\p{Lu}(?!\p{L}))?)(?:\*\*)?(?:[ \t]+(?:\[[^\]\n]{1,30}\]|\([^)\n]{1,30}\)))?((?:[ \t]*\p{Extended_Pictographic}\uFE0F?)*):/gmu;

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
 * A chat export's lower-case display name after a time (`[21:00:05] tegan w:`, `[01/06,
 * 21:19:55] raj menon:`, `07/06/33 03:41 ngaire:`, `06:58 bungle:`), as visitors type them on web
 * chats and neighbours and officers in group chats, before any aside in brackets (`gaz (no 14):`);
 * counted as LABEL's names are.
 */
const LOWER_LABEL =
  /^(?:\[[\d:./, ]+\]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+[—–-])?|\d{1,2}[:.]\d{2}(?:[ \t]+[—–-])?)[ \t]*(\p{Ll}[\p{Ll}\p{M}]+(?:['’-]\p{Ll}+)*(?:[ \t]\p{Ll}(?!\p{L})|[ \t]\p{Ll}[\p{Ll}\p{M}]+(?:['’-]\p{Ll}+)*)?)(?:[ \t]+\([^)\n]{1,20}\))?:/gmu;
/**
 * A chat transcript's lower-case label with no time (`mo: it is. i'm mo, a volunteer.`), as a text
 * service's export writes its volunteers and texters: counted as LABEL's names are, and read only
 * when the word is a given name of the gazetteer that is not also an everyday word (`texter:`,
 * `note:` and `plan:` are not).
 */
const LOWER_PLAIN_LABEL = /^[ \t]*(\p{Ll}[\p{Ll}\p{M}]+(?:['’-]\p{Ll}+)*):[ \t]/gmu;
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
 * line of their own (`Hermione Lathbury  00:00:04`), as Teams and Otter write every turn, or a
 * workspace chat's lower-case handle copied with its message time (`kwabena  09:14`, as Slack
 * pastes a message). Distinctive enough that one line counts; `Speaker 4` has a digit and is left
 * alone.
 */
const TIMED_NAME_LINE =
  /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+){0,3}|\p{Ll}[\p{Ll}\p{M}'’]{2,}(?:\.\p{Ll}+)?)[ \t]{2,}\d{1,2}:\d{2}(?::\d{2})?[ \t]*\r?$/gmu;

/**
 * A speaker then a dash opening the line (`Ines — I rang them.`), as typed interview records set
 * out turns. Read as a dialogue only (DIALOGUE_SPEAKERS names with MIN_TURNS each), since a dash
 * after one word also heads notes (`Update — …`).
 */
const DASH_LABEL =
  /^[ \t]{0,8}(\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]+)*)[ \t]+[—–][ \t]+(?=\S)/gmu;
const DIALOGUE_SPEAKERS = 2;
/**
 * An UPPERCASE speaker then a dash (`NGAIO — Yes, fine.`), read only in a dialogue with an
 * interviewer's generic label (`INT — …`, INTERVIEW_ROLES), each with MIN_TURNS: case notes open
 * lines with their writers' initials the same way (`LT – gina rang`), never beside `INT`.
 */
const UPPER_DASH_LABEL = /^[ \t]{0,8}(\p{Lu}{2,}(?:['’-]\p{Lu}+)*)[ \t]+[—–][ \t]+(?=\S)/gmu;
/**
 * A speaker in square brackets opening a subtitle or transcript line, no colon (`[Ines] I rang`,
 * `[INES] I rang`), as SRT exports of body-worn video write turns.
 */
const BRACKET_LABEL =
  /^[ \t]{0,8}\[(\p{Lu}[\p{L}\p{M}]+(?:['’-]\p{L}[\p{L}\p{M}]+)*)\][ \t]+(?=\S)/gmu;
/**
 * A saved meeting transcript's speaker line: the name in square brackets, then the time alone on
 * the line (`[Tobiah Fenwright] 10:02:14`), as Zoom's "Save transcript" writes every turn. As
 * distinctive as TIMED_NAME_LINE, so one line counts.
 */
const BRACKETED_TIMED_NAME_LINE =
  /^\[(\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+){0,3})\][ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*\r?$/gmu;
/** An UPPERCASE speaker without a time (`INES: yeah`), as body-worn video transcripts write. */
const UPPER_PLAIN_LABEL = /^(\p{Lu}{2,}(?:['’-]\p{Lu}+)*):[ \t]/gmu;
/** What subtitles and transcripts put in brackets besides speakers: sounds and meeting roles. */
const TRANSCRIPT_CUES = new Set(
  `inaudible crosstalk laughs laughter laughing pause silence music radio noise unclear redacted
  ends end start starts overlapping applause background sirens siren shouting crying phone
  beeping knocking door chair chairperson observer panel member members clerk secretary narrator
  presenter host speaker voice voices audience participant participants respondent all group`.split(
    /\s+/,
  ),
);
/**
 * A chat export's sender line: the date and time, then the display name alone on the line, any
 * case, emoji allowed (`2026-03-02 21:14  Kit 🌼`), the message on the lines below.
 */
const DATED_SENDER_LINE =
  /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?[ \t]+(\p{L}[\p{L}\p{M}'’-]*(?:[ ]\p{L}[\p{L}\p{M}'’-]*)?)(?:[ \t]*\p{Extended_Pictographic}\uFE0F?)*[ \t]*\r?$/gmu;
/** Sender lines a text needs to read as a chat export. */
const MIN_SENDER_LINES = 2;
/**
 * A phone messaging app's exported line (WhatsApp on Android writes `18/04/2043, 14:05 - Bex
 * Hallam: mine's fine`, with `am`/`pm` on some phones): the date, the time, a dash, then the
 * sender's display name of one to three words, any case, up to the colon.
 */
/**
 * The same app's export on an iPhone: the date and time in brackets, then the sender's display
 * name of one to three words up to the colon (`[18/06/2041, 19:05] Gabe Lunt: I'll be there`);
 * a one-word name counts once (LABEL needs two turns of it) when the text has two such lines.
 */
const BRACKETED_EXPORT_LINE =
  /^\[\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[APap][Mm])?\] (\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,2})(?:[ \t]*\p{Extended_Pictographic}\uFE0F?)*:/gmu;
/**
 * A workspace chat's message copied with its time alone (`[10:01] Jonty Pell: not yet`, as Teams
 * and Slack paste one): a display name of two or three title-case words, any title before it
 * left out (`[10:12] Dr Rashmi Vaidyanathan:`). 52 such labels in the read sets, all names; a
 * single word (`[00:00:17] OPERATOR:`) is a role as often, and LABEL reads it.
 */
const TIMED_CHAT_LINE =
  /^\[\d{1,2}:\d{2}(?::\d{2})?\] (\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,2}):/gmu;
const DASHED_EXPORT_LINE =
  /^\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[APap][Mm])? [-–] (\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,2})(?:[ \t]*\p{Extended_Pictographic}\uFE0F?)*:/gmu;

/** Labels a chat system or platform writes, not people. */
const SYSTEM_LABELS = new Set(
  'system bot agent visitor user admin moderator automated auto info notice server host guest'.split(
    ' ',
  ),
);

/**
 * Labels an email's header or a form's rows repeat on every message or section (`Sent:`, `Name:`),
 * so they open lines as often as speakers do.
 */
const HEADER_LABELS = new Set(
  (
    'sent subject importance attachments name role agency due cc bcc forename surname ' +
    // A log's lower-case headings after a time (`22:40 obs: settled`, `03:25 disp: …`).
    'obs update note notes plan action result outcome entry log disp verification info ' +
    // A record's birth and death fields (`Born: Rotorua`, `Died: 02/08/2026`).
    'born died'
  ).split(' '),
);

/** UPPERCASE labels of roles and record sections rather than people (`OPERATOR:`, `Q:`). */
const GENERIC_UPPER = new Set(
  // `BASE`: a radio scheme's base station (a shopwatch or event radio log).
  'OPERATOR DISPATCHER CONTROL BASE CALLER OFFICER INTERVIEWER SOLICITOR REP AA Q A'.split(' '),
);

const DIGIT = /\d/;

/** What ends a line for `^` under the `m` flag. */
/** `/[\n\r\u2028\u2029]/.test`, answered by the literal pass (literal-gate.ts). */
const hasAnyLineBreak = includesGate(['\n', '\r', '\u2028', '\u2029']);

function ordinary(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    SYSTEM_LABELS.has(lower) ||
    HEADER_LABELS.has(lower) ||
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

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldFrom = literalGate([' From ', '\tFrom']);
const mayHoldDashLabel = literalGate([' — ', ' – ']);
const mayHoldSenderDash = literalGate([' - ', ' – ']);

export function speakerLabels(text: string): Detection[] {
  const out: Detection[] = [];
  // A label opens a line (`^` with the `m` flag): a text of one line holds one at most, and a
  // speaker needs MIN_TURNS of them. Most texts are one line: the break is looked for once.
  const manyLines = hasAnyLineBreak(text);
  if (hasColon(text) && manyLines) turnLabels(text, out);
  if (mayHoldFrom(text)) meetingChatNames(text, out);
  if (hasDoubleSpace(text) && manyLines) timedNameLines(text, TIMED_NAME_LINE, out);
  if (!manyLines) return out;
  if (mayHoldDashLabel(text)) {
    dashLabels(text, out);
    upperDashLabels(text, out);
  }
  if (hasSquareBracket(text)) {
    bracketLabels(text, out);
    bracketedTimedNames(text, out);
  }
  if (hasColon(text)) upperPlainLabels(text, out);
  if (hasHyphen(text)) datedSenders(text, out);
  if (mayHoldSenderDash(text)) exportSenders(text, out);
  if (text.includes('] ')) bracketedSenders(text, out);
  if (hasSquareBracket(text)) {
    for (const m of regexMatches(SENDER_LINE, text)) {
      if (ordinary(m[1]!.split(/[ \t]/)[0]!)) continue;
      out.push(label(m[1]!, m.index));
    }
  }
  return out;
}

/** Speakers of an automated transcript's timed lines (TIMED_NAME_LINE, BRACKETED_TIMED_NAME_LINE). */
function timedNameLines(text: string, re: RegExp, out: Detection[]): void {
  for (const m of regexMatches(re, text)) {
    if (
      teamWords(m[1]!) ||
      m[1]!.split(/[ -]/).some((w) => ordinary(w) && !isGivenName(w.toLowerCase()))
    )
      continue;
    // The name starts the match, or follows TIMED_NAME_LINE's bracket.
    out.push(label(m[1]!, m.index + (m[0].charCodeAt(0) === 91 ? 1 : 0)));
  }
}

/**
 * Speakers of a saved transcript's bracketed timed lines (BRACKETED_TIMED_NAME_LINE): one word
 * only when it is a given name, as an agenda brackets its items the same way (`[Break] 10:40`).
 */
function bracketedTimedNames(text: string, out: Detection[]): void {
  const named: Detection[] = [];
  timedNameLines(text, BRACKETED_TIMED_NAME_LINE, named);
  for (const d of named) {
    if (d.text.includes(' ') || knownGivenName(d.text)) out.push(d);
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
  const once = new Set<string>();
  for (const m of regexMatches(LABEL, text)) {
    const name = m[1]!;
    if (ordinary(name)) continue;
    const starts = byName.get(name) ?? [];
    // The name follows the optional time, which holds no letters.
    const at = m[0].indexOf(name);
    starts.push(m.index + at);
    byName.set(name, starts);
    // A timed label with emoji (`[3 Mar, 21:14] Kit 🌼:`) is a chat's display name: once is enough.
    if (m[2] && DIGIT.test(m[0].slice(0, at))) once.add(name);
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
  lowerPlainLabels(text, byName);
  const transcript = upperLabels(text, byName);
  for (const [name, starts] of byName) {
    if (starts.length < MIN_TURNS && !transcript.has(name) && !once.has(name)) continue;
    for (const start of starts) out.push(label(name, start));
  }
}

/** LOWER_PLAIN_LABEL's given names, added to `byName`. */
function lowerPlainLabels(text: string, byName: Map<string, number[]>): void {
  if (!text.includes(': ')) return;
  for (const m of regexMatches(LOWER_PLAIN_LABEL, text)) {
    const name = m[1]!;
    if (!isGivenName(name) || isAmbiguousGivenName(name) || ordinary(name)) continue;
    const starts = byName.get(name) ?? [];
    starts.push(m.index + m[0].indexOf(name));
    byName.set(name, starts);
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

/** The starts of each name a regex's group 1 catches, where `keep` says it is a name. */
function labelStarts(
  re: RegExp,
  text: string,
  keep: (name: string) => boolean,
): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  for (const m of regexMatches(re, text)) {
    const name = m[1]!;
    if (!keep(name)) continue;
    const starts = byName.get(name) ?? [];
    starts.push(m.index + m[0].indexOf(name));
    byName.set(name, starts);
  }
  return byName;
}

/** Every start of the names with MIN_TURNS turns or more. */
function pushTurns(byName: Map<string, number[]>, out: Detection[]): void {
  for (const [name, starts] of byName) {
    if (starts.length >= MIN_TURNS) for (const start of starts) out.push(label(name, start));
  }
}

/** Speakers of a dash-led dialogue (DASH_LABEL). */
function dashLabels(text: string, out: Detection[]): void {
  // A known given name is a speaker here too: it counts towards the dialogue.
  const keep = (name: string) => isGivenName(name.toLowerCase()) || !ordinary(name);
  const byName = labelStarts(DASH_LABEL, text, keep);
  const speakers = [...byName.values()].filter((s) => s.length >= MIN_TURNS).length;
  if (speakers >= DIALOGUE_SPEAKERS) pushTurns(byName, out);
}

/** UPPERCASE speakers of a dash-led interview (UPPER_DASH_LABEL) beside the interviewer's label. */
function upperDashLabels(text: string, out: Detection[]): void {
  const keep = (name: string) =>
    INTERVIEW_ROLES.has(name) || (!ordinary(name) && !GENERIC_UPPER.has(name));
  const byName = labelStarts(UPPER_DASH_LABEL, text, keep);
  const roles = [...byName].filter(([n, s]) => INTERVIEW_ROLES.has(n) && s.length >= MIN_TURNS);
  if (roles.length === 0) return;
  for (const [name, starts] of byName) {
    if (!INTERVIEW_ROLES.has(name)) pushTurns(new Map([[name, starts]]), out);
  }
}

/** Bracketed speakers (BRACKET_LABEL); an UPPERCASE one only if the text writes it as a name. */
function bracketLabels(text: string, out: Detection[]): void {
  const keep = (name: string) =>
    !ordinary(name) &&
    !TRANSCRIPT_CUES.has(name.toLowerCase()) &&
    (!UPPER.test(name) || (!GENERIC_UPPER.has(name) && writtenAsName(text, name)));
  pushTurns(labelStarts(BRACKET_LABEL, text, keep), out);
}

/**
 * UPPERCASE speakers without a time (UPPER_PLAIN_LABEL) that the text also writes as names, and
 * initials labels of a dialogue (INITIALS_LABEL).
 */
function upperPlainLabels(text: string, out: Detection[]): void {
  const named = new Map<string, boolean>();
  const isNamed = (name: string) => {
    let known = named.get(name);
    if (known === undefined) {
      known = !ordinary(name) && !GENERIC_UPPER.has(name) && writtenAsName(text, name);
      named.set(name, known);
    }
    return known;
  };
  const keep = (n: string) => isNamed(n) || initialsLabel(n) || INTERVIEW_ROLES.has(n);
  // A speaker the gazetteer knows (`DECLAN:`) is found by the person rules, but counts as a voice.
  const byName = labelStarts(UPPER_PLAIN_LABEL, text, (n) => keep(n) || knownGivenName(n));
  const turns = [...byName].filter(([, starts]) => starts.length >= MIN_TURNS);
  const speakers = turns.filter(([name]) => !isNamed(name) && keep(name)).length;
  // In a dialogue, a named speaker heard once counts too (`SHEREEN:` once, `Shereen` in a turn).
  const dialogue = turns.length >= DIALOGUE_SPEAKERS;
  for (const [name, starts] of byName) {
    if (INTERVIEW_ROLES.has(name) || !keep(name)) continue;
    if (isNamed(name) && dialogue) for (const start of starts) out.push(label(name, start));
    else if (isNamed(name) || speakers >= DIALOGUE_SPEAKERS)
      pushTurns(new Map([[name, starts]]), out);
  }
}

/**
 * Initials as an interview transcript writes its speakers (`OFG:`, `ZN:`, `MK-E:`), read only as
 * a dialogue of two speakers or more (DIALOGUE_SPEAKERS, each with MIN_TURNS; an interviewer's
 * generic `INT:` counts as one), as a form's capital fields (`FOR:`, `TEL:`, `CHG:`) rarely
 * alternate so. Not a word of three letters or more (`FOR`, `MUM`); a two-letter one may be a word
 * too (`IF:` is Ifeoma's initials). In the read sets such dialogues held 29 turns, all annotated.
 */
const INITIALS_LABEL = /^\p{Lu}{2,4}(?:-\p{Lu})?$/u;
/** An interview's generic labels: speakers of the dialogue, but no names (`INT:` with `NH:`). */
const INTERVIEW_ROLES = new Set('INT IV IVR INTV MOD FAC RES RESP PPT PT'.split(' '));
/** Two-letter headings of emails and notes. */
const GENERIC_INITIALS = new Set('RE CC PS NB TO FW FWD ID OK NO'.split(' '));

function initialsLabel(name: string): boolean {
  if (!INITIALS_LABEL.test(name) || GENERIC_UPPER.has(name)) return false;
  if (GENERIC_INITIALS.has(name) || INTERVIEW_ROLES.has(name)) return false;
  return name.length === 2 || !ordinary(name);
}

const UPPER = /^\p{Lu}+(?:['’-]\p{Lu}+)*$/u;

/** A given name of the gazetteer that is no everyday word (`DECLAN`, not `MAY`). */
function knownGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return isGivenName(lower) && !isAmbiguousGivenName(lower);
}

/**
 * The UPPERCASE label's word also in title case, as a whole word (`SOL:` … `Sol, I'm Nell`): the
 * text names the speaker, where a heading (`UPDATE:`) is not written so.
 */
function writtenAsName(text: string, upper: string): boolean {
  const title = upper.charAt(0) + upper.slice(1).toLowerCase();
  for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + title.length);
    if (!LETTER_RE.test(before) && !LETTER_RE.test(after)) return true;
  }
  return false;
}

const LETTER_RE = /[\p{L}\p{M}]/u;

/** Display names of a chat export's sender lines (DATED_SENDER_LINE). */
function datedSenders(text: string, out: Detection[]): void {
  senders(DATED_SENDER_LINE, text, out);
}

/** Display names of a phone messaging export's lines (DASHED_EXPORT_LINE). */
function exportSenders(text: string, out: Detection[]): void {
  senders(DASHED_EXPORT_LINE, text, out);
}

/** Display names on an iPhone export's lines (BRACKETED_EXPORT_LINE). */
function bracketedSenders(text: string, out: Detection[]): void {
  senders(BRACKETED_EXPORT_LINE, text, out);
  senders(TIMED_CHAT_LINE, text, out);
}

/** The names a sender-line regex's group 1 catches, once the text has MIN_SENDER_LINES of them. */
function senders(re: RegExp, text: string, out: Detection[]): void {
  const found: Detection[] = [];
  let lines = 0;
  for (const m of regexMatches(re, text)) {
    lines++;
    const name = withoutTitle(m[1]!);
    const first = name.split(' ')[0]!;
    if (ordinary(first) && !isGivenName(first.toLowerCase())) continue;
    found.push(label(name, m.index + m[0].indexOf(name, m[0].indexOf(':'))));
  }
  if (lines >= MIN_SENDER_LINES) for (const d of found) out.push(d);
}

/** A display name without a title before it (`Dr Rashmi Vaidyanathan` → `Rashmi Vaidyanathan`). */
function withoutTitle(name: string): string {
  const space = name.indexOf(' ');
  if (space < 0 || !titles().has(name.slice(0, space).replace(/\.$/, '').toLowerCase()))
    return name;
  return name.slice(space + 1);
}
