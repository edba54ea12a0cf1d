/** Errors about a re-identification key file, with stable codes for the CLI and server. */
export const KEY_FILE_ERROR_CODES = [
  /** No key file at the path. */
  'key.not_found',
  /** `createKeyFile` was pointed at an existing file: a key is never overwritten. */
  'key.exists',
  /** Authentication failed: the passphrase is wrong or the file was changed. */
  'key.wrong_passphrase',
  /** An empty passphrase (it would encrypt the key under a guessable key). */
  'key.empty_passphrase',
  /** The file is not a Liaison key file (not JSON, unknown version, missing fields). */
  'key.malformed',
] as const;
export type KeyFileErrorCode = (typeof KEY_FILE_ERROR_CODES)[number];

export class KeyFileError extends Error {
  constructor(
    readonly code: KeyFileErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KeyFileError';
  }
}
