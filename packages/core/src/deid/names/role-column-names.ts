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

/** `visitor_name`, `officer surname`, `witness forenames`: a person's role then a name word. */
const QUALIFIED_NAME =
  /^(?:visitor|witness|officer|resident|tenant|occupant|victim|suspect|offender|defendant|applicant|claimant|complainant|customer|driver|attendee|participant|interviewee|pupil|child|parent|carer|member|staff|worker|referrer|subject|patient|client|caller|informant|host|lead|oic|reporting)[ _](?:name|full[ _]name|surname|forenames?|first[ _]name|last[ _]name)$/;
/** Columns headed by the role of the person each row names. */
const ROLE_COLUMNS = new Set(
  `witness visitor defendant victim suspect offender applicant claimant complainant tenant resident
  occupant attendee participant interviewee`.split(/\s+/),
);
/** An officer column: `officer`, `oic`, or a header ending in `officer` (`host_officer`, `lead officer`, `officer in case`). */
const OFFICER_COLUMN = /^(?:oic|(?:[a-z]+_)?officer(?:_in_(?:case|charge))?)$/;
/** One to four name words (letters, marks, inner apostrophes and hyphens). */
const NAME_CELL = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3}$/u;
const TITLE_WORD = /^\p{Lu}(?:\p{Ll}|\p{M})[\p{L}\p{M}'’-]*$/u;
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
  return /name|witness|visitor|defendant|victim|suspect|offender|officer|oic|applicant|claimant|complainant|tenant|resident|occupant|attendee|participant|interviewee/i.test(
    text,
  );
}

/** Whether a role column's cell names a person (see the module comment). */
function roleCellIsName(cell: string, officer: boolean): boolean {
  if (namesNobody(cell)) return false;
  const words = cell.split(' ');
  if (!words.every((w) => w.split('-').every((part) => part === '' || echoable(part))))
    return false;
  if (words.length >= 2) return words.every((w) => TITLE_WORD.test(w) || UPPER_WORD.test(w));
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
  if (!text.includes('\n') || !mayHoldHeader(text)) return [];
  const out: Detection[] = [];
  for (const c of columnCellsWhere(text, isQualified, CSV_DELIMITERS))
    if (NAME_CELL.test(c.text) && !namesNobody(c.text)) out.push(named(c));
  rolesUnder(text, isOfficerRole, true, out);
  rolesUnder(text, isOtherRole, false, out);
  return out;
}

function rolesUnder(
  text: string,
  isColumn: (header: string) => boolean,
  officer: boolean,
  out: Detection[],
): void {
  for (const c of columnCellsWhere(text, isColumn, CSV_DELIMITERS))
    if (NAME_CELL.test(c.text) && roleCellIsName(c.text, officer)) out.push(named(c));
}
