import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeAnchor, type TextVersion } from '@liaison/core';
import { createStudy, type CodingInput } from '@liaison/store';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

/** Krippendorff (2011) reliability data, one row per unit (u12 has a single value). */
const CANONICAL = [
  'unit,A,B,C,D',
  'u1,1,1,,1',
  'u2,2,2,3,2',
  'u3,3,3,3,3',
  'u4,3,3,3,3',
  'u5,2,2,2,2',
  'u6,1,2,3,4',
  'u7,4,4,4,4',
  'u8,1,1,2,1',
  'u9,2,2,2,2',
  'u10,,5,5,5',
  'u11,,,1,1',
  'u12,,3,,',
  '',
].join('\n');

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-agree-'));
  writeFileSync(join(dir, 'canonical.csv'), CANONICAL);
  writeFileSync(join(dir, 'two.csv'), 'coder1,coder2\nyes,yes\nyes,no\nno,no\nno,no\n,yes\n');
  writeFileSync(join(dir, 'bad.csv'), 'unit,A,B\n1,2,high\n2,3\n');
  writeFileSync(join(dir, 'binary.csv'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00, 0x0a]));
  return dir;
}

describe('liaison agree --data', () => {
  const dir = workdir();

  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ])('prints Krippendorff’s %s alpha for the canonical data', async (level, published) => {
    const r = await cli(['agree', '--data', 'canonical.csv', '--level', level, '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ level, units: 12, coders: 4, pairable: 40 });
    expect(Math.abs(out.alpha - published)).toBeLessThan(1e-3);
    expect(out.cohensKappa).toBeUndefined();
  });

  it('adds Cohen’s kappa and percent agreement over units both coded for two coders', async () => {
    const r = await cli(['agree', '--data', 'two.csv', '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      level: 'nominal',
      units: 5,
      coders: 2,
      pairable: 8,
      unitsBothCoded: 4,
    });
    expect(out.percentAgreement).toBeCloseTo(0.75, 12);
    expect(out.cohensKappa).toBeCloseTo(0.5, 12);
    const human = await cli(['agree', '--data', 'two.csv'], dir);
    expect(human.stdout).toContain("Cohen's kappa: 0.500");
    expect(human.stdout).toContain('4 units both coders rated');
  });

  it('reports bad cells with file, line and column and exits 1', async () => {
    const r = await cli(['agree', '--data', 'bad.csv', '--level', 'interval', '--json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad.csv:2:5: error: "high" is not a number');
    expect(r.stderr).toContain('bad.csv:3:1: error: This row has 2 cells');
    const binary = await cli(['agree', '--data', 'binary.csv'], dir);
    expect(binary.code).toBe(1);
    expect((await cli(['agree', '--data', 'missing.csv'], dir)).code).toBe(1);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await cli(['agree'], dir)).code).toBe(2);
    expect((await cli(['agree', '--data', 'two.csv', '--level', 'fuzzy'], dir)).code).toBe(2);
    expect((await cli(['agree', '--data', 'two.csv', '--study', 's.liaison'], dir)).code).toBe(2);
    expect((await cli(['agree', '--data', 'two.csv', '--coders', 'a,b'], dir)).code).toBe(2);
  });
});

const LOG = [
  'Incident: 2015-0001',
  'Site: North',
  '',
  '14/03/2015 21:05 [OP1] Caller reports neighbour shouting, believes he is unwell.',
  '21:12 [PC 4] Unit deployed to the address.',
  '21:30 [PC 4] Male calm, known to the crisis team.',
  '',
].join('\n');

async function codedStudy(dir: string, coders: string[]): Promise<string> {
  const path = join(dir, `study-${coders.length}.liaison`);
  const store = await createStudy({ engine: 'sqlite', path }, { name: 'Agreement test' }, 'tester');
  try {
    const [result] = await store.importFiles(
      'tester',
      [{ name: 'log.txt', bytes: new TextEncoder().encode(LOG) }],
      {
        dataset: 'Police logs',
        kind: 'police_logs',
      },
    );
    if (result?.status !== 'imported') throw new Error('fixture did not import');
    const version = await store.texts.current(result.sourceId);
    const risk = await store.codes.create('tester', { name: 'risk_concern' });
    const input = (coder: string, exact: string): CodingInput => ({
      codeId: risk.id,
      textVersionId: version.id,
      coder,
      anchor: anchorOf(version, exact),
    });
    const inputs = [
      input('ann', 'believes he is unwell'),
      input('ann', 'known to the crisis team'),
    ];
    if (coders.includes('bob')) inputs.push(input('bob', 'believes he is unwell'));
    await store.codings.createMany('tester', inputs);
  } finally {
    await store.close();
  }
  return path;
}

function anchorOf(version: TextVersion, exact: string) {
  const start = version.text.indexOf(exact);
  return describeAnchor(version.text, start, start + exact.length);
}

describe('liaison agree --study', () => {
  it('reports α_u, segment overlap and unit kappa per code and pooled, saying how uncoded text counts', async () => {
    const dir = workdir();
    await codedStudy(dir, ['ann', 'bob']);
    const r = await cli(
      ['agree', '--study', 'study-2.liaison', '--dataset', 'police logs', '--json'],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.coders).toEqual(['ann', 'bob']);
    expect(out.unitizing).toMatchObject({ coders: 2, uncodedCountsAsAgreement: true });
    expect(out.unitizing.perCode[0]).toMatchObject({ code: 'risk_concern', units: 3 });
    expect(out.segmentOverlap[0]).toMatchObject({
      coders: ['ann', 'bob'],
      threshold: 0.9,
      uncodedCountsAsAgreement: false,
      pooled: { agreed: 2, segments: 3 },
    });
    // Three entries: ann codes entries 1 and 3, bob entry 1 → p_o = 2/3.
    expect(out.unitKappa[0]).toMatchObject({ uncodedCountsAsAgreement: true });
    expect(out.unitKappa[0].pooled.units).toBe(3);
    expect(out.unitKappa[0].pooled.percentAgreement).toBeCloseTo(2 / 3, 12);
    const human = await cli(['agree', '--study', 'study-2.liaison'], dir);
    expect(human.stdout).toContain("Krippendorff's unitizing alpha");
    expect(human.stdout).toContain('risk_concern');
  });

  it('says plainly when fewer than two coders coded, and checks its options', async () => {
    const dir = workdir();
    await codedStudy(dir, ['ann']);
    const r = await cli(['agree', '--study', 'study-1.liaison'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('only ann has coded');
    expect((await cli(['agree', '--study', 'study-1.liaison', '--threshold', '2'], dir)).code).toBe(
      2,
    );
    expect(
      (await cli(['agree', '--study', 'study-1.liaison', '--dataset', 'Nope'], dir)).stderr,
    ).toContain('no dataset named "Nope"');
    expect((await cli(['agree', '--study', 'absent.liaison'], dir)).code).toBe(1);
    const typo = await cli(
      ['agree', '--study', 'study-1.liaison', '--coders', 'ann,bbo', '--json'],
      dir,
    );
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('coder "bbo" has no codings');
    expect(typo.stderr).toContain('no source is coded by every one of ann, bbo');
  });
});
