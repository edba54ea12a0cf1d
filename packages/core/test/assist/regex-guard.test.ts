import { describe, expect, it } from 'vitest';
import {
  MAX_PATTERN_UTF16,
  UnsafePatternError,
  assertSafePattern,
} from '../../src/assist/index.js';

describe('assertSafePattern', () => {
  it.each([
    ['section\\s*136'],
    ['welfare checks?'],
    ['(mental health|MH)?\\s+team'],
    ['[A-Z]{2,4} CONTROL'],
    ['(crisis|street) triage'],
    ['(ab)+c'],
    ['\\bMASH\\b'],
  ])('accepts %s', (pattern) => {
    expect(() => assertSafePattern(pattern)).not.toThrow();
  });

  it.each([
    ['(a+)+b', 'repeated group'],
    ['(\\s*x)*', 'repeated group'],
    ['(a|ab)*c', 'repeated group'],
    ['((ab)*c)+', 'repeated group'],
    ['(a+){2,}', 'repeated group'],
    ['a.*b.*c', 'unbounded quantifier'],
    ['\\s*\\s*x', 'unbounded quantifier'],
    ['(x)\\1', 'backreferences'],
    ['(?<w>x)\\k<w>', 'backreferences'],
    ['(ab', 'unbalanced'],
    ['ab)', 'unbalanced'],
    ['', 'empty'],
  ])('refuses %s (%s)', (pattern, reason) => {
    expect(() => assertSafePattern(pattern)).toThrow(UnsafePatternError);
    expect(() => assertSafePattern(pattern)).toThrow(reason);
  });

  it('refuses patterns longer than the limit', () => {
    expect(() => assertSafePattern('a'.repeat(MAX_PATTERN_UTF16 + 1))).toThrow('longer than');
    expect(() => assertSafePattern('a'.repeat(MAX_PATTERN_UTF16))).not.toThrow();
  });

  it('does not count quantifiers inside a character class or escaped', () => {
    expect(() => assertSafePattern('[*+]+ \\* \\+')).not.toThrow();
  });
});
