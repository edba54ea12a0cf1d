import { describe, expect, it } from 'vitest';
import { parsePoliceLogText, type LogStructure, type ParseOutcome } from '../../src/index.js';

/** Parses and fails the test with the diagnostics when the log was not read. */
function parse(text: string): LogStructure {
  const outcome = parsePoliceLogText(text, 'log.txt');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome.structure;
}

const codes = (outcome: ParseOutcome<unknown>): string[] => outcome.diagnostics.map((d) => d.code);

// A fictional log in the shape of a narrative export.
const LOG = [
  'Incident: 0412/14032015',
  'Site: North',
  'Opened: 14/03/2015 21:02',
  'Opening code: ASB - NUISANCE',
  'Closing code: CONCERN FOR SAFETY',
  'Location: 1 EXAMPLE ROAD',
  'GRADE: IMMEDIATE',
  '',
  '14/03/2015 21:02 [OPERATOR 1234] CALLER REPORTS NEIGHBOUR SHOUTING IN STAIRWELL',
  'CALLER: MRS A TESTER',
  '(1) IP KNOWN TO CMHT',
  '21:05 [CONTROL] UNITS ASSIGNED',
  '21:20 [PC 4471 SMITH] ON SCENE. AT 21:05 MALE SEEN AT WINDOW',
  'TALKED DOWN 2100HRS',
  '14/03/2015 FOLLOW-UP REQUESTED',
].join('\n');

describe('parsePoliceLogText: header', () => {
  it('reads Key: Value lines before the first entry, keys lower-cased, into the named fields', () => {
    const log = parse(LOG);
    expect(log.header).toEqual({
      incident: '0412/14032015',
      site: 'North',
      opened: '14/03/2015 21:02',
      'opening code': 'ASB - NUISANCE',
      'closing code': 'CONCERN FOR SAFETY',
      location: '1 EXAMPLE ROAD',
      grade: 'IMMEDIATE',
    });
    expect(log).toMatchObject({
      kind: 'police_log',
      incident: '0412/14032015',
      site: 'North',
      openingCode: 'ASB - NUISANCE',
      closingCode: 'CONCERN FOR SAFETY',
      opened: '2015-03-14T21:02:00',
    });
  });

  it('accepts keys in any case and Opened: in every date format', () => {
    for (const [opened, iso] of [
      ['14/03/2015 21:02', '2015-03-14T21:02:00'],
      ['14/03/2015 21:02:09', '2015-03-14T21:02:09'],
      ['14/03/15 21:02', '2015-03-14T21:02:00'],
      ['2015-03-14 21:02', '2015-03-14T21:02:00'],
      ['2015-03-14 21:02:09', '2015-03-14T21:02:09'],
    ]) {
      const log = parse(`OPENED: ${opened}\nSITE: South\n21:05 [X] text`);
      expect(log.opened).toBe(iso);
      expect(log.site).toBe('South');
    }
  });

  it('skips leading blank lines and blank lines after the header', () => {
    const log = parse('\n\n  \nSite: North\n\n\n\n21:00 a\n');
    expect(log.site).toBe('North');
    expect(log.entries).toHaveLength(1);
  });

  it('warns about a repeated header key and keeps the first value', () => {
    const outcome = parsePoliceLogText('Site: North\nsite: South\n01/01/2020 10:00 a', 'log.txt');
    expect(outcome.ok && outcome.structure.site).toBe('North');
    expect(codes(outcome)).toEqual(['log.duplicate_header_key']);
  });

  it('warns about preamble lines that are neither header nor entry', () => {
    const outcome = parsePoliceLogText('NARRATIVE LOG\nSite: North\n01/01/2020 10:00 a', 'log.txt');
    expect(outcome.ok).toBe(true);
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'log.unrecognised_preamble', line: 1 });
  });

  it('warns when Opened: cannot be read, and the log still parses', () => {
    const outcome = parsePoliceLogText('Opened: yesterday evening\n01/01/2020 10:00 a', 'log.txt');
    expect(outcome.ok && outcome.structure.opened).toBe(null);
    expect(outcome.diagnostics[0]).toMatchObject({
      code: 'log.invalid_opened',
      line: 1,
      severity: 'warning',
    });
  });
});

