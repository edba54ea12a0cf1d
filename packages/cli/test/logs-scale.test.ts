/**
 * `liaison logs scale show|set` and `logs analyse --study` on the study's scale, on a SQLite
 * study file and a PostgreSQL schema (LIAISON_TEST_PG, default as the store tests).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONTINUUM_SCALE } from '@liaison/core';
import { dropPostgresSchema, openStudy } from '@liaison/store';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const PG = process.env.LIAISON_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropPostgresSchema(PG, schema);
});

const engines = [
  { name: 'sqlite', study: () => 's.liaison' },
  {
    name: 'postgres',
    study: () => {
      const schema = `liaison_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return `${PG}?schema=${schema}`;
    },
  },
];

/** A fictional log in which the CRHT is contacted: a partner contact on any scale. */
const LOG = [
  'Incident: TS-0201',
  'Site: Testshire',
  '',
  '05/05/2016 09:00 [OPR 11] CALLER WORRIED ABOUT NEIGHBOUR, SHOUTING, LOW MOOD',
  '09:20 [PC 31 LANE] ON SCENE. MALE CALM',
  '09:40 [PC 31 LANE] RANG CRHT, NURSE WILL VISIT TOMORROW AM',
  '10:00 [CONTROL] NFA. CLOSED',
  '',
].join('\n');

const TWO_LEVELS = {
  version: 'testshire-1',
  levels: [
    { level: 1, label: 'in touch', requires: [['partner_contact']], rationale: '{entries}' },
    { level: 0, label: 'police alone', requires: [[]], rationale: 'No partner.' },
  ],
};

async function studyWithLog(study: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-logs-scale-'));
  writeFileSync(join(dir, 'log.txt'), LOG);
  expect((await cli(['study', 'init', study, '--name', 'Scale'], dir)).code).toBe(0);
  const args = [
    'import',
    'log.txt',
    '--study',
    study,
    '--dataset',
    'Logs',
    '--kind',
    'police_logs',
  ];
  expect((await cli(args, dir)).code).toBe(0);
  return dir;
}

describe.each(engines)('liaison logs scale on $name', (engine) => {
  it('shows the default, saves an edited scale, and analyse --study places logs on it', async () => {
    const study = engine.study();
    const dir = await studyWithLog(study);
    const shown = await cli(['logs', 'scale', 'show', '--study', study], dir);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual(DEFAULT_CONTINUUM_SCALE);
    expect(shown.stderr).toContain(`"${DEFAULT_CONTINUUM_SCALE.version}": the product's default`);

    writeFileSync(join(dir, 'scale.json'), JSON.stringify(TWO_LEVELS));
    const set = await cli(['logs', 'scale', 'set', 'scale.json', '--study', study], dir);
    expect(set.code).toBe(0);
    expect(set.stderr).toMatch(/saved continuum scale "testshire-1" as version 1: 0 police alone/);
    const again = await cli(['logs', 'scale', 'show', '--study', study], dir);
    expect(JSON.parse(again.stdout)).toEqual({ ...TWO_LEVELS, ignoreAgencies: [] });

    const run = await cli(['logs', 'analyse', '--study', study], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/continuum 1 in touch/);
    expect(run.stderr).toMatch(/continuum scale "testshire-1"/);
    const location = study.startsWith('postgres')
      ? {
          engine: 'postgres' as const,
          connectionString: PG,
          schema: study.split('schema=')[1]!,
        }
      : { engine: 'sqlite' as const, path: join(dir, study) };
    const store = await openStudy(location);
    try {
      const saves = (await store.events.list()).filter((e) => e.action === 'continuum_scale.save');
      expect(saves).toHaveLength(1);
      expect(saves[0]?.actor).toBe('tester');
    } finally {
      await store.close();
    }
  });

  it('refuses an invalid scale, naming the file and each problem, and saves nothing', async () => {
    const study = engine.study();
    const dir = await studyWithLog(study);
    const bad = { ...TWO_LEVELS, levels: [{ ...TWO_LEVELS.levels[0], requires: [['hugs']] }] };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const run = await cli(['logs', 'scale', 'set', 'bad.json', '--study', study], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/bad\.json: The continuum scale is not valid/);
    expect(run.stderr).toMatch(/levels\[0\]\.requires\[0\]\[0\]: expected one of/);
    writeFileSync(join(dir, 'broken.json'), '{"version": ');
    const broken = await cli(['logs', 'scale', 'set', 'broken.json', '--study', study], dir);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
    const shown = await cli(['logs', 'scale', 'show', '--study', study], dir);
    expect(JSON.parse(shown.stdout).version).toBe(DEFAULT_CONTINUUM_SCALE.version);
  });
});
