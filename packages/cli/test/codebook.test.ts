import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeAnchor } from '@liaison/core';
import { openStudy } from '@liaison/store';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

/** A fictional police log, coded twice so merge and split have codings to move. */
const LOG = [
  'Incident: TS-0201',
  'Site: Testshire',
  '',
  '05/05/2016 19:00 [OPR 21] CALLER WORRIED ABOUT SISTER, NOT ANSWERING DOOR',
  '19:25 [PC 77 HALE] ON SCENE. FEMALE SAFE, LOW MOOD',
  '19:50 [PC 77 HALE] RANG CRHT, DUTY NURSE WILL CALL HER',
  '',
].join('\n');

async function codedStudy(): Promise<{ dir: string; codingIds: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-codebook-'));
  writeFileSync(join(dir, 'log.txt'), LOG);
  expect((await cli(['study', 'init', 's.liaison', '--name', 'Codebook'], dir)).code).toBe(0);
  const imported = await cli(
    ['import', 'log.txt', '--study', 's.liaison', '--dataset', 'Logs', '--kind', 'police_logs'],
    dir,
  );
  expect(imported.code).toBe(0);
  const store = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
  try {
    const code = await store.codes.create('tester', { name: 'contact' });
    const [source] = await store.sources.list();
    const version = await store.texts.current(source?.id ?? '');
    const codingIds = [];
    for (const exact of ['ON SCENE', 'RANG CRHT']) {
      const start = version.text.indexOf(exact);
      const anchor = describeAnchor(version.text, start, start + exact.length);
      const coding = await store.codings.create('tester', {
        codeId: code.id,
        textVersionId: version.id,
        coder: 'coder-1',
        anchor,
      });
      codingIds.push(coding.id);
    }
    return { dir, codingIds };
  } finally {
    await store.close();
  }
}

const STUDY = ['--study', 's.liaison'];

describe('liaison codebook', () => {
  it('adds, renames, moves, merges and retires codes, then diffs two rounds with the reasons', async () => {
    const { dir } = await codedStudy();
    const run = (...args: string[]) => cli(['codebook', ...args, ...STUDY], dir);
    expect((await run('round', 'Round 1')).code).toBe(0);
    expect((await run('add', 'Agencies', '--folder')).code).toBe(0);
    const added = await run(
      'add',
      'crht',
      '--parent',
      'Agencies',
      '--definition',
      'Crisis team',
      '--example',
      'RANG CRHT',
      '--memo',
      'Seen in every log',
      '--json',
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).code).toMatchObject({ name: 'crht', examples: ['RANG CRHT'] });
    expect((await run('rename', 'crht', 'crisis_team', '--memo', 'Spell it out')).code).toBe(0);
    expect((await run('move', 'contact', '--parent', 'Agencies')).code).toBe(0);
    const merged = await run(
      'merge',
      'contact',
      '--into',
      'crisis_team',
      '--memo',
      'All contacts were with the CRHT',
    );
    expect(merged.stderr).toContain('merged contact into crisis_team: 2 codings moved');
    expect((await run('round', 'Round 2')).code).toBe(0);
    const listed = await run('list');
    expect(listed.stdout).toBe(
      [
        'Agencies (0 codings) [folder]',
        '  contact (0 codings) [merged into crisis_team]',
        '  crisis_team (2 codings)',
        '',
      ].join('\n'),
    );
    const text = await run('diff', '--from', 'Round 1', '--to', 'Round 2');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'merged: contact -> crisis_team\n      why: All contacts were with the CRHT',
    );
    expect(text.stdout).toContain('added: crisis_team\n      why: Seen in every log');
    const json = JSON.parse(
      (await run('diff', '--from', 'Round 1', '--to', 'Round 2', '--json')).stdout,
    );
    expect(json.changes.map((c: { kind: string; name: string }) => `${c.kind} ${c.name}`)).toEqual([
      'added Agencies',
      'moved contact',
      'merged contact',
      'added crisis_team',
    ]);
    expect((await run('retire', 'crisis_team', '--memo', 'Coded elsewhere')).code).toBe(0);
    const now = JSON.parse((await run('diff', '--from', 'Round 2', '--json')).stdout);
    expect(now.changes).toEqual([
      expect.objectContaining({ kind: 'retired', memos: ['Coded elsewhere'] }),
    ]);
    const rounds = JSON.parse((await run('rounds', '--json')).stdout).rounds;
    expect(rounds.map((r: { name: string }) => r.name)).toEqual(['Round 1', 'Round 2']);
  });

  it('splits chosen codings into a new code', async () => {
    const { dir, codingIds } = await codedStudy();
    const res = await cli(
      [
        'codebook',
        'split',
        'contact',
        '--new',
        'phone_contact',
        '--codings',
        codingIds[1] ?? '',
        ...STUDY,
      ],
      dir,
    );
    expect(res.code).toBe(0);
    const listed = await cli(['codebook', 'list', ...STUDY], dir);
    expect(listed.stdout).toBe('contact (1 coding)\nphone_contact (1 coding)\n');
  });

  it('refuses a cycle, an unknown code and a missing target with clear messages', async () => {
    const { dir } = await codedStudy();
    const run = (...args: string[]) => cli(['codebook', ...args, ...STUDY], dir);
    await run('add', 'child', '--parent', 'contact');
    const cycle = await run('move', 'contact', '--parent', 'child');
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toMatch(/cannot be moved under itself/);
    const unknown = await run('rename', 'nothing', 'x');
    expect(unknown.stderr).toMatch(/no code named "nothing"/);
    expect((await run('move', 'contact')).code).toBe(2);
    const noRound = await run('diff', '--from', 'Round 9');
    expect(noRound.stderr).toMatch(/no coding round named "Round 9"/);
  });
});
