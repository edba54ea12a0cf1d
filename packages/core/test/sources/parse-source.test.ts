import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SOURCE_FORMATS,
  detectFormat,
  parseDocument,
  parsePoliceLogCsv,
  parsePoliceLogText,
  parseSource,
  parseTranscript,
  type ParseOutcome,
} from '../../src/index.js';

describe('detectFormat', () => {
  it('reads .csv as a log CSV and otherwise follows the dataset kind', () => {
    const cases = [
      ['log.CSV', 'police_logs', 'police_log_csv'],
      ['log.txt', 'police_logs', 'police_log_text'],
      ['interview.txt', 'interviews', 'transcript'],
      ['group.docx', 'focus_groups', 'transcript'],
      ['policy.md', 'documents', 'document'],
      ['notes.txt', 'documents', 'document'],
    ] as const;
    for (const [file, kind, format] of cases)
      expect(detectFormat({ file, text: '', kind })).toBe(format);
  });
});

describe('parseSource', () => {
  it('dispatches each format to its parser', () => {
    const log = '14/03/2015 21:05 [A] x';
    expect(parseSource({ file: 'a.txt', text: log, format: 'police_log_text' })).toEqual(
      parsePoliceLogText(log, 'a.txt'),
    );
    const csv = 'incident_id,timestamp,author,text\n1,14/03/2015 21:05,a,b';
    expect(parseSource({ file: 'a.csv', text: csv, format: 'police_log_csv' })).toEqual(
      parsePoliceLogCsv(csv, 'a.csv'),
    );
    expect(parseSource({ file: 'i.txt', text: 'INT: hi', format: 'transcript' })).toEqual(
      parseTranscript('INT: hi', 'i.txt'),
    );
    const md = '# Title\ntext';
    expect(parseSource({ file: 'd.md', text: md, format: 'document' })).toEqual(
      parseDocument(md, 'd.md', 'markdown'),
    );
    expect(parseSource({ file: 'd.txt', text: md, format: 'document' })).toEqual(
      parseDocument(md, 'd.txt', 'plain'),
    );
  });
});

/** Every outcome is either a structure or at least one error, and every diagnostic is complete. */
function wellFormed(outcome: ParseOutcome<unknown>, file: string): void {
  if (!outcome.ok) expect(outcome.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  for (const d of outcome.diagnostics) {
    expect(d.file).toBe(file);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length * d.hint.length).toBeGreaterThan(0);
  }
}

/** Strings made of the characters the parsers look at, so random input reaches their branches. */
const structured = fc.string({
  unit: fc.constantFrom(
    '1',
    '4',
    '/',
    ':',
    ' ',
    '\t',
    '\n',
    '\r',
    '[',
    ']',
    '(',
    ')',
    '"',
    ',',
    ';',
    '#',
    '`',
    'A',
    'a',
    'é',
    '😀',
    '\uFEFF',
    '2015-03-14 ',
    '14/03/2015 21:05',
    'INT: ',
    'Site: ',
    '```',
  ),
  maxLength: 80,
});

describe('parsers never throw', () => {
  it('returns diagnostics for arbitrary strings in every format', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), structured),
        fc.constantFrom(...SOURCE_FORMATS),
        (text, format) => {
          wellFormed(parseSource({ file: 'x.md', text, format }), 'x.md');
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('returns entries whose offsets stay inside the text and in order', () => {
    fc.assert(
      fc.property(structured, (text) => {
        for (const outcome of [
          parsePoliceLogText(text, 'f'),
          parsePoliceLogCsv(text, 'f'),
          parseTranscript(text, 'f'),
        ]) {
          const items = outcome.ok
            ? 'entries' in outcome.structure
              ? outcome.structure.entries
              : outcome.structure.turns
            : [];
          let previousEnd = 0;
          for (const item of items) {
            expect(previousEnd <= item.startUtf16 && item.startUtf16 <= item.textStartUtf16).toBe(
              true,
            );
            expect(
              item.textStartUtf16 <= item.textEndUtf16 &&
                item.textEndUtf16 <= item.endUtf16 &&
                item.endUtf16 <= text.length,
            ).toBe(true);
            previousEnd = item.endUtf16;
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('locates an empty quoted cell that csv-parse reads across spaces and more empty quotes', () => {
    // Found by the property below (seed 652190965): csv-parse reads `""\t"",` as ["", ""].
    for (const body of ['""\t"",', '""  "" "",y', '"" ""']) {
      const outcome = parsePoliceLogCsv(`incident_id,timestamp,author,text\n${body}`, 'f.csv');
      expect(outcome.diagnostics.map((d) => d.code)).not.toContain('csv.unreadable');
    }
  });

  it('locates every CSV row csv-parse reads (no csv.unreadable), whatever the spacing and quoting', () => {
    const cell = fc.string({
      unit: fc.constantFrom(',', '"', ' ', '\t', '\n', '\r', ';', 'a', '\u00a0', '\uFEFF', '1'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.constantFrom(',', ';', '\t'), cell, (delimiter, body) => {
        const header = ['incident_id', 'timestamp', 'author', 'text'].join(delimiter);
        const outcome = parsePoliceLogCsv(`${header}\n${body}`, 'f.csv');
        expect(outcome.diagnostics.map((d) => d.code)).not.toContain('csv.unreadable');
      }),
      { numRuns: 3000 },
    );
  });
});
