import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const LOG_TEXT = [
  'Incident: NM-TEST-0001',
  'Site: Testshire',
  'Opened: 14/03/2015 23:50',
  'Opening code: ASB - NOISE',
  'Closing code: CONCERN FOR SAFETY',
  '',
  '14/03/2015 23:52 [OPERATOR 1234] CALLER REPORTS SHOUTING FROM FLAT 3',
  'CALLER STATES THIS HAPPENS MOST NIGHTS',
  '23:58 [PC 2231 HOLDEN] ATTENDED. MALE IN DISTRESS.',
  '00:20 [PC 2231 HOLDEN] CRHT CONTACTED, ADVICE GIVEN. NFA',
  '',
].join('\n');

const LOG_CSV = [
  'Text,Timestamp,Incident_ID,Author,site',
  '"Call from neighbour, ""very worried"" about woman at no 4",15/06/2016 10:02,EH-TEST-9,FCR 1182,Testhaven',
  '"Unit assigned.',
  'ETA 20 mins",15/06/2016 10:05,EH-TEST-9,FCR 1182,',
  '',
].join('\n');

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-cli-'));
  writeFileSync(join(dir, 'log.txt'), LOG_TEXT);
  writeFileSync(join(dir, 'log.csv'), LOG_CSV);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'no-entries.txt'), 'Incident: X\nJust some words with no time\n');
  writeFileSync(
    join(dir, 'bad-utf8.txt'),
    Buffer.from([0x31, 0x30, 0x3a, 0x30, 0x30, 0x20, 0xff, 0xfe, 0x0a]),
  );
  return dir;
}

describe('liaison command: usage', () => {
  it('prints help listing the commands and exits 0', async () => {
    const r = await cli(['--help'], process.cwd());
    expect(r.code).toBe(0);
    for (const c of ['study', 'import', 'sources', 'logs', 'serve', 'demo'])
      expect(r.stdout).toContain(c);
  });

  it('exits 2 on an unknown command and on a missing required option', async () => {
    expect((await cli(['frobnicate'], process.cwd())).code).toBe(2);
    const missing = await cli(['sources', 'list'], process.cwd());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--study');
  });

  it('exits 2 on a dataset kind outside the vocabulary', async () => {
    const r = await cli(
      ['import', 'x.txt', '--study', 's.liaison', '--dataset', 'd', '--kind', 'emails'],
      process.cwd(),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('police_logs');
  });
});

describe('liaison logs parse', () => {
  it('prints the entries of a narrative log as JSON, with dates carried past midnight', async () => {
    const r = await cli(['logs', 'parse', 'log.txt', '--json'], workdir());
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(log).toMatchObject({
      incident: 'NM-TEST-0001',
      site: 'Testshire',
      openingCode: 'ASB - NOISE',
      closingCode: 'CONCERN FOR SAFETY',
    });
    expect(log.entries).toEqual([
      {
        index: 0,
        time: '2015-03-14T23:52:00',
        author: 'OPERATOR 1234',
        text: 'CALLER REPORTS SHOUTING FROM FLAT 3\nCALLER STATES THIS HAPPENS MOST NIGHTS',
      },
      {
        index: 1,
        time: '2015-03-14T23:58:00',
        author: 'PC 2231 HOLDEN',
        text: 'ATTENDED. MALE IN DISTRESS.',
      },
      {
        index: 2,
        time: '2015-03-15T00:20:00',
        author: 'PC 2231 HOLDEN',
        text: 'CRHT CONTACTED, ADVICE GIVEN. NFA',
      },
    ]);
  });

  it('reads a CSV export in any column order with quoted commas, quotes and line breaks', async () => {
    const r = await cli(['logs', 'parse', 'log.csv', '--json'], workdir());
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(log.incident).toBe('EH-TEST-9');
    expect(log.site).toBe('Testhaven');
    expect(log.entries.map((e: { text: string }) => e.text)).toEqual([
      'Call from neighbour, "very worried" about woman at no 4',
      'Unit assigned.\nETA 20 mins',
    ]);
    expect(log.entries[1].time).toBe('2016-06-15T10:05:00');
  });

  it('fails with file, line and column for a log with no timestamped entry', async () => {
    const r = await cli(['logs', 'parse', 'no-entries.txt', '--json'], workdir());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no-entries\.txt:\d+:\d+: error/);
  });

  it('fails clearly on a missing file', async () => {
    const r = await cli(['logs', 'parse', 'nope.txt'], workdir());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.txt does not exist');
  });
});

describe('liaison study init, import and sources list', () => {
  it('imports the good files of a batch, reports the bad ones and exits 1', async () => {
    const dir = workdir();
    expect((await cli(['study', 'init', 'my.liaison', '--name', 'Test study'], dir)).code).toBe(0);
    const r = await cli(
      [
        'import',
        'log.txt',
        'empty.txt',
        'bad-utf8.txt',
        'log.csv',
        'missing.txt',
        '--study',
        'my.liaison',
        '--dataset',
        'Logs',
        '--kind',
        'police_logs',
        '--site',
        'North',
        '--json',
      ],
      dir,
    );
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as {
      file: string;
      status: string;
      diagnostics: { line: number; column: number; file: string }[];
    }[];
    expect(results.map((x) => [x.file, x.status])).toEqual([
      ['log.txt', 'imported'],
      ['empty.txt', 'failed'],
      ['bad-utf8.txt', 'failed'],
      ['log.csv', 'imported'],
      ['missing.txt', 'failed'],
    ]);
    const bad = results[2]?.diagnostics[0];
    expect(bad).toMatchObject({ file: 'bad-utf8.txt', line: 1, column: 7 });
    const list = await cli(['sources', 'list', '--study', 'my.liaison', '--json'], dir);
    const sources = JSON.parse(list.stdout) as {
      name: string;
      unitCount: number;
      siteName: string;
    }[];
    expect(sources.map((s) => [s.name, s.unitCount, s.siteName]).sort()).toEqual([
      ['log.csv', 2, 'North'],
      ['log.txt', 3, 'North'],
    ]);
  });

  it('refuses to create a study over an existing one', async () => {
    const dir = workdir();
    await cli(['study', 'init', 'a.liaison', '--name', 'A'], dir);
    const again = await cli(['study', 'init', 'a.liaison', '--name', 'B'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('cannot create study');
  });

  it('tells the user how to create a study that does not exist', async () => {
    const r = await cli(['sources', 'list', '--study', 'nowhere.liaison'], workdir());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('liaison study init nowhere.liaison');
  });
});
