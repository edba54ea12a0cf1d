/**
 * GET /api/sequences on a real SQLite study: the fixture log plus three more fictional logs.
 * Expected sequences and turning points come from `analyseLog` run here on the stored
 * structures, independently of the route; clusters are checked for consistency (sizes,
 * membership, medoids are members), not against hard-coded numbers.
 */
import { analyseLog, type LogAnalysis, type LogStructure } from '@liaison/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode } from './support/fixtures.js';
import { BUILDER, openTestStudy, type TestStudy } from './support/test-study.js';

/** Three more invented logs: a street detention call, a s136 detention, a quick closure. */
const MORE_LOGS = [
  [
    'Incident: 2031/0502',
    'Site: Northbridge',
    '',
    '02/05/2031 18:10 [PC 3310 BELL] FEMALE ON BRIDGE PARAPET, CALLER CONCERNED.',
    '18:25 [PC 3310 BELL] STREET TRIAGE NURSE ATTENDED WITH US. MENTAL HEALTH ASSESSMENT ON SCENE.',
    '19:40 [PC 3310 BELL] REFERRAL TO CRHT AGREED. INFORMATION SHARED WITH GP.',
    '20:05 [PS 2001 MARSH] LOG CLOSED.',
  ],
  [
    'Incident: 2031/0611',
    'Site: Northbridge',
    '',
    '11/06/2031 02:15 [PC 1202 KHAN] MALE IN ROAD SHOUTING, RISK TO SELF.',
    '02:40 [PC 1202 KHAN] DETAINED UNDER S136 MENTAL HEALTH ACT, TAKEN TO PLACE OF SAFETY.',
    '05:30 [PC 1202 KHAN] AMHP AND DOCTOR ASSESSED. ADMITTED INFORMALLY.',
    '06:00 [PS 2001 MARSH] LOG CLOSED.',
  ],
  [
    'Incident: 2031/0720',
    'Site: Northbridge',
    '',
    '20/07/2031 11:00 [DISP 14] CALLER REPORTS NOISE FROM FLAT.',
    '11:45 [PC 2020 PRICE] ATTENDED, NO CONCERNS. ADVICE GIVEN. LOG CLOSED NFA.',
  ],
].map((lines) => [...lines, ''].join('\n'));

let t: TestStudy;
let expected: Map<string, { name: string; analysis: LogAnalysis; log: LogStructure }>;
beforeAll(async () => {
  t = await openTestStudy();
  const files = MORE_LOGS.map((text, i) => ({
    name: `log-extra-${i + 1}.txt`,
    bytes: encode(text),
  }));
  const results = await t.store.importFiles(BUILDER, files, {
    dataset: 'Police logs',
    kind: 'police_logs',
    site: 'Northbridge',
  });
  expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
  expected = new Map();
  for (const source of await t.store.sources.list()) {
    if (!source.format.startsWith('police_log')) continue;
    const version = await t.store.texts.current(source.id);
    const log = (await t.store.texts.structure(version.id)) as LogStructure;
    expected.set(source.id, { name: source.name, analysis: analyseLog(log), log });
  }
});
afterAll(() => t?.close());

interface ViewLog {
  id: string;
  name: string;
  length: number;
  spells: { state: string; start: number; length: number }[];
  cluster: number;
  silhouette: number;
  turningPoints: { entry: number; type: string; position: number | null }[];
}

const get = (query = '') => t.app.inject({ method: 'GET', url: `/api/sequences${query}` });
const statesOf = (log: ViewLog) => log.spells.flatMap((s) => Array<string>(s.length).fill(s.state));

