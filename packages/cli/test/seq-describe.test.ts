/**
 * `liaison seq describe` and `liaison seq cluster`, run in-process: TraMineR's numbers for mvad
 * (../shared/seq), usage errors with exit code 2, file problems as `file:line:column`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const SEQ_DIR = join(import.meta.dirname, '../../../../shared/seq');
const MVAD = join(SEQ_DIR, 'mvad.csv');

/** Fictional trajectories: two that stay with the police, two handed to health. */
const SMALL = [
  'id,w1,w2,w3,w4',
  'a,POL,POL,POL,POL',
  'b,POL,POL,POL,MH',
  'c,MH,MH,MH,MH',
  'd,MH,MH,SC,SC',
  'e,SC,SC,SC,',
  '',
].join('\n');

const LOG_A = [
  'Incident: NM-TEST-0001',
  '',
  '14/03/2015 23:52 [OPERATOR 1234] CALLER REPORTS SHOUTING FROM FLAT 3',
  '23:58 [PC 2231 HOLDEN] ATTENDED. MALE IN DISTRESS.',
  '00:20 [PC 2231 HOLDEN] CRHT CONTACTED, ADVICE GIVEN. NFA',
  '',
].join('\n');

const LOG_B = [
  'Incident: NM-TEST-0002',
  '',
  '15/03/2015 10:02 [OPERATOR 1234] NEIGHBOUR REPORTS NOISE AND THREATS',
  '10:30 [PC 1111 SMITH] ATTENDED, MALE ARRESTED FOR ASSAULT',
  '12:10 [PC 1111 SMITH] REFERRAL TO ADULT SOCIAL CARE MADE',
  '',
].join('\n');

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-seq-'));
  writeFileSync(join(dir, 'small.csv'), SMALL);
  writeFileSync(join(dir, 'ragged.csv'), 'id,w1,w2\na,POL,MH,SC\n');
  return dir;
}

describe('liaison seq describe', () => {
  it('prints mvad transition rates, distribution and mean times as TraMineR (JSON)', async () => {
    const r = await cli(['seq', 'describe', MVAD, '--cols', '17:86', '--json'], process.cwd());
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sequences).toBe(712);
    expect(out.alphabet).toEqual(['EM', 'FE', 'HE', 'JL', 'SC', 'TR']);
    expect(out.transitionRates.rates[0][0]).toBe(0.9863813229571985);
    expect(out.distribution[0]).toMatchObject({ position: 'Sep.93', validStates: 712 });
    expect(out.distribution[0].frequencies.FE).toBe(0.3862359550561798);
    expect(out.distribution[69].entropyNormalised).toBeCloseTo(0.5200613452216393, 12);
    expect(out.meanTime[0]).toMatchObject({ state: 'EM', mean: 31.721910112359552 });
    expect(out.sequenceEntropy[0].entropy).toBeCloseTo(0.07240966041905425, 12);
  });

  it('weights the descriptives with --weight-col as seqdef(..., weights =)', async () => {
    const args = ['seq', 'describe', MVAD, '--cols', '17:86', '--weight-col', 'weight', '--json'];
    const out = JSON.parse((await cli(args, process.cwd())).stdout);
    expect(out.weighted).toBe(true);
    expect(out.meanTime[0].mean).toBeCloseTo(26.949562235619826, 12);
  });

  it('prints human-readable tables', async () => {
    const dir = workdir();
    const r = await cli(['seq', 'describe', 'small.csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5 sequences, 4 positions, states MH POL SC');
    expect(r.stdout).toMatch(/POL ->\s+0\.166667\s+0\.833333\s+0\.000000/);
    expect(r.stdout).toContain('Mean time in state');
    expect((await cli(['seq', 'describe', 'small.csv', '--svg', 'd.svg'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'd.svg'), 'utf8')).toContain('State distribution');
  });

  it('reports bad files with line and column, and bad options as usage errors', async () => {
    const dir = workdir();
    const ragged = await cli(['seq', 'describe', 'ragged.csv'], dir);
    expect(ragged.code).toBe(1);
    expect(ragged.stderr).toContain('ragged.csv:2:10: error: This row has 4 cells');
    const cols = await cli(['seq', 'describe', 'small.csv', '--cols', '5:2'], dir);
    expect(cols.code).toBe(2);
    expect(cols.stderr).toContain('--cols must be FIRST:LAST');
    const missing = await cli(['seq', 'describe', 'nowhere.csv'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist');
  });
});

describe('liaison seq describe --study', () => {
  it("sequences the study's police logs per entry or per time bin", async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'a.txt'), LOG_A);
    writeFileSync(join(dir, 'b.txt'), LOG_B);
    expect((await cli(['study', 'init', 's.liaison', '--name', 'T'], dir)).code).toBe(0);
    const imported = await cli(
      [
        'import',
        'a.txt',
        'b.txt',
        '--study',
        's.liaison',
        '--dataset',
        'logs',
        '--kind',
        'police_logs',
      ],
      dir,
    );
    expect(imported.code).toBe(0);
    const byEntry = await cli(['seq', 'describe', '--study', 's.liaison', '--json'], dir);
    expect(byEntry.code).toBe(0);
    const out = JSON.parse(byEntry.stdout);
    expect(out.sequences).toBe(2);
    expect(out.positions).toEqual(['#1', '#2', '#3']);
    expect(out.sequenceEntropy.map((e: { id: string }) => e.id)).toEqual(['a.txt', 'b.txt']);
    const args = ['seq', 'describe', '--study', 's.liaison', '--state', 'agency', '--bin', '30'];
    const binned = JSON.parse((await cli([...args, '--json'], dir)).stdout);
    expect(binned.positions[1]).toBe('+30min');
    expect(binned.positions).toHaveLength(5);
    const bad = await cli(['seq', 'describe', '--study', 's.liaison', '--state', 'mood'], dir);
    expect(bad.code).toBe(2);
    const both = await cli(['seq', 'describe', 'small.csv', '--study', 's.liaison'], dir);
    expect(both.code).toBe(2);
  });
});

