/**
 * Rules added in lexicon 1.6.0 after the seventh fresh set (eval/logs/fresh7) was scored at first
 * sight: the MHA warrants and CTO recall as powers, CPN as the nurse who serves a document,
 * statutory names of abuse and public protection as risk, PPNs accepted or chased, physical-health
 * nurses, a hospital that only locates a suite, charged phones, agencies' leaflets and numbers,
 * and an NFA that decides an offence in the middle of an entry. Sentences are written for this
 * test, not taken from any evaluation set; most tests have a negative case.
 */
import { describe, expect, it } from 'vitest';
import { analyseLog, DEFAULT_LEXICON } from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

describe('mental health powers (§2 mha_power, §5 escalation)', () => {
  it.each([
    ['Warrant under s135(2) granted by the magistrates to enter the flat.', 's135'],
    ['s135(2) warrant executed at 14:10 with the AMHP.', 's135'],
    ['Warrant executed with the AMHP and an ambulance crew; door forced.', 's135'],
    ['CPN served the recall notice through the letterbox at 10:20.', 'cto_recall'],
    ['Patient recalled to hospital under s17E by his consultant.', 'cto_recall'],
  ])('reads %s as the power used', (text, instrument) => {
    const a = classify(text);
    expect(a.event).toBe('mha_power');
    expect(a.instruments).toContain(instrument);
  });

  it('does not read a search warrant executed by officers alone as an MHA power', () => {
    const a = classify('Drugs warrant executed at the flat by the TSG; two arrested.');
    expect(a.event).not.toBe('mha_power');
    expect(a.instruments).not.toContain('s135');
  });

  it('reads a CPN serving a document as the nurse, not a community protection notice', () => {
    const a = classify('CPN served the recall notice at 10:20; he refused to open the door.');
    expect(a.instruments).not.toContain('cpn_notice');
    expect(a.agencies).toContain('mental_health');
    const notice = classify('ASB officer attended: CPN served on the occupant for the music.');
    expect(notice.instruments).toContain('cpn_notice');
    expect(notice.event).toBe('asb_enforcement');
  });
});

describe('step-downs (§5 de_escalation)', () => {
  it('reads a manager asking for an arrest that is not needed as no arrest', () => {
    const a = classify(
      'Manager asked for him to be arrested for the damage. Arrest not necessary.',
    );
    expect(a.event).not.toBe('arrest');
    expect(a.instruments).not.toContain('arrest');
    expect(a.signals).toContain('step_down');
  });

  it('does not read a breach of a CPW already given, or a question about one, as a CPW given', () => {
    const breach = classify(
      'Music heard at 02:35. Details sent to the ASB team as a breach of the CPW.',
    );
    expect(breach.event).not.toBe('asb_enforcement');
    expect(breach.instruments).not.toContain('cpw');
    const asked = classify('Emailed the ASB team asking whether a CPW applies to him.');
    expect(asked.instruments).not.toContain('cpw');
    const given = classify('CPW given to the tenant by hand.');
    expect(given.event).toBe('asb_enforcement');
    expect(given.instruments).toContain('cpw');
  });

  it('reads an ASB measure held off as a step-down', () => {
    const held = classify(
      'We were about to issue a Community Protection Warning. We will hold off on that for now.',
      'Council ASB Officer J. PEEL',
    );
    expect(held.signals).toContain('step_down');
    const fine = classify('A breach would mean a fixed penalty; we are holding that for now.');
    expect(fine.signals).toContain('step_down');
    expect(classify('Holding the line while she finds the address.').signals).not.toContain(
      'step_down',
    );
  });
});

