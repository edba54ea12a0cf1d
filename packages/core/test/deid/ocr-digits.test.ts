/**
 * Structured identifiers in text read from a scan, where character recognition wrote letters for
 * digits (recognizers/ocr-digits.ts). Fictional examples written for this test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectOcrDigits } from '../../src/deid/recognizers/ocr-digits.js';
import { found } from './found-texts.js';

describe('identifiers with letters for digits', () => {
  it('reads a phone, a date of birth, a reference and an officer number as written', () => {
    const text =
      'MOB: O77OO 9OO l23\nD.O.B O4/l1/l98O\nRef: INC-O3l2-O442\nOfficer: PC ASHLEY  No. 4O7l\n';
    expect(found(text, 'PHONE')).toEqual(['O77OO 9OO l23']);
    expect(found(text, 'DATE_OF_BIRTH')).toEqual(['O4/l1/l98O']);
    expect(found(text, 'CRIME_REF')).toEqual(['INC-O3l2-O442']);
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['4O7l']);
  });

  it('leaves words, a network name and runs glued to letters alone', () => {
    const text = 'Old lOl. On O2 since lOO days? Call IO. F1NNEGAN said lI.';
    expect(detectOcrDigits(text)).toEqual([]);
  });

  it('finds nothing in text without a digit beside a confusable letter', () => {
    const clean = fc
      .stringMatching(/^[0-9 A-Za-z:/.-]{0,60}$/)
      .filter((s) => !/\d[OolI]|[OolI]\d/.test(s));
    fc.assert(fc.property(clean, (text) => detectOcrDigits(text).length === 0));
  });

  it("keeps each find's offsets and its text as written", () => {
    const digit = fc.constantFrom(...'0123456789');
    const confusable = fc.constantFrom('O', 'o', 'l', 'I');
    const mobile = fc
      .array(fc.oneof(digit, confusable), { minLength: 3, maxLength: 3 })
      .map((tail) => `O77OO 9OO ${tail.join('')}`);
    fc.assert(
      fc.property(mobile, fc.string({ maxLength: 20 }), (phone, pad) => {
        const text = `Tel: ${phone}\n${pad.replace(/[\dOolI]/g, 'x')}`;
        for (const d of detectOcrDigits(text)) {
          expect(text.slice(d.startUtf16, d.endUtf16)).toBe(d.text);
        }
      }),
    );
  });
});
