/**
 * Turns a file's bytes into the text every offset refers to (DOMAIN.md: "a BOM removed, CR
 * characters kept"). UTF-8 is decoded strictly (`TextDecoder` with `fatal`), so a file saved in
 * another encoding is refused with the position of its first bad byte instead of being silently
 * garbled. UTF-16 is accepted only with a byte-order mark (without one it cannot be told from
 * binary reliably); it is decoded and a warning says so.
 */
import { FILE_START, makeDiagnostic, type Problem } from './diagnostic-builder.js';
import type { Diagnostic } from './diagnostics.js';
import { findInvalidUtf8, positionOfByte } from './utf8-position.js';

export type DecodeOutcome =
  { ok: true; text: string; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Bytes sampled for the control-character test (64 KiB is plenty to tell binary from text). */
const SAMPLE_BYTES = 65_536;
/** Share of control bytes above which a file is binary; text has almost none. */
const MAX_CONTROL_SHARE = 0.1;

const RESAVE_UTF8 =
  'Re-save the file as UTF-8 (in Word: Save As › Plain Text › Unicode (UTF-8); in Excel: CSV UTF-8) and import it again.';

export function decodeText(bytes: Uint8Array, file: string): DecodeOutcome {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeUtf16(bytes, file, utf16);
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const binaryAt = binaryByte(body);
  if (binaryAt !== -1) return failure(file, positionOfByte(body, binaryAt), BINARY);
  const badAt = findInvalidUtf8(body);
  if (badAt !== -1)
    return failure(file, positionOfByte(body, badAt), invalidUtf8(body[badAt] as number));
  return checkNotEmpty(new TextDecoder('utf-8').decode(body), file, []);
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf16(
  bytes: Uint8Array,
  file: string,
  encoding: 'utf-16le' | 'utf-16be',
): DecodeOutcome {
  let text: string;
  try {
    // `ignoreBOM: false` (the default) makes the decoder drop the byte-order mark.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return failure(file, FILE_START, {
      code: 'text.invalid_utf16',
      message: `The file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}.`,
      hint: RESAVE_UTF8,
    });
  }
  if (text.includes('\u0000')) return failure(file, FILE_START, BINARY);
  const warning = makeDiagnostic('warning', file, FILE_START, {
    code: 'text.utf16_decoded',
    message: `The file is ${encoding.toUpperCase()} (it has a byte-order mark); it was decoded as such.`,
    hint: 'Nothing to do; saving it as UTF-8 makes it smaller and readable by more tools.',
  });
  return checkNotEmpty(text, file, [warning]);
}

/** Offset of a NUL byte, or of the first control byte when a sample is mostly control bytes; else -1. */
function binaryByte(bytes: Uint8Array): number {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return nul;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  let first = -1;
  sample.forEach((b, i) => {
    // C0 controls except tab, LF, VT, FF, CR and ESC (used by some terminal exports); and DEL.
    if ((b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f) {
      controls++;
      if (first === -1) first = i;
    }
  });
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE ? first : -1;
}

function checkNotEmpty(text: string, file: string, diagnostics: Diagnostic[]): DecodeOutcome {
  if (text.trim() === '') return failure(file, FILE_START, EMPTY, diagnostics);
  return { ok: true, text, diagnostics };
}

function failure(
  file: string,
  at: { line: number; column: number },
  problem: Problem,
  earlier: Diagnostic[] = [],
): DecodeOutcome {
  return { ok: false, diagnostics: [...earlier, makeDiagnostic('error', file, at, problem)] };
}

const EMPTY: Problem = {
  code: 'text.empty',
  message: 'The file is empty or holds only blank space.',
  hint: 'Check that you chose the right file; export it again if it should have content.',
};

const BINARY: Problem = {
  code: 'text.binary',
  message: 'The file holds binary data (NUL or control bytes), not text.',
  hint: 'Export it as plain text (UTF-8) first; a Word document can be imported as .docx, a spreadsheet saved as CSV UTF-8.',
};

function invalidUtf8(byte: number): Problem {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return {
    code: 'text.invalid_utf8',
    message: `The file is not valid UTF-8: byte 0x${hex} here cannot be decoded (the file is probably in another encoding, such as Windows-1252).`,
    hint: RESAVE_UTF8,
  };
}