describe('framing (§4)', () => {
  it.each([
    ['DASH done: controlling or coercive behaviour and economic abuse.'],
    ['Grade 1, child at risk. Two units assigned.'],
    ['MAPPA level 2 meeting held, plan agreed.'],
  ])('reads %s as risk or safety', (text) => {
    expect(classify(text).framing).toBe('risk_safety');
  });

  it('does not read an offender manager as an offence', () => {
    const a = classify('Rang his offender manager, who will visit him on Monday.');
    expect(a.framing).not.toBe('crime_asb');
    expect(classify('Offender seen running off towards the park.').framing).toBe('crime_asb');
  });

  it('does not read a phone kept charged as a charge', () => {
    const a = classify('Advice to parents: keep his phone charged and ring 999 early.');
    expect(a.event).not.toBe('arrest');
    expect(a.framing).not.toBe('crime_asb');
    expect(classify('He was charged with burglary and remanded.').framing).toBe('crime_asb');
  });
});

describe('events written in other words (§2)', () => {
  it.each([
    ['AMHP completed the s2 application; admitted to the ward.', 'mha_power'],
    ['Held under section 5(2) by the ward doctor.', 'mha_power'],
    ['Mental health act assessment carried out at the suite.', 'mh_assessment'],
    ['Helped him back into bed and made him a drink.', 'support'],
    ['Told her to contact her GP in the morning.', 'advice'],
  ])('reads %s as %s', (text, event) => {
    expect(classify(text).event).toBe(event);
  });

  it('reads a conveyance that ends in a handover to ward staff as support', () => {
    expect(
      classify('Conveyed by ambulance to the ward. Handed to ward staff, officers released.').event,
    ).toBe('support');
    expect(classify('Handed to ward staff, ward now responsible. Officers released.').event).toBe(
      'information_sharing',
    );
    expect(
      classify('Conveyed to the suite and handed over to suite staff with the history.').event,
    ).toBe('information_sharing');
  });

  it('reads news about a referral already made as information sharing', () => {
    expect(
      classify('Auto-reply from the MASH mailbox: "Your referral has been received."', 'CCR 1')
        .event,
    ).toBe('information_sharing');
    expect(classify('Emailed the MASH asking whether the referral has been picked up.').event).toBe(
      'information_sharing',
    );
    expect(classify('Referral made to the CMHT for an assessment.').event).toBe('referral');
  });

  it('does not read a request to attend an MHA assessment as the assessment', () => {
    const a = classify('AMHP asks for police to attend a Mental Health Act assessment at 14:00.');
    expect(a.event).not.toBe('mh_assessment');
  });
});

describe('everyday words for offences, illness and danger (§4)', () => {
  it.each([
    ['Her bike was taken from the shed overnight.'],
    ['Elderly man conned out of £300 at the door.'],
    ['Driver made off without payment at the pumps.'],
    ['Malicious calls to the caller all evening.'],
    ['Wheelie bins set on fire again behind the flats.'],
    ['He breached the non-molestation order last night.'],
    ['Explained to him how these scams work.'],
  ])('reads %s as crime or ASB', (text) => {
    expect(classify(text).framing).toBe('crime_asb');
  });

  it.each([
    ['Known eating disorder, very thin.'],
    ["Huntington's disease, unsteady on his feet."],
    ['Vomiting and dehydrated, lives alone.'],
    ['Drunk and unable to care for himself.'],
  ])('reads %s as health or welfare', (text) => {
    expect(classify(text).framing).toBe('health_welfare');
  });

  it.each([
    ['Toddler left alone in the flat, mum not there.'],
    ['She says she was held against her will overnight.'],
    ['Texts saying he will hurt her if she goes out.'],
    ['Fire in the kitchen, occupant still inside.'],
    ["Clare's Law disclosure requested by her sister."],
    ['Neighbour outside his shed shouting with a spade raised.'],
    ['Says he feels like ending it tonight.'],
  ])('reads %s as risk or safety', (text) => {
    expect(classify(text).framing).toBe('risk_safety');
  });

  it('does not read a walking stick or a dug garden as a weapon', () => {
    expect(classify('Helped him up; he had his walking stick with him.').framing).not.toBe(
      'risk_safety',
    );
    expect(classify('He was digging the garden with a spade.').framing).not.toBe('risk_safety');
  });

  it('does not read a diagnosis as public disorder', () => {
    expect(classify('Known eating disorder.').framing).not.toBe('crime_asb');
    expect(classify('Disorder outside the pub, two arrested.').framing).toBe('crime_asb');
  });
});

