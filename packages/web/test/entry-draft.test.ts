/**
 * The correction form's draft when the entry's labels change under it (a save or an undo coming
 * back from the store): untouched fields follow the new labels, fields being edited are kept.
 */
import { describe, expect, it } from 'vitest';
import { rebased } from '../src/analysis/entry-corrector.js';

const classifier = { event: 'deploy', framing: 'unclear', agencies: ['police'] } as const;
const before = { ...classifier, agencies: [...classifier.agencies] };

describe('the draft over changed labels', () => {
  it('keeps an agency change made while an earlier save was on its way', () => {
    const draft = { ...before, agencies: ['police', 'public'] };
    const saved = { ...before, framing: 'crime_asb' as const };
    expect(rebased(draft, before, saved)).toEqual({
      event: 'deploy',
      framing: 'crime_asb',
      agencies: ['police', 'public'],
    });
  });

  it('follows the labels in every field nobody touched (an undo)', () => {
    const corrected = { event: 'report', framing: 'crime_asb', agencies: ['public'] } as const;
    const draft = { ...corrected, agencies: [...corrected.agencies] };
    expect(rebased(draft, draft, before)).toEqual(before);
  });

  it('reads agencies in any order as the same set', () => {
    const draft = { ...before, agencies: ['public', 'police'] };
    const was = { ...before, agencies: ['police', 'public'] };
    expect(rebased(draft, was, before).agencies).toEqual(['police']);
  });
});
