/**
 * `liaison deid settings show|set`: per-type replacement choices and the whole settings object
 * from a file, with mistakes refused before anything is saved.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

let dir: string;

const run = (argv: string[]) => cli(argv, dir);

const show = async () =>
  JSON.parse((await run(['deid', 'settings', 'show', '--study', 's.liaison', '--json'])).stdout);
const set = (...args: string[]) =>
  run(['deid', 'settings', 'set', '--study', 's.liaison', ...args]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-deid-settings-'));
  expect((await run(['study', 'init', 's.liaison', '--name', 'S'])).code).toBe(0);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('liaison deid settings', () => {
  it('shows the defaults: pseudonyms, dates shifted, dates of birth numbered', async () => {
    expect(await show()).toEqual({ detection: {}, policy: {} });
    const human = await run(['deid', 'settings', 'show', '--study', 's.liaison']);
    expect(human.stdout).toMatch(/PHONE\s+pseudonym/);
    expect(human.stdout).toMatch(/DATE\s+shift/);
    expect(human.stdout).toMatch(/DATE_OF_BIRTH\s+pseudonym/);
    expect(human.stderr).toContain('crime reference formats: built-in only');
  });

  it('sets replacements per type with repeated --policy', async () => {
    const res = await set('--policy', 'phone=placeholder', '--policy', 'DATE=pseudonym', '--json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).policy).toEqual({
      placeholders: ['PHONE'],
      dates: { DATE: 'placeholder' },
    });
    const human = await run(['deid', 'settings', 'show', '--study', 's.liaison']);
    expect(human.stdout).toMatch(/PHONE\s+placeholder/);
    expect(human.stdout).toMatch(/DATE\s+pseudonym/);
    expect((await set('--policy', 'PHONE=pseudonym', '--json')).stdout).toContain(
      '"placeholders": []',
    );
  });

  it('refuses wrong choices with a clear error and saves nothing', async () => {
    const before = await show();
    const shift = await set('--policy', 'PHONE=shift');
    expect(shift.code).toBe(2);
    expect(shift.stderr).toContain('shift applies to DATE and DATE_OF_BIRTH only');
    const type = await set('--policy', 'NAME=placeholder');
    expect(type.stderr).toContain('unknown type "NAME"');
    const shape = await set('--policy', 'PHONE');
    expect(shape.stderr).toContain('is not TYPE=CHOICE');
    expect((await set()).code).toBe(2);
    expect(await show()).toEqual(before);
  });

  it('replaces the settings from a file, checking every field', async () => {
    const good = {
      detection: { crimeRefPatterns: ['\\bWY-\\d{6}\\b'], agencies: true },
      policy: { maxShiftDays: 90, placeholders: ['EMAIL'] },
    };
    await writeFile(join(dir, 'good.json'), JSON.stringify(good));
    const res = await set('--file', 'good.json', '--policy', 'DATE_OF_BIRTH=shift', '--json');
    expect(res.code).toBe(0);
    expect(await show()).toEqual({
      detection: good.detection,
      policy: { ...good.policy, dates: { DATE_OF_BIRTH: 'shift' } },
    });
    const bad = {
      detection: { crimeRefPatterns: ['(unclosed'], colour: 'red' },
      policy: { maxShiftDays: 0 },
    };
    await writeFile(join(dir, 'bad.json'), JSON.stringify(bad));
    const refused = await set('--file', 'bad.json');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('detection.colour is not a setting');
    expect(refused.stderr).toContain('detection.crimeRefPatterns[0] is not a regular expression');
    expect(refused.stderr).toContain('policy.maxShiftDays must be a whole number');
    await writeFile(join(dir, 'broken.json'), '{ detection');
    expect((await set('--file', 'broken.json')).stderr).toContain('broken.json is not JSON');
    expect((await show()).policy.maxShiftDays).toBe(90);
  });
});
