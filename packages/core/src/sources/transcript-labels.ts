/**
 * Recognises the start of a speaker turn in a transcript line (DOMAIN.md: `Name:`, `[Name]`,
 * `INT:`/`P1:` prefixes, optional `[00:12:31]` timestamps) and decides whether a label really is
 * a speaker. Only the first HEAD_UTF16 characters of a line are examined, so the cost per line is
 * bounded whatever the line's length.
 *
 * Speaker rule (to keep `Note: the recording stopped` and `He said: go home` out). A label is a
 * speaker when all of these hold:
 * 1. it is 1–40 characters and at most 4 words, starts with a letter, and holds only letters,
 *    digits, spaces and `. ' ’ - & ( )` (a trailing `(role)` is set aside when judging it);
 * 2. it is not a known non-speaker word (Note, Date, inaudible...) and holds no such word;
 * 3. it is a speaker code (INT, I, R, Q, A, P1, FAC, MOD, Speaker 2...), or else it holds no word
 *    of prose (`he`, `said`, `so`, `at`...) and either recurs as a label on another line or has
 *    every word capitalised like a name (`Dr Smith`, `Mary-Jane`, `O'Brien`, `Head of Service`).
 * A label alone on a line with a timestamp (`Speaker 1  0:03`, as some transcription tools
 * write) must be a code or recur.
 */
import { skipSpaces, type SourceLine } from './lines.js';

/** How many characters of a line can hold a turn's prefix (timestamps + a 40-character label). */
const HEAD_UTF16 = 120;
export const MAX_LABEL_UTF16 = 40;
export const MAX_LABEL_WORDS = 4;

const TS = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?`;
const LABEL = String.raw`\p{L}[\p{L}\p{M}\p{N} .'’\-&()]{0,39}?`;
/** `[00:12:31]`, `[12:31]`, `(00:12:31)`, with optional fractions of a second. */
const BRACKETED_TS = new RegExp(String.raw`^[\[(]${TS}[\])][ \t]*`, 'u');
/** A bare `00:12:31` before a label (three parts, so it is not mistaken for prose like `10:30`). */
const BARE_TS = /^(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,3}))?[ \t]+/u;
/** `Name:`, `Name [00:12:31]:`, `Name (00:12:31):`; the colon must be followed by a space or the end. */
const NAME_LABEL = new RegExp(
  String.raw`^(${LABEL})[ \t]*(?:[\[(]${TS}[\])][ \t]*)?:(?=[ \t]|$)`,
  'u',
);
/** `[Name]` or `[Name]:`. */
const BRACKET_LABEL = /^\[([^\]\n]{1,40})\][ \t]*:?/u;
/** `Name 0:03` or `Name [00:12:31]` alone on a line. */
const LABEL_THEN_TS = new RegExp(String.raw`^(${LABEL})[ \t]+[\[(]?${TS}[\])]?[ \t]*$`, 'u');
const LABEL_SHAPE = new RegExp(String.raw`^${LABEL}$`, 'u');

export type LabelForm = 'name' | 'bracket' | 'label_then_time';

/** What a line starts with, before deciding whether the label is a speaker. */
export type LineStart =
  | {
      kind: 'label';
      label: string;
      key: string;
      form: LabelForm;
      timestampMs: number | null;
      textStart: number;
    }
  | { kind: 'timestamp_only'; timestampMs: number };

/** Milliseconds of a matched timestamp: two parts are MM:SS, three are HH:MM:SS; null if impossible. */
function toMs(m: RegExpMatchArray, first: number): number | null {
  const parts = [m[first], m[first + 1], m[first + 2]].filter((p) => p !== undefined).map(Number);
  const [h, min, s] = parts.length === 3 ? parts : [0, ...parts];
  if (h === undefined || min === undefined || s === undefined || min > 59 || s > 59) return null;
  // `.5` is 500 ms and `.05` is 50 ms: pad the fraction to milliseconds.
  const ms = Number((m[first + 3] ?? '').padEnd(3, '0'));
  return ((h * 60 + min) * 60 + s) * 1000 + ms;
}

export function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Reads the timestamp and label a line starts with, if any (not yet judged as a speaker). */
export function readLineStart(text: string, line: SourceLine): LineStart | null {
  const start = skipSpaces(text, line.start, line.contentEnd);
  const head = text.slice(start, Math.min(line.contentEnd, start + HEAD_UTF16));
  const ts = BRACKETED_TS.exec(head) ?? BARE_TS.exec(head);
  const before = ts ? toMs(ts, 1) : null;
  const offset = ts && before !== null ? ts[0].length : 0;
  if (before !== null && start + offset >= line.contentEnd) {
    return { kind: 'timestamp_only', timestampMs: before };
  }
  const found = readLabel(head.slice(offset));
  if (!found) return null;
  const afterLabel = skipSpaces(text, start + offset + found.length, line.contentEnd);
  const own = before ?? found.timestampMs;
  const trailing = own === null ? readBracketedStamp(text, afterLabel) : null;
  const label = found.label.trim().replace(/\s+/g, ' ');
  return {
    kind: 'label',
    label,
    key: labelKey(label),
    form: found.form,
    timestampMs: own ?? trailing?.ms ?? null,
    textStart: skipSpaces(text, trailing?.end ?? afterLabel, line.contentEnd),
  };
}

