/**
 * Names under table columns that a list of header words cannot cover: a name column qualified by
 * whose name it is (`visitor_name`, `Officer surname`, `witness forename`), and a column headed by
 * the role of the person on each row (`witness`, `lead_officer`, `defendant`), as visitor books,
 * expenses claims and offender trackers export them. A role column may hold a yes/no, a count or a
 * team, so a cell there counts only when every word reads as a name (`echoable`) and the cell is a
 * known given name, two title-case words or more, or a single title-case or UPPERCASE surname in an
 * officer column (`Pritchard`). Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { columnCellsWhere, CSV_DELIMITERS, type Cell } from '../recognizers/table-columns.js';
import { echoable } from './name-echoes.js';
import { isGivenName } from './given-names.js';
import { namesNobody, TABLE_NAME_SCORE } from './table-names.js';
import { hasLineBreak, hasPipe } from '../literal-gate.js';

/** `visitor_name`, `officer surname`, `witness forenames`: a person's role then a name word. */
const QUALIFIED_NAME =
  /^(?:visitor|witness|officer|resident|tenant|occupant|victim|suspect|offender|defendant|applicant|claimant|complainant|customer|driver|attendee|participant|interviewee|pupil|child|parent|carer|member|staff|worker|referrer|subject|patient|client|caller|informant|host|lead|oic|reporting)[ _](?:name|full[ _]name|surname|forenames?|first[ _]name|last[ _]name)$/;
/** Columns headed by the role of the person each row names. */
const ROLE_COLUMNS = new Set(
  `witness visitor defendant victim suspect offender applicant claimant complainant tenant resident
  occupant attendee participant interviewee client patient customer`.split(/\s+/),
);
/**
 * A staff column: an officer's (`officer`, `oic`, `host_officer`, `lead officer`, `officer in
 * case`) or a named practitioner's (`amhp`, `care_coordinator`, `worker`, `keyworker`, `idva`),
 * where one surname is enough and an initial may open the name (`R Vintner`, `Morvah L-K`).
 */
const OFFICER_COLUMN =
  /^(?:oic|(?:[a-z]+_)?officer(?:_in_(?:case|charge))?|amhp|care_co-?ordinator|co-?ordinator|(?:allocated_|key_?|case_?|social_|support_)?worker|practitioner|idva|isva|nurse|clinician)$/;
/** One to four name words (letters, marks, inner apostrophes and hyphens). */
const NAME_CELL = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3}$/u;
const TITLE_WORD = /^\p{Lu}(?:\p{Ll}|\p{M})[\p{L}\p{M}'’-]*$/u;
/** An initial (`R`, `R.`) or initials of a double-barrelled surname (`L-K`). */
const INITIALS = /^\p{Lu}\.?(?:-\p{Lu}\.?)*$/u;
const UPPER_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u;

const normalHeader = (header: string) => header.trim().replace(/\s+/g, ' ');

function isQualified(header: string): boolean {
  return QUALIFIED_NAME.test(normalHeader(header));
}

const roleOf = (header: string) => normalHeader(header).replace(/ /g, '_');
const isOfficerRole = (header: string) => OFFICER_COLUMN.test(roleOf(header));
const isOtherRole = (header: string) => ROLE_COLUMNS.has(roleOf(header));

/** Whether the text may hold one of the headers (a cheap gate before every line is read). */
function mayHoldHeader(text: string): boolean {
  return /name|witness|visitor|defendant|victim|suspect|offender|officer|oic|applicant|claimant|complainant|tenant|resident|occupant|attendee|participant|interviewee|client|patient|customer|amhp|ordinator|worker|practitioner|idva|isva|nurse|clinician|initials/i.test(
    text,
  );
}

/** Whether a role column's cell names a person (see the module comment). */
function roleCellIsName(cell: string, officer: boolean): boolean {
  if (namesNobody(cell)) return false;
  const words = cell.split(' ');
  const initial = (w: string) => officer && INITIALS.test(w);
  const nameWord = (w: string) => w.split('-').every((part) => part === '' || echoable(part));
  if (!words.every((w) => initial(w) || nameWord(w))) return false;
  if (words.length >= 2) {
    const shaped = (w: string) => TITLE_WORD.test(w) || UPPER_WORD.test(w);
    return words.some((w) => !initial(w)) && words.every((w) => initial(w) || shaped(w));
  }
  const only = words[0]!;
  return (
    isGivenName(only.toLowerCase()) || (officer && (TITLE_WORD.test(only) || UPPER_WORD.test(only)))
  );
}

function named(cell: Cell): Detection {
  return {
    type: 'PERSON',
    startUtf16: cell.start,
    endUtf16: cell.start + cell.text.length,
    text: cell.text,
    score: TABLE_NAME_SCORE,
    recognizer: 'person-role-column',
  };
}

export function roleColumnNames(text: string): Detection[] {
  // A table's header and rows are lines (columnCellsWhere reads none without a break): a one-line
  // text, most log entries, skips the case-insensitive header scan.
  if (!hasLineBreak(text) || !mayHoldHeader(text)) return [];
  const out: Detection[] = [];
  for (const c of columnCellsWhere(text, isQualified, CSV_DELIMITERS))
    if (NAME_CELL.test(c.text) && !namesNobody(c.text)) out.push(named(c));
  rolesUnder(text, isOfficerRole, true, out);
  rolesUnder(text, isOtherRole, false, out);
  if (/initials/i.test(text)) {
    for (const c of columnCellsWhere(text, isInitialsColumn, CSV_DELIMITERS))
      // `X.X.` holds the place of initials not given.
      if (INITIALS_CELL.test(c.text) && !/^[X.]+$/.test(c.text)) out.push(named(c));
  }
  return out;
}

/**
 * A column of the initials of the people a caseload or tracker lists (`initials`, `pt_initials`,
 * `client initials`), as exports shorten service users' names: each cell is the person's
 * initials (`TK`, `JP-O`, `M.O'D`, `F.F.`). Staff's initials columns (`staff_initials`, `signed`)
 * sign rows off and are not read.
 */
const INITIALS_COLUMN =
  /^(?:(?:pt|patient|client|subject|person|service[ _]user|su|young[ _]person|yp|child|resident|tenant|victim|suspect|nominal)[ _])?initials$/;
const INITIALS_CELL = /^\p{Lu}(?:[.'’-]{0,2}\p{Lu}){1,3}\.?$/u;
const isInitialsColumn = (header: string) =>
  INITIALS_COLUMN.test(normalHeader(header).toLowerCase());

function rolesUnder(
  text: string,
  isColumn: (header: string) => boolean,
  officer: boolean,
  out: Detection[],
): void {
  for (const c of columnCellsWhere(text, isColumn, CSV_DELIMITERS)) roleCell(c, officer, out);
  // A table drawn with `|` (a voucher log's clients): its cells are padded, and trimmed. Staff
  // columns of drawn tables are table-names.ts's, which asks more of a cell (`SUP` is a post).
  if (officer || !hasPipe(text)) return;
  for (const c of columnCellsWhere(text, isColumn, '|')) roleCell(c, officer, out);
}

/**
 * A role column's cell that names a person, in either order (`Ivy Frost`, or `Frost, Ivy` as case
 * lists write surname first).
 */
function roleCell(c: Cell, officer: boolean, out: Detection[]): void {
  const words = SURNAME_FIRST.test(c.text) ? c.text.replace(', ', ' ') : c.text;
  if (NAME_CELL.test(words) && roleCellIsName(words, officer)) out.push(named(c));
}

/** `Surname, Forename`: one comma after the first word or words. */
const SURNAME_FIRST = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?, \p{Lu}/u;
