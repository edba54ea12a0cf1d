import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENCIES, EVENT_TYPES, FRAMINGS, TURNING_POINT_TYPES } from '@liaison/core';
import { cli } from './run-cli.js';

/** A fictional log: an ASB call reframed as mental health, a CRHT contact that answers back. */
const LOG = [
  'Incident: TS-0001',
  'Site: Testshire',
  'Opened: 02/02/2016 21:00',
  '',
  '02/02/2016 21:00 [OPR 100] CALLER REPORTS NEIGHBOUR BANGING AND SHOUTING, ASB ONGOING',
  '21:05 [CONTROL] GRADED 2. UNIT ASSIGNED ETA 15',
  '21:30 [PC 200 ROWE] ON SCENE. SPOKE TO MALE, HEARING VOICES, STOPPED HIS MEDICATION. UNWELL',
  '21:50 [PC 200 ROWE] RANG CRHT, NURSE CONFIRMS HE IS KNOWN AND WILL VISIT TOMORROW. MALE AGREES',
  '22:10 [CONTROL] RESULT: CONCERN FOR WELFARE - MENTAL HEALTH. NFA. CLOSED',
  '',
].join('\n');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-analyse-'));
  writeFileSync(join(dir, 'log.txt'), LOG);
  writeFileSync(join(dir, 'bad-lexicon.json'), JSON.stringify({ name: 'x' }));
  return dir;
}

describe('liaison logs analyse', () => {
  it('prints one object per file with exactly the documented shape and vocabulary', async () => {
    const dir = workspace();
    const run = await cli(['logs', 'analyse', 'log.txt', '--json'], dir);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toHaveLength(1);
    const [log] = out;
    expect(Object.keys(log)).toEqual([
      'file',
      'incident',
      'site',
      'entries',
      'turningPoints',
      'continuum',
    ]);
    expect(log).toMatchObject({ file: 'log.txt', incident: 'TS-0001', site: 'Testshire' });
    expect(log.entries).toHaveLength(5);
    for (const e of log.entries) {
      expect(Object.keys(e)).toEqual([
        'index',
        'time',
        'author',
        'text',
        'agencies',
        'event',
        'framing',
      ]);
      expect(EVENT_TYPES).toContain(e.event);
      expect(FRAMINGS).toContain(e.framing);
      for (const a of e.agencies) expect(AGENCIES).toContain(a);
    }
    expect(log.entries[0]).toMatchObject({
      index: 0,
      time: '2016-02-02T21:00:00',
      author: 'OPR 100',
      event: 'report',
      framing: 'crime_asb',
    });
    expect(log.entries[4]).toMatchObject({ event: 'closure', framing: 'health_welfare' });
    for (const t of log.turningPoints) {
      expect(Object.keys(t)).toEqual(['entry', 'type', 'evidence']);
      expect(TURNING_POINT_TYPES).toContain(t.type);
    }
    expect(log.turningPoints).toContainEqual({ entry: 4, type: 'closure', evidence: [4] });
    expect(log.turningPoints.map((t: { type: string }) => t.type)).toContain('reframing');
    expect(Object.keys(log.continuum)).toEqual(['level', 'label', 'evidence', 'rationale']);
    expect(log.continuum).toMatchObject({ level: 2, label: 'communication', evidence: [3] });
  });

  it('reports an unreadable file and a bad lexicon clearly', async () => {
    const dir = workspace();
    const missing = await cli(['logs', 'analyse', 'log.txt', 'nope.txt', '--json'], dir);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toHaveLength(1);
    expect(missing.stderr).toMatch(/nope\.txt/);
    writeFileSync(join(dir, 'binary.txt'), Uint8Array.from([0, 159, 146, 150, 0, 255, 254, 0]));
    const binary = await cli(['logs', 'analyse', 'binary.txt', '--json'], dir);
    expect(binary.code).toBe(1);
    expect(JSON.parse(binary.stdout)).toEqual([]);
    expect(binary.stderr).toMatch(/binary\.txt/);
    const bad = await cli(
      ['logs', 'analyse', 'log.txt', '--json', '--lexicon', 'bad-lexicon.json'],
      dir,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad-lexicon\.json: not a valid lexicon/);
    expect(bad.stderr).toMatch(/lexicon\.version: expected a non-empty string/);
  });
});
