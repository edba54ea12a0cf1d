import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

  it('has a thematic codebook of folders and defined codes, each applied by researcher-a', async () => {
    const codes = await store.codes.list();
    const folders = codes.filter((c) => !c.codable);
    const codable = codes.filter((c) => c.codable);
    expect(folders.length).toBeGreaterThanOrEqual(4);
    expect(codable.length).toBeGreaterThanOrEqual(15);
    for (const c of codable) {
      expect(c.parentId, c.name).not.toBeNull();
      expect(c.definition.length, c.name).toBeGreaterThan(20);
      expect(c.inclusion.length, c.name).toBeGreaterThan(20);
      expect(c.exclusion.length, c.name).toBeGreaterThan(20);
      expect(c.examples.length, c.name).toBeGreaterThan(0);
    }
    for (const code of codable) {
      const byA = (await store.codings.byCode(code.id)).filter((c) => c.coder === 'researcher-a');
      expect(byA.length, code.name).toBeGreaterThan(0);
    }
  });

  it('codes every transcript for researcher-a and about a third for researcher-b, verbatim', async () => {
    const transcripts = (await store.sources.list()).filter((s) => s.format === 'transcript');
    const codersOf = new Map<string, Set<string>>();
    for (const t of transcripts) {
      const version = await store.texts.current(t.id);
      const codings = await store.codings.bySource(t.id);
      for (const c of codings) {
        const { startUtf16, endUtf16 } = c.anchor.position;
        expect(version.text.slice(startUtf16, endUtf16)).toBe(c.anchor.quote.exact);
        expect(c.status).toBe('exact');
      }
      codersOf.set(t.name, new Set(codings.map((c) => c.coder)));
    }
    const withA = [...codersOf.values()].filter((s) => s.has('researcher-a')).length;
    const withB = [...codersOf.values()].filter((s) => s.has('researcher-b')).length;
    expect(withA).toBe(transcripts.length);
    expect(withB / transcripts.length).toBeGreaterThan(0.25);
    expect(withB / transcripts.length).toBeLessThan(0.45);
  });

  it('refuses a codings file whose quote is not in the transcript, naming file and quote', async () => {
    const root = mkdtempSync(join(tmpdir(), 'liaison-demo-root-'));
    mkdirSync(join(root, 'interviews'));
    mkdirSync(join(root, 'codings'));
    writeFileSync(
      join(root, 'interviews', 'T-01.txt'),
      'INT: Who do you ring?\n\nP01: The MASH.\n',
    );
    const manifest = {
      name: 'Tiny',
      description: '',
      sites: [{ name: 'Site', description: '' }],
      participants: [],
      codebook: 'codebook.json',
      codings: 'codings',
      datasets: [
        {
          name: 'Interviews',
          kind: 'interviews',
          description: '',
          extensions: ['.txt'],
          imports: [{ site: 'Site', dir: 'interviews' }],
        },
      ],
    };
    writeFileSync(join(root, 'study.json'), JSON.stringify(manifest));
    const codebook = { name: 'B', description: '', codes: [{ name: 'Info', definition: 'x' }] };
    writeFileSync(join(root, 'codebook.json'), JSON.stringify(codebook));
    const codings = {
      source: 'interviews/T-01.txt',
      coder: 'a',
      codings: [{ code: 'Info', quote: 'The police.' }],
    };
    writeFileSync(join(root, 'codings', 'a.json'), JSON.stringify(codings));
    const path = join(root, 'tiny.liaison');
    await expect(buildDemoStudy({ engine: 'sqlite', path }, { root })).rejects.toThrow(
      /codings[\\/]a\.json: quote "The police\." is not in interviews\/T-01\.txt/,
    );
  });
});
