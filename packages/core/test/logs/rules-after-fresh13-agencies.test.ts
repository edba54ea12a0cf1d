/**
 * Rules added to lexicon 1.12.0 after the thirteenth fresh set's agency and remaining framing
 * misses were read: where a place only says where someone is (a hospital named after its suite or
 * ward, "on her way to the hospital", a ward the crew conveyed someone to), a numbered ward of a
 * general hospital, public health as a council service, a memory nurse and an older people's
 * CMHT; people described rather than spoken to (a vulnerable victim, residents at risk); things
 * examined; a GPS tag; and framing words with a second sense (a mental disorder, a bus depot, two
 * voices heard inside, railings someone is chained to, ill-treatment as an offence). Sentences
 * are written for this test, not taken from any evaluation set; each has a contrasting case.
 */
import { describe, expect, it } from 'vitest';
import { analyseLog } from '../../src/logs/index.js';
import { classify, logOf } from './log-fixtures.js';

describe('places that only say where someone is (§3)', () => {
  it('does not list health for a hospital that only locates a suite or ward', () => {
    const suite = classify('Arrived at the Kite Suite, Marlow Hospital. Handed to suite staff.');
    expect(suite.agencies).toContain('mental_health');
    expect(suite.agencies).not.toContain('health');
    const ward = classify('Call from Aster Ward, Marlow Hospital: a detained patient is AWOL.');
    expect(ward.agencies).not.toContain('health');
    expect(classify('Rang the discharge team at Marlow Hospital.').agencies).toContain('health');
  });

  it('does not list health for someone on the way to or in hospital', () => {
    expect(classify('Mother rung, on her way to the hospital.').agencies).not.toContain('health');
    expect(classify('Told only that she is safe and in hospital.').agencies).not.toContain(
      'health',
    );
  });

  it('does not list the ward a crew conveyed someone to, unless its staff take over', () => {
    const conveyed = classify('Crew arrived. Conveyed to Alder Ward for admission with escort.');
    expect(conveyed.agencies).not.toContain('mental_health');
    const handed = classify(
      'Conveyed to Alder Ward; handed to ward staff, the ward now responsible.',
    );
    expect(handed.agencies).toContain('mental_health');
  });

  it('reads a numbered ward as a general hospital (health)', () => {
    const numbered = classify('Ward 7 discharge coordinator rang: medically fit from Monday.');
    expect(numbered.agencies).toContain('health');
    expect(numbered.agencies).not.toContain('mental_health');
    expect(classify('Left ward 13/10 and did not come back.', null).agencies).not.toContain(
      'health',
    );
  });
});

describe('partner services (§3)', () => {
  it('reads public health as the council, but not the Public Health Act', () => {
    expect(classify('Public Health lead notified by email.').agencies).toContain('local_authority');
    expect(classify('Notice under the Public Health Act served.').agencies).not.toContain(
      'local_authority',
    );
  });

  it('reads a memory nurse, an older people’s CMHT and a primary care practitioner', () => {
    expect(classify('Visit with the memory nurse today.').agencies).toContain('mental_health');
    expect(classify('Rang the OPCMHT duty line.').agencies).toContain('mental_health');
    expect(classify('Met the primary care practitioner at the surgery.').agencies).toContain(
      'health',
    );
  });

  it('does not read a GPS tag as a GP', () => {
    expect(classify('His bike has a GPS tag; it shows the garages.').agencies).not.toContain(
      'health',
    );
    expect(classify('Rang his GP surgery.').agencies).toContain('health');
  });
});

describe('people described, not spoken to (§3 public)', () => {
  it.each([
    ['THRIVE: domestic abuse, vulnerable victim. Grade 2, unit assigned.'],
    ['He is to be treated as a potential child victim of trafficking.'],
    ['Grade 2, fire risk to 22 residents. Unit assigned.'],
    ['The abuse is not substantiated for the other two residents.'],
    ['Chapel roof examined from a tower: tool marks on the ridge.'],
  ])('does not list the public for: %s', (text) => {
    expect(classify(text).agencies).not.toContain('public');
  });

  it('still lists a victim or residents who speak to police', () => {
    expect(classify('Spoke to the victim at her door.').agencies).toContain('public');
    expect(classify('Two complaints from other residents about the noise.').agencies).toContain(
      'public',
    );
  });
});

describe('framing words with a second sense (§4)', () => {
  it('does not read a mental disorder as disorder', () => {
    expect(
      classify('Detained under s136: appears to be suffering from a mental disorder.').framing,
    ).toBe('health_welfare');
    expect(classify('Disorder outside the pub, bottles thrown.').framing).toBe('crime_asb');
  });

  it('reads ill-treatment of a person lacking capacity as an offence', () => {
    expect(
      classify('RESULT: ILL-TREATMENT OF A PERSON LACKING CAPACITY - CHARGED, GUILTY PLEA.')
        .framing,
    ).toBe('crime_asb');
  });

  it('does not read a bus depot as a depot injection', () => {
    expect(classify('Depot manager rang about the barrier.').framing).not.toBe('health_welfare');
    expect(classify('He has missed his depot and is unwell.').framing).toBe('health_welfare');
  });

  it('does not read voices heard inside a building as hearing voices', () => {
    expect(classify('Door pulled down, light on inside, two voices.').framing).not.toBe(
      'health_welfare',
    );
    expect(classify('He says the voices tell him to hide.').framing).toBe('health_welfare');
  });

  it('does not read railings someone is chained to as a danger', () => {
    expect(
      classify('A man has chained himself to the town hall railings with a banner.').framing,
    ).not.toBe('risk_safety');
  });
});

