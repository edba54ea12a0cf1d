/**
 * Rules added with lexicon 1.17.0 after the nineteenth fresh set's misses were read
 * (eval/logs/fresh19; docs/log-analysis.md): a volunteer counts as a charity's only with the
 * service named, and a street triage service off shift is no standing arrangement. Sentences are
 * written for this test, not taken from any evaluation set; each has a contrasting case.
 */
import { describe, expect, it } from 'vitest';
import { analyseLog, DEFAULT_LEXICON } from '../../src/logs/index.js';
import { classify, logOf } from './log-fixtures.js';

const agencies = (text: string) => classify(text).agencies;

describe('volunteers (§3 third_sector or public)', () => {
  it("reads a service's, a line's or a charity's volunteer as the third sector", () => {
    expect(agencies('Rang the befriending service: a volunteer will call him weekly.')).toContain(
      'third_sector',
    );
    expect(agencies('Food bank volunteers dropped off a parcel.')).toContain('third_sector');
  });

  it("reads a volunteer at a town's event as a member of the public", () => {
    const entry = agencies('Caller, a volunteer setting up the carnival stalls, reports a fight.');
    expect(entry).not.toContain('third_sector');
    expect(entry).toContain('public');
  });
});

describe('standing arrangements (continuum)', () => {
  it('does not read a street triage service off shift as an embedded arrangement', () => {
    const log = logOf([
      ['PC 2201 ROWE', 'Male on the roundabout shouting at traffic. Graded 1, KT11 assigned.'],
      ['PC 2201 ROWE', 'Street triage not on shift (ends 0200). Ambulance requested.'],
      ['PC 2201 ROWE', 'Ambulance on scene, paramedics checked him. Conveyed to ED.'],
    ]);
    expect(analyseLog(log).continuum.level).toBeLessThan(4);
    const staffed = logOf([
      ['PC 2201 ROWE', 'Male on the roundabout shouting at traffic. Graded 1, KT11 assigned.'],
      ['PC 2201 ROWE', 'Street triage car with RMN Ash on scene with us; joint assessment.'],
    ]);
    expect(analyseLog(staffed).continuum.level).toBe(4);
  });
});

describe('the lexicon', () => {
  it('is 1.34.0', () => {
    expect(DEFAULT_LEXICON.version).toBe('1.34.0');
  });
});
