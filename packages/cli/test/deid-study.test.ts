/**
 * `liaison deid detect --study`, `deid review` and `deid apply --key`: the CLI path from
 * suggestions to a de-identified study, with pseudonyms kept consistent by the key file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKeyFile, openStudy } from '@liaison/store';
import { runCli, type CliContext } from '../src/index.js';

const PASS = 'correct horse battery';

const LOG = [
  'Incident: 2016-0311',
  'Site: North',
  'Opened: 09/06/2016 10:15',
  '',
  '09/06/2016 10:15 [OP41] Caller Jean SMITH reports her son is missing, call back on 07700 900123.',
  '10:40 [OP41] Log closed.',
  '',
].join('\n');

const TRANSCRIPT = [
  'INT: Who rang you?',
  'P03: Jean SMITH rang me from 07700 900123 that night.',
  '',
].join('\n');

let dir: string;

async function run(argv: string[], pass: string | undefined = PASS) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    io: {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      isTty: false,
      cwd: dir,
    },
    config: { actor: 'tester', port: 0, ci: true, buildWeb: false, keyPassphrase: pass },
    exitCode: 0,
  };
  const code = await runCli(argv, ctx);
  return { code, stdout, stderr };
}

async function currentTexts(): Promise<string[]> {
  const store = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
  try {
    const sources = await store.sources.list();
    return await Promise.all(sources.map(async (s) => (await store.texts.current(s.id)).text));
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-deid-'));
  await writeFile(join(dir, 'log.txt'), LOG);
  await writeFile(join(dir, 'interview.txt'), TRANSCRIPT);
  expect((await run(['study', 'init', 's.liaison', '--name', 'D'])).code).toBe(0);
  const imported = await run([
    'import',
    'log.txt',
    '--study',
    's.liaison',
    '--dataset',
    'Logs',
    '--kind',
    'police_logs',
  ]);
  expect(imported.code).toBe(0);
  expect((await run(['deid', 'key', 'init', '--key', 'study.key'])).code).toBe(0);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('liaison deid detect / review / apply with a study', () => {
  it('stores suggestions and lists them with their words', async () => {
    const detect = await run(['deid', 'detect', '--study', 's.liaison', '--json']);
    expect(detect.code).toBe(0);
    const { sources, remaining } = JSON.parse(detect.stdout);
    expect(sources).toHaveLength(1);
    expect(remaining.suggestedByType).toMatchObject({ PERSON: 1, PHONE: 1 });
    const list = await run(['deid', 'review', '--study', 's.liaison', '--list', '--json']);
    const texts = JSON.parse(list.stdout).detections.map((d: { text: string }) => d.text);
    expect(texts).toEqual(expect.arrayContaining(['Jean SMITH', '07700 900123']));
  });

  it('bulk accepts a type and reports what is left', async () => {
    const review = await run(['deid', 'review', '--study', 's.liaison', '--accept-type', 'phone']);
    expect(review.code).toBe(0);
    expect(review.stderr).toContain('accepted 1 PHONE suggestions');
    expect(review.stderr).toMatch(/\d+ to review .*PERSON 1.*, 1 accepted/);
    const bad = await run(['deid', 'review', '--study', 's.liaison', '--accept-type', 'NAME']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown type "NAME"');
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const wrong = await run(
      ['deid', 'apply', '--study', 's.liaison', '--key', 'study.key'],
      'nope',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('wrong passphrase');
    expect((await currentTexts())[0]).toContain('07700 900123');
  });

  it('applies with the key, and a later source gets the same pseudonyms', async () => {
    await run(['deid', 'review', '--study', 's.liaison', '--accept-type', 'PERSON']);
    const apply = await run([
      'deid',
      'apply',
      '--study',
      's.liaison',
      '--key',
      'study.key',
      '--json',
    ]);
    expect(apply.code).toBe(0);
    expect(JSON.parse(apply.stdout).replaced).toBeGreaterThanOrEqual(2);
    const [log] = await currentTexts();
    expect(log).toContain('Caller Person 1 reports');
    expect(log).toContain('call back on [PHONE 1]');
    const key = await openKeyFile(join(dir, 'study.key'), PASS);
    expect(key.table.entries.map((e) => e.label).sort()).toEqual(['Person 1', '[PHONE 1]']);

    await run([
      'import',
      'interview.txt',
      '--study',
      's.liaison',
      '--dataset',
      'Interviews',
      '--kind',
      'interviews',
    ]);
    await run(['deid', 'detect', '--study', 's.liaison', '--source', 'interview.txt']);
    await run(['deid', 'review', '--study', 's.liaison', '--accept-type', 'PERSON']);
    await run(['deid', 'review', '--study', 's.liaison', '--accept-type', 'PHONE']);
    const again = await run(['deid', 'apply', '--study', 's.liaison', '--key', 'study.key']);
    expect(again.code).toBe(0);
    const texts = await currentTexts();
    expect(texts.find((t) => t.startsWith('INT:'))).toContain(
      'P03: Person 1 rang me from [PHONE 1]',
    );
  });

  it('writes bare placeholders for the types asked for', async () => {
    await writeFile(join(dir, 'log2.txt'), LOG.replace('07700 900123', '07700 900456'));
    await run([
      'import',
      'log2.txt',
      '--study',
      's.liaison',
      '--dataset',
      'Logs',
      '--kind',
      'police_logs',
    ]);
    await run(['deid', 'detect', '--study', 's.liaison', '--source', 'log2.txt']);
    await run(['deid', 'review', '--study', 's.liaison', '--accept-type', 'PHONE']);
    const apply = await run([
      'deid',
      'apply',
      '--study',
      's.liaison',
      '--key',
      'study.key',
      '--placeholder',
      'PHONE',
    ]);
    expect(apply.code).toBe(0);
    expect(await currentTexts()).toContainEqual(expect.stringContaining('call back on [PHONE].'));
  });

  it('applies to the sources chosen with --source only, consistently with later applies', async () => {
    const text = 'P07: Marek KOWALSKI phoned from 07700 900789 again.\n';
    for (const name of ['chosen.txt', 'later.txt', 'third.txt']) {
      // Different bytes per file: an identical file would be skipped as already imported.
      await writeFile(join(dir, name), `INT: Who rang (${name})?\n${text}`);
      await run([
        'import',
        name,
        '--study',
        's.liaison',
        '--dataset',
        'More',
        '--kind',
        'interviews',
      ]);
    }
    await run(['deid', 'detect', '--study', 's.liaison']);
    await run(['deid', 'review', '--study', 's.liaison', '--accept-type', 'PERSON']);
    const apply = (...sources: string[]) =>
      run(['deid', 'apply', '--study', 's.liaison', '--key', 'study.key', ...sources]);
    const wrong = await apply('--source', 'chosen.txt,nope.txt');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('nope.txt');
    expect((await currentTexts()).filter((t) => t.includes('Marek KOWALSKI'))).toHaveLength(3);

    expect((await apply('--source', 'chosen.txt')).code).toBe(0);
    const person = /P07: (Person \d+) phoned/.exec((await currentTexts()).join('\n'))?.[1];
    expect(person).toBeDefined();
    expect((await currentTexts()).filter((t) => t.includes('Marek KOWALSKI'))).toHaveLength(2);

    expect((await apply('--source', 'later.txt', '--source', 'third.txt')).code).toBe(0);
    const texts = await currentTexts();
    expect(texts.filter((t) => t.includes('Marek KOWALSKI'))).toEqual([]);
    expect(texts.filter((t) => t.includes(`P07: ${person} phoned`))).toHaveLength(3);
  });
});
