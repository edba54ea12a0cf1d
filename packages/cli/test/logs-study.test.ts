import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LEXICON } from '@liaison/core';
import { openStudy } from '@liaison/store';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

/** Fictional logs: a welfare call with a CRHT contact, and an ASB complaint with a referral. */
const WELFARE = [
  'Incident: TS-0101',
  'Site: Testshire',
  '',
  '03/03/2016 20:00 [OPR 11] CALLER CONCERNED FOR BROTHER, LOW MOOD, NOT EATING',
  '20:20 [PC 31 LANE] ON SCENE. MALE CALM, SAYS HE HAS STOPPED HIS MEDICATION',
  '20:40 [PC 31 LANE] RANG CRHT, NURSE WILL VISIT TOMORROW AM',
  '21:00 [CONTROL] NFA. CLOSED',
  '',
].join('\n');
const ASB = [
  'Incident: TS-0102',
  'Site: Testshire',
  '',
  '04/04/2016 15:00 [OPR 12] NEIGHBOUR COMPLAINS OF LOUD MUSIC EVERY NIGHT, ASB',
  '15:30 [PCSO 40] WARNING GIVEN. RESIDENT SAYS RECENTLY DISCHARGED FROM WARD',
  '15:45 [PCSO 40] REFERRAL MADE TO ADULT SOCIAL CARE',
  '',
].join('\n');

async function studyWithLogs(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-logs-study-'));
  writeFileSync(join(dir, 'welfare.txt'), WELFARE);
  writeFileSync(join(dir, 'asb.txt'), ASB);
  expect((await cli(['study', 'init', 's.liaison', '--name', 'Logs'], dir)).code).toBe(0);
  const imported = await cli(
    ['import', 'welfare.txt', 'asb.txt', '--study', 's.liaison', '--dataset', 'Logs'].concat([
      '--kind',
      'police_logs',
    ]),
    dir,
  );
  expect(imported.code).toBe(0);
  return dir;
}

async function exported(dir: string) {
  const run = await cli(['logs', 'export-labels', '--study', 's.liaison'], dir);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as {
    file: string;
    entries: { event: string; framing: string; agencies: string[] }[];
    continuum: number;
    notes: string;
  }[];
}

describe('liaison logs with --study', () => {
  it('analyses and stores every police log, one summary line per log on stderr', async () => {
    const dir = await studyWithLogs();
    const run = await cli(['logs', 'analyse', '--study', 's.liaison'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/welfare\.txt {2}4 entries {2}continuum \d/);
    expect(run.stderr).toMatch(/asb\.txt {2}3 entries/);
    expect(run.stderr).not.toMatch(/LOUD MUSIC/);
    const labels = await exported(dir);
    expect(labels.map((l) => l.file).sort()).toEqual(['asb.txt', 'welfare.txt']);
  });

  it('records corrections that win over the classifier and survive re-analysis', async () => {
    const dir = await studyWithLogs();
    await cli(['logs', 'analyse', '--study', 's.liaison'], dir);
    const correct = (args: string[]) =>
      cli(['logs', 'correct', '--study', 's.liaison', '--source', 'asb.txt', ...args], dir);
    expect(
      (await correct(['--entry', '1', '--event', 'advice', '--framing', 'health_welfare'])).code,
    ).toBe(0);
    expect((await correct(['--entry', '1', '--agencies', 'police'])).code).toBe(0);
    expect(
      (await correct(['--continuum', '3', '--reason', 'Joint visit agreed by phone'])).code,
    ).toBe(0);
    await cli(['logs', 'analyse', '--study', 's.liaison'], dir);
    const asb = (await exported(dir)).find((l) => l.file === 'asb.txt');
    expect(asb?.entries[1]).toEqual({
      index: 1,
      event: 'advice',
      framing: 'health_welfare',
      agencies: ['police'],
    });
    expect(asb?.continuum).toBe(3);
    expect(asb?.notes).toMatch(/Joint visit agreed by phone/);
    const store = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
    try {
      const actions = (await store.events.list()).map((e) => e.action);
      expect(actions.filter((a) => a === 'log_analysis.correct')).toHaveLength(3);
    } finally {
      await store.close();
    }
  });

  it('refuses a bad correction with a message and a failing exit code', async () => {
    const dir = await studyWithLogs();
    const correct = (args: string[]) =>
      cli(['logs', 'correct', '--study', 's.liaison', '--source', 'asb.txt', ...args], dir);
    const early = await correct(['--entry', '0', '--event', 'advice']);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/analyse it first/);
    await cli(['logs', 'analyse', '--study', 's.liaison'], dir);
    const badEvent = await correct(['--entry', '0', '--event', 'teleport']);
    expect(badEvent.code).toBe(1);
    expect(badEvent.stderr).toMatch(/must be one of/);
    expect((await correct(['--continuum', '2'])).code).toBe(2);
    expect((await correct(['--entry', 'x', '--event', 'advice'])).code).toBe(2);
    const missing = await cli(
      [
        'logs',
        'correct',
        '--study',
        's.liaison',
        '--source',
        'nope.txt',
        '--entry',
        '0',
        '--event',
        'advice',
      ],
      dir,
    );
    expect(missing.stderr).toMatch(/no police log "nope.txt"/);
  });

  it('saves a --lexicon file as the study lexicon version the analyses name', async () => {
    const dir = await studyWithLogs();
    const custom = { ...DEFAULT_LEXICON, name: 'Testshire', version: 'testshire-1' };
    writeFileSync(join(dir, 'lexicon.json'), JSON.stringify(custom));
    const run = await cli(
      ['logs', 'analyse', '--study', 's.liaison', '--lexicon', 'lexicon.json'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/saved lexicon "testshire-1" as version 1/);
    const store = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
    try {
      expect((await store.lexicons.current()).version).toBe('testshire-1');
      const [log] = await store.sources.list();
      expect((await store.analyses.get(log!.id))?.lexiconVersion).toBe('testshire-1');
    } finally {
      await store.close();
    }
  });

  it('writes the labelled set to --out and refuses files together with --study', async () => {
    const dir = await studyWithLogs();
    await cli(['logs', 'analyse', '--study', 's.liaison', '--dataset', 'Logs'], dir);
    const out = await cli(
      ['logs', 'export-labels', '--study', 's.liaison', '--out', 'labels.json'],
      dir,
    );
    expect(out.stderr).toMatch(/wrote 2 labelled logs/);
    expect(JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'))).toHaveLength(2);
    expect((await cli(['logs', 'analyse', 'asb.txt', '--study', 's.liaison'], dir)).code).toBe(2);
    expect((await cli(['logs', 'analyse'], dir)).code).toBe(2);
  });
});
