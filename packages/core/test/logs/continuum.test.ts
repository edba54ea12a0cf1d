import { describe, expect, it } from 'vitest';
import {
  analyseLog,
  applyCorrections,
  DEFAULT_CONTINUUM_SCALE,
  overrideContinuum,
  placeOnContinuum,
  toLabelledLog,
  type ContinuumScale,
  type TurningPointInput,
} from '../../src/index.js';

function entry(event: string, agencies: string[], signals: string[] = []): TurningPointInput {
  return {
    index: 0,
    event: event as TurningPointInput['event'],
    framing: 'unclear',
    agencies,
    signals,
    refused: false,
  };
}

describe('placeOnContinuum', () => {
  it('places police-and-public-only logs at 0 isolation', () => {
    const p = placeOnContinuum([entry('report', ['public']), entry('deploy', ['police'])]);
    expect(p).toMatchObject({ level: 0, label: 'isolation', evidence: [] });
  });

  it('places a one-way request at 1, information shared back at 2, a joint visit at 3', () => {
    const oneWay = [
      entry('report', ['public']),
      entry('referral', ['police', 'social_care'], ['one_way']),
    ];
    expect(placeOnContinuum(oneWay)).toMatchObject({ level: 1, label: 'encounter', evidence: [1] });
    const shared = [
      ...oneWay,
      entry('information_sharing', ['police', 'social_care'], ['response']),
    ];
    expect(placeOnContinuum(shared)).toMatchObject({
      level: 2,
      label: 'communication',
      evidence: [2],
    });
    const joint = [...shared, entry('joint_action', ['police', 'social_care'])];
    expect(placeOnContinuum(joint).level).toBe(3);
  });

  it('needs standing arrangements for 4 and explains the placement in one line', () => {
    const panel = [
      entry('joint_action', ['police', 'housing'], ['standing_panel', 'regular_review']),
    ];
    const p = placeOnContinuum(panel);
    expect(p).toMatchObject({ level: 4, label: 'integration', evidence: [0] });
    expect(p.rationale).not.toContain('\n');
  });

  it('does not raise the continuum for the custody healthcare professional alone', () => {
    const p = placeOnContinuum([
      entry('risk_assessment', ['health', 'public'], ['custody_health']),
    ]);
    expect(p.level).toBe(0);
  });

  // Updated: this pinned any criminal_justice contact at 0. §6 counts every actual contact; only
  // the criminal process itself (a CPS charging decision, recorded as an arrest-type entry) is not
  // joint working, while a YOT worker sharing back about the young person is (holdout FS-04).
  it('does not count a criminal-process contact (CPS charge) as joint working', () => {
    const cps = [entry('arrest', ['police', 'criminal_justice'], ['response'])];
    expect(placeOnContinuum(cps).level).toBe(0);
  });

  it('counts a youth offending or probation worker sharing back as communication', () => {
    const yot = [entry('information_sharing', ['police', 'criminal_justice'], ['response'])];
    expect(placeOnContinuum(yot).level).toBe(2);
  });

  it('treats police support beside a partner giving phone advice as one-way advice', () => {
    const advised = entry('support', ['police', 'ambulance'], ['response']);
    advised.cued = ['support', 'advice'];
    expect(placeOnContinuum([advised]).level).toBe(1);
    const conveyed = entry('support', ['police', 'ambulance'], ['response']);
    conveyed.cued = ['support'];
    expect(placeOnContinuum([conveyed]).level).toBe(2);
  });

  it('counts a referral as communication only once it is accepted', () => {
    const asked = [entry('referral', ['police', 'mental_health'])];
    expect(placeOnContinuum(asked).level).toBe(1);
    const accepted = [entry('referral', ['police', 'mental_health'], ['accepted'])];
    expect(placeOnContinuum(accepted).level).toBe(2);
  });

  it('follows an edited scale', () => {
    const strict: ContinuumScale = {
      ...DEFAULT_CONTINUUM_SCALE,
      version: 'test',
      levels: DEFAULT_CONTINUUM_SCALE.levels.map((l) =>
        l.level === 2 ? { ...l, requires: [['handoff']] } : l,
      ),
    };
    const shared = [entry('information_sharing', ['police', 'social_care'], ['response'])];
    expect(placeOnContinuum(shared, strict).level).toBe(1);
  });
});

describe('overrides and corrections', () => {
  const log = {
    entries: [
      {
        index: 0,
        time: null,
        author: 'OPR 1',
        text: 'CALLER REPORTS MALE SHOUTING IN STREET, ASB',
        startUtf16: 0,
        endUtf16: 0,
        textStartUtf16: 0,
        textEndUtf16: 0,
        line: 1,
      },
      {
        index: 1,
        time: null,
        author: 'PC 2',
        text: 'ON SCENE, MALE UNWELL, HEARING VOICES',
        startUtf16: 0,
        endUtf16: 0,
        textStartUtf16: 0,
        textEndUtf16: 0,
        line: 2,
      },
      {
        index: 2,
        time: null,
        author: 'PC 2',
        text: 'TAKEN HOME, MOTHER UPDATED, UNWELL',
        startUtf16: 0,
        endUtf16: 0,
        textStartUtf16: 0,
        textEndUtf16: 0,
        line: 3,
      },
    ],
  };

  it('overrides the continuum with a reason and keeps the computed level', () => {
    const computed = placeOnContinuum([entry('report', ['public'])]);
    const o = overrideContinuum(computed, 2, 'GP contact recorded on the paper file');
    expect(o).toMatchObject({ level: 2, label: 'communication', override: { fromLevel: 0 } });
    expect(() => overrideContinuum(computed, 9, 'x')).toThrow(/not on the scale/);
    expect(() => overrideContinuum(computed, 1, ' ')).toThrow(/reason/);
  });

  it('recomputes turning points from corrected labels and leaves the input unchanged', () => {
    const analysis = analyseLog(log);
    const before = JSON.stringify(analysis);
    const corrected = applyCorrections(analysis, [
      { target: 'entry', index: 1, framing: 'crime_asb' },
      { target: 'entry', index: 2, framing: 'crime_asb' },
      { target: 'turning_point', entry: 2, type: 'handoff', action: 'add' },
      { target: 'continuum', level: 1, reason: 'researcher judgement' },
    ]);
    expect(JSON.stringify(analysis)).toBe(before);
    expect(corrected.turningPoints.some((t) => t.type === 'reframing')).toBe(false);
    expect(corrected.turningPoints).toContainEqual({ entry: 2, type: 'handoff', evidence: [2] });
    expect(corrected.continuum.override?.reason).toBe('researcher judgement');
  });

  it('exports a corrected analysis as a labelled log', () => {
    const corrected = applyCorrections(analyseLog(log), [
      { target: 'entry', index: 0, event: 'other' },
    ]);
    const labelled = toLabelledLog('a.txt', corrected, 'checked');
    expect(labelled).toMatchObject({
      file: 'a.txt',
      continuum: corrected.continuum.level,
      notes: 'checked',
    });
    expect(labelled.entries[0]).toEqual({
      index: 0,
      agencies: corrected.entries[0]?.agencies,
      event: 'other',
      framing: corrected.entries[0]?.framing,
    });
  });
});
