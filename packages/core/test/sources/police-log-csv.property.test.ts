/**
 * Generated CSV logs round-trip: a CSV writer (RFC 4180 quoting, quotes doubled) writes random
 * rows with shuffled columns, header name variants, LF or CRLF; the parser must give back every
 * value, and text offsets must slice to the raw (escaped) cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePoliceLogCsv } from '../../src/index.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function writeStamp(d: Date, format: number): { text: string; iso: string } {
  const [y, mo, da, h, mi] = [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ];
  const s = format % 2 === 0 ? d.getUTCSeconds() : 0;
  const time = `${pad(h)}:${pad(mi)}${format % 2 === 0 ? `:${pad(s)}` : ''}`;
  const date = [
    `${pad(da)}/${pad(mo)}/${y}`,
    `${y}-${pad(mo)}-${pad(da)}`,
    `${pad(da)}/${pad(mo)}/${pad(y % 100)}`,
  ][format % 3];
  const iso = `${y}-${pad(mo)}-${pad(da)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  return { text: `${date} ${time}`, iso };
}

/**
 * RFC 4180 writer: quote when needed (or when asked), doubling quotes inside. Surrounding spaces
 * are trimmed from unquoted cells on reading, so a cell that has them is quoted.
 */
function writeCell(value: string, forceQuote: boolean): string {
  const needsQuotes = forceQuote || /[",\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

const HEADER_NAMES = {
  incident_id: ['incident_id', 'Incident ID', 'INCIDENTID', 'incident-id'],
  timestamp: ['timestamp', 'Timestamp', ' TIMESTAMP '],
  author: ['author', 'Author', 'AUTHOR'],
  text: ['text', 'Text', 'TEXT'],
  site: ['site', 'Site'],
} as const;
type Column = keyof typeof HEADER_NAMES;

const tricky = fc.constantFrom(',', '"', '""', '\n', '\r\n', ' ', 'é', '😀', 'a', 'B', ';', '\t');
const cellText = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 })
  .map((p) => p.join(''));

const row = fc.record({
  when: fc.date({
    min: new Date(Date.UTC(1971, 0, 1)),
    max: new Date(Date.UTC(2068, 11, 31)),
    noInvalidDate: true,
  }),
  format: fc.nat(5),
  author: cellText,
  text: cellText,
  quote: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
});

const csvArb = fc.record({
  columns: fc.shuffledSubarray<Column>(['incident_id', 'timestamp', 'author', 'text', 'site'], {
    minLength: 5,
    maxLength: 5,
  }),
  withSite: fc.boolean(),
  variant: fc.nat(3),
  incident: fc.stringMatching(/^[A-Z0-9/]{1,12}$/),
  site: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[a-z]$/),
  rows: fc.array(row, { minLength: 1, maxLength: 8 }),
  eol: fc.constantFrom('\n', '\r\n'),
  finalEol: fc.boolean(),
});

type GenCsv = typeof csvArb extends fc.Arbitrary<infer T> ? T : never;

function writeCsv(g: GenCsv): string {
  const columns = g.columns.filter((c) => g.withSite || c !== 'site');
  const header = columns.map((c) => HEADER_NAMES[c][g.variant % HEADER_NAMES[c].length]).join(',');
  const lines = g.rows.map((r) => {
    const values: Record<Column, string> = {
      incident_id: g.incident,
      timestamp: writeStamp(r.when, r.format).text,
      author: r.author,
      text: r.text,
      site: g.site,
    };
    return columns.map((c, i) => writeCell(values[c], r.quote[i] ?? false)).join(',');
  });
  return [header, ...lines].join(g.eol) + (g.finalEol ? g.eol : '');
}

describe('parsePoliceLogCsv round trip', () => {
  it('returns every written row with its values', () => {
    fc.assert(
      fc.property(csvArb, (g) => {
        const outcome = parsePoliceLogCsv(writeCsv(g), 'gen.csv');
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
        expect(outcome.diagnostics).toEqual([]);
        expect(outcome.structure.incident).toBe(g.incident);
        expect(outcome.structure.site).toBe(g.withSite ? g.site : null);
        const got = outcome.structure.entries.map((e) => ({
          time: e.time,
          author: e.author,
          text: e.text,
        }));
        const want = g.rows.map((r) => ({
          time: writeStamp(r.when, r.format).iso,
          author: r.author.trim() || null,
          text: r.text.replace(/\r\n/g, '\n'),
        }));
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('gives offsets that slice to the row and to the raw text cell', () => {
    fc.assert(
      fc.property(csvArb, (g) => {
        const text = writeCsv(g);
        const outcome = parsePoliceLogCsv(text, 'gen.csv');
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
        outcome.structure.entries.forEach((e, i) => {
          const raw = text.slice(e.textStartUtf16, e.textEndUtf16);
          expect(raw.replaceAll('""', '"')).toBe(g.rows[i]?.text);
          expect(e.startUtf16 <= e.textStartUtf16 && e.textEndUtf16 <= e.endUtf16).toBe(true);
          expect(text.slice(0, e.startUtf16).split('\n')).toHaveLength(e.line);
          expect(['\n', '\r', undefined]).toContain(text[e.endUtf16]);
        });
      }),
      { numRuns: 200 },
    );
  });
});
