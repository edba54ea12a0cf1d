import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudyStore } from '@liaison/store';
import { buildDemoStudy } from '../src/demo/build-demo.js';

let store: StudyStore;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-demo-'));
  store = await buildDemoStudy({ engine: 'sqlite', path: join(dir, 'demo.liaison') });
});

afterAll(async () => {
  await store?.close();
});

describe('the demo study', () => {
  it('has two sites, 60 police logs, and 55 professionals in interviews and focus groups', async () => {
    expect((await store.sites.list()).map((s) => s.name).sort()).toEqual([
      'Easthaven',
      'Northmoor',
    ]);
    const sources = await store.sources.list();
    const byKind = (k: string) => sources.filter((s) => s.datasetKind === k);
    expect(byKind('police_logs')).toHaveLength(60);
    expect(
      byKind('police_logs').filter((s) => s.format === 'police_log_csv').length,
    ).toBeGreaterThanOrEqual(25);
    expect(byKind('interviews').length + byKind('focus_groups').length).toBeGreaterThan(20);
    expect(await store.participants.list()).toHaveLength(55);
    expect((await store.cases.list()).filter((c) => c.kind === 'incident')).toHaveLength(60);
  });

  it('covers statutory and third-sector organisations at both sites', async () => {
    const people = await store.participants.list();
    const sites = await store.sites.list();
    for (const site of sites) {
      const here = people.filter((p) => p.siteId === site.id);
      expect(here.some((p) => p.sector === 'statutory')).toBe(true);
      expect(here.some((p) => p.sector === 'third_sector')).toBe(true);
    }
  });

  it('links every participant to exactly one transcript through the speaker labels', async () => {
    const transcripts = (await store.sources.list()).filter((s) => s.format === 'transcript');
    const linked = transcripts.flatMap((t) => t.participantIds);
    expect(new Set(linked).size).toBe(55);
    expect(linked).toHaveLength(55);
  });

  it('parses every log into timed entries', async () => {
    const logs = (await store.sources.list()).filter((s) => s.datasetKind === 'police_logs');
    for (const log of logs) {
      const structure = await store.texts.structure((await store.texts.current(log.id)).id);
      expect(structure.kind).toBe('police_log');
      if (structure.kind !== 'police_log') continue;
      expect(structure.entries.length, log.name).toBeGreaterThanOrEqual(6);
      expect(
        structure.entries.every((e) => e.time !== null),
        log.name,
      ).toBe(true);
      expect(structure.incident, log.name).toBeTruthy();
    }
  });
});