describe('agencies named through another (§3)', () => {
  it('does not list the GP for a route or a plan through one', () => {
    for (const text of [
      'CRHT declined: not open to them, he needs a GP referral.',
      'Advised a CRHT referral via his GP tomorrow.',
      'Helped him with a tent and registering with a GP.',
      'Safety plan: son staying tonight, GP in the morning.',
    ]) {
      expect(classify(text).agencies).not.toContain('health');
    }
    expect(classify('Rang his GP: appointment booked for 10:00.').agencies).toContain('health');
  });

  it("reads a council's social care, housing or EDT as that service, and no parish council", () => {
    const edt = classify('Rang Ashby Council EDT: the worker says he is not known.');
    expect(edt.agencies).toContain('social_care');
    expect(edt.agencies).not.toContain('local_authority');
    expect(classify('Referral to council housing options with consent.').agencies).not.toContain(
      'local_authority',
    );
    expect(classify('Letters to the parish council about the water.').agencies).not.toContain(
      'local_authority',
    );
    expect(classify('Emailed the council ASB team.').agencies).toContain('local_authority');
  });

  it('does not read a hyphenated name as a negation', () => {
    expect(classify('Rang the forget-me-not dementia line.').agencies).toContain('third_sector');
    expect(classify('No dementia line was rung.').agencies).not.toContain('third_sector');
  });

  it('reads return home interview and exploitation workers as the voluntary sector', () => {
    expect(
      classify('Return interview referral sent to Stepping Stones (return interview service).')
        .agencies,
    ).toContain('third_sector');
    expect(classify('Briefing with the Homeward return home worker.').agencies).toContain(
      'third_sector',
    );
  });
});

describe('phone advice on the continuum (§6 level 1)', () => {
  it('places a log whose only partner contact is a helpline’s advice at encounter', () => {
    const log = logOf([
      ['HCR 4402', 'Call from Ms Dale: her daughter has texts demanding money. Grade 3.'],
      ['PC 2459 BROUGH', 'Spoke to the daughter at home. Screenshots taken.'],
      [
        'PC 2459 BROUGH',
        'Rang the Harbour Youth helpline (a charity) for advice. The adviser said: do not pay, keep her in tonight. Passed the advice on to Ms Dale.',
      ],
      ['PC 2459 BROUGH', 'Log closed.'],
    ]);
    expect(analyseLog(log).continuum.level).toBe(1);
  });

  it('still places information a partner shares back at communication', () => {
    const log = logOf([
      ['HCR 4402', 'Call from Ms Dale: her son has not come home. Grade 2.'],
      [
        'PC 2459 BROUGH',
        'Rang the CMHT duty worker: he is open to them, seen on Monday, no concerns.',
      ],
      ['PC 2459 BROUGH', 'Son home safe. Log closed.'],
    ]);
    expect(analyseLog(log).continuum.level).toBe(2);
  });
});

describe('agencies in what someone says, and addresses handed over (§3)', () => {
  it('does not list an agency the caller only speaks of', () => {
    expect(classify('Caller rang back, says the council do not answer.').agencies).not.toContain(
      'local_authority',
    );
    expect(classify('He says he rang the surgery last week.').agencies).not.toContain('health');
    expect(classify('The council says the notice stands.').agencies).toContain('local_authority');
  });

  it('does not list a service whose address was written down for someone', () => {
    expect(
      classify('Wrote down the housing options address and opening time for him.').agencies,
    ).not.toContain('housing');
    expect(classify('Rang housing options: a room from tonight.').agencies).toContain('housing');
  });
});

describe('a place someone will be taken to later (§3)', () => {
  it('does not list a service a relative will take someone to', () => {
    expect(
      classify('Declines an ambulance; his sister will take him to minor injuries in the morning.')
        .agencies,
    ).not.toContain('health');
    expect(classify('Rang the minor injuries unit: they will see him at 10.').agencies).toContain(
      'health',
    );
  });
});

describe('a call whose service takes the need on (§2 referral)', () => {
  it('reads a call and the service’s visit as a referral', () => {
    expect(
      classify('Rang ASC duty: he is alone and not eating. Duty SW Ms Ross will visit tomorrow.')
        .event,
    ).toBe('referral');
    expect(
      classify('Rang the animal health team about the flock. An officer will come tomorrow.').event,
    ).toBe('referral');
  });

  it('still reads a call that only brings news as information sharing', () => {
    expect(classify('Rang the CMHT: he is open to them and was seen on Monday.').event).toBe(
      'information_sharing',
    );
  });
});
