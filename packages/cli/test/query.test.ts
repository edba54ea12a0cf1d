import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describeAnchor, type TextVersion } from '@liaison/core';
import { openStudy, type StudyStore } from '@liaison/store';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

/** A fictional police log: entry 2 is coded with both codes, overlapping. */
const LOG = [
  'Incident: TS-0301',
  'Site: Testshire',
  '',
  '05/05/2016 19:00 [OPR 21] CALLER WORRIED ABOUT NEIGHBOUR, SHOUTING IN STREET',
  '19:25 [PC 77 HALE] ON SCENE. MALE CALM, KNOWN TO CRISIS TEAM',
  '19:50 [PC 77 HALE] RANG CRISIS TEAM, NURSE WILL VISIT',
  '',
].join('\n');

async function code(store: StudyStore, v: TextVersion, codeId: string, exact: string) {
  const start = v.text.indexOf(exact);
  const anchor = describeAnchor(v.text, start, start + exact.length);
  await store.codings.create('tester', { codeId, textVersionId: v.id, coder: 'c1', anchor });
}

async function codedStudy(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-query-'));
  writeFileSync(join(dir, 'log.txt'), LOG);
  await cli(['study', 'init', 's.liaison', '--name', 'Queries'], dir);
  const args = ['--study', 's.liaison', '--dataset', 'Logs', '--kind', 'police_logs'];
  expect((await cli(['import', 'log.txt', ...args, '--site', 'Testshire'], dir)).code).toBe(0);
  const store = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
  try {
    const risk = await store.codes.create('tester', { name: 'risk' });
    const partner = await store.codes.create('tester', { name: 'partner' });
    const [source] = await store.sources.list();
    const v = await store.texts.current(source!.id);
    await code(store, v, risk.id, 'KNOWN TO CRISIS TEAM');
    await code(store, v, partner.id, 'CRISIS TEAM');
    await code(store, v, partner.id, 'RANG CRISIS TEAM');
    await store.cases.create('tester', {
      name: 'TS-0301',
      kind: 'incident',
      sourceIds: [source!.id],
    });
  } finally {
    await store.close();
  }
  return dir;
}

describe('liaison query and search', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await codedStudy();
  });
  const study = ['--study', 's.liaison'];

  it('prints the co-occurrence matrix as JSON and as a table', async () => {
    // Codes come in codebook order (by name): partner, then risk.
    const json = await cli(['query', 'cooccurrence', ...study, '--json'], dir);
    expect(json.code).toBe(0);
    const m = JSON.parse(json.stdout);
    expect(m.mode).toBe('overlap');
    expect(m.counts).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const unit = JSON.parse(
      (await cli(['query', 'cooccurrence', ...study, '--mode', 'unit', '--json'], dir)).stdout,
    );
    expect(unit.counts).toEqual([
      [2, 1],
      [1, 1],
    ]);
    const table = await cli(['query', 'cooccurrence', ...study], dir);
    expect(table.stdout.split('\n')[0]).toMatch(/^Code\s+partner\s+risk$/);
  });

  it('lists segments filtered by code and site, and writes matrix coding to XLSX', async () => {
    const segs = await cli(
      [
        'query',
        'segments',
        ...study,
        '--code',
        'partner',
        '--by',
        'site',
        '--value',
        'testshire',
        '--json',
      ],
      dir,
    );
    expect(JSON.parse(segs.stdout).map((s: { exact: string }) => s.exact)).toEqual([
      'CRISIS TEAM',
      'RANG CRISIS TEAM',
    ]);
    const out = await cli(
      ['query', 'matrix', ...study, '--by', 'site', '--out', 'matrix.xlsx'],
      dir,
    );
    expect(out.code).toBe(0);
    const [sheet] = await readXlsxFile(readFileSync(join(dir, 'matrix.xlsx')));
    expect(sheet!.data).toEqual([
      ['Code', 'Testshire'],
      ['partner', 2],
      ['risk', 1],
    ]);
  });

  it('writes the framework matrix to CSV', async () => {
    const out = await cli(
      ['query', 'framework', ...study, '--code', 'risk', '--out', 'fw.csv'],
      dir,
    );
    expect(out.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'fw.csv'), 'utf8'))).toEqual([
      ['Case', 'risk'],
      ['TS-0301', '[1 segment]'],
    ]);
  });

  it('explains bad names and output files', async () => {
    const badCode = await cli(['query', 'segments', ...study, '--code', 'nope'], dir);
    expect(badCode.code).toBe(1);
    expect(badCode.stderr).toMatch(/no code named "nope" \(known: (partner, risk|risk, partner)\)/);
    const badOut = await cli(['query', 'cooccurrence', ...study, '--out', 'm.pdf'], dir);
    expect(badOut.code).toBe(2);
    expect(badOut.stderr).toMatch(/\.csv or \.xlsx/);
    const noBy = await cli(['query', 'matrix', ...study], dir);
    expect(noBy.code).toBe(2);
  });

  it('searches the study and prints snippets', async () => {
    const hits = await cli(['search', ...study, 'nurse'], dir);
    expect(hits.code).toBe(0);
    expect(hits.stdout).toMatch(/^log\.txt #3: .*«NURSE»/);
    const json = JSON.parse((await cli(['search', ...study, 'crisis', '--json'], dir)).stdout);
    expect(json.map((h: { unitIndex: number }) => h.unitIndex).sort()).toEqual([1, 2]);
    expect((await cli(['search', ...study, 'zebra'], dir)).stderr).toMatch(/no matches/);
  });
});
