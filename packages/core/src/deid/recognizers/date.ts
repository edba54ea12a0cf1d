/**
 * DATE and DATE_OF_BIRTH: full calendar dates (day, month and year), read day-first as UK text is.
 *
 * What counts follows ../shared/deid/ANNOTATION.md: dates of birth and full dates of events are
 * identifiers; log entry timestamps (a date and time starting a line, DOMAIN.md's entry start),
 * the `Opened:` header, CSV timestamp cells, cells under a date column of a pasted table,
 * administrative dates (when a record was created, typed, sent or reviewed, a meeting's or
 * register's date, a form's completion, receipt or submission date: ADMIN_BEFORE; a date that is
 * a whole line, as under a letterhead, or a day book's date line, `Tue 11/03/2026    Staff:`), a
 * chat export's bracketed stamp (`Tariq M, [09.03.26 21:40]`), an e-mail reply's date line (`On 10
 * Mar 2026, at 08:15, Ola wrote:`), a system's timestamps (machineStamp), a date set to the right
 * of a signature or letterhead line (rightSetDate), a comma-separated cell (csvCell) and partial
 * dates (`13/10`) are not.
 * A date is a DATE_OF_BIRTH when a birth marker comes just before it (`DOB`, `d.o.b.`, `born`,
 * `b.`, `date of birth`), when it follows `Name (` (`Jean SMITH (02/09/1980)`), or when it follows
 * `Name, ` shortly after a question about the date of birth (an interview answer), or when it
 * stands in a table's date-of-birth column (`DOB`, `Date of birth`, `Born`) in any layout.
 * A numeric date that is impossible day-first (`5/20/2021`) is read month-first, at a lower score.
 */
import type { Detection, DeidSettings, EntityType, Recognizer } from '../entity-types.js';
import { DATE_PATTERN, DATE_START_WORDS } from './date-patterns.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { detection, scanMatches, textAfter, textBefore } from './recognizer-helpers.js';
import { columnCells, columnCellsWhere, CSV_DELIMITERS } from './table-columns.js';
import { foldedLiteralGate, hasLineBreak } from '../literal-gate.js';
import {
  isWordCode,
  letterStartsOf,
  mergeSites,
  runStartsAfter,
  wordStarts,
  type SiteDetector,
} from './text-sites.js';

const NAME = 'date';
/**
 * A birth marker and what may stand between it and the date: blanks, a colon, bracket or dash, a
 * form's dot leader (`Date of birth ...... `), a JSON key's quotes (`"dob": "`), an XML tag
 * (`<DateOfBirth>`), or `is` / `was` (`his date of birth is`); a label shared with the age
 * (`DOB / AGE.....: 19/07/2000 / 37`, `DOB/Age:`).
 */
