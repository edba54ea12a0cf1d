import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStudy } from '@liaison/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoStudy } from '../src/demo/build-demo.js';
import { cli } from './run-cli.js';

/** The demo study, built once; tests that change it work on a copy. */
let built: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-assist-'));
  built = join(dir, 'demo.liaison');
  await (await buildDemoStudy({ engine: 'sqlite', path: built })).close();
}, 120_000);

function copyOfDemo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-assist-copy-'));
  copyFileSync(built, join(dir, 's.liaison'));
  return dir;
}

interface PreviewJson {
  codeId: string;
  truncated: boolean;
  hits: { number: number; sourceId: string; start: number; end: number; snippet: string }[];
}

const S136 = 'Place of safety and s136';

describe('liaison autocode', () => {
  it('previews numbered hits with the match marked in each snippet', async () => {
    const dir = copyOfDemo();
    const args = [
      'autocode',
      '--study',
      's.liaison',
      '--code',
      S136,
      '--phrase',
      'place of safety',
    ];
    const json = await cli([...args, '--unit', 'sentence', '--json'], dir);
    expect(json.code).toBe(0);
    const preview = JSON.parse(json.stdout) as PreviewJson;
    expect(preview.hits.length).toBeGreaterThan(5);
    expect(preview.hits.map((h) => h.number)).toEqual(preview.hits.map((_, i) => i + 1));
    for (const h of preview.hits) expect(h.snippet.toLowerCase()).toContain('«place of safety»');
    const table = await cli(args, dir);
    expect(table.stdout).toMatch(/^#\s+source\s+unit\s+hit/);
    expect(table.stderr).toContain(`${preview.hits.length} hits`);
  });

  it('codes the chosen hits as the acting coder in one batch, and skips them the second time', async () => {
    const dir = copyOfDemo();
    const args = ['autocode', '--study', 's.liaison', '--code', S136, '--regex', 'suite'];
    const preview = JSON.parse((await cli([...args, '--json'], dir)).stdout) as PreviewJson;
    const run = await cli([...args, '--unit', 'match', '--apply', '1,3'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('coded 2 hits');
    const store = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
    try {
      const mine = (await store.codings.byCode(preview.codeId)).filter((c) => c.coder === 'tester');
      const chosen = [preview.hits[0], preview.hits[2]];
      expect(mine.map((c) => [c.sourceId, c.anchor.position.startUtf16]).sort()).toEqual(
        chosen.map((h) => [h?.sourceId, h?.start]).sort(),
      );
      const events = await store.events.list({ limit: 10_000 });
      const last = events[events.length - 1];
      expect(last).toMatchObject({
        action: 'coding.create_many',
        actor: 'tester',
        after: { count: 2 },
      });
    } finally {
      await store.close();
    }
    const again = await cli([...args, '--apply', '1'], dir);
    expect(again.stderr).toContain('coded 0 hits');
    expect(again.stderr).toContain('1 already coded');
  });

  it('explains bad queries, unsafe patterns, unknown hits and unknown codes', async () => {
    const dir = copyOfDemo();
    const base = ['autocode', '--study', 's.liaison', '--code', S136];
    const both = await cli([...base, '--phrase', 'x', '--regex', 'x'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('exactly one of --phrase');
    const unsafe = await cli([...base, '--regex', '(a+)+b'], dir);
    expect(unsafe.code).toBe(2);
    expect(unsafe.stderr).toContain('refused');
    const missing = await cli([...base, '--phrase', 'place of safety', '--apply', '9999'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No hit numbered 9999');
    const folder = await cli(
      ['autocode', '--study', 's.liaison', '--code', 'Crisis response', '--phrase', 'x'],
      dir,
    );
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('no codable code named "Crisis response"');
  });
});

interface SuggestJson {
  coder: string;
  codesLearnt: number;
  units: {
    sourceName: string;
    suggestions: { code: string; codeName: string; probability: number }[];
  }[];
}

describe('liaison suggest', () => {
  it("suggests a coder's codes for a source they have not coded, and stores nothing", async () => {
    const dir = copyOfDemo();
    const store = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
    const before = (await store.events.list({ limit: 10_000 })).length;
    await store.close();
    const args = [
      'suggest',
      '--study',
      's.liaison',
      '--coder',
      'researcher-b',
      '--source',
      'EH-FG-01.txt',
    ];
    const run = await cli([...args, '--k', '2', '--json'], dir);
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as SuggestJson;
    expect(s.coder).toBe('researcher-b');
    expect(s.codesLearnt).toBeGreaterThan(10);
    expect(s.units.length).toBeGreaterThan(20);
    for (const u of s.units) {
      expect(u.sourceName).toBe('EH-FG-01.txt');
      expect(u.suggestions).toHaveLength(2);
      const [a, b] = u.suggestions.map((x) => x.probability);
      expect(a).toBeGreaterThanOrEqual(b ?? 0);
      expect(a).toBeLessThanOrEqual(1);
    }
    const table = await cli(args, dir);
    expect(table.stderr).toContain('Suggestions are not applied');
    const after = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
    expect((await after.events.list({ limit: 10_000 })).length).toBe(before);
    await after.close();
  });

  it('says so when the coder has nothing to learn from', async () => {
    const run = await cli(['suggest', '--study', 's.liaison'], copyOfDemo());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('tester has no codings to learn from');
  });
});