describe('parsePoliceLogText: entries', () => {
  it('starts entries only at lines beginning with a timestamp', () => {
    const log = parse(LOG);
    expect(log.entries.map((e) => [e.index, e.time, e.author, e.line])).toEqual([
      [0, '2015-03-14T21:02:00', 'OPERATOR 1234', 9],
      [1, '2015-03-14T21:05:00', 'CONTROL', 12],
      [2, '2015-03-14T21:20:00', 'PC 4471 SMITH', 13],
    ]);
  });

  it('treats KEY:, (1), names, times inside text and dates without a time as continuation', () => {
    const log = parse(LOG);
    expect(log.entries[0]?.text).toBe(
      'CALLER REPORTS NEIGHBOUR SHOUTING IN STAIRWELL\nCALLER: MRS A TESTER\n(1) IP KNOWN TO CMHT',
    );
    expect(log.entries[2]?.text).toBe(
      'ON SCENE. AT 21:05 MALE SEEN AT WINDOW\nTALKED DOWN 2100HRS\n14/03/2015 FOLLOW-UP REQUESTED',
    );
  });

  it('reads every timestamp format into ISO local time with seconds', () => {
    const cases: Array<[string, string]> = [
      ['14/03/2015 21:05', '2015-03-14T21:05:00'],
      ['14/03/2015 21:05:07', '2015-03-14T21:05:07'],
      ['14/03/15 21:05', '2015-03-14T21:05:00'],
      ['14/03/15 21:05:07', '2015-03-14T21:05:07'],
      ['2015-03-14 21:05', '2015-03-14T21:05:00'],
      ['2015-03-14 21:05:07', '2015-03-14T21:05:07'],
      ['2015-03-14T21:05:07', '2015-03-14T21:05:07'],
    ];
    for (const [stamp, iso] of cases) expect(parse(`${stamp} [A] x`).entries[0]?.time).toBe(iso);
  });

  it('maps two-digit years 00–69 to 20xx and 70–99 to 19xx', () => {
    expect(parse('01/01/69 10:00 a').entries[0]?.time).toBe('2069-01-01T10:00:00');
    expect(parse('01/01/70 10:00 a').entries[0]?.time).toBe('1970-01-01T10:00:00');
    expect(parse('01/01/00 10:00 a').entries[0]?.time).toBe('2000-01-01T10:00:00');
    expect(parse('01/01/99 10:00 a').entries[0]?.time).toBe('1999-01-01T10:00:00');
  });

  it('gives a bare time the date of the previous entry and rolls over when the time goes back', () => {
    const log = parse('31/12/2015 23:50 a\n23:55 b\n00:05 c\n00:05 d\n00:04:59 e\n');
    expect(log.entries.map((e) => e.time)).toEqual([
      '2015-12-31T23:50:00',
      '2015-12-31T23:55:00',
      '2016-01-01T00:05:00',
      '2016-01-01T00:05:00',
      '2016-01-02T00:04:59',
    ]);
  });

  it('rolls over across month ends and leap days', () => {
    expect(parse('28/02/2016 23:00 a\n01:00 b').entries[1]?.time).toBe('2016-02-29T01:00:00');
    expect(parse('28/02/2015 23:00 a\n01:00 b').entries[1]?.time).toBe('2015-03-01T01:00:00');
  });

  it('dates bare times from Opened: when no dated entry precedes them, rolling over from its time', () => {
    expect(parse('Opened: 14/03/2015 21:00\n21:05 a\n21:10 b').entries.map((e) => e.time)).toEqual([
      '2015-03-14T21:05:00',
      '2015-03-14T21:10:00',
    ]);
    expect(parse('Opened: 14/03/2015 23:50\n00:10 a').entries[0]?.time).toBe('2015-03-15T00:10:00');
    expect(parse('Opened: 14/03/2015\n00:10 a').entries[0]?.time).toBe('2015-03-14T00:10:00');
  });

  it('gives entries time null and warns once when bare times have no date at all', () => {
    const outcome = parsePoliceLogText('21:05 a\n21:10 b\n', 'log.txt');
    expect(outcome.ok && outcome.structure.entries.map((e) => e.time)).toEqual([null, null]);
    expect(outcome.diagnostics).toHaveLength(1);
    expect(outcome.diagnostics[0]).toMatchObject({
      code: 'log.bare_time_without_date',
      severity: 'warning',
      line: 1,
    });
  });

  it('keeps an entry with an impossible timestamp, with time null and a warning, and does not crash', () => {
    const outcome = parsePoliceLogText(
      '01/02/2015 10:00 a\n31/02/2015 21:05 b\n25:61 c\n10:30 d',
      'log.txt',
    );
    expect(outcome.ok && outcome.structure.entries.map((e) => [e.time, e.text])).toEqual([
      ['2015-02-01T10:00:00', 'a'],
      [null, 'b'],
      [null, 'c'],
      ['2015-02-01T10:30:00', 'd'],
    ]);
    expect(outcome.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['log.invalid_timestamp', 2],
      ['log.invalid_timestamp', 3],
    ]);
  });

  it('reads the author in brackets, tabs as separators, and an entry with no text', () => {
    const log = parse(
      '14/03/2015 21:05\t[PC 4471 SMITH]\tATTENDED\n21:06 [CONTROL]\n21:07 [] x\n21:08 no author',
    );
    expect(log.entries.map((e) => [e.author, e.text])).toEqual([
      ['PC 4471 SMITH', 'ATTENDED'],
      ['CONTROL', ''],
      [null, 'x'],
      [null, 'no author'],
    ]);
  });

  it('joins continuation lines with \\n, trimming each, and skips blank lines', () => {
    const log = parse('14/03/2015 21:05 [A] first  \r\n   second\t\r\n\r\n  third\r\n');
    expect(log.entries[0]?.text).toBe('first\nsecond\nthird');
  });

  it('does not take a line with leading space, 2100HRS or 21:05HRS as an entry start', () => {
    const log = parse('14/03/2015 21:05 a\n 21:06 b\n2100HRS c\n21:07HRS d');
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]?.text).toBe('a\n21:06 b\n2100HRS c\n21:07HRS d');
  });
});

