/**
 * Rules added with lexicon 1.28.0 after the thirtieth fresh set's misses were read
 * (eval/logs/fresh30; docs/log-analysis.md): an agency recounted with a year or named as the
 * person's GP does not act in the entry (§3), and the consequences of a CPN explained with a
 * warning are the notice's (§3 ambiguity). Sentences are written for this test, not taken from any
 * evaluation set; each has a contrasting case.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './log-fixtures.js';

const agencies = (text: string) => classify(text).agencies;

describe('agencies recounted or only named do not act (§3)', () => {
  it('leaves out a nurse the family had in an earlier year', () => {
    const text =
      'Took him home. His son says he has dementia; they had a CPN visiting in 2046 but it stopped.';
    expect(agencies(text)).not.toContain('mental_health');
  });

  it('keeps a CPN who visits now', () => {
    expect(agencies('CPN visited with me today and reviewed his medication.')).toContain(
      'mental_health',
    );
  });

  it("leaves out the person's GP named as a fact", () => {
    expect(
      agencies('Sat with the IP. GP IS ORCHARD LANE SURGERY. No thoughts of harm.'),
    ).not.toContain('health');
  });

  it('keeps a GP who is contacted', () => {
    expect(
      agencies('Rang the GP at Orchard Lane Surgery, who will visit this afternoon.'),
    ).toContain('health');
  });
});

describe('a CPN explained beside a warning is the notice', () => {
  it('reads the consequences of a CPN as the notice, not the nurse', () => {
    const text =
      'Warning issued by hand to Mr Pryor.\nConditions: no music after 11pm. Consequences of a CPN and of breaching one explained.';
    expect(agencies(text)).not.toContain('mental_health');
  });
});
