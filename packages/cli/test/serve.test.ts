import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const BIN = resolve(import.meta.dirname, '../bin/liaison.js');

describe('liaison as a process', () => {
  it('runs from bin/liaison.js: --help on stdout, exit 0; usage errors exit 2', () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: liaison');
    const bad = spawnSync(process.execPath, [BIN, 'logs', 'parse'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain("missing required argument 'file'");
  });
});

describe('liaison serve', () => {
  it('serves a study on 127.0.0.1, prints the URL on stdout and stops on the signal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-serve-'));
    await cli(['study', 'init', 's.liaison', '--name', 'Served study'], dir);
    let stop: () => void = () => undefined;
    const stopSignal = new Promise<void>((r) => (stop = r));
    let printed = '';
    const running = cli(['serve', '--study', 's.liaison', '--port', '0'], dir, {
      stopSignal,
      onStdout: (t) => (printed += t),
    });
    const url = await waitFor(() => printed.trim());
    const study = (await (await fetch(new URL('/api/study', url))).json()) as {
      study: { name: string };
    };
    expect(study.study.name).toBe('Served study');
    expect(new URL(url).hostname).toBe('127.0.0.1');
    stop();
    const done = await running;
    expect(done.code).toBe(0);
    expect(done.stdout.trim()).toBe(url);
  });

  it('exits 2 on a port that is not a number', async () => {
    const r = await cli(['serve', '--study', 'x.liaison', '--port', 'eighty'], process.cwd());
    expect(r.code).toBe(2);
  });
});

/** Polls until `read` returns a non-empty string (the in-process server prints its URL). */
async function waitFor(read: () => string): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const value = read();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('server did not print its URL');
}
