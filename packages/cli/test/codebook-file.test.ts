import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODEBOOK_FILE_FORMAT,
  readCodebookFile,
  type CodebookFileCode,
} from '../src/commands/codebook-file.js';
import { cli } from './run-cli.js';

const fileCode = (id: string, parentId: string | null): CodebookFileCode => ({
  id,
  parentId,
  name: `code ${id}`,
  definition: '',
  inclusion: '',
  exclusion: '',
  examples: [],
  colour: '#1f77b4',
  codable: true,
});

/** A random forest: code i's parent is one of codes 0..i-1 or none; then shuffled. */
const forest = fc
  .array(fc.option(fc.nat(), { nil: null }), { maxLength: 40 })
  .map((parents) =>
    parents.map((p, i) => fileCode(`c${i}`, p === null || i === 0 ? null : `c${p % i}`)),
  )
  .chain((codes) => fc.shuffledSubarray(codes, { minLength: codes.length }));

const text = (codes: CodebookFileCode[]) =>
  JSON.stringify({ format: CODEBOOK_FILE_FORMAT, version: 1, codes });

describe('readCodebookFile', () => {
  it('puts every parent before its children and keeps every code (property)', () => {
    fc.assert(
      fc.property(forest, (codes) => {
        const read = readCodebookFile(text(codes), 'f.json').codes;
        expect([...read].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...codes].sort((a, b) => a.id.localeCompare(b.id)),
        );
        const seen = new Set<string>();
        for (const code of read) {
          if (code.parentId !== null) expect(seen.has(code.parentId)).toBe(true);
          seen.add(code.id);
        }
      }),
    );
  });

  it('names the file and the field that is wrong', () => {
    expect(() => readCodebookFile('{', 'book.json')).toThrow(/^book\.json: not JSON/);
    const badColour = text([{ ...fileCode('a', null), colour: 'red' }]);
    expect(() => readCodebookFile(badColour, 'book.json')).toThrow(
      'book.json: not a Liaison codebook file: codes.0.colour: must be a colour like #1f77b4',
    );
    const orphan = text([fileCode('a', 'ghost')]);
    expect(() => readCodebookFile(orphan, 'book.json')).toThrow(/parentId "ghost"/);
    const cycle = text([fileCode('a', 'b'), fileCode('b', 'a')]);
    expect(() => readCodebookFile(cycle, 'book.json')).toThrow(/a cycle/);
  });
});

describe('liaison codebook export / import', () => {
  it('copies the codes in use to another study, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-codebook-file-'));
    for (const name of ['a.liaison', 'b.liaison']) {
      expect((await cli(['study', 'init', name, '--name', name], dir)).code).toBe(0);
    }
    const run = (...args: string[]) => cli(['codebook', ...args], dir);
    await run('add', 'Agencies', '--folder', '--study', 'a.liaison');
    await run(
      'add',
      'crht',
      '--parent',
      'Agencies',
      '--inclusion',
      'CRHT named',
      '--study',
      'a.liaison',
    );
    await run('add', 'old', '--study', 'a.liaison');
    await run('retire', 'old', '--study', 'a.liaison');
    expect((await run('export', '--study', 'a.liaison', '--out', 'book.json')).code).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'book.json'), 'utf8'));
    expect(file.codes.map((c: CodebookFileCode) => c.name)).toEqual(['Agencies', 'crht']);

    const first = await run(
      'import',
      'book.json',
      '--study',
      'b.liaison',
      '--memo',
      'From study A',
      '--json',
    );
    expect(JSON.parse(first.stdout)).toEqual({ added: 2, existing: 0 });
    const again = await run('import', 'book.json', '--study', 'b.liaison', '--json');
    expect(JSON.parse(again.stdout)).toEqual({ added: 0, existing: 2 });
    const listed = await run('list', '--study', 'b.liaison');
    expect(listed.stdout).toBe('Agencies (0 codings) [folder]\n  crht (0 codings)\n');

    writeFileSync(join(dir, 'bad.json'), '{"format": "other"}');
    const bad = await run('import', 'bad.json', '--study', 'b.liaison');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json: not a Liaison codebook file: format:');
  });
});
