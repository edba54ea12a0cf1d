/**
 * Rules added in lexicon 1.7.0 after the eighth fresh set (eval/logs/fresh8) was scored at first
 * sight: offences named by what is seen, danger to life said in words, physical signs, CAD
 * shorthand for an arrest, errands run for someone, call signs sent somewhere, referrals passed
 * on for an assessment, court and bail outcomes written away from the scene, hospital units and
 * ward sisters, and the person booked into custody. Sentences are written for this test, not
 * taken from any evaluation set; most tests have a negative case.
 */
import { describe, expect, it } from 'vitest';
import { analyseLog } from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

describe('offences named by what is seen (§4 crime_asb)', () => {
  it.each([
    ['Approx 200 at an illegal rave in the woods, sound system running.'],
    ['Laughing gas canisters all over the car park.'],
    ['Two vans in the car park, catalytic converters cut off three cars.'],
    ['PNC: the plates belong to a blue Astra, so cloned.'],
    ['Two men metal detecting on the scheduled monument at night.'],
    ['Youths shouting homophobic abuse at the couple at no 4.'],
    ['Grade 1 - crime in progress. Two units assigned.'],
  ])('reads %s as crime or ASB', (text) => {
    expect(classify(text).framing).toBe('crime_asb');
  });

  it('does not read a cloned phone or a rave review as an offence', () => {
    expect(classify('Her cloned phone was replaced by the shop.').framing).not.toBe('crime_asb');
    expect(classify('She raved about the new support worker.').framing).not.toBe('crime_asb');
  });
});

describe('danger to life said in words (§4 risk_safety)', () => {
  it.each([
    ['He was on the white line of the dual carriageway. He could have been killed.'],
    ['Caller thinks the man on the scooter will get hit.'],
    ['Says he will walk in front of a train tonight.'],
    ["Says there's no point any more and he wants it over."],
    ['Says he is going to go on the railway after release.'],
    ["She says she took 'about 30' paracetamol an hour ago."],
  ])('reads %s as risk or safety', (text) => {
    expect(classify(text).framing).toBe('risk_safety');
  });

  it('does not read flight of ideas as a jump', () => {
    const a = classify('Very talkative, jumping from topic to topic, has not slept, unwell.');
    expect(a.framing).toBe('health_welfare');
    expect(classify('Male jumping from the bridge parapet.').framing).toBe('risk_safety');
  });
});

describe('physical signs and coping (§4 health_welfare)', () => {
  it.each([
    ['Crew checked her: blood sugar low, given glucose gel.'],
    ['Very thin, pulse racing, says she has not eaten.'],
    ['I am worried about how he is coping since his wife died.'],
  ])('reads %s as health or welfare', (text) => {
    expect(classify(text).framing).toBe('health_welfare');
  });

  it('reads refusing to go at first, then going with the crew, as a health decision', () => {
    const a = classify('She refused to go at first; after talking with the crew she agreed.');
    expect(a.framing).not.toBe('crime_asb');
    expect(classify('He refused to leave the shop when asked.').framing).toBe('crime_asb');
  });
});

