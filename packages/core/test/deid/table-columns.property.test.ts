import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnCells } from '../../src/deid/recognizers/table-columns.js';

const NAMES = new Set(['age']);
/** A cell: letters, digits, spaces and a few marks, never a delimiter, quote or line break. */
const cell = fc.stringMatching(/^[A-Za-z0-9 ./-]{0,8}$/);

/** A row that reads as a Markdown header rule: dashes and colons only, not every cell empty. */
const markdownRule = (row: string[]) =>
  row.some((c) => c.trim() !== '') && row.every((c) => /^:?-*:?$/.test(c.trim()));

const table = fc.record({
  delimiter: fc.constantFrom('\t', ',', '|'),
  eol: fc.constantFrom('\n', '\r\n'),
  width: fc.integer({ min: 3, max: 6 }),
  rows: fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 6 }),
  header: fc.array(fc.constantFrom('name', 'ref', 'date', 'time', 'result'), {
    minLength: 6,
    maxLength: 6,
  }),
  column: fc.nat(),
  prose: fc.constantFrom('', 'Notes follow, age unknown\n'),
});

describe('columnCells', () => {
  it('returns exactly the non-empty cells under the named column, with their offsets', () => {
    fc.assert(
      fc.property(table, ({ delimiter, eol, width, rows, header, column, prose }) => {
        const names: string[] = header.slice(0, width);
        const at = column % width;
        names[at] = 'Age';
        const body = rows.map((r) => r.slice(0, width));
        const text = prose + [names, ...body].map((r) => r.join(delimiter)).join(eol) + eol + 'end';
        const found = columnCells(text, NAMES);
        // A pipe table's first row of dashes alone is a Markdown rule under the header, skipped.
        const skipped = delimiter === '|' && body.length > 0 && markdownRule(body[0]!) ? 1 : 0;
        const expected = body
          .slice(skipped)
          .map((r) => r[at]!.trim())
          .filter((v) => v !== '');
        expect(found.map((c) => c.text)).toEqual(expected);
        for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
      }),
    );
  });

  it('reads a Markdown pipe table, skipping the rule under its header', () => {
    fc.assert(
      fc.property(table, ({ eol, width, rows, header, column }) => {
        const names: string[] = header.slice(0, width);
        const at = column % width;
        names[at] = 'Age';
        const body = rows.map((r) => r.slice(0, width));
        const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
        const rule = line(names.map(() => '---'));
        const text = [line(names), rule, ...body.map(line)].join(eol) + eol + 'end';
        const found = columnCells(text, NAMES);
        const expected = body.map((r) => r[at]!.trim()).filter((v) => v !== '');
        expect(found.map((c) => c.text)).toEqual(expected);
        for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
      }),
    );
  });

  it('reads only the delimiters asked for', () => {
    const text = 'a | age | b\n1 | 34 | 2\n';
    expect(columnCells(text, NAMES).map((c) => c.text)).toEqual(['34']);
    expect(columnCells(text, NAMES, '\t,')).toEqual([]);
  });

  it('needs three columns and stops at a row of another width or with an unclosed quote', () => {
    expect(columnCells('age, sex\n34, m\n', NAMES)).toEqual([]);
    const text = 'a\tage\tb\n1\t34\t2\n"x\t35\t3\n1\t36\t2\n';
    expect(columnCells(text, NAMES).map((c) => c.text)).toEqual(['34']);
  });

  it('reads a quoted cell (RFC 4180) as one cell, its text inside the quotes', () => {
    const text = 'a,age,b\n"x, y",34,2\n1,"35",3\n"say ""hi"" now",36,4\n';
    const cells = columnCells(text, NAMES);
    expect(cells.map((c) => c.text)).toEqual(['34', '35', '36']);
    for (const c of cells) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

/** A cell as a CSV export writes it: quoted when it holds a comma or a quote (`""` inside). */
const rawCell = fc.stringMatching(/^[A-Za-z0-9 ,"'-]{0,10}$/);
function csvField(value: string): string {
  return /[,"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

describe('columnCells on RFC 4180 rows', () => {
  it('gives each quoted cell of the column with offsets that slice back to its text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(rawCell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, eol) => {
          const lines = ['id,age,note', ...rows.map((r) => r.map(csvField).join(','))];
          const text = lines.join(eol) + eol;
          const cells = columnCells(text, NAMES);
          for (const c of cells) expect(text.slice(c.start, c.end)).toBe(c.text);
          // The cell under `age` as written inside its quotes (a doubled quote stays doubled).
          const expected = rows
            .map((r) => (/[,"]/.test(r[1]!) ? r[1]!.replace(/"/g, '""') : r[1]!.trim()))
            .filter((v) => v !== '');
          expect(cells.map((c) => c.text)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