describe('referrals and agencies (§2, §3)', () => {
  it('reads a PPN accepted or chased as an exchange, not a new referral', () => {
    expect(classify('Police PPN accepted for a s42 enquiry.', 'ASC SW A. BELL').event).toBe(
      'information_sharing',
    );
    expect(classify("Chased ASC by phone: PPN 'with the duty team'.").event).toBe(
      'information_sharing',
    );
    expect(classify('PPN submitted to ASC: vulnerable adult.').event).toBe('referral');
  });

  it.each([
    ['Left a message for the school nurse.'],
    ['Joint visit with the specialist nurse from the neurology service.'],
    ['The homeless health team dressed his leg.'],
  ])('reads physical-health nurses as health: %s', (text) => {
    const a = classify(text);
    expect(a.agencies).toContain('health');
    expect(a.agencies).not.toContain('mental_health');
  });

  it.each([
    ['HALO at the hospital rang about the handover.', 'ambulance'],
    ['Rapid response vehicle on scene.', 'ambulance'],
    ['Homeless team contacted for a bed tonight.', 'housing'],
    ['Fostering team contacted about the placement.', 'social_care'],
    ['Eating disorder service contacted.', 'mental_health'],
    ['Sexual health clinic contacted.', 'health'],
  ])('maps %s to %s', (text, agency) => {
    expect(classify(text).agencies).toContain(agency);
  });

  it('reads specialist nurses and health visitors signing the log as health', () => {
    expect(classify('Medication restarted.', 'Specialist Nurse R. OBI').authorAgency).toBe(
      'health',
    );
    expect(classify('Home visit done.', 'HV R. BARR - Health Visiting').authorAgency).toBe(
      'health',
    );
  });

  it('does not list a hospital that only says where a suite is', () => {
    const a = classify('Rang the Lark Suite (Moor Hospital) for the s136: bed available.');
    expect(a.agencies).toContain('mental_health');
    expect(a.agencies).not.toContain('health');
    expect(classify('Rang the hospital: he has been admitted.').agencies).toContain('health');
  });

  it('does not list an agency whose leaflet or number was handed out', () => {
    const a = classify("Left the befriending charity's number and the council gull leaflet.");
    expect(a.agencies).not.toContain('local_authority');
    expect(classify('Emailed the council ASB team about the gulls.').agencies).toContain(
      'local_authority',
    );
  });
});

describe('an NFA in the middle of a closing entry', () => {
  it('keeps the agencies acting after the sentence that decides the offence', () => {
    const a = classify(
      'Assault: NFA, not in the public interest given his illness. Released to the AMHP and conveyed to the ward by ambulance.',
    );
    expect(a.event).toBe('closure');
    expect(a.agencies).toEqual(expect.arrayContaining(['mental_health', 'ambulance']));
  });

  it('does not list the victim named in the NFA reason, nor agencies after the log closes', () => {
    const a = classify(
      'Damage: NFA - victim does not support. Log closed, passed to the ASB team.',
    );
    expect(a.agencies).not.toContain('public');
    expect(a.agencies).not.toContain('local_authority');
  });
});

describe('the lexicon', () => {
  it('is version 1.34.0 and analyses a short log', () => {
    expect(DEFAULT_LEXICON.version).toBe('1.34.0');
    const a = analyseLog(
      logOf([
        ['CCR 1', 'Caller: neighbour playing loud music again.'],
        ['PC 2', 'Attended, music turned down, advised.'],
        ['CCR 1', 'RESULT: ASB - NOISE, ADVICE GIVEN. CLOSED'],
      ]),
    );
    expect(a.entries.map((e) => e.framing)).toEqual(['crime_asb', 'crime_asb', 'crime_asb']);
  });
});
