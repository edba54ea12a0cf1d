/**
 * Decode, detect and parse one file with core's readers (and the docx reader for `.docx`),
 * before any transaction opens. Any error diagnostic means the file is not stored.
 */
import {
  decodeText,
  detectFormat,
  parseSource,
  type Diagnostic,
  type SourceFormat,
  type Structure,
} from '@liaison/core';
import type { ImportTarget } from '../contract.js';
import { extensionOf } from './file-names.js';

export type PreparedFile =
  | {
      ok: true;
      text: string;
      format: SourceFormat;
      structure: Structure;
      diagnostics: Diagnostic[];
    }
  | { ok: false; diagnostics: Diagnostic[] };

const hasError = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/** The docx reader (and mammoth behind it) loads only when a .docx file arrives. */
async function decode(bytes: Uint8Array, fileName: string) {
  if (extensionOf(fileName) !== 'docx') return decodeText(bytes, fileName);
  const { docxToText } = await import('./docx-text.js');
  return docxToText(bytes, fileName);
}

export async function prepareFile(
  bytes: Uint8Array,
  fileName: string,
  target: ImportTarget,
): Promise<PreparedFile> {
  const decoded = await decode(bytes, fileName);
  if (!decoded.ok || hasError(decoded.diagnostics)) {
    return { ok: false, diagnostics: decoded.diagnostics };
  }
  const { text } = decoded;
  const format = target.format ?? detectFormat({ file: fileName, text, kind: target.kind });
  const parsed = parseSource({ file: fileName, text, format });
  const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics];
  if (!parsed.ok || hasError(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, text, format, structure: parsed.structure, diagnostics };
}
