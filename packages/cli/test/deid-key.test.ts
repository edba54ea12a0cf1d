import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PseudonymTable, applyPseudonyms } from '@liaison/core';
import { nodeHmac, openKeyFile, saveKeyFile } from '@liaison/store';
import { runCli, type CliContext } from '../src/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-key-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI in-process with the passphrases a user would set in the environment. */
async function key(argv: string[], pass?: string, newPass?: string) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    io: {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      isTty: false,
      cwd: dir,
    },
    config: {
      actor: 't',
      port: 0,
      ci: true,
      buildWeb: false,
      keyPassphrase: pass,
      newKeyPassphrase: newPass,
    },
    exitCode: 0,
  };
  const code = await runCli(['deid', 'key', ...argv], ctx);
  return { code, stdout, stderr };
}

describe('liaison deid key', () => {
  it('creates a key file, refuses to overwrite it, and checks the passphrase', async () => {
    const init = await key(['init', '--key', 'study.key'], 'secret words');
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('created study.key');
    const again = await key(['init', '--key', 'study.key'], 'other words');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a key file already exists');
    const check = await key(['check', '--key', 'study.key', '--json'], 'secret words');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual({ ok: true, counts: {} });
    const wrong = await key(['check', '--key', 'study.key'], 'guess');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('wrong passphrase or corrupted key file');
  });

  it('prints counts per type, never identities or the passphrase', async () => {
    await key(['init', '--key', 'k.key'], 'pass phrase');
    const path = join(dir, 'k.key');
    const opened = await openKeyFile(path, 'pass phrase');
    const table = new PseudonymTable({ secret: opened.secret, hmac: nodeHmac });
    const text = 'Jean Smith and Ade Okafor';
    const d = (s: number, e: number) => ({
      type: 'PERSON' as const,
      startUtf16: s,
      endUtf16: e,
      text: text.slice(s, e),
      score: 1,
      recognizer: 't',
    });
    applyPseudonyms(text, [d(0, 10), d(15, 25)], table);
    await saveKeyFile(path, 'pass phrase', { secret: opened.secret, table: table.state() });
    const check = await key(['check', '--key', 'k.key'], 'pass phrase');
    expect(check.stdout).toMatch(/PERSON\s+2/);
    const all = check.stdout + check.stderr;
    for (const secret of ['Jean', 'Okafor', 'pass phrase']) expect(all).not.toContain(secret);
  });

  it('rotates the passphrase', async () => {
    await key(['init', '--key', 'k.key'], 'old one');
    const rotate = await key(['rotate', '--key', 'k.key'], 'old one', 'new one');
    expect(rotate.code).toBe(0);
    expect((await key(['check', '--key', 'k.key'], 'old one')).code).toBe(1);
    expect((await key(['check', '--key', 'k.key'], 'new one')).code).toBe(0);
    expect(await readFile(join(dir, 'k.key'), 'utf8')).not.toContain('new one');
  });

  it('asks for the passphrase variable when there is no terminal, and needs --key', async () => {
    const none = await key(['init', '--key', 'k.key']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('set LIAISON_KEY_PASSPHRASE');
    const noNew = await key(['rotate', '--key', 'k.key'], 'x');
    expect(noNew.stderr).toContain('no key file here');
    expect((await key(['check'], 'x')).code).toBe(2);
  });
});
