/**
 * `liaison logs train`: adapting the study lexicon's models to its reviewed logs, with the
 * cross-validation that decides whether `--save` stores the result, and `liaison logs review`,
 * which marks the logs a researcher has checked entry by entry: once any is marked, training
 * takes only the marked logs, else the corrected ones. The fictional study's mental
 * health team goes by a local name, "Bridgeway", that no lexicon rule knows, so the researcher
 * corrects the agencies of the entries that name it (examples/bridgeway-logs).
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStudy } from '@liaison/store';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

/** Six fictional logs (examples/bridgeway-logs/README.md). */
const FIXTURES = new URL('../../../examples/bridgeway-logs/', import.meta.url);
const FILES = [0, 1, 2, 3, 4, 5].map((n) => `log-${n}.txt`);

async function study(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-logs-train-'));
  for (const file of FILES) copyFileSync(new URL(file, FIXTURES), join(dir, file));
  expect((await cli(['study', 'init', 's.liaison', '--name', 'Train'], dir)).code).toBe(0);
  const args = ['--study', 's.liaison', '--dataset', 'Logs', '--kind', 'police_logs'];
  expect((await cli(['import', ...FILES, ...args], dir)).code).toBe(0);
  expect((await cli(['logs', 'analyse', '--study', 's.liaison'], dir)).code).toBe(0);
  return dir;
}

async function correct(dir: string, file: string, entry: number, agencies: string) {
  const args = ['--source', file, '--entry', String(entry), '--agencies', agencies];
  const run = await cli(['logs', 'correct', '--study', 's.liaison', ...args], dir);
  expect(run.code).toBe(0);
}

/** The researcher reviews the first `n` logs: both Bridgeway entries involve mental health. */
async function review(dir: string, n: number): Promise<void> {
  for (const file of FILES.slice(0, n)) {
    await correct(dir, file, 1, 'police,mental_health');
    await correct(dir, file, 3, 'police,mental_health');
  }
}

const train = (dir: string, ...args: string[]) =>
  cli(['logs', 'train', '--study', 's.liaison', ...args], dir);
const mark = (dir: string, ...args: string[]) =>
  cli(['logs', 'review', '--study', 's.liaison', ...args], dir);

/** The study's events of one action, read with the store. */
async function events(dir: string, action: string) {
  const store = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
  try {
    return (await store.events.list()).filter((e) => e.action === action);
  } finally {
    await store.close();
  }
}

interface Labelled {
  file: string;
  entries: { agencies: string[] }[];
}

async function exported(dir: string): Promise<Labelled[]> {
  const run = await cli(['logs', 'export-labels', '--study', 's.liaison'], dir);
  return JSON.parse(run.stdout) as Labelled[];
}

