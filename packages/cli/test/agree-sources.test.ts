import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeAnchor } from '@liaison/core';
import { createStudy, type CodingInput } from '@liaison/store';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const log = (incident: string) =>
  [
    `Incident: ${incident}`,
    'Site: North',
    '',
    '14/03/2015 21:05 [OP1] Caller reports neighbour shouting, believes he is unwell.',
    '21:12 [PC 4] Unit deployed to the address.',
    '21:30 [PC 4] Male calm, known to the crisis team.',
    '',
  ].join('\n');

/** log-1 is coded by ann and bob (they differ on one span); log-2 by ann only. */
async function study(dir: string): Promise<string> {
  const path = join(dir, 'study.liaison');
  const store = await createStudy({ engine: 'sqlite', path }, { name: 'Sources test' }, 'tester');
  try {
    const results = await store.importFiles(
      'tester',
      ['2015-0001', '2015-0002'].map((id, i) => ({
        name: `log-${i + 1}.txt`,
        bytes: new TextEncoder().encode(log(id)),
      })),
      { dataset: 'Police logs', kind: 'police_logs' },
    );
    const risk = await store.codes.create('tester', { name: 'risk_concern' });
    const inputs: CodingInput[] = [];
    for (const [i, r] of results.entries()) {
      if (r.status !== 'imported') throw new Error('fixture did not import');
      const version = await store.texts.current(r.sourceId);
      const input = (coder: string, exact: string): CodingInput => {
        const start = version.text.indexOf(exact);
        const anchor = describeAnchor(version.text, start, start + exact.length);
        return { codeId: risk.id, textVersionId: version.id, coder, anchor };
      };
      inputs.push(input('ann', 'believes he is unwell'), input('ann', 'known to the crisis team'));
      if (i === 0) inputs.push(input('bob', 'believes he is unwell'));
    }
    await store.codings.createMany('tester', inputs);
  } finally {
    await store.close();
  }
  return path;
}

describe('liaison agree --study: which sources are pooled', () => {
  it('pools only sources every coder coded by default, lists the others, and includes all on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-agree-sources-'));
    await study(dir);
    const r = await cli(['agree', '--study', 'study.liaison', '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.documents).toBe(1);
    expect(out.sources).toMatchObject({
      policy: 'double_coded',
      included: [{ name: 'log-1.txt' }],
      excluded: [{ name: 'log-2.txt', reason: 'not_coded_by_every_coder', codedBy: ['ann'] }],
    });
    expect(out.segmentOverlap[0].pooled).toMatchObject({ agreed: 2, segments: 3 });
    expect(out.unitizing.uncodedExplanation).toBeTruthy();
    const all = JSON.parse(
      (await cli(['agree', '--study', 'study.liaison', '--all-sources', '--json'], dir)).stdout,
    );
    expect(all.documents).toBe(2);
    expect(all.sources).toMatchObject({ policy: 'all', excluded: [] });
    expect(all.segmentOverlap[0].pooled).toMatchObject({ agreed: 2, segments: 5 });
    const human = (await cli(['agree', '--study', 'study.liaison'], dir)).stdout;
    expect(human).toContain('excluded (1):');
    expect(human).toContain('log-2.txt: coded only by ann');
    expect((await cli(['agree', '--data', 'x.csv', '--all-sources'], dir)).code).toBe(2);
  });

  it('lists disputes between two coders with both sides (agree disputes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-agree-disputes-'));
    await study(dir);
    const args = ['agree', 'disputes', '--study', 'study.liaison', '--coders', 'ann,bob'];
    const r = await cli([...args, '--json'], dir);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    // log-2 is not double-coded, so it holds no dispute.
    expect(out.disputes).toHaveLength(1);
    expect(out.disputes[0]).toMatchObject({
      sourceName: 'log-1.txt',
      text: 'known to the crisis team',
      kind: 'uncoded_by_some',
      sides: [
        { coder: 'ann', segments: [{ codeName: 'risk_concern' }] },
        { coder: 'bob', segments: [] },
      ],
      resolution: null,
    });
    const one = await cli([...args, '--source', 'log-1.txt'], dir);
    expect(one.stdout).toContain('1 disputed spans between ann and bob (0 resolved)');
    expect(one.stdout).toContain('bob: (not coded)');
    expect((await cli([...args.slice(0, 4), '--coders', 'ann'], dir)).code).toBe(2);
  });
});
