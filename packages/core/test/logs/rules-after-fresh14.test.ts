/**
 * Rules added to lexicon 1.12.0 after the fourteenth fresh set (eval/logs/fresh14) was scored
 * once and its agency misses read: a month recounted after a colon leaves the call before it
 * standing; a custody entry opening with the book-in deals with the person; a crew conveying
 * someone is the ambulance; navigators are the voluntary sector (not an ambulance's clinical
 * navigator); the NHS intensive support team is mental health. Sentences are written for this
 * test, not taken from any evaluation set; each has a contrasting case.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './log-fixtures.js';

describe('history after a colon (§3: background mentions)', () => {
  it('keeps the call before a colon when what follows recounts a month', () => {
    const call = classify('Rang the council ASB team: a CPW was served on him in January.');
    expect(call.agencies).toContain('local_authority');
    const recounted = classify('The council ASB team served a CPW on him in January.');
    expect(recounted.agencies).not.toContain('local_authority');
  });
});

describe('people and services in the act (§3)', () => {
  it('lists the person booked in when a custody entry opens with the book-in', () => {
    expect(classify('Booked in at Kiln Street custody, detention authorised.').agencies).toContain(
      'public',
    );
    expect(
      classify('Ari Bell, 17, booked in; his father is the appropriate adult.').agencies,
    ).toContain('public');
    expect(classify('Nobody booked in tonight.').agencies).not.toContain('public');
  });

  it('reads a crew conveying someone as the ambulance', () => {
    expect(classify('Crew conveying her to the ED, she agreed to go.').agencies).toContain(
      'ambulance',
    );
    expect(classify('Crew of two officers on the van.').agencies).not.toContain('ambulance');
  });

  it('reads a navigator as the voluntary sector, not an ambulance clinical navigator', () => {
    expect(
      classify('Details emailed to the recovery navigator, who will see her.').agencies,
    ).toContain('third_sector');
    expect(
      classify('Ambulance clinical navigator rang back: no ambulance.').agencies,
    ).not.toContain('third_sector');
  });

  it('reads the intensive support team as mental health', () => {
    expect(classify('Rang the IST on-call: the nurse will ring the officer.').agencies).toContain(
      'mental_health',
    );
  });
});

describe('offences told by their investigation (§4 crime_asb)', () => {
  it('reads an interview with an admission, a denial or no comment as the offence', () => {
    expect(classify('Interviewed. Admits taking the bags for a laugh.').framing).toBe('crime_asb');
    expect(classify('Interview: shown the footage, no comment.').framing).toBe('crime_asb');
    expect(classify('Interviewed the care coordinator about his plan.').framing).not.toBe(
      'crime_asb',
    );
  });

  it('reads a laser shone at drivers as an offence', () => {
    expect(classify('Bus driver hit in the eyes by a green laser from the flats.').framing).toBe(
      'crime_asb',
    );
  });
});