describe('parsePoliceLogText: offsets', () => {
  it('gives UTF-16 spans over the text with CR kept', () => {
    const text = 'Site: N\r\n14/03/2015 21:05 [A] café 😀\r\nmore\r\n21:06 [B]\r\n';
    const [first, second] = parse(text).entries;
    expect(text.slice(first?.startUtf16, first?.endUtf16)).toBe(
      '14/03/2015 21:05 [A] café 😀\r\nmore',
    );
    expect(text.slice(first?.textStartUtf16, first?.textEndUtf16)).toBe('café 😀\r\nmore');
    expect(text.slice(second?.startUtf16, second?.endUtf16)).toBe('21:06 [B]');
    expect(second?.textStartUtf16).toBe(second?.textEndUtf16);
  });
});

describe('parsePoliceLogText: a BOM left in the text', () => {
  it('is not part of the first line', () => {
    const log = parse('\uFEFF14/03/2015 21:05 [A] x');
    expect(log.entries[0]).toMatchObject({ time: '2015-03-14T21:05:00', startUtf16: 1, line: 1 });
    expect(parse('\uFEFFSite: North\n21:05 x').site).toBe('North');
  });
});

describe('parsePoliceLogText: bad input', () => {
  it('reports a log with no timestamped entry at line 1, column 1, with what an entry must start with', () => {
    const outcome = parsePoliceLogText(
      'Site: North\nCALLER REPORTS NOISE\n14/03/2015 no time',
      'empty.txt',
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'log.no_timestamped_entry',
        file: 'empty.txt',
        line: 1,
        column: 1,
      }),
    ]);
    expect(outcome.diagnostics[0]?.hint).toContain('14/03/2015 21:05');
  });

  it('reads a 1 MB single-line entry in linear time', () => {
    const huge = 'A'.repeat(1_000_000);
    const log = parse(`14/03/2015 21:05 [${'B'.repeat(500_000)} ${huge}\n21:06 [A] next`);
    expect(log.entries).toHaveLength(2);
    expect(log.entries[0]?.author).toBe(null);
    expect(log.entries[0]?.text.length).toBeGreaterThan(1_500_000);
  });

  it('does not hang on a 1 MB line of digits, colons and spaces', () => {
    const outcome = parsePoliceLogText(
      `${'1:'.repeat(300_000)}\n${'14/03/2015 '.repeat(50_000)}`,
      'x.txt',
    );
    expect(outcome.ok).toBe(false);
  });
});
