/**
 * Rules added to lexicon 1.15.0 after the sixteenth and seventeenth fresh sets' misses were read
 * (eval/logs/fresh16, fresh17; docs/log-analysis.md): checks written short and ANPR results as
 * system checks, what an overdose leaves, a patient gone from a ward or a person from the house,
 * naked flames beside a hoard, people on a running line, and property that is booked in.
 * Sentences are written for this test, not taken from any evaluation set; each has a contrasting
 * case.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON } from '../../src/logs/index.js';
import { classify } from './log-fixtures.js';

const event = (text: string) => classify(text).event;
const framing = (text: string) => classify(text).framing;

describe('checks of police systems (§2 risk_assessment)', () => {
  it('reads checks written short and an ANPR result as checks', () => {
    expect(event('Chks: two earlier calls about the flat, no warning markers.')).toBe(
      'risk_assessment',
    );
    expect(event('LOCAL CHKS NIL TRACE ON THE CALLER.')).toBe('risk_assessment');
    expect(event('ANPR: the blue Corsa passed the bypass camera at 21:10 heading north.')).toBe(
      'risk_assessment',
    );
  });

  it('does not read an ANPR marker removed after a find as a check', () => {
    expect(event('Found at the bus station. Search stood down, ANPR marker removed.')).not.toBe(
      'risk_assessment',
    );
  });
});

describe('danger to life (§4 risk_safety)', () => {
  it('reads what an overdose leaves and a person who does not respond', () => {
    expect(framing('Empty packets of citalopram by the bed; he is diabetic.')).toBe('risk_safety');
    expect(framing('Crew with her: responds to pain only.')).toBe('risk_safety');
    expect(framing('Woman slumped in the doorway, not responding to us.')).toBe('risk_safety');
  });

  it('reads a patient gone from the ward and a person gone from the house at night', () => {
    expect(framing('Informal patient on Larch Ward with psychosis left the ward at 14:00.')).toBe(
      'risk_safety',
    );
    expect(framing('His wife says he has dementia and is not in the house.')).toBe('risk_safety');
  });

  it('reads naked flames beside a hoard’s papers and people on a running line', () => {
    expect(framing('Tea lights lit on top of the stacked newspapers in the lounge.')).toBe(
      'risk_safety',
    );
    expect(framing('Two youths on the up line near the level crossing.')).toBe('risk_safety');
  });

  it('leaves illness and care alone when nothing endangers life', () => {
    expect(framing('He has dementia; his wife is finding it hard to cope with his care.')).toBe(
      'health_welfare',
    );
    expect(framing('Discharged from the ward today with CRHT follow-up.')).not.toBe('risk_safety');
  });
});

describe('custody bookings (§2 arrest)', () => {
  it('does not read property booked into the store as a custody booking', () => {
    expect(event('Knife seized and booked into property.')).not.toBe('arrest');
    expect(event('Male booked into custody, detention authorised.')).toBe('arrest');
  });
});

describe('the lexicon', () => {
  it('is 1.34.0', () => {
    expect(DEFAULT_LEXICON.version).toBe('1.34.0');
  });
});
