import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from '@liaison/core';
import { cli } from './run-cli.js';

interface FileEntities {
  file: string;
  entities: { type: string; start: number; end: number; text: string; score: number }[];
}

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'liaison-deid-'));
}

const LOG = '\uFEFFLog 1\r\nIP Jean WOOD (DOB 01/02/1980) lives at 12 Ash Grove, Keighley.\r\n';
const CSV =
  'text,timestamp,incident_id\n"Caller Ffion HILL, tel 0113 496 0751",01/02/2024 10:00,X1\n';

async function docxBytes(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }],
  });
  return Packer.toBuffer(doc);
}

describe('liaison deid detect', () => {
  it('prints entities with UTF-16 offsets over the decoded text (BOM removed, CR kept)', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'log.txt'), LOG);
    const run = await cli(['deid', 'detect', 'log.txt', '--json'], dir);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as FileEntities[];
    expect(result!.file).toBe('log.txt');
    const text = LOG.slice(1);
    for (const e of result!.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(result!.entities.map((e) => `${e.type}:${e.text}`)).toEqual([
      'PERSON:Jean WOOD',
      'DATE_OF_BIRTH:01/02/1980',
      'ADDRESS:12 Ash Grove',
      'LOCATION:Keighley',
    ]);
    expect(result!.entities[0]!.start).toBe('Log 1\r\nIP '.length);
  });

  it('reads .csv logs as whole text and .docx documents', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'log.csv'), CSV);
    writeFileSync(
      join(dir, 'int.docx'),
      await docxBytes(['INT: Hello.', 'Siân: I rang DC Patel.']),
    );
    const run = await cli(['deid', 'detect', 'log.csv', 'int.docx', '--json'], dir);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as FileEntities[];
    expect(results.map((r) => r.file)).toEqual(['log.csv', 'int.docx']);
    // The incident_id cell is a reference on every row (ANNOTATION.md), past the quoted text cell.
    expect(results[0]!.entities.map((e) => e.text)).toEqual(['Ffion HILL', '0113 496 0751', 'X1']);
    expect(results[1]!.entities.map((e) => e.text)).toEqual(['Siân', 'Patel']);
  });

  it('reports bad files on stderr, exits 1 and still prints the good ones', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'ok.txt'), 'Mr Mayers called.');
    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 5]));
    const run = await cli(
      ['deid', 'detect', 'missing.txt', 'ok.txt', 'bad.docx', 'binary.txt', '--json'],
      dir,
    );
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as FileEntities[];
    expect(results.map((r) => r.file)).toEqual(['ok.txt']);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stderr).toContain('bad.docx');
    expect(run.stderr).toContain('binary.txt');
    expect(run.stderr).not.toContain('Mayers');
  });

  it('gives each of several files what core detects in its text alone', async () => {
    const dir = workdir();
    const texts = [
      LOG.slice(1),
      'Seen by Amir Wright at 4 Mill Lane, Rhyl.',
      'No one.',
      'PC 2231 WOOD',
    ];
    texts.forEach((t, i) => writeFileSync(join(dir, `f${i}.txt`), t));
    const names = texts.map((_, i) => `f${i}.txt`);
    const run = await cli(['deid', 'detect', ...names, '--json'], dir);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as FileEntities[];
    expect(results.map((r) => r.file)).toEqual(names);
    for (const [i, result] of results.entries()) {
      const want = detectIdentifiers(texts[i]!).map((d) => [
        d.type,
        d.startUtf16,
        d.endUtf16,
        d.score,
      ]);
      expect(result.entities.map((e) => [e.type, e.start, e.end, e.score])).toEqual(want);
    }
  });

  it('prints a table with line and column without --json', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'a.txt'), 'Note\nMr Mayers called.');
    const run = await cli(['deid', 'detect', 'a.txt'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/a\.txt\s+2:4\s+PERSON\s+0\.90\s+Mayers/);
  });
});
