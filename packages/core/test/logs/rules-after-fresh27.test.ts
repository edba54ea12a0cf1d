/**
 * The rule added with lexicon 1.25.0 after the twenty-seventh fresh set's misses were read
 * (eval/logs/fresh27; docs/log-analysis.md): a request to avoid arrest asks for none, so it is no
 * arrest event (§2) and no coercive instrument (§5). Sentences are written for this test, not taken
 * from any evaluation set; each has a contrasting case.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './log-fixtures.js';

const event = (text: string) => classify(text).event;

describe('"avoid arrest" is no arrest (§2)', () => {
  it('reads a request to avoid arrest as no arrest', () => {
    expect(event('Nurse rang back and asked that officers avoid arrest if possible.')).not.toBe(
      'arrest',
    );
    expect(event('Plan agreed with the ward: avoiding an arrest unless he is violent.')).not.toBe(
      'arrest',
    );
  });

  it('still reads an arrest that was made as an arrest', () => {
    expect(event('Male arrested for criminal damage and conveyed to custody.')).toBe('arrest');
    expect(event('Could not avoid it: arrest made for assault, conveyed to custody.')).toBe(
      'arrest',
    );
  });
});