const BIRTH_MARKER_BEFORE =
  /(?:\bdob|\bd\.o\.b\.?|date ?of ?birth|birth ?date|\bborn(?: on)?|\bb\.)(?:\s*\/\s*age\b)?[\s:(.="'>-]*(?:\b(?:is|was)\s+)?$/i;
const BIRTH_QUESTION = /date of birth|\bdob\b|\bd\.o\.b|\bborn\b|\bbirthday\b/i;
const NAME_THEN_PAREN = /\b[A-Z][A-Za-z'’-]+\s*\(\s*$/;
const NAME_THEN_COMMA = /\b[A-Z][A-Za-z'’-]+,\s*$/;
/** A time after the date: `14/10/2026 21:02`, ISO `T`, or a chat export's `[14/10/2026, 21:02:00]`. */
const TIME_AFTER = /^(?:[ T]|, ?)\d{1,2}:\d{2}/;
/** The date line of an e-mail reply (`> On 10 Mar 2026, at 08:15, Ann wrote:`). */
const REPLY_HEADER_BEFORE = /^[>\s]*On\s+(?:[A-Za-z]{3,9},?\s+)?$/;
const REPLY_HEADER_AFTER = /^[^\n]{0,80}\bwrote:/;
/**
 * A day book's or form's date line: the date starts the line (after `Date:` or a weekday, or a
 * bare `DATE` with no colon) and ends it, or a gap of two spaces or a tab follows, before the
 * page's next header field (`Tue 11/03/2026    Staff: ...`, `DATE 20 FEB 2026   OFFICERS:`).
 */
const HEADER_LINE_BEFORE =
  /^(?:(?:Date\s*:?\s*)?(?:[A-Za-z]{3,9}day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?|Date)\s+$/i;
const HEADER_GAP_AFTER = /^(?:[ \t]*\r?\n| {2,}|\t)/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when day `d` of month `m` exists (29 February allowed: the year may be a leap year). */
export function isCalendarDay(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= (DAYS_IN_MONTH[m - 1] ?? 0);
}

/** Score of a numeric date: day-first 0.6, month-first only 0.4, impossible null. */
function numericScore(groups: Record<string, string | undefined>): number | null {
  const d = Number(groups.d);
  const m = Number(groups.m);
  if (isCalendarDay(d, m)) return 0.6;
  return isCalendarDay(m, d) ? 0.4 : null;
}

/** A log entry timestamp, the `Opened:` header or a CSV timestamp cell (not identifiers). */
function isLogTimestamp(text: string, start: number, end: number, value: string): boolean {
  // Only the 40 characters before the date are searched for the line start: linear time.
  const window = textBefore(text, start, 40);
  const lineStart = start - window.length + window.lastIndexOf('\n') + 1;
  const prefix = text.slice(Math.max(lineStart, start - 40), start);
  // The header may share its line with others (`CAD 0709-0463 | Opened: 07/09/2025 00:50`).
  if (/(?:^|[\s|;,])opened\s*:\s*$/i.test(prefix)) return true;
  const timed = TIME_AFTER.test(textAfter(text, end, 8)) || /T\d/.test(value);
  // A numbered list's item may open with the stamp too (`2. 14/09/2026 22:48 — noise team`).
  const entryStart = start - lineStart <= 40 && /^\s*(?:\d{1,3}[.)]\s+)?\[?$/.test(prefix);
  // A chat export's stamp (`Tariq M, [09.03.26 21:40]`) is bracketed wherever it stands.
  if (!timed) return false;
  // A tab-separated cell's timed date is a system's stamp, as a comma-separated one is (19 such
  // cells in the read sets, all hard negatives; an event column's dates are read before this).
  return (
    entryStart ||
    /(?:,"?|\t)$/.test(prefix) ||
    /\[$/.test(prefix) ||
    machineStamp(text, end, value, prefix)
  );
}

/** A time with seconds after the date (`2034-07-07 21:14:00`, `Tue, 13 Apr 2027 09:14:51 +0100`). */
const SECONDS_AFTER = /^(?:[ T]|, ?)\d{1,2}:\d{2}:\d{2}/;
/**
 * What stands before a record's stamp: a quoted data value (`"ts":"`, SQL `'`, an XML attribute),
 * a table cell (`| `, `;`), a bracketed item number (`[3] `) or a message's direction arrow (`◄ `).
 */
const RECORD_CELL_BEFORE = /(?:["'|;◄►]|\[\d{1,3}\])[ \t]*$/;

/** A field's or column's position: after a label's colon, `=`, a quote, a cell separator or a gap. */
const FIELD_BEFORE = /(?:^|[:=,"'|;[◄►]| {2}|\t)[ \t]*$/;

/**
 * A timed date that a system wrote, not a writer dating an event: a timed date in a data value or
 * table cell, or the ISO `T` form or a time to the second in a field or column (not in running
 * prose: `Today is 2024-03-15T14:30:00Z` stays a date). ANNOTATION.md leaves timestamps out, and
 * none of the 900-odd dates the labelled sets annotate has one of these shapes (a person's dates in
 * prose or a form carry hours and minutes, `on 3 March at 14:00`).
 */
function machineStamp(text: string, end: number, value: string, prefix: string): boolean {
  if (RECORD_CELL_BEFORE.test(prefix)) return true;
  const systemTime = /T\d/.test(value) || SECONDS_AFTER.test(textAfter(text, end, 12));
  return systemTime && FIELD_BEFORE.test(prefix);
}

/** An e-mail reply's date line or a day book's date line (see REPLY_HEADER_BEFORE, HEADER_LINE_BEFORE). */
function isHeaderDate(text: string, start: number, end: number): boolean {
  const window = textBefore(text, start, 40);
  const prefix = window.slice(window.lastIndexOf('\n') + 1);
  if (prefix.length === window.length && start > 40) return false;
  if (REPLY_HEADER_BEFORE.test(prefix)) return REPLY_HEADER_AFTER.test(textAfter(text, end, 100));
  return HEADER_LINE_BEFORE.test(prefix) && HEADER_GAP_AFTER.test(textAfter(text, end, 4));
}

function isBirthDate(text: string, start: number): boolean {
  const near = textBefore(text, start, 30);
  if (BIRTH_MARKER_BEFORE.test(near) || NAME_THEN_PAREN.test(near)) return true;
  return NAME_THEN_COMMA.test(near) && BIRTH_QUESTION.test(textBefore(text, start, 200));
}

function classify(m: RegExpExecArray, text: string): { type: EntityType; score: number } | null {
  const groups = m.groups ?? {};
  const base = groups.numeric ? numericScore(groups) : groups.iso ? 0.6 : 0.7;
  if (base === null) return null;
  const end = m.index + m[0].length;
  if (isLogTimestamp(text, m.index, end, m[0]) || isHeaderDate(text, m.index, end)) return null;
  return isBirthDate(text, m.index)
    ? { type: 'DATE_OF_BIRTH', score: 0.85 }
    : { type: 'DATE', score: base };
}

/**
 * The date a document or record was made, not an event in a person's life (ANNOTATION.md leaves
 * out administrative dates): `Created:`, `Dictated`, `Typed`, `Printed`, `review carried out`,
 * `Form completed by: Akhtar on`, `panel`, `list for Tuesday`; a notice's or referral's date
 * (`Date of issue:`, `Date referred:`), a hearing's (`Hearing held on`), a letter's (`wrote to me
 * on`, `letter dated`), an authorised period's ends (`Period: 16:00 Fri 30/10/26 to 16:00 Sun`),
 * a session's or court list's own date field (`Session: Sat`, `Hearing:`) and a meeting's
 * minutes or notes (`MINUTES, Monday 9 November 2026`, `MEETING NOTES` then `Tue 17/11/2026`), a
 * meeting's `Held:` and a post's `Posted`; when a letter, referral or form was sent (`GP letter
 * to CAMHS sent 14/03/2041`), a week's start (`Week commencing:`), a night log's `Night of: Friday` (its
 * label: `on the night of 14 May` in prose is an event's date). A next review's date is the person's appointment, not
 * the record's (`Next CPA review: 18/02/2027`). A process's own date field (`Application date:`,
 * `Assessment date:`, `Decision date:`, `"consent_date": "…"`) dates the record of that step: over
 * the read sets 24 such dates were hard negatives and none annotated (a `Visit date:` is split,
 * 14 to 5, and stays). A form's `Date:` is often the event's own date (the
 * offence, the collision), so it stays, unless its line or the line above shows it dates the
 * record itself (see recordDate).
 */
const ADMIN_BEFORE =
  /\b(?:created|dictated|typed|printed|generated|exported|updated|amended|submitted|(?<!\bnext (?:[\w-]+ )?)review(?:ed)?(?: carried out| date| on)?(?:\s*:\s*(?:w\/c|week commencing))?|report date|\bdated|period(?: reviewed| covered)?\s*:\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*(?:–|—|-|to)|(?:letter|reply|e-?mail|report) of|(?:completed|reviewed) by\b[^\n]{0,90}?\bon|(?:form |date |record )completed|(?<![^\n])completed| {2}[ \t]*completed|(?:date |referral |form )?received|date(?:\/time)? of (?:contact|referral)|(?:letter|referral|form|e-?mail|notice|copy)\b[^\n.;:]{0,40}?\bsent(?: on)?|week commencing|w\/c|night of:(?:\s*(?:[A-Za-z]{3,5}day|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?)?(?:\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+into)?|sent:(?:\s*(?:[A-Za-z]+day|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?)?|posted(?: on)?|register entry|(?:panel|meeting|conference)(?: date| on| held(?: on)?)?(?:\s*[–—:-])?(?:\s*[A-Za-z]{3}(?:[a-z]*day)?)?|list for(?: [A-Za-z]+day)?|date of (?:letter|report|review|form|issue|notice|application)|date (?:issued|referred)|hearing held on(?: [A-Za-z]+day)?|(?<![^\n])(?:session|hearing|held)[ \t]*:[ \t]*(?:[A-Za-z]{3,5}day|Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)?\.?|(?:minutes|notes),?(?:\s{1,4}(?:[A-Za-z]{3,5}day|Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun))?|wrote to (?:me|us) on|letter dated|\bperiod:(?:[^\n]{0,40}?\bto)?\s*(?:\d{1,2}[:.]?\d{2}\s*(?:hrs\s*)?)?(?:[A-Za-z]{3,9}day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)?|\b(?:application|board|assessment|decision|consent|clinic|screening|allocation)[ _]date(?:\/time)?(?:"\s*:\s*")?)\s*:?\s*$/i;
/**
 * A word every ADMIN_BEFORE match holds (same flags, so the same case folding). The end-anchored
 * regex is tried from every position of its window; most dates have none of these words before
 * them and skip it.
 */
const ADMIN_WORD =
  /created|dictated|typed|printed|generated|exported|updated|amended|submitted|review|completed|received|date |[ _]date|sent|of contact|commencing|w\/c|night of:|posted|register entry|panel|meeting|conference|list for|hearing|session|held|minutes|notes|wrote to|dated|period|report date|(?:letter|reply|mail|report) of/i;

const WEEKDAY_BEFORE = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+)`;
/**
 * A record's own stamps (ANNOTATION.md: administrative dates are not annotated), with a dotted
 * leader, `by` and who, or a weekday between: when a log or file was created, opened, closed,
 * entered, scanned, edited, approved or started (`CREATED ......... 11/03/2032`, `Log closed by I
 * Clatworthy 23/02/2027`; not `Plea entered:`, a court event), an e-mail header's `Date: Mon,`, a
 * meeting's `Minutes: Thursday`, and a print's `Range:` (as `Period:`). Across the labelled sets
 * 46 dates stand so, none annotated.
 */
/**
 * An export's own stamp: an XML element or a JSON key named for when the record was made, sent,
 * changed or extracted (`<Submitted>`, `<DateCreated>`, `"created_at": "`, `"extracted_on": "`):
 * 11 dates across the read sets stand so, none annotated.
 */
const MACHINE_STAMP_KEY = String.raw`(?:<|")\w*(?:created|submitted|received|updated|modified|generated|exported|extracted|downloaded|timestamp)\w*(?:>|(?:[ \t][^<>\n]*)>|"[ \t]*:[ \t]*")$`;
const RECORD_STAMP_BEFORE = new RegExp(
  String.raw`(?:\b(?:created|opened|closed|(?<!plea )entered|scanned|edited|approved|logged|started)\b(?:[ \t]+by[ \t]+[^\n]{1,40}?)?(?:[ \t]*\.{2,})?[ \t]*:?|(?:^|\n)>?[ \t]*date[ \t]*:(?=[ \t]*${WEEKDAY_BEFORE}$)|\bminutes[ \t]*:|\brange[ \t]*:(?:[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]*(?:-|–|to))?)[ \t]*${WEEKDAY_BEFORE}?$|${MACHINE_STAMP_KEY}`,
  'i',
);
const RECORD_STAMP_WORD =
  /created|opened|closed|entered|scanned|edited|approved|logged|started|date|minutes|range|submitted|received|updated|modified|generated|exported|extracted|downloaded|timestamp/i;

/** Whether the text before a date marks it as an administrative date (ADMIN_BEFORE). */
/**
 * A deadline: what is due by a date, in a field, a JSON key or an XML attribute (`"due":
 * "2027-09-24"`, `reviewDue="2027-06-18"`, `"review_due": "2030-07-14"`, `Statutory deadline:
 * 02/09/2027`, `Report to court due 17/03/2026`, `Return by: 14/10/2029`). A task's or a process's date, not an event in a person's life; a dose due is one
 * (`Depot due 18/06/2032`), so medication words before `due` keep it. In the read sets 30 such
 * dates are hard negatives and the one annotated is a depot injection's.
 */
const DUE_WORD = /due|deadline|return by|reply by|respond by/i;
const DEADLINE_BEFORE =
  /(?<!\b(?:depot|injection|dose|medication|jab|vaccine|vaccination|meds)s?[ \t])(?:(?:\b|_)due(?:[ _-]?(?:date|by|on))?|deadline|reviewdue|\b(?:return|reply|respond) by)["']?[ \t]*[:=]?[ \t]*["']?[ \t]*$/i;

/**
 * A document's version and its date (`Participant Information Sheet – version 3.1, 02/01/2028`,
 * `PIS v2.1, 14/06/2032`): the date of the document, not of an event (2 in the read sets, both hard
 * negatives).
 */
const VERSION_BEFORE = /\b(?:version|v)[ \t]?\d+(?:\.\d+)*,?[ \t]+(?:dated[ \t]+)?$/i;

/**
 * A record's own labels: when it was written or issued, a plan's date (`Written: 18/09/2030 11:40`,
 * `Issued: 24/09/2030 by Tribunal caseworker`, `Plan date:`), a missing person's debrief (`Date of
 * debrief:`), a shift's (`SHIFT 13/03/2044 1600-0000`), a signature's date on the line it signs
 * (`… is true. Signed D H-P   Date 10/06/2029`), and a deadline after `by` (`Screening by
 * 17/03/2044`, `namely by 27 April 2027`): in the read sets 12 such dates, all hard negatives.
 */
const RECORD_LABEL_BEFORE =
  /(?:(?:^|[\s|])(?:written|issued|plan date|date of debrief)[ \t]*:|\bsigned\b[^\n]{0,40}\bdate[ \t]*:?|\bshift[ \t]*:?|\b(?:namely )?by)[ \t]*$/i;

/**
 * A transcript's or a note's own making, opening its line or an aside (`Recorded 03/11/2037, 58
 * min`, `(typed up 20/01/2036)`, `*Typed up 20/11/2037 from the paper sheet`): in the read sets 5
 * such dates, all hard negatives. Not `… recorded on 14 February 2025`, an event put on record.
 */
const MADE_BEFORE = /(?:^|[\n·(*])[ \t]*(?:recorded|typed up|transcribed)[ \t]*:?[ \t]*$/i;

function adminBefore(before: string): boolean {
  if (VERSION_BEFORE.test(before) || RECORD_LABEL_BEFORE.test(before)) return true;
  if (MADE_BEFORE.test(before)) return true;
  if (RECORD_STAMP_WORD.test(before) && RECORD_STAMP_BEFORE.test(before)) return true;
  if (DUE_WORD.test(before) && DEADLINE_BEFORE.test(before)) return true;
  if (!ADMIN_WORD.test(before)) return SIGNED_LINE.test(before);
  // A Markdown label in bold (`**Week commencing:** `) reads as the plain label.
  const plain = before.endsWith('** ') ? before.replace(/\*\*[ \t]*$/, ' ') : before;
  return ADMIN_BEFORE.test(plain) || SIGNED_LINE.test(before);
}

/**
 * A line that opens by signing the record off, then who did it and the date (`Reviewed: PCSO 70933
 * REES-HARKER 06/02/35`, `Screened by: N. Hale RMN, L&D practitioner, 15/10/2034`, `Checked by
 * F. Byrne (Information Rights) on 29/08/2027`): the record's date, not an event's.
 */
const SIGNED_LINE =
  /(?:^|\n)[ \t]*(?:reviewed|checked|signed|completed|authori[sz]ed|approved|verified|screened|countersigned)(?:[ \t]+by)?[ \t]*:?[^\n]{0,60}$/i;

/**
 * A `Date:` or `Date/time:` field label just before the date, perhaps with its weekday (`Date:
 * Sun`), or a form's `Date` with no colon set in a spaced row (`Venue Room B   Date 09/02/2027`,
 * `Client ID TR-2093      Date 03/02/2038`): in the read sets 6 such colon-less labels, 5 dating
 * the record and 1 an event, whose row also holds its time.
 */
const DATE_LABEL = new RegExp(
  String.raw`(?:(?:^|[ \t])date(?:\/time)?[ \t]*:[ \t]*${WEEKDAY_BEFORE}?|(?:^|\t|[ \t]{2})date[ \t]+)$`,
  'i',
);
/**
 * Fields that sit beside the date of a record rather than of an event: a meeting's venue or chair,
 * the author's signature, a letter's reference.
 */
const RECORD_FIELDS =
  /\b(?:venue|chair|minute[- ]taker|completed by|prepared by|written by|signed|countersigned|our ref|your ref)\b/i;

/** A bare `Date:` label, not the end of a named one (`Release date:`, `Visit date:`). */
const BARE_DATE_LABEL = new RegExp(
  String.raw`(?:(?:^|[ \t]{2,}|[|;])[ \t]*date(?:\/time)?[ \t]*:[ \t]*${WEEKDAY_BEFORE}?|(?:^|\t|[ \t]{2})date[ \t]+)$`,
  'i',
);

/**
 * Fields and words beside an event's date rather than a record's: the time and place it happened
 * (`Date: 04/10/2026   Time: 17:50   Location: A470`), the offence or incident it belongs to.
 */
const EVENT_FIELDS =
  /\b(?:time|location|offence|incident|collision|accident|arrest(?:ed)?|stopped|seized|occurred|alleged)\b/i;

/**
 * A `Date:` field that dates the record itself: a meeting's (`Venue: … Date: 03/12/2026`), a
 * report's signature (`Completed by: … Date:`) or a letter's (`Our ref: … Date:`), shown by a
 * field on its line or the line above (ANNOTATION.md leaves administrative dates out). A bare
 * `Date:` dates the document (a letter above its addressee, a form under its authors) unless its
 * line or the line above shows an event: a time, a place, an offence (an event in a person's life).
 */
function recordDate(text: string, start: number): boolean {
  const label = labelBefore(text, start);
  if (!DATE_LABEL.test(label)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  const around = text.slice(prevStart, lineEnd < 0 ? text.length : lineEnd);
  if (RECORD_FIELDS.test(around)) return true;
  return BARE_DATE_LABEL.test(label) && !EVENT_FIELDS.test(around);
}
/** Code units before a date that a field's label can take (`Date/time:   Wednesday `). */
const LABEL_WINDOW = 60;

/**
 * The line's text before `start`, at most LABEL_WINDOW code units of it: a label is short, and
 * slicing a long line back to its start for every date made a 1 MB line quadratic. A window that
 * starts inside the line is prefixed with a letter, so the labels' `^` cannot match where no line
 * starts.
 */
function labelBefore(text: string, start: number): string {
  const from = Math.max(0, start - LABEL_WINDOW);
  const window = text.slice(from, start);
  const newline = window.lastIndexOf('\n');
  const line = newline >= 0 || from === 0 ? window.slice(newline + 1) : `x${window}`;
  // A Markdown label in bold (`**Date:** 12/03/2044`) reads as the plain label.
  return line.includes('**') ? line.replace(/\*\*/g, '') : line;
}

const DATE_COLUMNS = new Set(['date', 'time', 'timestamp', 'date/time', 'datetime', 'created']);
/** Columns of dates of birth in a table of any layout (a clinic list's `DOB`, a roll's `Born`). */
const BIRTH_COLUMNS = new Set(['dob', 'd.o.b.', 'd.o.b', 'date of birth', 'birth date', 'born']);
/** A date-of-birth column qualified by whose it is (`client_dob`, `Subject DOB`, `child_date_of_birth`). */
const QUALIFIED_BIRTH_COLUMN = /^[a-z]+[ _](?:dob|d\.o\.b\.?|date[ _]of[ _]birth)$/;
const QUALIFIED_BIRTH_GATE = /[_ ](?:dob|date[_ ]of[_ ]birth)\b/i;

/**
 * Columns whose header names an event in a person's life (`event_date`, `s136_date`, `det date`,
 * `arrest_date`, `date_of_death`, `incident_date`): a cell there is a DATE even in a
 * comma-separated export, as a study's linkage file or a register lists detentions (ANNOTATION.md:
 * "full calendar dates of an event in a named person's life"); the 11 cells under an incident
 * date column in the read sets were all annotated. Shift, visit, consent, interview and record
 * dates are not.
 */
const EVENT_COLUMN =
  /^(?:(?:event|incident|s ?13[56]|det|detention|detained|arrest|offence|conviction|sentence|admission|admitted|discharge|release|death|missing|found)[ _](?:date|dt)|date[ _]of[ _](?:death|detention|arrest|offence|conviction|admission|discharge|release|incident))$/;
const EVENT_GATE = /date|dt/i;
const EVENT_SCORE = 0.7;

/**
 * A date that is a whole line between other lines (`12 October 2026` under a letterhead), or a
 * heading's only words (headingDate), dates the document or its entry. A text that is nothing but a date (a form field, a test case) is not such a line.
 */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if (after !== 10 && after !== 13) return false;
  return text.charCodeAt(start - 1) === 10 || headingDate(text, start);
}

/**
 * A Markdown heading that holds only a date, perhaps with its weekday (`## Fri 22 Jan 2038`), as
 * a journal or a diary heads each day's entry: the entry's date, not an event's. 3 such headings
 * in the read sets, all hard negatives.
 */
const HEADING_BEFORE = new RegExp(String.raw`(?:^|\n)#{1,6}[ \t]+${WEEKDAY_BEFORE}?$`, 'i');

function headingDate(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) !== 10 && HEADING_BEFORE.test(textBefore(text, start, 24));
}

/** Blanks to the end of the line (or of the text). */
const LINE_END_AFTER = /^[ \t]*(?:\r?\n|$)/;
/**
 * What stands before a date set to the right of its line: blanks only (an indented letterhead
 * date), or a gap of four or more spaces after a signature, a reference or a role rather than after
 * a field's label (`Signed  J Preston  0872     25/01/2035`, `Responsible Clinician      06/11/2026`;
 * `Hearing:       12 January 2027` is a field).
 */
const RIGHT_SET_BEFORE = /(?:^[ \t]+|[^:\s] {4,})$/;

/**
 * A date that ends its line, set apart to the right or indented alone: the date a letter or a
 * signature bears, not an event's (none of the 900-odd dates the labelled sets annotate stands so).
 */
function rightSetDate(text: string, start: number, end: number): boolean {
  if (!LINE_END_AFTER.test(textAfter(text, end, 24))) return false;
  const window = textBefore(text, start, 80);
  const newline = window.lastIndexOf('\n');
  // The first line, or a line longer than the window, is not a right-set date line.
  return newline >= 0 && RIGHT_SET_BEFORE.test(window.slice(newline + 1));
}

/**
 * The first line of a text of several lines is its title, and a date there (not a date of birth)
 * dates the document (`Memo
 * – after P-07 – 23/05/2028`, `### Adult MASH screening – 28/04/2029`, `… export 2027-06-30`):
 * ANNOTATION.md leaves administrative dates out. Across the read sets 40 title dates are hard
 * negatives. A log's or an incident's title gives the incident's date (`Log 44/42280/22 - 01/10/22
 * 22:40hrs`, 8 annotated in the shared development set), and a fixture's (`Saltmarrow Town v Ostrey
 * United - 20 SEP 2046`) the match's, so those stay.
 */
const EVENT_TITLE = /^\W*(?:log|incident)\b|\b(?:v|vs)\.? [A-Z]/i;

/** A body under the title: a line break, then at least 20 more characters (a snippet is no document). */
const MIN_BODY = 20;

/**
 * A first line that is no title: a sentence dating an event (`Assaulted on 14/02/2026 at home.`,
 * a preposition right before the date) or data (an XML element or a JSON object).
 */
const NOT_A_TITLE = /\b(?:on|at|since|from|until|till|before|after|in)[ \t]+$|<[A-Za-z]|\{/i;

/** A title is short: a date further into the text than this is on no title line. */
const MAX_TITLE = 300;

function titleDate(text: string, start: number): boolean {
  // Checked first, so a long line (a hostile 1 MB one) is not searched back for each date.
  if (start > MAX_TITLE) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  if (lineStart > 0 || lineEnd < 0 || text.length - lineEnd <= MIN_BODY) return false;
  const before = text.slice(0, start);
  return !EVENT_TITLE.test(before) && !NOT_A_TITLE.test(before);
}

/**
 * A cell of a comma-separated row (`…,07700 900 004,2035-01-14,2035-01-21`): ANNOTATION.md leaves
 * CSV cells' dates out unless they are dates of birth (handled by the birth columns).
 */
function csvCell(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return before === 44 || (before === 34 && text.charCodeAt(start - 2) === 44);
}

function detectDates(text: string, find: MatchFinder): Detection[] {
  // ANNOTATION.md leaves out CSV timestamp cells; a pipe table is a typed chronology, whose
  // dates are events in a person's life.
  const cells = columnCells(text, DATE_COLUMNS, CSV_DELIMITERS);
  if (mayHoldAdminColumn(text) && ADMIN_COLUMN_GATE.test(text))
    cells.push(...columnCellsWhere(text, isAdminColumn, CSV_DELIMITERS));
  const stamped = cells.length === 0 ? null : new Set(cells.map((c) => c.start));
  const births = columnCells(text, BIRTH_COLUMNS);
  // A column needs a line break under its header (columnCellsWhere reads none without one).
  if (hasLineBreak(text) && QUALIFIED_BIRTH_GATE.test(text))
    births.push(...columnCellsWhere(text, (h) => QUALIFIED_BIRTH_COLUMN.test(h.trim())));
  const born = births.length === 0 ? null : new Set(births.map((c) => c.start));
  // A column needs a line break under its header (columnCellsWhere reads none without one).
  const events =
    hasLineBreak(text) && EVENT_GATE.test(text)
      ? columnCellsWhere(text, isEventColumn, CSV_DELIMITERS)
      : [];
  const evented = events.length === 0 ? null : new Set(events.map((c) => c.start));
  return scanMatches(find, (m) => {
    const end = m.index + m[0].length;
    // An event column says what its cells are, whatever follows on the row (a time, `02:31`).
    if (evented?.has(m.index)) return detection(NAME, 'DATE', text, m.index, end, EVENT_SCORE);
    if (stamped?.has(m.index) || adminBefore(textBefore(text, m.index, 120))) return null;
    if (SORT_CODE_BEFORE.test(textBefore(text, m.index, 16))) return null;
    if (recordDate(text, m.index)) return null;
    if (aloneOnLine(text, m.index, end) || rightSetDate(text, m.index, end)) return null;
    if (csvCell(text, m.index) && !born?.has(m.index)) return null;
    const found = classify(m, text);
    if (!found) return null;
    // A date in a date-of-birth column is one, whatever stands before it on its row.
    const type = born?.has(m.index) ? 'DATE_OF_BIRTH' : found.type;
    if (type === 'DATE' && titleDate(text, m.index)) return null;
    const score = type === found.type ? found.score : 0.85;
    return detection(NAME, type, text, m.index, end, score);
  });
}

/**
 * A bank sort code's label (`sort code 09-01-28`, `S/C 40-11-62`): its three pairs of digits
 * can spell a date. In the read sets 10 sort codes stand after such a label, all hard negatives.
 */
const SORT_CODE_BEFORE = /\b(?:[Ss]ort[ -]?[Cc]ode|SORT[ -]?CODE|[Ss]\/[Cc])[ \t]*:?[ \t]*$/;

/**
 * Columns of a record's or a rota's own dates (`shift_date`, `consent_date`, `interview_date`,
 * `date_in`, `updated`), a visit rota's, a supply register's and a contact log's (`visit_date`,
 * `supply_date`, `contact_date`): in the read sets 59 cells under such headers, all hard
 * negatives.
 */
const ADMIN_COLUMN =
  /^(?:(?:shift|attend|attendance|consent|interview|course|session|entry|log|created|updated|modified|submitted|received|report|visit|supply|contact)[ _](?:date|dt)|date[ _]in|date[ _]out|updated|modified|last[ _]updated)$/;
const ADMIN_COLUMN_GATE = /_date|_dt|date_|updated|modified| date\b/i;
/** ADMIN_COLUMN_GATE's literals in any case (it ends with a `\b` the literal gate cannot read). */
const mayHoldAdminColumn = foldedLiteralGate([
  '_date',
  '_dt',
  'date_',
  'updated',
  'modified',
  ' date',
]);

function isAdminColumn(header: string): boolean {
  return ADMIN_COLUMN.test(header.trim());
}

function isEventColumn(header: string): boolean {
  return EVENT_COLUMN.test(header.trim());
}

export const dateRecognizer: Recognizer = {
  name: NAME,
  types: ['DATE', 'DATE_OF_BIRTH'],
  detect: (text: string, _settings: DeidSettings) =>
    detectDates(text, wholeText(DATE_PATTERN, text)),
};

const AT_SITE = stickyTwin(DATE_PATTERN);
const START_WORDS = wordStarts(DATE_START_WORDS);
/**
 * The look-behind: `[\w/:-]`, or a dot that ends no dotted leader of three (`DOB.....`) and no
 * born's `b.` (`b.17/03/2001`).
 */
const notBefore = (c: number, text: string, at: number) =>
  isWordCode(c) ||
  c === 47 ||
  c === 58 ||
  c === 45 ||
  (c === 46 &&
    !text.startsWith('...', at - 2) &&
    !BORN_DOT.test(text.slice(Math.max(0, at - 2), at + 1)));
/** `b.` as a word of its own, right before a date (`Ifan b.17/03/2001`). */
const BORN_DOT = /(?:^|[^\p{L}\p{N}])[Bb]\.$/u;
/** A date's first digit run: a day (1 or 2 digits) or an ISO year (4 digits, then `-`). */
const dateRun = (length: number, next: number) => length <= 2 || (length === 4 && next === 45);

/**
 * Merged scan: a date starts a digit run (nothing word-like before it) or a word, and a written
 * date's first word is one of DATE_START_WORDS.
 */
export const datesAtSites: SiteDetector = (text, _settings, sites) => {
  const digits = runStartsAfter(text, sites, notBefore, dateRun);
  const starts = mergeSites(digits, letterStartsOf(sites, START_WORDS));
  return detectDates(text, atSites(AT_SITE, text, starts));
};
