import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distanceBetween, readWideSequences, sequenceDistances } from '@liaison/core';
import { cli } from './run-cli.js';

const SEQ_DIR = join(import.meta.dirname, '../../../../shared/seq');

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'liaison-seq-'));
}

/** A small fictional wide CSV: ids, then `length` monthly states from a fixed pattern. */
function wideCsv(rows: number, length: number): string {
  const states = ['EM', 'FE', 'JL', 'SC'];
  const header = ['id', ...Array.from({ length }, (_, t) => `m${t + 1}`)].join(',');
  const body = Array.from({ length: rows }, (_, i) =>
    [
      `p${i}`,
      ...Array.from({ length }, (_, t) => states[(i * 7 + Math.floor(t / (1 + (i % 4)))) % 4]),
    ].join(','),
  );
  return [header, ...body, ''].join('\n');
}

function parseNpy(bytes: Buffer) {
  const headerLength = bytes.readUInt16LE(8);
  const header = bytes.subarray(10, 10 + headerLength).toString('latin1');
  const data = bytes.subarray(10 + headerLength);
  const values = new Float64Array(
    data.buffer.slice(data.byteOffset, data.byteOffset + data.length),
  );
  return { magic: bytes.subarray(0, 8), headerLength, header, values };
}

describe('liaison seq distance', () => {
  it('writes a CSV matrix whose values parse back to the identical doubles', async () => {
    const dir = workdir();
    const text = wideCsv(30, 24);
    writeFileSync(join(dir, 'seq.csv'), text);
    const run = await cli(
      [
        'seq',
        'distance',
        'seq.csv',
        '--method',
        'OM',
        '--sm',
        'TRATE',
        '--indel',
        'auto',
        '--out',
        'm.csv',
        '--threads',
        '1',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const set = readWideSequences(text, 'seq.csv');
    if (!set.ok) throw new Error('fixture does not parse');
    const expected = sequenceDistances(set.structure, { method: 'OM', sm: 'TRATE', indel: 'auto' });
    const [header, ...rows] = readFileSync(join(dir, 'm.csv'), 'utf8').trim().split('\n');
    expect(header).toBe(['id', ...set.structure.ids].join(','));
    rows.forEach((row, i) => {
      const [id, ...cells] = row.split(',');
      expect(id).toBe(set.structure.ids[i]);
      expect(cells.map(Number)).toEqual(cells.map((_, j) => distanceBetween(expected, i, j)));
    });
  });

  it('writes mvad’s OM matrix as .npy on two threads, equal to TraMineR’s bit for bit', async () => {
    const dir = workdir();
    const run = await cli(
      [
        'seq',
        'distance',
        join(SEQ_DIR, 'mvad.csv'),
        '--cols',
        '17:86',
        '--method',
        'OM',
        '--sm',
        'TRATE',
        '--indel',
        '1',
        '--out',
        'om.npy',
        '--threads',
        '2',
        '--json',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      sequences: 712,
      distinct: 490,
      method: 'OM',
      sm: 'TRATE',
      indel: 1,
      norm: 'none',
      threads: 2,
      max: 139.88892254428814,
    });
    expect(Math.abs((summary.mean as number) - 84.82942041588109)).toBeLessThan(1e-10);
    const npy = parseNpy(readFileSync(join(dir, 'om.npy')));
    expect([...npy.magic]).toEqual([0x93, ...Buffer.from('NUMPY'), 1, 0]);
    expect((10 + npy.headerLength) % 64).toBe(0);
    expect(npy.header).toMatch(
      /^\{'descr': '<f8', 'fortran_order': False, 'shape': \(712, 712\), \} *\n$/,
    );
    const lines = gunzipSync(readFileSync(join(SEQ_DIR, 'dist_om_trate_indel1.csv.gz')))
      .toString('utf8')
      .trim()
      .split('\n');
    const reference = lines.slice(1).flatMap((l) => l.split(',').slice(1).map(Number));
    expect(npy.values.length).toBe(712 * 712);
    expect(npy.values.every((v, k) => v === reference[k])).toBe(true);
  });

  it('prints the matrix as CSV on stdout without --out', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'seq.csv'), 'id,a,b\nx,E,E\ny,E,J\n');
    const run = await cli(['seq', 'distance', 'seq.csv', '--method', 'HAM'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('id,x,y\nx,0,1\ny,1,0\n');
  });

  it.each([
    [['--method', 'XYZ'], /--method must be one of OM, HAM, DHD, LCS/],
    [['--method', 'OM', '--indel', '-1'], /--indel must be a positive number/],
    [['--method', 'OM', '--norm', 'max'], /--norm must be one of/],
    [['--method', 'OM', '--sm', 'FUTURE'], /--sm must be TRATE or CONSTANT/],
    [['--method', 'OM', '--out', 'm.txt'], /--out must end in \.csv or \.npy/],
    [['--method', 'OM', '--threads', '0'], /--threads must be a whole number/],
    [['--method', 'OM', '--cols', 'a:b'], /--cols must be FIRST:LAST/],
  ])('refuses bad options %j with exit code 2', async (args, message) => {
    const dir = workdir();
    writeFileSync(join(dir, 'seq.csv'), 'id,a,b\nx,E,E\ny,E,J\n');
    const run = await cli(['seq', 'distance', 'seq.csv', ...args], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses HAM on sequences of unequal length, naming one', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'seq.csv'), 'id,a,b\nx,E,E\ny,E,\n');
    const run = await cli(['seq', 'distance', 'seq.csv', '--method', 'HAM'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/HAM needs sequences of equal length: sequence y has 1 states/);
  });

  it('reports a malformed file with its line and column, and writes nothing', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'seq.csv'), 'id,a,b,c\nx,E,E,E\ny,E,,J\n');
    const run = await cli(['seq', 'distance', 'seq.csv', '--method', 'OM', '--out', 'm.csv'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/seq\.csv:3:\d+: error: /);
    expect(() => readFileSync(join(dir, 'm.csv'))).toThrow();
  });

  it('refuses a binary file with a positioned diagnostic', async () => {
    const dir = workdir();
    writeFileSync(
      join(dir, 'seq.csv'),
      Buffer.from([0x69, 0x64, 0x2c, 0xff, 0xfe, 0x00, 0x01, 0x0a]),
    );
    const run = await cli(['seq', 'distance', 'seq.csv', '--method', 'OM'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/seq\.csv:1:\d+: error: /);
  });

  it('fails cleanly on a missing file', async () => {
    const run = await cli(['seq', 'distance', 'nope.csv', '--method', 'OM'], workdir());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nope\.csv:1:1: error: nope\.csv does not exist/);
  });
});
