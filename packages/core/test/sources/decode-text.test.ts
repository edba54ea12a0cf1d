import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, type Diagnostic } from '../../src/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Array<Uint8Array | readonly number[]>) =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

function decoded(bytes: Uint8Array): string {
  const outcome = decodeText(bytes, 'f.txt');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome.text;
}

function errorOf(bytes: Uint8Array): Diagnostic | undefined {
  const outcome = decodeText(bytes, 'f.txt');
  expect(outcome.ok).toBe(false);
  return outcome.diagnostics.find((d) => d.severity === 'error');
}

describe('decodeText', () => {
  it('decodes UTF-8, removes a BOM and keeps CR', () => {
    expect(decoded(utf8('a\r\nb é 😀'))).toBe('a\r\nb é 😀');
    expect(decoded(concat([0xef, 0xbb, 0xbf], utf8('Site: N\r\n')))).toBe('Site: N\r\n');
  });

  it('decodes UTF-16 with a BOM (LE and BE) and says so in a warning', () => {
    const le = concat([0xff, 0xfe], [0x61, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0xe9, 0x00]);
    const be = concat([0xfe, 0xff], [0x00, 0x61, 0xd8, 0x3d, 0xde, 0x00]);
    for (const [bytes, text] of [
      [le, 'a\r\né'],
      [be, 'a😀'],
    ] as const) {
      const outcome = decodeText(bytes, 'f.txt');
      expect(outcome).toMatchObject({ ok: true, text });
      expect(outcome.diagnostics.map((d) => [d.severity, d.code])).toEqual([
        ['warning', 'text.utf16_decoded'],
      ]);
    }
  });

  it('refuses an empty, blank or BOM-only file', () => {
    for (const bytes of [
      new Uint8Array(0),
      utf8(' \n\t\r\n'),
      Uint8Array.from([0xef, 0xbb, 0xbf]),
    ]) {
      expect(errorOf(bytes)).toMatchObject({
        code: 'text.empty',
        file: 'f.txt',
        line: 1,
        column: 1,
      });
    }
  });

  it('refuses binary data, at the first NUL or control byte', () => {
    expect(errorOf(concat(utf8('ab\ncd'), [0], utf8('e')))).toMatchObject({
      code: 'text.binary',
      line: 2,
      column: 3,
    });
    expect(
      errorOf(Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
    ).toMatchObject({ code: 'text.binary', line: 1, column: 1 });
  });

  it('names the line and UTF-16 column of the first invalid UTF-8 byte and says to re-save as UTF-8', () => {
    // "café" saved as Windows-1252 on line 3, after an emoji (2 UTF-16 units).
    const bytes = concat(utf8('line one\nline two\n😀 caf'), [0xe9], utf8(' ok\n'), [0xff]);
    const error = errorOf(bytes);
    expect(error).toMatchObject({ code: 'text.invalid_utf8', line: 3, column: 7 });
    expect(error?.message).toContain('0xE9');
    expect(error?.hint).toContain('UTF-8');
  });

  it('finds a bad sequence cut short at the end, or split across a 64 KiB chunk boundary', () => {
    expect(errorOf(concat(utf8('ab'), [0xe2, 0x82]))).toMatchObject({ line: 1, column: 3 });
    const long = concat(utf8('x'.repeat(65_535)), [0xe2, 0x41]);
    expect(errorOf(long)).toMatchObject({ line: 1, column: 65_536 });
  });

  it('finds exactly the first bad byte in random invalid input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\n') }),
        fc.constantFrom([0xff], [0xc3], [0xed, 0xa0, 0x80], [0x80]),
        fc.string(),
        (before, bad, after) => {
          const error = errorOf(concat(utf8(before), bad, [0x41], utf8(after)));
          const lines = before.split('\n');
          expect(error).toMatchObject({
            code: 'text.invalid_utf8',
            line: lines.length,
            column: (lines.at(-1)?.length ?? 0) + 1,
          });
        },
      ),
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const outcome = decodeText(bytes, 'f.bin');
        if (outcome.ok)
          expect(new TextEncoder().encode(outcome.text).length).toBeLessThanOrEqual(
            bytes.length * 2,
          );
        else expect(outcome.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
    );
  });
});
