import { describe, expect, it } from 'vitest';
import { parsePoliceLogCsv, type LogStructure } from '../../src/index.js';

function parse(text: string): LogStructure {
  const outcome = parsePoliceLogCsv(text, 'log.csv');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome.structure;
}

const HEADER = 'incident_id,timestamp,author,text,site,opening_code,closing_code';
const SHORT = 'incident_id,timestamp,author,text';

describe('parsePoliceLogCsv', () => {
  it('reads one entry per row with the log fields from the first rows that give them', () => {
    const log = parse(
      [
        HEADER,
        '0412,14/03/2015 21:02,OPERATOR 1234,CALLER REPORTS NOISE,North,ASB - NUISANCE,',
        '0412,14/03/2015 21:05,,UNITS ASSIGNED,North,ASB - NUISANCE,',
        '0412,2015-03-14 22:40:05,PC 4471 SMITH,NFA,North,ASB - NUISANCE,CONCERN FOR SAFETY',
      ].join('\n'),
    );
    expect(log).toMatchObject({
      kind: 'police_log',
      header: {},
      incident: '0412',
      site: 'North',
      openingCode: 'ASB - NUISANCE',
      closingCode: 'CONCERN FOR SAFETY',
      opened: null,
    });
    expect(log.entries.map((e) => [e.index, e.time, e.author, e.text, e.line])).toEqual([
      [0, '2015-03-14T21:02:00', 'OPERATOR 1234', 'CALLER REPORTS NOISE', 2],
      [1, '2015-03-14T21:05:00', null, 'UNITS ASSIGNED', 3],
      [2, '2015-03-14T22:40:05', 'PC 4471 SMITH', 'NFA', 4],
    ]);
  });

  it('accepts any column order and header names in any case, trimmed, with _ - or spaces', () => {
    const log = parse(
      ' TEXT ,Author,Time Stamp,Incident ID,SITE\nhello,A,14/03/15 21:05,7,South\n',
    );
    expect(log.incident).toBe('7');
    expect(log.site).toBe('South');
    expect(log.entries[0]).toMatchObject({
      text: 'hello',
      author: 'A',
      time: '2015-03-14T21:05:00',
    });
    expect(parse('IncidentID,TimeStamp,AUTHOR,Text\n1,14/03/2015 21:05,a,b').entries).toHaveLength(
      1,
    );
    expect(parse('incident-id,timestamp,author,text\n1,14/03/2015 21:05,a,b').entries).toHaveLength(
      1,
    );
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, with LF or CRLF', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = `${HEADER}${eol}1,14/03/2015 21:05,A,"He said ""go away"", twice${eol}then left",N,,${eol}`;
      const [entry] = parse(text).entries;
      expect(entry?.text).toBe('He said "go away", twice\nthen left');
      expect(text.slice(entry?.textStartUtf16, entry?.textEndUtf16)).toBe(
        `He said ""go away"", twice${eol}then left`,
      );
      expect(text.slice(entry?.startUtf16, entry?.endUtf16)).toBe(
        `1,14/03/2015 21:05,A,"He said ""go away"", twice${eol}then left",N,,`,
      );
    }
  });

  it('trims spaces around cells, so a space after each comma is harmless, quoted cells included', () => {
    const text =
      'incident_id, timestamp, author, text\n7, 14/03/2015 21:05, PC 1 ,  "CALLER, AGAIN"  \n   \n7, 21:06, , NEXT\n';
    const log = parse(text);
    expect(log.entries.map((e) => [e.time, e.author, e.text])).toEqual([
      ['2015-03-14T21:05:00', 'PC 1', 'CALLER, AGAIN'],
      ['2015-03-14T21:06:00', null, 'NEXT'],
    ]);
    expect(text.slice(log.entries[1]?.textStartUtf16, log.entries[1]?.textEndUtf16)).toBe('NEXT');
    expect(text.slice(log.entries[1]?.startUtf16, log.entries[1]?.endUtf16)).toBe(
      '7, 21:06, , NEXT',
    );
  });

  it('takes a BOM left in the text as part of nothing', () => {
    const text = '\uFEFF"incident_id",timestamp,author,text\n1,14/03/2015 21:05,a,b\n';
    const [entry] = parse(text).entries;
    expect(text.slice(entry?.textStartUtf16, entry?.textEndUtf16)).toBe('b');
  });

  it('skips blank lines and blank rows', () => {
    const log = parse(
      `${HEADER}\n\n1,14/03/2015 21:05,a,b,,,\n,,,,,,\n\n1,14/03/2015 21:06,a,c,,,\n`,
    );
    expect(log.entries.map((e) => [e.text, e.line])).toEqual([
      ['b', 3],
      ['c', 6],
    ]);
  });

  it('gives a bare time the previous row date with rollover, and warns once', () => {
    const outcome = parsePoliceLogCsv(
      `${SHORT}\n1,14/03/2015 23:50,a,x\n1,23:55,a,y\n1,00:10,a,z\n`,
      'log.csv',
    );
    expect(outcome.ok && outcome.structure.entries.map((e) => e.time)).toEqual([
      '2015-03-14T23:50:00',
      '2015-03-14T23:55:00',
      '2015-03-15T00:10:00',
    ]);
    expect(outcome.diagnostics.map((d) => [d.code, d.line])).toEqual([['csv.bare_time', 3]]);
  });

  it('keeps rows with an unreadable or missing timestamp, with time null and a warning at the cell', () => {
    const outcome = parsePoliceLogCsv(
      `${SHORT}\n1,31/02/2015 21:05,a,x\n1,,a,y\n1,soon,a,z\n`,
      'log.csv',
    );
    expect(outcome.ok && outcome.structure.entries.map((e) => e.time)).toEqual([null, null, null]);
    expect(outcome.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['csv.invalid_timestamp', 2, 3],
      ['csv.invalid_timestamp', 3, 3],
      ['csv.invalid_timestamp', 4, 3],
    ]);
  });

  it('joins separate date and time columns', () => {
    const log = parse('incident_id,date,time,author,text\n1,14/03/2015,21:05:09,a,b\n');
    expect(log.entries[0]?.time).toBe('2015-03-14T21:05:09');
  });

  it('reads semicolon- and tab-separated files', () => {
    expect(
      parse('incident_id;timestamp;author;text\n1;14/03/2015 21:05;a;b, c\n').entries[0]?.text,
    ).toBe('b, c');
    expect(
      parse('incident_id\ttimestamp\tauthor\ttext\n1\t14/03/2015 21:05\ta\tb\n').entries[0]?.text,
    ).toBe('b');
  });

  it('warns about rows with a different number of cells and about several incidents', () => {
    const outcome = parsePoliceLogCsv(
      'incident_id,timestamp,author,text\n1,14/03/2015 21:05,a\n2,14/03/2015 21:06,a,b,extra\n',
      'log.csv',
    );
    expect(outcome.ok && outcome.structure.entries.map((e) => e.text)).toEqual(['', 'b']);
    expect(outcome.diagnostics.map((d) => d.code)).toEqual([
      'csv.ragged_row',
      'csv.ragged_row',
      'csv.conflicting_values',
    ]);
  });
});