/** A `[00:12:31]` or `(00:12:31)` right after a label (`INT: [00:12:31] ...`), and where it ends. */
function readBracketedStamp(text: string, at: number): { ms: number; end: number } | null {
  const m = BRACKETED_TS.exec(text.slice(at, at + 24));
  const ms = m ? toMs(m, 1) : null;
  return m && ms !== null ? { ms, end: at + m[0].length } : null;
}

interface FoundLabel {
  label: string;
  form: LabelForm;
  timestampMs: number | null;
  /** UTF-16 length of what was consumed (label, brackets, timestamp, colon). */
  length: number;
}

function readLabel(head: string): FoundLabel | null {
  const named = NAME_LABEL.exec(head);
  if (named)
    return {
      label: named[1] as string,
      form: 'name',
      timestampMs: named[2] ? toMs(named, 2) : null,
      length: named[0].length,
    };
  const bracket = BRACKET_LABEL.exec(head);
  if (bracket && LABEL_SHAPE.test((bracket[1] as string).trim())) {
    return {
      label: bracket[1] as string,
      form: 'bracket',
      timestampMs: null,
      length: bracket[0].length,
    };
  }
  const lone = LABEL_THEN_TS.exec(head);
  if (lone)
    return {
      label: lone[1] as string,
      form: 'label_then_time',
      timestampMs: toMs(lone, 2),
      length: lone[0].length,
    };
  return null;
}

/** `Name (role)`: the bracketed role is set aside when judging the label. */
const TRAILING_ROLE = / ?\([^()]*\)$/;

/** Speaker codes used in qualitative transcripts (interviewer, respondent, participant N...). */
const SPEAKER_CODE =
  /^(?:(?:int|intv|interviewer|interviewee|ie|i|r|resp|respondent|participant|fac|facilitator|mod|moderator|researcher|res|speaker|spk)(?: ?\d{1,3})?|q|a|[a-z]{1,3}\d{1,3})$/;

/** Labels that introduce notes, metadata or non-speech, never a speaker. */
const NOT_SPEAKERS = new Set(
  (
    "note,notes,nb,n.b.,n.b,ps,p.s.,comment,comments,transcriber,transcriber’s note,transcriber's note," +
    "translator's note,editor's note,date,time,duration,length,location,place,venue,setting,site,present," +
    'attendees,participants,title,subject,re,topic,theme,example,e.g.,e.g,eg,i.e.,i.e,' +
    'update,edit,warning,caution,aside,source,key,summary,background,context,start,end,recording,audio,' +
    'file,filename,project,study,page,section,part,inaudible,crosstalk,cross talk,cross-talk,laughs,' +
    'laughter,laughing,pause,long pause,silence,overlapping,overtalking,sighs,coughs,interruption,' +
    'background noise,redacted,name,unclear,break,tel,phone,email,address,dob,ref,reference,agenda,' +
    'action,actions,outcome,definition,quote,step,tip,todo,result,results,conclusion,' +
    'introduction,purpose,aim,aims,method,methods'
  ).split(','),
);
/** Words that make any label a note or metadata line (`Transcriber Note`, `Interview 3`). */
const NOT_SPEAKER_WORDS = new Set([
  'note',
  'notes',
  'transcript',
  'transcriber',
  'recording',
  'interview',
  'date',
  'time',
  'duration',
  'location',
  'venue',
  'page',
]);
/** Words of prose: a label holding one is the start of a sentence, not a name. */
const PROSE_WORDS = new Set(
  'i,me,my,he,she,it,we,you,they,his,her,our,their,them,him,us,said,says,say,told,asked,was,were,is,are,be,been,and,but,so,then,because,if,when,that,this,there,what,which,not,no,yes,to,at,in,on,for,with'.split(
    ',',
  ),
);
/** Lower-case words allowed inside a capitalised name (`Head of Service`, `Anna de Souza`). */
const NAME_PARTICLES = new Set([
  'of',
  'the',
  'and',
  'de',
  'da',
  'di',
  'du',
  'del',
  'der',
  'van',
  'von',
  'la',
  'le',
  'bin',
  'al',
  '&',
]);

/** Starts with an upper-case letter or a digit (`Dr`, `Mary-Jane`, `2`). */
function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return /\p{N}/u.test(first) || (first !== first.toLowerCase() && first === first.toUpperCase());
}

export function isNameLike(label: string): boolean {
  const words = label.split(' ');
  return (
    isCapitalised(words[0] ?? '') && words.every((w) => isCapitalised(w) || NAME_PARTICLES.has(w))
  );
}

/** The speaker rule in this file's header; `occurrences` counts lines whose label has this key. */
export function isSpeaker(
  start: Extract<LineStart, { kind: 'label' }>,
  occurrences: number,
): boolean {
  // A role in brackets after the label (`P3 (Police)`) does not change what the label is.
  const key = start.key.replace(TRAILING_ROLE, '');
  const words = key.split(' ');
  if (start.label.length > MAX_LABEL_UTF16 || words.length > MAX_LABEL_WORDS) return false;
  if (NOT_SPEAKERS.has(key) || words.some((w) => NOT_SPEAKER_WORDS.has(w))) return false;
  if (SPEAKER_CODE.test(key)) return true;
  if (words.some((w) => PROSE_WORDS.has(w))) return false;
  if (occurrences >= 2) return true;
  return start.form !== 'label_then_time' && isNameLike(start.label.replace(TRAILING_ROLE, ''));
}
