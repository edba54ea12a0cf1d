/**
 * A file's text as Liaison reads it, for tools that need the text without importing it
 * (`liaison deid detect`): `.docx` through the docx reader (loaded only when a .docx arrives, as
 * mammoth is large), anything else through core's `decodeText` (BOM removed, CR kept).
 */
import { decodeText, type DecodeOutcome } from '@liaison/core';
import { extensionOf } from './file-names.js';

export async function decodeFile(bytes: Uint8Array, fileName: string): Promise<DecodeOutcome> {
  if (extensionOf(fileName) !== 'docx') return decodeText(bytes, fileName);
  const { docxToText } = await import('./docx-text.js');
  return docxToText(bytes, fileName);
}
