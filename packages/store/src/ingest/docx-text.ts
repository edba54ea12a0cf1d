/**
 * `.docx` → text, at the edge (mammoth needs Node's Buffer). The file is checked before mammoth
 * sees it: it must be a zip (not an old binary .doc, a PDF or text renamed), must not be a zip
 * bomb (zip-guard.ts) and must hold `word/document.xml`. Every failure is a diagnostic at line 1,
 * column 1 with a hint; nothing throws. Paragraphs are joined with `\n` (docx-paragraphs.ts).
 */
import {
  makeDiagnostic,
  type DecodeOutcome,
  type DiagnosticProblem as Problem,
} from '@liaison/core';
import { docxParagraphText } from './docx-paragraphs.js';
import { checkZip, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard.js';

const RESAVE =
  'Open it in Word (or LibreOffice) and save it again as a Word document (.docx), then import it again.';

function fail(file: string, problem: Problem): DecodeOutcome {
  return {
    ok: false,
    diagnostics: [makeDiagnostic('error', file, { line: 1, column: 1 }, problem)],
  };
}

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

/** Names what the file is instead of a .docx, from its first bytes. */
function notZip(bytes: Uint8Array): Problem {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      code: 'docx.not_zip',
      message: 'This is an old Word .doc file (or a password-protected document), not a .docx.',
      hint: 'Remove any password, then in Word use Save As › Word Document (.docx) and import that file.',
    };
  }
  const pdf = startsWith(bytes, [0x25, 0x50, 0x44, 0x46]);
  return {
    code: 'docx.not_zip',
    message: pdf
      ? 'This is a PDF file named .docx.'
      : 'This file is not a .docx (a .docx is a zip archive, and this is not one).',
    hint: pdf ? 'Export the PDF as text, or import the original Word document.' : RESAVE,
  };
}

export async function docxToText(
  bytes: Uint8Array,
  file: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<DecodeOutcome> {
  if (bytes.length === 0)
    return fail(file, {
      code: 'docx.empty',
      message: 'The file is empty (0 bytes).',
      hint: RESAVE,
    });
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return fail(file, notZip(bytes));
  const zip = checkZip(bytes, limits);
  if (!zip.ok && zip.reason === 'bomb') return fail(file, bomb(zip.detail));
  if (!zip.ok) return fail(file, corrupt(zip.detail));
  if (!zip.names.includes('word/document.xml')) return fail(file, NOT_WORD);
  return extract(bytes, file);
}

async function extract(bytes: Uint8Array, file: string): Promise<DecodeOutcome> {
  let text: string;
  try {
    text = await docxParagraphText(bytes);
  } catch {
    // mammoth's messages can quote document content, so they are not passed on.
    return fail(file, corrupt('its XML is damaged or uses features a Word document never has'));
  }
  if (text.trim() === '')
    return fail(file, {
      code: 'docx.no_text',
      message: 'The document holds no text.',
      hint: 'Check that you chose the right file.',
    });
  return { ok: true, text, diagnostics: [] };
}

function bomb(detail: string): Problem {
  return {
    code: 'docx.zip_bomb',
    message: `The file was refused because ${detail}; real Word documents never do this.`,
    hint: 'Import the document only if it comes from a source you trust, re-saved from Word; otherwise delete it.',
  };
}

function corrupt(detail: string): Problem {
  return { code: 'docx.corrupt', message: `The .docx cannot be read: ${detail}.`, hint: RESAVE };
}

const NOT_WORD: Problem = {
  code: 'docx.not_word',
  message: 'The file is a zip archive but not a Word document (it has no word/document.xml).',
  hint: 'Import Word documents (.docx) only; an Excel or PowerPoint file must be exported as text first.',
};
