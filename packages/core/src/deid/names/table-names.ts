/**
 * Names under a name column of a pasted or exported table (`surname,forenames,dob,…`, a tab- or
 * comma-separated tracker or nominal list): the header says what each cell is, which no word
 * inside a row announces (`PRIDEAUX,Lily-Rose,2009-02-14`). Only cells shaped like a name count:
 * one to four words of letters (apostrophes, hyphens and marks inside), so an empty cell, `N/K` or
 * a number under the column is left alone. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import {
  columnCells,
  CSV_DELIMITERS,
  FIXED_WIDTH,
  type Cell,
} from '../recognizers/table-columns.js';
import { echoable } from './name-echoes.js';
import { isGivenName } from './given-names.js';
import { RANKS } from './name-context.js';
import { hasDoubleSpace, hasPipe } from '../literal-gate.js';

export const TABLE_NAME_SCORE = 0.8;

/** Header cells (lower case) of columns that hold people's names. */
const NAME_COLUMNS = new Set([
  'surname',
  'surnames',
  'forename',
  'forenames',
  'first name',
  'first_name',
  'firstname',
  'first names',
  'given name',
  'given_name',
  'given names',
  'last name',
  'last_name',
  'lastname',
  'family name',
  'family_name',
  'full name',
  'full_name',
  'fullname',
  'name',
  'subject name',
  'subject_name',
  'person',
  'nominal',
  'known as',
  'known_as',
  'alias',
  // Message and call exports (a work phone's texts, a contact centre's calls).
  'contact_name',
  'contact name',
  'contact',
  'sender',
  'sender_name',
  'recipient',
  'recipient_name',
  'display_name',
  'display name',
  'caller_name',
  'caller name',
  'client_name',
  'client name',
  'patient_name',
  'patient name',
]);

/**
 * One to four name words: letters with marks, inner apostrophes, hyphens and single blanks, or an
 * initial with its stop (`A. Rathmore`).
 */
const NAME_CELL =
  /^(?:\p{Lu}\.|\p{L}[\p{L}\p{M}'’-]*)(?: (?:\p{Lu}\.|\p{L}[\p{L}\p{M}'’-]*)){0,3}$/u;
/**
 * A name written surname first with a comma, as case systems export a patient or subject
 * (`"Foyle, Declan"`, `"Llewellyn-Price, Bethan Mair"`): one or two capitalised words, a comma,
 * then one to three more.
 */
const SURNAME_FIRST_CELL =
  /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?, \p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u;

const isNameCell = (name: string) => NAME_CELL.test(name) || SURNAME_FIRST_CELL.test(name);
/**
 * Words a name column holds when the name is not known (`unknown male`, `not known`, `adult
 * female`, `Anon`, `Withheld`) or for an entry no person made (`Control`, `SYSTEM`): a cell made only
 * of these names nobody.
 */
const NO_NAME_WORDS = new Set(
  `unknown not known none nk tbc redacted unnamed male female man woman boy girl youth youths child
  adult person persons suspect victim caller witness staff officer group anon anonymous withheld
  declined refused control system automated auto n/a na`.split(/\s+/),
);

export function namesNobody(cell: string): boolean {
  return cell
    .toLowerCase()
    .split(' ')
    .every((w) => NO_NAME_WORDS.has(w));
}

/**
 * What a cell may add after the name: a note in brackets (`Madeleine Crossthwaite (partner)`) or
 * an officer's rank and number (`Crispin Ledgard PC 2871`). The name is the cell before it.
 */
const AFTER_NAME = /[ \t]+(?:\([^()]{1,40}\)|(?:PC|PCSO|PS|DC|DS|Sgt|SC)[ \t]*\d{2,6})$/u;

/** The cell without a role written after the name (`Gethin Morcombe AMHP`). */
function withoutRole(cell: string): string {
  const space = cell.lastIndexOf(' ');
  return space > 0 && RANKS.has(cell.slice(space + 1)) ? cell.slice(0, space) : cell;
}