describe('events written in other words (§2)', () => {
  it.each([
    ['ARRESTD FAIL TO COMPLY WITH S35 DIRECTION. CONVEYD CUSTODY', 'arrest'],
    ['Visited. Bought him a bag of coal and some shopping and lit his fire.', 'support'],
    ['Collected the antibiotics from the pharmacy; first dose taken with us.', 'support'],
    ['Grade 1 - two children alone. RV12 to the home address.', 'deploy'],
    ['PPN screened. Passed to Early Help for a young carers assessment.', 'referral'],
    ['Frailty MDT review 20/02: GP and ASC agree the care package is working.', 'joint_action'],
  ])('reads %s as %s', (text, event) => {
    expect(classify(text).event).toBe(event);
  });

  it('does not read a section number as a call sign sent somewhere', () => {
    const a = classify('S136 to the suite was ruled out by the sergeant.');
    expect(a.triggers.event.map((t) => t.label)).not.toContain('deploy');
  });

  it('does not read an officer’s court or bail entry as an attendance', () => {
    const bailed = classify(
      'Bailed to Dunholt Magistrates 03/06 with conditions not to contact her.',
    );
    expect(bailed.event).not.toBe('deploy');
    const plea = classify('Magistrates today: guilty plea, restraining order for three years.');
    expect(plea.event).not.toBe('deploy');
    const weighed = classify('Arrest considered. He is calm and off the road, so not arrested.');
    expect(weighed.event).not.toBe('deploy');
    expect(weighed.event).not.toBe('arrest');
    // An officer's uncued note from the scene is still the attendance.
    const found = classify('Front door open, nobody inside, lights on and the kettle still warm.');
    expect(found.event).toBe('deploy');
  });
});

describe('agencies (§3)', () => {
  it('does not read bail to a court or a court date as the court acting', () => {
    expect(classify('Deasy bailed to Ravensmere Magistrates on Friday.').agencies).not.toContain(
      'criminal_justice',
    );
    expect(classify('Victims updated with the charges and the court date.').agencies).not.toContain(
      'criminal_justice',
    );
    expect(classify('Rang the magistrates court listing office.').agencies).toContain(
      'criminal_justice',
    );
  });

  it('does not read a hospital unit as police or a ward sister as kin', () => {
    const a = classify(
      'Update from the hospital: admitted to the acute medical unit. The ward sister confirms she is stable.',
    );
    expect(a.triggers.agencies.map((t) => t.label)).not.toContain('police');
    expect(a.agencies).not.toContain('public');
    expect(a.agencies).not.toContain('mental_health');
    expect(a.agencies).toContain('health');
    const kin = classify('Her sister confirms she has not been home since Monday.');
    expect(kin.agencies).toContain('public');
  });

  it('lists the person explained to, spoken with or booked into custody', () => {
    expect(classify('Explained to Mr Heald why he cannot drive the scooter.').agencies).toContain(
      'public',
    );
    expect(classify('Spoken with Mrs Orme by phone.').agencies).toContain('public');
    expect(
      classify('Both booked into custody, detention authorised.', 'PS 0990 CUSTODY').agencies,
    ).toContain('public');
    expect(classify('Cells full, nobody booked in since 02:00.').agencies).not.toContain('public');
  });
});

describe('charities a log names in full (§3 third_sector)', () => {
  it('learns a charity named for what it gives and finds it shortened later', () => {
    const a = analyseLog(
      logOf([
        ['CCR 1', 'Caller night manager, Brightwater Support, 01632 960111: resident not back.'],
        ['PC 2', 'Rang Brightwater: staff will log every time she goes out.'],
      ]),
    );
    expect(a.entries[1]?.agencies).toContain('third_sector');
  });

  it('does not learn the first word of a support panel or plan', () => {
    const a = analyseLog(
      logOf([
        ['PS 1', 'Discussed at the fortnightly Intensive Support Panel (police, CMHT, ASC).'],
        ['PC 2', 'Intensive checks by the CMHT for a week.'],
      ]),
    );
    expect(a.entries[1]?.agencies).not.toContain('third_sector');
  });
});

describe('the lexicon', () => {
  it('runs the new cues through a whole log', () => {
    const a = analyseLog(
      logOf([
        ['CCR 1', 'Caller: rave at the quarry, 100+ cars on the lane.'],
        ['PC 2', 'ARRESTD one male for failing to comply with the s35 direction.'],
        ['PS 3', 'Bailed to the Magistrates on 02/07.'],
      ]),
    );
    expect(a.entries.map((e) => e.event)).toEqual(['report', 'arrest', 'other']);
    expect(a.entries[0]?.framing).toBe('crime_asb');
  });
});
