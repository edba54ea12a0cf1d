/**
 * The rule added with lexicon 1.24.0 after the twenty-sixth fresh set's misses were read
 * (eval/logs/fresh26; docs/log-analysis.md): `CPN` under the notice's terms is the Community
 * Protection Notice, not a community psychiatric nurse. Sentences are written for this test, not
 * taken from any evaluation set; each has a contrasting case.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './log-fixtures.js';

const agencies = (text: string) => classify(text).agencies;

describe('CPN read by its terms (§7 ambiguity)', () => {
  it("reads what is done under the notice, or the notice's conditions, as the notice", () => {
    expect(agencies('Dog returned home under the CPN conditions, muzzle on.')).not.toContain(
      'mental_health',
    );
    expect(agencies('He has complied with the CPN since March.')).not.toContain('mental_health');
    expect(agencies('Reminded of the CPN requirements: no music after 2300.')).not.toContain(
      'mental_health',
    );
  });

  it('still reads the nurse who visits or is rung as mental health', () => {
    expect(agencies('Rang the CPN, who will visit him tomorrow.')).toContain('mental_health');
    expect(agencies('Her CPN says she has stopped her medication.')).toContain('mental_health');
  });
});