describe('parsePoliceLogCsv: bad input', () => {
  it('names the missing columns and the ones found, at line 1', () => {
    const outcome = parsePoliceLogCsv('Incident,When,Narrative text\n1,2,3\n', 'bad.csv');
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics).toHaveLength(1);
    const [d] = outcome.diagnostics;
    expect(d).toMatchObject({
      severity: 'error',
      code: 'csv.missing_columns',
      file: 'bad.csv',
      line: 1,
      column: 1,
    });
    expect(d?.message).toContain('timestamp, author, text');
    expect(d?.message).toContain('"Incident", "When", "Narrative text"');
  });

  it('reports a header with no rows', () => {
    const outcome = parsePoliceLogCsv(`${HEADER}\n`, 'log.csv');
    expect(outcome.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['error', 'csv.no_rows'],
    ]);
  });

  it('reports an unclosed quote and a stray quote at their line and column', () => {
    const unclosed = parsePoliceLogCsv(`${SHORT}\n1,14/03/2015 21:05,a,"never closed\n`, 'log.csv');
    expect(unclosed.diagnostics).toEqual([
      expect.objectContaining({ code: 'csv.unclosed_quote', line: 2, column: 22 }),
    ]);
    const stray = parsePoliceLogCsv(
      `${SHORT}\n1,14/03/2015 21:05,a,ok\n1,14/03/2015 21:06,a,"bad"x\n`,
      'log.csv',
    );
    expect(stray.diagnostics).toEqual([
      expect.objectContaining({ code: 'csv.bad_quote', line: 3, column: 22 }),
    ]);
  });
});
