import { describe, expect, it } from 'vitest';
import { emailRecognizer } from '../../src/index.js';
import { presidioCases, scoreCases, spans } from './shared-cases.js';

describe('email recognizer', () => {
  it('finds every Presidio email case (including IDNA domains) and nothing else', () => {
    const score = scoreCases(emailRecognizer, presidioCases('EMAIL_ADDRESS'));
    expect(score).toEqual({ truePositives: 7, falseNegatives: [], falsePositives: [] });
  });

  it('finds addresses in log text with exact offsets, without trailing punctuation', () => {
    const text = "Contact via amir.wright24@example.com or o'neill+work@mail.example.co.uk.";
    expect(spans(emailRecognizer, text)).toEqual([
      ['amir.wright24@example.com', 12, 37],
      ["o'neill+work@mail.example.co.uk", 41, 72],
    ]);
  });

  it('ignores handles, bare domains and an @ without a domain', () => {
    expect(
      spans(emailRecognizer, 'met @ 2040 at the pub; see example.com; user@localhost; a@b.c'),
    ).toEqual([]);
  });

  it('takes no address whose local part is longer than 64 characters (RFC 5321)', () => {
    const local = 'a'.repeat(65);
    expect(spans(emailRecognizer, `${local}@example.com`)).toEqual([]);
    expect(spans(emailRecognizer, `${local.slice(1)}@example.com`)).toEqual([
      [`${local.slice(1)}@example.com`, 0, 76],
    ]);
  });
});
