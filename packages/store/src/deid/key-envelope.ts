/**
 * The encrypted envelope of a key file: a versioned JSON document holding the KDF and cipher
 * parameters in the clear and the key's JSON encrypted under a key derived from the passphrase.
 *
 * - KDF: scrypt (RFC 7914) with N = 2^15, r = 8, p = 1, a random 16-byte salt, 32-byte output.
 *   These are OWASP's Password Storage Cheat Sheet minimums for scrypt; they cost about 32 MiB
 *   (128 · N · r bytes) and ~0.1 s per derivation. Stored in the file, so a later version can
 *   raise them and still read old files.
 * - Cipher: AES-256-GCM (NIST SP 800-38D) with a random 12-byte nonce and a 16-byte tag. The
 *   header (format, version, kdf, cipher) is authenticated as additional data, so changing a
 *   parameter fails like a wrong passphrase.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';
import { KeyFileError } from './key-file-error.js';

export const KEY_FILE_FORMAT = 'liaison-reidentification-key' as const;
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const MAX_N = 2 ** 20;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const EnvelopeSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(2).max(MAX_N),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: Base64,
  }),
  cipher: z.object({ name: z.literal('aes-256-gcm'), nonce: Base64, tag: Base64 }),
  ciphertext: Base64,
});
export type KeyEnvelope = z.infer<typeof EnvelopeSchema>;

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** Async scrypt: a server can keep answering while a key is derived (~0.1 s). */
function deriveKey(passphrase: string, kdf: KeyEnvelope['kdf']): Promise<Buffer> {
  // scrypt needs 128 · N · r bytes; Node's default maxmem (32 MiB) is exactly that at N = 2^15.
  const maxmem = 256 * kdf.N * kdf.r + 1024 * 1024;
  return scryptAsync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem,
  });
}

/** The authenticated header: everything but the tag and ciphertext, in a fixed order. */
function additionalData(e: Pick<KeyEnvelope, 'format' | 'version' | 'kdf' | 'cipher'>): Buffer {
  const { kdf, cipher } = e;
  const header = [
    e.format,
    e.version,
    kdf.name,
    kdf.N,
    kdf.r,
    kdf.p,
    kdf.salt,
    cipher.name,
    cipher.nonce,
  ];
  return Buffer.from(JSON.stringify(header), 'utf8');
}

export async function sealEnvelope(plaintext: Buffer, passphrase: string): Promise<KeyEnvelope> {
  const kdf = {
    name: 'scrypt' as const,
    ...SCRYPT_PARAMS,
    salt: randomBytes(16).toString('base64'),
  };
  const nonce = randomBytes(12).toString('base64');
  const head = { format: KEY_FILE_FORMAT, version: 1 as const, kdf };
  const cipherHead = { name: 'aes-256-gcm' as const, nonce };
  const cipher = createCipheriv(
    'aes-256-gcm',
    await deriveKey(passphrase, kdf),
    Buffer.from(nonce, 'base64'),
  );
  cipher.setAAD(additionalData({ ...head, cipher: { ...cipherHead, tag: '' } }));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const tag = cipher.getAuthTag().toString('base64');
  return { ...head, cipher: { ...cipherHead, tag }, ciphertext: ciphertext.toString('base64') };
}

export function parseEnvelope(json: string, path: string): KeyEnvelope {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    throw new KeyFileError('key.malformed', `${path}: not a Liaison key file (not JSON)`, {
      cause,
    });
  }
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new KeyFileError('key.malformed', `${path}: not a Liaison key file (bad field ${where})`);
  }
  return parsed.data;
}

export async function openEnvelope(
  envelope: KeyEnvelope,
  passphrase: string,
  path: string,
): Promise<Buffer> {
  const key = await deriveKey(passphrase, envelope.kdf);
  const nonce = Buffer.from(envelope.cipher.nonce, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(additionalData(envelope));
    decipher.setAuthTag(Buffer.from(envelope.cipher.tag, 'base64'));
    const body = Buffer.from(envelope.ciphertext, 'base64');
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch (cause) {
    throw new KeyFileError(
      'key.wrong_passphrase',
      `${path}: wrong passphrase or corrupted key file`,
      { cause },
    );
  }
}
