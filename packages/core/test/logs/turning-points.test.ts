import { describe, expect, it } from 'vitest';
import { detectTurningPoints, type TurningPointInput } from '../../src/index.js';

type Row = [string, string, string[], string[]?, string[]?];

/** Rows of [event, framing, agencies, signals, instruments]. */
function log(rows: Row[]): TurningPointInput[] {
  return rows.map(([event, framing, agencies, signals = [], instruments = []], index) => ({
    index,
    event: event as TurningPointInput['event'],
    framing: framing as TurningPointInput['framing'],
    agencies,
    signals,
    instruments,
    refused: false,
  }));
}

const types = (entries: TurningPointInput[]) =>
  detectTurningPoints(entries).map((t) => `${t.entry}:${t.type}`);

describe('detectTurningPoints', () => {
  it('finds a reframing only when the new framing is followed up', () => {
    const followed = log([
      ['report', 'crime_asb', ['public']],
      ['deploy', 'unclear', ['police']],
      ['deploy', 'health_welfare', ['police']],
      ['advice', 'health_welfare', ['police']],
    ]);
    expect(types(followed)).toEqual(['2:reframing']);
    const blip = log([
      ['report', 'health_welfare', ['public']],
      ['report', 'crime_asb', ['public']],
      ['deploy', 'health_welfare', ['police']],
    ]);
    expect(types(blip)).toEqual([]);
  });

  it('marks escalation at the first use of each instrument, not the repeat', () => {
    const entries = log([
      ['report', 'crime_asb', ['public']],
      ['arrest', 'crime_asb', ['police'], [], ['arrest']],
      ['arrest', 'crime_asb', ['police'], [], ['arrest']],
      ['asb_enforcement', 'crime_asb', ['police'], [], ['cpw']],
    ]);
    expect(types(entries)).toEqual(['1:escalation', '3:escalation']);
  });

  it('marks de-escalation with the escalation as evidence', () => {
    const entries = log([
      ['report', 'risk_safety', ['public']],
      ['mha_power', 'risk_safety', ['police'], [], ['s136']],
      ['mh_assessment', 'health_welfare', ['mental_health'], ['step_down']],
    ]);
    const points = detectTurningPoints(entries);
    expect(points.find((p) => p.type === 'de_escalation')).toEqual({
      entry: 2,
      type: 'de_escalation',
      evidence: [1, 2],
    });
  });

  it('engages a partner once, not on an unanswered contact, and never for entry 0 agencies', () => {
    const entries = log([
      ['report', 'unclear', ['housing', 'public']],
      ['information_sharing', 'unclear', ['police', 'housing']],
      ['referral', 'unclear', ['police', 'mental_health'], ['one_way']],
      ['information_sharing', 'unclear', ['police', 'mental_health'], ['response']],
      ['information_sharing', 'unclear', ['police', 'mental_health'], ['response']],
    ]);
    expect(types(entries)).toEqual(['3:partner_engagement']);
  });

  it('marks a handoff unless the police remain responsible', () => {
    const entries = log([
      ['report', 'risk_safety', ['public']],
      ['information_sharing', 'unclear', ['police', 'mental_health'], ['handoff', 'police_remain']],
      ['mh_assessment', 'health_welfare', ['police', 'mental_health'], ['handoff']],
    ]);
    expect(types(entries)).toEqual(['1:partner_engagement', '2:handoff']);
  });

  it('marks closure at the last closure and at one reopened by a report; a mid-log NFA de-escalates', () => {
    const entries = log([
      ['report', 'crime_asb', ['public']],
      ['closure', 'crime_asb', ['police'], ['closes_log']],
      ['report', 'crime_asb', ['public']],
      ['closure', 'crime_asb', ['police']],
      ['advice', 'crime_asb', ['police', 'public']],
      ['closure', 'crime_asb', ['police']],
    ]);
    expect(types(entries)).toEqual(['1:closure', '3:de_escalation', '5:closure']);
  });

  it('reads an NFA mid-log as a de-escalation even when a report follows, unless the log closed', () => {
    // "Criminal damage NFA", then a new call: the offence is dropped, the log stays open (§5).
    const offence = log([
      ['report', 'crime_asb', ['public']],
      ['deploy', 'crime_asb', ['police'], ['step_down']],
      ['closure', 'crime_asb', ['police']],
      ['report', 'crime_asb', ['public']],
      ['closure', 'crime_asb', ['police'], ['closes_log']],
    ]);
    expect(types(offence)).toEqual(['1:de_escalation', '2:de_escalation', '4:closure']);
    const closed = log([
      ['report', 'crime_asb', ['public']],
      ['closure', 'crime_asb', ['police'], ['result']],
      ['report', 'crime_asb', ['public']],
      ['closure', 'crime_asb', ['police'], ['closes_log']],
    ]);
    expect(types(closed)).toEqual(['1:closure', '3:closure']);
  });
});
