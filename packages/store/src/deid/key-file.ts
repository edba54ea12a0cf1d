/**
 * The re-identification key file: the study secret and the pseudonym table (pseudonym → original
 * spellings), kept apart from the study and encrypted under a passphrase (key-envelope.ts).
 * Without this file and its passphrase the study holds no way back to the identities. Neither the
 * passphrase nor the decrypted key is ever written to disk or logged: the plaintext lives only in
 * memory, and every write goes to a temporary file renamed over the target, so a crash leaves the
 * old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { emptyTableState, type PseudonymTableState } from '@liaison/core';
import { z } from 'zod';
import { openEnvelope, parseEnvelope, sealEnvelope } from './key-envelope.js';
import { KeyFileError } from './key-file-error.js';

export interface ReidentificationKey {
  /** The study secret that pseudonym keys and date shifts are HMACs under (32 random bytes). */
  secret: Uint8Array;
  table: PseudonymTableState;
}

const PlainSchema = z.object({
  secret: z.string().regex(/^[0-9a-f]{64}$/),
  table: z.object({
    version: z.literal(1),
    counters: z.record(z.string(), z.number().int().min(0)),
    entries: z.array(
      z.object({
        type: z.string(),
        key: z.string(),
        label: z.string(),
        canonical: z.string(),
        originals: z.array(z.string()),
      }),
    ),
  }),
});

function encode(key: ReidentificationKey): Buffer {
  const plain = { secret: Buffer.from(key.secret).toString('hex'), table: key.table };
  return Buffer.from(JSON.stringify(plain), 'utf8');
}

function decode(plaintext: Buffer, path: string): ReidentificationKey {
  let raw: unknown = null;
  try {
    raw = JSON.parse(plaintext.toString('utf8'));
  } catch {
    // Authenticated but not JSON: a file sealed by something else; reported as malformed below.
  }
  const parsed = PlainSchema.safeParse(raw);
  if (!parsed.success)
    throw new KeyFileError('key.malformed', `${path}: key contents are not valid`);
  const table = parsed.data.table as PseudonymTableState;
  return { secret: new Uint8Array(Buffer.from(parsed.data.secret, 'hex')), table };
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes the sealed key to a temporary file (owner read/write only) and returns its path. */
async function writeTemp(
  path: string,
  passphrase: string,
  key: ReidentificationKey,
): Promise<string> {
  const temp = tempPath(path);
  const envelope = await sealEnvelope(encode(key), passphrase);
  await writeFile(temp, `${JSON.stringify(envelope, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return temp;
}

/** Creates a new key file with a fresh random secret and an empty table; never overwrites. */
export async function createKeyFile(
  path: string,
  passphrase: string,
): Promise<ReidentificationKey> {
  checkPassphrase(passphrase);
  const key = { secret: new Uint8Array(randomBytes(32)), table: emptyTableState() };
  const temp = await writeTemp(path, passphrase, key);
  try {
    // link() fails when the target exists, so a key file is never replaced by a new secret.
    await link(temp, path);
  } catch (cause) {
    const exists = (cause as NodeJS.ErrnoException).code === 'EEXIST';
    if (exists) throw new KeyFileError('key.exists', `${path}: a key file already exists`);
    throw cause;
  } finally {
    await unlink(temp);
  }
  return key;
}

export async function openKeyFile(path: string, passphrase: string): Promise<ReidentificationKey> {
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
    throw new KeyFileError('key.not_found', `${path}: no key file here`, { cause });
  }
  const plaintext = await openEnvelope(parseEnvelope(json, path), passphrase, path);
  return decode(plaintext, path);
}

/** Replaces the key file atomically (temporary file, then rename) with a fresh salt and nonce. */
export async function saveKeyFile(
  path: string,
  passphrase: string,
  key: ReidentificationKey,
): Promise<void> {
  checkPassphrase(passphrase);
  const temp = await writeTemp(path, passphrase, key);
  try {
    await rename(temp, path);
  } catch (cause) {
    await unlink(temp).catch(() => undefined);
    throw cause;
  }
}

/** Re-encrypts the key under a new passphrase; the secret and table are unchanged. */
export async function changePassphrase(
  path: string,
  oldPassphrase: string,
  newPassphrase: string,
): Promise<void> {
  const key = await openKeyFile(path, oldPassphrase);
  await saveKeyFile(path, newPassphrase, key);
}

function checkPassphrase(passphrase: string): void {
  if (passphrase.length === 0)
    throw new KeyFileError('key.empty_passphrase', 'the passphrase must not be empty');
}
