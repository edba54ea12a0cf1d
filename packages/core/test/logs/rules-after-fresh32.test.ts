/**
 * The rule added with lexicon 1.31.0 after the thirty-second fresh set's misses were read
 * (eval/logs/fresh32; docs/log-analysis.md): a former, derelict or disused hospital is a
 * building where something happens, not the health service. Sentences are written for this test,
 * not taken from any evaluation set; each has a contrasting case.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './log-fixtures.js';

const agencies = (text: string) => classify(text).agencies;

describe('a hospital that is only a building (§3 health)', () => {
  it('does not read a former or derelict hospital as the health service', () => {
    expect(
      agencies('Caller, a security guard at the former Saltmoor Hospital: torches inside.'),
    ).not.toContain('health');
    expect(agencies('Youths on the roof of the derelict hospital again.')).not.toContain('health');
    expect(agencies('Graffiti at the disused cottage hospital, Mill Lane.')).not.toContain(
      'health',
    );
  });

  it('still reads a working hospital as the health service', () => {
    expect(agencies('Rang Saltmoor Hospital: he was discharged at 14:00.')).toContain('health');
    expect(agencies('The hospital confirms she is on the acute medical unit.')).toContain('health');
  });
});