describe('liaison logs train', () => {
  it('cross-validates the adaptation on the reviewed logs and reports it', async () => {
    const dir = await study();
    await review(dir, 4);
    const run = await train(dir, '--json', '--l2', '1');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ logs: 4, folds: 4, l2: 1, saved: null, basis: 'corrected' });
    // Only agencies were corrected: the gain is judged on them alone.
    expect(result.judgedOn).toEqual(['agencies']);
    expect(result.gain).toBeCloseTo(result.adapted.agencyF1 - result.current.agencyF1);
    expect(result.trainedOn).toEqual(FILES.slice(0, 4));
    expect(result.current.entries).toBe(16);
    expect(result.adapted.agencyF1).toBeGreaterThan(result.current.agencyF1);
    const text = await train(dir, '--folds', '2');
    expect(text.stdout).toMatch(
      /^trained on 4 logs with a corrected entry \(no log is marked reviewed\): log-0\.txt, log-1\.txt, log-2\.txt, log-3\.txt\n/,
    );
    expect(text.stdout).toMatch(/cross-validation: 2 folds over 4 reviewed logs \(16 entries\)/);
    expect(text.stdout).toMatch(/agency F1 +\d\.\d{3} +\d\.\d{3} +\+\d\.\d{3}/);
    expect(text.stdout).toMatch(/judged on agencies only: the labels corrected \(mean change \+/);
    // Counts and scores only: no entry text reaches the output.
    expect(text.stdout + text.stderr).not.toMatch(/BRIDGEWAY|CALLER/);
  });

  it('trains only on the logs marked reviewed once any is, and again on the corrected ones after --undo', async () => {
    const dir = await study();
    await review(dir, 4);
    const marked = await mark(dir, 'log-0.txt', 'LOG-2.TXT', 'log-3.txt');
    expect(marked.code).toBe(0);
    expect(marked.stderr).toMatch(/^marked log-0\.txt\nmarked log-2\.txt\nmarked log-3\.txt\n/);
    expect(marked.stderr).toMatch(/3 police logs marked reviewed; liaison logs train trains on/);
    const json = JSON.parse((await train(dir, '--json', '--l2', '1')).stdout);
    expect(json).toMatchObject({ basis: 'marked', logs: 3, folds: 3, skipped: [] });
    expect(json.trainedOn).toEqual(['log-0.txt', 'log-2.txt', 'log-3.txt']);
    const text = await train(dir, '--l2', '1');
    expect(text.stdout).toMatch(
      /^trained on 3 logs marked reviewed: log-0\.txt, log-2\.txt, log-3\.txt\n/,
    );
    const again = await mark(dir, 'log-0.txt');
    expect(again.stderr).toMatch(/log-0\.txt was already marked reviewed by tester at \d{4}-/);
    const undone = await mark(dir, 'log-0.txt', 'log-2.txt', 'log-3.txt', '--undo');
    expect(undone.stderr).toMatch(/^unmarked log-0\.txt\nunmarked log-2\.txt\nunmarked log-3/);
    expect(undone.stderr).toMatch(/no police log is marked reviewed; .* a corrected entry/);
    expect(JSON.parse((await train(dir, '--json')).stdout).basis).toBe('corrected');
    expect((await events(dir, 'log_analysis.review')).map((e) => e.actor)).toEqual([
      'tester',
      'tester',
      'tester',
    ]);
    expect(await events(dir, 'log_analysis.unreview')).toHaveLength(3);
  });

  it('marks nothing when a named log is unknown or has no stored analysis', async () => {
    const dir = await study();
    const unknown = await mark(dir, 'log-0.txt', 'log-9.txt');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no police log "log-9\.txt" in the study/);
    const args = ['--dataset', 'Later', '--kind', 'police_logs'];
    copyFileSync(new URL('log-0.txt', FIXTURES), join(dir, 'later.txt'));
    expect((await cli(['import', 'later.txt', '--study', 's.liaison', ...args], dir)).code).toBe(0);
    const unanalysed = await mark(dir, 'log-1.txt', 'later.txt');
    expect(unanalysed.code).toBe(1);
    expect(unanalysed.stderr).toMatch(/later\.txt: no stored analysis of the current text/);
    expect(await events(dir, 'log_analysis.review')).toEqual([]);
    expect((await cli(['logs', 'review', '--study', 's.liaison'], dir)).code).toBe(2);
  });

  it('saves the adapted lexicon, and analysing again reads the local name in unreviewed logs', async () => {
    const dir = await study();
    await review(dir, 4);
    const before = (await exported(dir)).find((l) => l.file === 'log-5.txt')!;
    expect(before.entries[3]!.agencies).not.toContain('mental_health');
    const run = await train(dir, '--save', '--out', 'adapted.json');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/saved lexicon ".+\+study\.1" as version 1/);
    expect(run.stderr).toMatch(/wrote the adapted lexicon ".+\+study\.1" to adapted\.json/);
    expect((await cli(['logs', 'analyse', '--study', 's.liaison'], dir)).code).toBe(0);
    const after = (await exported(dir)).find((l) => l.file === 'log-5.txt')!;
    expect(after.entries[1]!.agencies).toContain('mental_health');
    expect(after.entries[3]!.agencies).toContain('mental_health');
    // The file is a lexicon the analysis of loose files takes too.
    const loose = await cli(['logs', 'analyse', 'log-5.txt', '--lexicon', 'adapted.json'], dir);
    expect(loose.code).toBe(0);
    const store = await openStudy({ engine: 'sqlite', path: join(dir, 's.liaison') });
    try {
      const current = await store.lexicons.current();
      expect(current.number).toBe(1);
      expect(current.lexicon.agencyModels?.['mental_health']?.trainedOn).toMatch(
        /adapted to 16 entries of 4 reviewed logs/,
      );
      expect(JSON.parse(readFileSync(join(dir, 'adapted.json'), 'utf8')).version).toBe(
        current.version,
      );
    } finally {
      await store.close();
    }
  });

  it('saves nothing when the check shows no gain, unless --force', async () => {
    const dir = await study();
    // Two reviewers' logs that disagree: one says Bridgeway is mental health, the other
    // corrects another entry and leaves the Bridgeway ones as police alone.
    await correct(dir, FILES[0]!, 1, 'police,mental_health');
    await correct(dir, FILES[0]!, 3, 'police,mental_health');
    await correct(dir, FILES[1]!, 2, 'police');
    const refused = await train(dir, '--save', '--json');
    expect(refused.code).toBe(0);
    // Each fold's model learns the other reviewer's reading, which the held-out log contradicts.
    const { adapted, current } = JSON.parse(refused.stdout);
    expect(adapted.agencyF1).toBeLessThanOrEqual(current.agencyF1);
    expect(refused.stderr).toMatch(
      /not saved: adapting (?:did not raise|lowered) the cross-validated scores/,
    );
    const forced = await train(dir, '--save', '--force');
    expect(forced.stderr).toMatch(/saved lexicon ".+\+study\.1" as version 1/);
  });

  it('needs two reviewed logs and sensible options', async () => {
    const dir = await study();
    await review(dir, 1);
    const few = await train(dir);
    expect(few.code).toBe(1);
    expect(few.stderr).toMatch(/1 reviewed police log; adapting the models needs at least two/);
    expect((await train(dir, '--folds', '1')).code).toBe(2);
    expect((await train(dir, '--l2', '-3')).code).toBe(2);
  });
});