describe('liaison seq cluster', () => {
  it('clusters a saved mvad OM-TRATE matrix into the reference sizes 291/229/102/90', async () => {
    const dir = workdir();
    const matrix = gunzipSync(readFileSync(join(SEQ_DIR, 'dist_om_trate_indel1.csv.gz')));
    writeFileSync(join(dir, 'om.csv'), matrix);
    const r = await cli(['seq', 'cluster', '--matrix', 'om.csv', '--k', '4', '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sizes).toEqual([291, 229, 102, 90]);
    expect(out.membership).toHaveLength(712);
    expect(out.membership[0]).toMatchObject({ id: '1', cluster: 1 });
    expect(out.heights.at(-1)).toBe(1348.2556253965133);
    expect(out.averageSilhouette).toBeGreaterThan(0.3);
  });

  it('computes distances from a sequence CSV and prints the clusters', async () => {
    const dir = workdir();
    const args = ['seq', 'cluster', 'small.csv', '--k', '2', '--method', 'LCS'];
    const json = await cli([...args, '--json'], dir);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.distance).toMatchObject({ method: 'LCS' });
    expect(out.membership.map((m: { cluster: number }) => m.cluster)).toEqual([1, 1, 2, 2, 2]);
    expect(out.typical).toEqual([
      { cluster: 1, id: 'a' },
      { cluster: 2, id: 'd' },
    ]);
    const human = await cli([...args, '--svg', 'clusters.svg'], dir);
    expect(human.stdout).toContain('Average silhouette width');
    const svg = readFileSync(join(dir, 'clusters.svg'), 'utf8');
    expect(svg).toContain('Typical trajectory (medoid) of each cluster');
    expect(svg).toContain('1 (n = 2)');
  });

  it('refuses a bad k, a missing input, and HAM on sequences of unequal length', async () => {
    const dir = workdir();
    expect((await cli(['seq', 'cluster', 'small.csv', '--k', '9'], dir)).code).toBe(2);
    expect((await cli(['seq', 'cluster', '--k', '2'], dir)).code).toBe(2);
    const svg = ['seq', 'cluster', '--matrix', 'm.csv', '--k', '2', '--svg', 'x.svg'];
    expect((await cli(svg, dir)).code).toBe(2);
    const ham = await cli(['seq', 'cluster', 'small.csv', '--k', '2', '--method', 'HAM'], dir);
    expect(ham.code).toBe(2);
    expect(ham.stderr).toContain('equal length');
  });
});
