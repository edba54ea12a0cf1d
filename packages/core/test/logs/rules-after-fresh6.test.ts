/**
 * Rules added to lexicon 1.5.0 after the sixth fresh set (eval/logs/fresh6) was scored at first
 * sight: ED as the hospital, partner author tags, requests made on the person's behalf, referral
 * status, s135(1) warrants, sittings named MDM or "weekly review", and framing cues (heights,
 * modern slavery, dangerous driving, dog bites, court outcomes, not eating, disorientation).
 * Sentences are written for this test, not taken from any evaluation set; most tests have a
 * negative case.
 */
import { describe, expect, it } from 'vitest';
import { analyseLog } from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

describe('agencies and authors (§3)', () => {
  it.each([
    ['Back in ED at 03:40, handed over to the nurse in charge.'],
    ['ED doctor says he is fit for discharge.'],
    ['Left ED before his bloods came back.'],
  ])('reads ED as the hospital (health): %s', (text) => {
    expect(classify(text).agencies).toContain('health');
  });

  it('does not read Ed the given name as the hospital', () => {
    expect(classify('Spoke to Ed Marsh, the neighbour, who saw nothing.').agencies).not.toContain(
      'health',
    );
  });

  it('reads an alcohol liaison nurse as health and a front door as social care', () => {
    expect(classify('Joint visit with the alcohol liaison nurse.').agencies).toContain('health');
    expect(classify("Emailed the Children's Front Door with the PPN.").agencies).toContain(
      'social_care',
    );
  });

  it('reads CAMHS, CSC and other workers signing the log by their agency', () => {
    expect(classify('Saw Jo and mum at the clinic.', 'CAMHS CLINICIAN P. OKE').authorAgency).toBe(
      'mental_health',
    );
    expect(classify('Home visit, plan agreed.', 'SW L. PADD, CSC').authorAgency).toBe(
      'social_care',
    );
    expect(classify('He came in at 9.', 'HARBOUR WORKER K. ABB').authorAgency).toBe('third_sector');
    expect(classify('Attended at 9.', 'YOT WORKER K. ABB').authorAgency).toBe('criminal_justice');
  });

  it('reads a CAMHS clinician who saw the child as an assessment', () => {
    expect(
      classify('Saw Jo and mum at the clinic: low mood, no plan.', 'CAMHS CLINICIAN P. OKE').event,
    ).toBe('mh_assessment');
  });
});

describe('events (§2)', () => {
  it("reads a call made on the person's behalf, or a team asked to call them, as a referral", () => {
    expect(classify('Rang the CAMHS crisis line for him: they will call tomorrow.').event).toBe(
      'referral',
    );
    expect(
      classify('Rang the health centre asking the health visiting team to call Leah.').event,
    ).toBe('referral');
  });

  it('reads a referral still waiting, or a partner told of an outcome, as information shared', () => {
    expect(classify('Rang MASH: the PPN is in the queue to be screened.').event).toBe(
      'information_sharing',
    );
    expect(classify('IOM unit (police, probation) told of the arrest.', 'CCR 2').event).toBe(
      'information_sharing',
    );
  });

  it('does not read a question about a charge as a charge', () => {
    expect(
      classify('Site manager rang: wants to know if the man will be charged.', 'CCR 2').event,
    ).not.toBe('arrest');
  });

  it('does not read a bail condition to report to a unit as a report', () => {
    expect(classify('Bailed; reports to the IOM unit twice a week.', 'CCR 2').event).not.toBe(
      'report',
    );
  });

  it('does not read staff co-located at a station as officers on scene', () => {
    expect(classify('Drug workers co-located at the station were told.', 'CCR 2').event).not.toBe(
      'deploy',
    );
  });

  it('reads a s135(1) warrant granted as an MHA power', () => {
    expect(
      classify('s135(1) warrant granted by a magistrate this morning.', 'AMHP M. OKE').event,
    ).toBe('mha_power');
  });

  it('reads an MDM or a weekly review with partners as joint action', () => {
    expect(
      classify(
        'Fortnightly Frequent Attender MDM (standing: ED consultant, ASC, housing). Plan agreed.',
      ).event,
    ).toBe('joint_action');
    expect(
      classify('IOM weekly review: script taken, flat offered by housing.', 'IOM PC 14').event,
    ).toBe('joint_action');
  });

  it('reads food given to the person as support', () => {
    expect(classify('Gave her food and two tins of formula, drove her home.').event).toBe(
      'support',
    );
  });
});

describe('framing cues (§4)', () => {
  it.each([
    ['Crime recorded: dog dangerously out of control.', 'crime_asb'],
    ['Two youths on the roof of the old cinema.', 'risk_safety'],
    ['He says the boss keeps their passports.', 'risk_safety'],
    ['Tango 22 assigned to the search.', 'risk_safety'],
    ['Found on platform 2, safe and well.', 'risk_safety'],
    ['Stopped on the bypass for dangerous driving.', 'crime_asb'],
    ['A dog ran out and bit her on the calf.', 'crime_asb'],
    ['Pleaded guilty: community order.', 'crime_asb'],
    ['She has not eaten since yesterday.', 'health_welfare'],
    ['He does not know what day it is.', 'health_welfare'],
  ])('frames "%s" as %s', (text, framing) => {
    expect(classify(text, 'CCR 4').framing).toBe(framing);
  });

  it('does not read a records check with no trace as a missing person, nor a depot as an injection', () => {
    expect(classify('PNC no trace.', 'CCR 4').framing).not.toBe('risk_safety');
    expect(classify('Statement taken from the driver at her depot.', 'CCR 4').framing).not.toBe(
      'health_welfare',
    );
    expect(classify('He missed his depot on Tuesday.', 'CCR 4').framing).toBe('health_welfare');
  });
});

describe('continuum evidence (§6)', () => {
  it('reads a sitting described as standing as a standing arrangement', () => {
    expect(
      classify('Frequent Attender MDM (standing: ED consultant, ASC, housing). Plan agreed.')
        .signals,
    ).toContain('standing_panel');
  });

  it('reads a receptionist who would not say as a refusal', () => {
    expect(
      classify('Rang the surgery: reception would not say if anyone will call him.').refused,
    ).toBe(true);
  });

  it('does not list a service the person waits for, or one they are told to use', () => {
    expect(classify('She has been on the CAMHS waiting list since June.').agencies).not.toContain(
      'mental_health',
    );
    expect(classify('Both told A&E or 999 if she feels unsafe.').agencies).not.toContain('health');
    expect(classify('Both told the council will write to them.').agencies).not.toContain(
      'local_authority',
    );
  });

  it('still lists a service the officer told of the plan', () => {
    expect(classify('Told the CMHT duty worker of the plan.').agencies).toContain('mental_health');
  });
});

describe('in a log', () => {
  it('lists the hospital when its ED rings the police', () => {
    const a = analyseLog(
      logOf([
        ['CCR 1', 'Call from the nurse in charge, ED: patient left after an overdose.'],
        ['CCR 1', 'Search stood down. ED told he has been found.'],
      ]),
    );
    expect(a.entries[0]?.agencies).toContain('health');
    expect(a.entries[1]?.agencies).toContain('health');
  });
});