describe('GET /api/sequences', () => {
  it("turns every police log into its entries' event sequence, with its turning points", async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    const { sequences } = res.json();
    expect(sequences.state).toBe('event');
    expect(sequences.logs).toHaveLength(expected.size);
    for (const log of sequences.logs as ViewLog[]) {
      const want = expected.get(log.id)!;
      expect(log.name).toBe(want.name);
      expect(statesOf(log)).toEqual(want.analysis.entries.map((e) => e.event));
      expect(log.turningPoints).toEqual(
        want.analysis.turningPoints.map((tp) => ({
          entry: tp.entry,
          type: tp.type,
          position: tp.entry,
        })),
      );
    }
    expect(sequences.positions[0]).toBe('#1');
  });

  it('clusters the logs into k groups: sizes, members, medoids and silhouettes agree', async () => {
    for (const k of [2, 3]) {
      const { sequences } = (await get(`?k=${k}`)).json();
      expect(sequences.k).toBe(k);
      expect(sequences.clusters).toHaveLength(k);
      const logs = sequences.logs as ViewLog[];
      for (const c of sequences.clusters) {
        const members = logs.filter((l) => l.cluster === c.cluster);
        expect(members).toHaveLength(c.size);
        expect(members.map((m) => m.id)).toContain(c.medoid.id);
        const mean = members.reduce((s, m) => s + m.silhouette, 0) / members.length;
        expect(c.silhouette).toBeCloseTo(mean, 12);
        expect(c.distributionSvg).toContain(`cluster ${c.cluster}`);
      }
      // The index plot's order: by cluster.
      const clusters = logs.map((l) => l.cluster);
      expect(clusters).toEqual([...clusters].sort((a, b) => a - b));
    }
  });

  it('answers accessible SVG plots with a mark for every placed turning point', async () => {
    const { sequences } = (await get('?k=2')).json();
    const placed = (sequences.logs as ViewLog[]).flatMap((l) => l.turningPoints);
    expect(placed.length).toBeGreaterThan(0);
    const { index, distribution, typical } = sequences.svg;
    for (const svg of [index, distribution, typical]) {
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toMatch(/<title>[^<]+<\/title>\s*<desc>[^<]+<\/desc>/);
    }
    expect(index.match(/class="mark"/g)).toHaveLength(placed.length);
    const closure = (sequences.logs as ViewLog[]).find((l) =>
      l.turningPoints.some((tp) => tp.type === 'closure'),
    )!;
    expect(index).toContain(`<title>${closure.name}: closure at entry`);
    for (const c of sequences.clusters)
      expect(typical).toContain(`cluster ${c.cluster}: ${c.medoid.name}`);
  });

  it('bins by time and by agency: positions are bins, turning points land in their bin', async () => {
    const { sequences } = (await get('?state=agency&bin=30&k=2')).json();
    expect(sequences.binMinutes).toBe(30);
    expect(sequences.positions.slice(0, 2)).toEqual(['+0min', '+30min']);
    const detention = (sequences.logs as ViewLog[]).find((l) => l.name === 'log-extra-2.txt')!;
    // 02:15 to 06:00 is 225 minutes: bins 0..7.
    expect(detention.length).toBe(8);
    const times = expected.get(detention.id)!.log.entries.map((e) => Date.parse(`${e.time}Z`));
    for (const tp of detention.turningPoints)
      expect(tp.position).toBe(Math.floor((times[tp.entry]! - times[0]!) / 1_800_000));
    expect(sequences.alphabet).toContain('police');
  });

  it('uses the stored analysis with the researcher’s corrections', async () => {
    const id = t.ids.log;
    const { log, analysis } = expected.get(id)!;
    expect(analysis.entries[0]!.framing).not.toBe('unclear');
    await t.store.analyses.store('tester', id, analyseLog(log));
    await t.store.analyses.correct('tester', id, {
      target: 'entry',
      index: 0,
      event: 'other',
      framing: 'unclear',
    });
    const { sequences } = (await get('?state=framing')).json();
    const corrected = (sequences.logs as ViewLog[]).find((l) => l.id === id)!;
    expect(statesOf(corrected)[0]).toBe('unclear');
  });

  it('refuses bad parameters with validation_failed and a message saying what to change', async () => {
    const tooMany = await get('?k=4');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toEqual({
      id: 'validation_failed',
      message: expect.stringMatching(/clusters must be a whole number from 2 to 3 \(4 logs\)/),
    });
    const tinyBins = (await get('?bin=0.001')).json().error;
    expect(tinyBins.message).toMatch(/log-0415\.txt spans \d+ bins .* use larger bins/);
    for (const bad of ['?state=mood', '?k=1', '?sm=LCS', '?bin=-5'])
      expect((await get(bad)).json().error.id).toBe('validation_failed');
  });
});
