import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PseudonymTable, applyPseudonyms } from '@liaison/core';
import {
  KeyFileError,
  changePassphrase,
  createKeyFile,
  nodeHmac,
  openKeyFile,
  saveKeyFile,
} from '@liaison/store';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-key-'));
  path = join(dir, 'study.key');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejectsWith(p: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KeyFileError);
  expect((error as KeyFileError).code).toBe(code);
  expect((error as KeyFileError).message).toMatch(message);
}

describe('key file', () => {
  it('round-trips the secret and the table, and holds neither in the clear', async () => {
    const key = await createKeyFile(path, 'correct horse');
    const table = new PseudonymTable({ secret: key.secret, hmac: nodeHmac });
    const text = 'Jean Smith rang 07700 900123';
    applyPseudonyms(
      text,
      [
        {
          type: 'PERSON',
          startUtf16: 0,
          endUtf16: 10,
          text: 'Jean Smith',
          score: 1,
          recognizer: 't',
        },
      ],
      table,
    );
    await saveKeyFile(path, 'correct horse', { secret: key.secret, table: table.state() });
    const opened = await openKeyFile(path, 'correct horse');
    expect(opened.secret).toEqual(key.secret);
    expect(opened.table).toEqual(table.state());
    const onDisk = await readFile(path, 'utf8');
    expect(onDisk).not.toContain('Jean');
    expect(onDisk).not.toContain('correct horse');
    expect(onDisk).not.toContain(Buffer.from(key.secret).toString('hex'));
    expect(JSON.parse(onDisk)).toMatchObject({
      version: 1,
      kdf: { name: 'scrypt', N: 32768, r: 8, p: 1 },
    });
    expect((await stat(path)).mode & 0o077).toBe(0);
  });

  it('refuses to overwrite an existing key file', async () => {
    await createKeyFile(path, 'one');
    await rejectsWith(createKeyFile(path, 'two'), 'key.exists', /already exists/);
    await expect(openKeyFile(path, 'one')).resolves.toBeTruthy();
    expect(await readdir(dir)).toEqual(['study.key']);
  });

  it('reports a wrong passphrase, a tampered file and a missing file clearly', async () => {
    await createKeyFile(path, 'right');
    await rejectsWith(
      openKeyFile(path, 'wrong'),
      'key.wrong_passphrase',
      /wrong passphrase or corrupted key file/,
    );
    const envelope = JSON.parse(await readFile(path, 'utf8'));
    const body = Buffer.from(envelope.ciphertext, 'base64');
    body[0] = body[0]! ^ 1;
    await writeFile(path, JSON.stringify({ ...envelope, ciphertext: body.toString('base64') }));
    await rejectsWith(openKeyFile(path, 'right'), 'key.wrong_passphrase', /corrupted/);
    await writeFile(path, JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, N: 16384 } }));
    await rejectsWith(openKeyFile(path, 'right'), 'key.wrong_passphrase', /corrupted/);
    await rejectsWith(openKeyFile(join(dir, 'none.key'), 'x'), 'key.not_found', /no key file/);
  });

  it('rejects truncated and foreign files as malformed, naming the file', async () => {
    await createKeyFile(path, 'right');
    const json = await readFile(path, 'utf8');
    await writeFile(path, json.slice(0, json.length / 2));
    await rejectsWith(
      openKeyFile(path, 'right'),
      'key.malformed',
      /study\.key: not a Liaison key file/,
    );
    await writeFile(path, JSON.stringify({ format: 'other' }));
    await rejectsWith(openKeyFile(path, 'right'), 'key.malformed', /bad field format/);
    await writeFile(path, Buffer.from([0, 255, 1, 2]));
    await rejectsWith(openKeyFile(path, 'right'), 'key.malformed', /not JSON/);
  });

  it('changes the passphrase, writing atomically and leaving no temporary file', async () => {
    const key = await createKeyFile(path, 'old');
    await changePassphrase(path, 'old', 'new');
    await rejectsWith(openKeyFile(path, 'old'), 'key.wrong_passphrase', /wrong passphrase/);
    expect((await openKeyFile(path, 'new')).secret).toEqual(key.secret);
    expect(await readdir(dir)).toEqual(['study.key']);
    await rejectsWith(changePassphrase(path, 'wrong', 'x'), 'key.wrong_passphrase', /wrong/);
  });

  it('leaves no temporary file behind when the rename fails, and the old key whole', async () => {
    const key = await createKeyFile(path, 'pass');
    const target = join(dir, 'taken.key');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'x');
    await expect(saveKeyFile(target, 'pass', key)).rejects.toThrow();
    await rejectsWith(saveKeyFile(path, '', key), 'key.empty_passphrase', /must not be empty/);
    expect((await readdir(dir)).sort()).toEqual(['study.key', 'taken.key']);
    expect((await openKeyFile(path, 'pass')).secret).toEqual(key.secret);
  });
});