/**
 * The name cells of comma- and tab-separated tables, and of tables drawn with `|` or printed in
 * fixed-width columns, whose name column often lists services and posts too (`Head of Service`,
 * `Ambulance`) or a missing value (`NaN`): there every word must read as a name (`echoable`).
 */
export function tableNames(text: string): Detection[] {
  const out: Detection[] = [];
  cellNames(columnCells(text, NAME_COLUMNS, CSV_DELIMITERS), () => true, out);
  cellNames(columnCells(text, SPEAKER_COLUMNS, CSV_DELIMITERS), allNameWords, out);
  if (hasPipe(text)) drawnTable(text, '|', out);
  if (hasDoubleSpace(text)) drawnTable(text, FIXED_WIDTH, out);
  return out;
}

/**
 * The speaker column of a transcript saved as a table (`turn,speaker,text`), as focus-group and
 * interview tools export one. ANNOTATION.md labels a speaker who is named and leaves generic
 * labels (`INT`, `P2`, `Facilitator`) alone: every word of the cell must read as a name
 * (`echoable`), and a role in brackets after it is left out (`Marisol (facilitator)`).
 */
const SPEAKER_COLUMNS: ReadonlySet<string> = new Set(['speaker', 'speaker_name', 'speaker name']);

/**
 * The name cells of a table drawn with `|` or in fixed width. An owner or lead column names posts
 * and teams as often as people (`Data Steward`, `Highways`): a name there starts with an initial
 * or a known given name (`A. Rathmore`, `Lucinda Farquharson`).
 */
function drawnTable(text: string, delimiter: string, out: Detection[]): void {
  cellNames(columnCells(text, NAME_COLUMNS, delimiter), allNameWords, out);
  const owners = columnCells(text, OWNER_COLUMNS, delimiter);
  cellNames(owners, (name) => startsAsName(name) && allNameWords(name), out);
  const staff = columnCells(text, STAFF_COLUMNS, delimiter);
  cellNames(staff, (name) => (startsAsName(name) || fullName(name)) && allNameWords(name), out);
}

/**
 * Columns of attendance records, visit logs and rotas that name the member of staff on each row
 * (`Supervisor`, `Seen by`). Like an owner column they may hold a post or a team instead, so a
 * name there starts with an initial or a known given name, or is two or more title-case words
 * none of which is an everyday word (`Pam Gorringe`).
 */
const STAFF_COLUMNS = new Set([
  'supervisor',
  'supervised by',
  'staff',
  'staff member',
  'worker',
  'key worker',
  'keyworker',
  'practitioner',
  'seen by',
  'completed by',
  'recorded by',
]);

/** Two to four title-case words (`Les Ambrose-Tait`). */
const FULL_NAME = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,3}$/u;

function fullName(name: string): boolean {
  return FULL_NAME.test(name);
}

function startsAsName(name: string): boolean {
  const first = name.split(' ')[0]!;
  return /^\p{Lu}\.$/u.test(first) || isGivenName(first.toLowerCase());
}

function allNameWords(name: string): boolean {
  return name.split(/,? |-/).every((w) => w === '' || /^\p{Lu}\.$/u.test(w) || echoable(w));
}

/**
 * Columns of action trackers and rotas drawn with `|` or in fixed width that name the person
 * who does each task (`Owner`, `Lead`).
 */
export const OWNER_COLUMNS: ReadonlySet<string> = new Set([
  'owner',
  'action owner',
  'lead',
  'lead officer',
  'responsible',
  'assigned to',
  'allocated to',
]);

function cellNames(cells: Cell[], accept: (name: string) => boolean, out: Detection[]): void {
  for (const c of cells) {
    const note = AFTER_NAME.exec(c.text);
    const name = withoutRole(note ? c.text.slice(0, note.index) : c.text);
    if (!isNameCell(name) || namesNobody(name.replace(',', '')) || !accept(name)) continue;
    out.push({
      type: 'PERSON',
      startUtf16: c.start,
      endUtf16: c.start + name.length,
      text: name,
      score: TABLE_NAME_SCORE,
      recognizer: 'person-table',
    });
  }
}
