/**
 * Names under a name column of a pasted or exported table (`surname,forenames,dob,…`, a tab- or
 * comma-separated tracker or nominal list): the header says what each cell is, which no word
 * inside a row announces (`PRIDEAUX,Lily-Rose,2009-02-14`). Only cells shaped like a name count:
 * one to four words of letters (apostrophes, hyphens and marks inside), so an empty cell, `N/K` or
 * a number under the column is left alone. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { columnCells, CSV_DELIMITERS } from '../recognizers/table-columns.js';

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
]);

/** One to four name words: letters with marks, inner apostrophes, hyphens and single blanks. */
const NAME_CELL = /^\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,3}$/u;
/**
 * Words a name column holds when the name is not known (`unknown male`, `not known`, `adult
 * female`): a cell made only of these names nobody.
 */
const NO_NAME_WORDS = new Set(
  `unknown not known none nk tbc redacted unnamed male female man woman boy girl youth youths child
  adult person persons suspect victim caller witness staff officer group`.split(/\s+/),
);

function namesNobody(cell: string): boolean {
  return cell
    .toLowerCase()
    .split(' ')
    .every((w) => NO_NAME_WORDS.has(w));
}

export function tableNames(text: string): Detection[] {
  const out: Detection[] = [];
  for (const c of columnCells(text, NAME_COLUMNS, CSV_DELIMITERS)) {
    if (!NAME_CELL.test(c.text) || namesNobody(c.text)) continue;
    out.push({
      type: 'PERSON',
      startUtf16: c.start,
      endUtf16: c.end,
      text: c.text,
      score: TABLE_NAME_SCORE,
      recognizer: 'person-table',
    });
  }
  return out;
}
