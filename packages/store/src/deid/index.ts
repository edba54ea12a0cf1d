export { KEY_FILE_ERROR_CODES, KeyFileError, type KeyFileErrorCode } from './key-file-error.js';
export { KEY_FILE_FORMAT, SCRYPT_PARAMS } from './key-envelope.js';
export {
  changePassphrase,
  createKeyFile,
  openKeyFile,
  saveKeyFile,
  type ReidentificationKey,
} from './key-file.js';
export { nodeHmac } from './node-hmac.js';
export * from './review-types.js';
