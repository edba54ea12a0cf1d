/**
 * Rules added in lexicon 1.11.0 after the twelfth fresh set (eval/logs/fresh12) was read: standing
 * huddles, briefings and strategy reviews sit as meetings; a district nurse is named by title; a
 * service that will not take a referral was still asked (unless rung for advice); a checked or
 * chased PPN, a reply and a promised call back are information sharing; keeping an appointment,
 * a relative arriving, an animal taken away and a protocol's "before any unit is sent" are no
 * attendance or conveyance; a file sent to the CPS for a decision is a referral; exploitation
 * indicators are a risk assessment; everyday words for nuisance and damage frame crime; a court
 * named only as where someone will appear does not act; a partner's relayed update, closure or
 * notice is news; an arrest weighed and not made is other; officers with a partner's staff, or a
 * plan agreed by all at a visit, are joint work. Sentences are written for this test, not taken
 * from any evaluation set; most tests have a negative case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseLog, DEFAULT_LEXICON, validateLexicon } from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

describe('meetings (§2 joint_action)', () => {
  it.each([
    ['Weekly neighbourhood huddle (standing, Mondays): DN Pryce, SW Kaur and me. Plan agreed.'],
    ['Practice huddle review (DN Pryce, ASC, me): no falls this week.'],
    [
      'Planning briefing at Marlow station: AMHP Dace, CPN Ruth Oyelaran and two PCs. Plan: knock first.',
    ],
    ['Strategy review with SW Okafor and the CAMHS nurse: placement stable.'],
  ])('reads %s as a joint action', (text) => {
    expect(classify(text).event).toBe('joint_action');
  });

  it('does not read a police-only briefing as a joint action', () => {
    expect(classify('Shift briefing at Marlow station: two PCs and me.').event).not.toBe(
      'joint_action',
    );
  });

  it('names a district nurse by title as health', () => {
    expect(classify('At the flat with DN Pryce, who dressed his leg.').agencies).toContain(
      'health',
    );
    expect(classify('Entry DN-4 on the form was blank.').agencies).not.toContain('health');
  });
});

describe('referrals and information sharing (§2)', () => {
  it('reads a service that will not take a referral as asked', () => {
    const text =
      'Rang the crisis team about him. They will not take a referral from police tonight.';
    expect(classify(text).event).toBe('referral');
  });

  it('keeps a call made for advice as advice when the service will not take a referral', () => {
    const text =
      'Rang the crisis team for advice. The nurse advised his GP in the morning; they will not take a referral from police.';
    expect(classify(text).event).toBe('advice');
  });

  it.each([
    ['Checked the PPN: still waiting to be screened by the ASC front door. Nothing back.'],
    ['ASC front door reply: not for an assessment at present.'],
    ['Ambulance control: no crew for two hours, clinician to ring back.'],
  ])('reads %s as information sharing', (text) => {
    expect(classify(text).event).toBe('information_sharing');
  });

  it('keeps telling the caller to ring back as no exchange with a partner', () => {
    expect(classify('Told the caller to ring back if he returns.').event).not.toBe(
      'information_sharing',
    );
  });

  it('reads a file sent to the CPS for a charging decision as a referral, framed as crime', () => {
    const entry = classify('Interview done. File sent to the CPS for a charging decision.');
    expect(entry.event).toBe('referral');
    expect(entry.framing).toBe('crime_asb');
    expect(classify('CPS charging decision: charge assault.').event).toBe('arrest');
  });
});

describe('attendance and conveyance (§2 deploy, support)', () => {
  it('does not read a kept appointment as an attendance', () => {
    expect(
      classify('He has attended two sessions and his mood is better.', 'CMHT J Obi').event,
    ).not.toBe('deploy');
    expect(classify('Attended the flat, he was asleep on the sofa and fine.').event).toBe('deploy');
  });

  it('does not read a relative arriving as an attendance', () => {
    expect(classify('Resuming. His father arrived at the hospital.').event).not.toBe('deploy');
  });

  it('does not read an animal taken to kennels as a conveyance', () => {
    expect(classify('The dog warden has taken the dog to the kennels. Resumed.').event).not.toBe(
      'support',
    );
    expect(classify('Crew are taking him to the ED now.').event).toBe('support');
  });

  it('does not read a protocol or a dog at the address as a deployment', () => {
    expect(classify('Grade 3. The flag says the PCSO is told before any unit is sent.').event).toBe(
      'risk_assessment',
    );
    expect(classify('Checks: PNC no warnings. A dog at the address.').event).toBe(
      'risk_assessment',
    );
  });

  it('reads listed exploitation indicators as a risk assessment', () => {
    expect(classify('Exploitation indicators: no phone, no ID, locked in.').event).toBe(
      'risk_assessment',
    );
  });
});

describe('framing (§4 crime_asb)', () => {
  it.each([
    ['The bus shelter has been painted overnight with slogans.'],
    ['Two men coursing hares in the top field.'],
    ['Three males still squaring up outside the pub.'],
    ['Two dents in the driver’s door of her car.'],
    ['Several fake orders delivered to the flats tonight.'],
    ['He said he would burn the shop down.'],
  ])('frames %s as crime or ASB', (text) => {
    expect(classify(text).framing).toBe('crime_asb');
  });

  it('does not read a house fire feared by the author as a threat of arson', () => {
    expect(classify('The heater could burn down to the wick.').framing).not.toBe('crime_asb');
  });
});

describe('courts (§3 criminal_justice)', () => {
  it.each([
    ['Charged and held for court in the morning.'],
    ['He goes before Westmere Magistrates this morning.'],
    ['Remanded to appear at Westmere Magistrates tomorrow.'],
  ])('does not list a court named only as a destination: %s', (text) => {
    expect(classify(text).agencies).not.toContain('criminal_justice');
  });

  it('lists a court that acts', () => {
    expect(classify('The magistrates granted the closure order.').agencies).toContain(
      'criminal_justice',
    );
  });

  it('never lists a court for any destination phrase with any town name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('held for court', 'goes before', 'bailed to', 'remanded to appear at'),
        fc.stringMatching(/^[A-Z][a-z]{3,9}$/),
        (phrase, town) => {
          const place = phrase === 'held for court' ? '' : ` ${town} Magistrates`;
          const text = `Charged, ${phrase}${place} on Monday.`;
          return !classify(text).agencies.includes('criminal_justice');
        },
      ),
    );
  });
});

describe('relayed news, measures weighed and joint work (§2)', () => {
  it('reads a partner update that relays their own referral as information sharing', () => {
    const text =
      'Update from Sister Kaur: he is on Ward 4 and the ward team are referring him to the falls clinic.';
    expect(classify(text, 'HCR 1200').event).toBe('information_sharing');
  });

  it('reads an arrest considered and not made as other', () => {
    expect(classify('Arrest for the damage considered and not made: he is unwell.').event).toBe(
      'other',
    );
    expect(classify('Arrested for the damage and taken to custody.').event).toBe('arrest');
  });

  it('reads officers at the address with a partner’s staff as a joint action', () => {
    expect(classify('At the address with PC Hale and DN Osei. He is in bed, confused.').event).toBe(
      'joint_action',
    );
    expect(classify('At the address with PC Hale. He is in bed, confused.').event).toBe('deploy');
  });

  it('reads a plan agreed by everyone at a visit as a joint action', () => {
    expect(
      classify('Plan agreed by everyone at the visit: the CPN to lead, the council to clean.')
        .event,
    ).toBe('joint_action');
  });

  it('reads a partner closing its own case by email as news, not the log’s closure', () => {
    expect(
      classify(
        'Email from council ASB officer Mr Dace: closing their case while he is in hospital.',
      ).event,
    ).toBe('information_sharing');
    expect(classify('No further police action. Closing the log.').event).toBe('closure');
  });

  it('does not read an invitation to a meeting as the meeting', () => {
    expect(
      classify('I will invite the council ASB officer to the pre-discharge meeting.', 'CPN A Obi')
        .event,
    ).not.toBe('joint_action');
  });

  it('reads a partner informed as information sharing unless a unit is sent', () => {
    expect(classify('Bail conditions set by the court. The IDVA informed.').event).toBe(
      'information_sharing',
    );
    expect(
      classify('PC 12 and PC 14 assigned to meet the AMHP at 14:00. IDVA informed.').event,
    ).toBe('deploy');
  });

  it('reads a place of safety contacted about a s136 as a referral', () => {
    expect(classify('Heron Suite contacted re s136: bed available.').event).toBe('referral');
  });

  it('reads a mental health clinician’s home assessment as theirs', () => {
    expect(
      classify('Home assessment with his wife present. Low mood, no plan.', 'CMHT Duty - RMN A Obi')
        .event,
    ).toBe('mh_assessment');
  });
});

describe('a community protection notice held back (§4, §7)', () => {
  it('does not frame a plan as crime when the notice is on hold', () => {
    const text =
      'Joint visit with CPN Adeyemi and the housing officer. He agreed to restart his medication; the CPN (notice) on hold for four weeks.';
    expect(classify(text).framing).toBe('health_welfare');
  });

  it('still frames a notice served as crime', () => {
    expect(classify('CPN (notice) served on him for the noise.').framing).toBe('crime_asb');
  });
});

describe('custody framing that gives way to a disclosed risk (§4, framing yieldsTo)', () => {
  it('frames a book-in whose risk assessment records a live disclosure as risk', () => {
    const text = 'Booked in, detention authorised. Risk assessment: discloses suicidal thoughts.';
    expect(classify(text).framing).toBe('risk_safety');
  });

  it('keeps a book-in with a negated disclosure, or a named offence, as crime', () => {
    expect(
      classify('Booked in, detention authorised. Risk assessment: no thoughts of suicide.').framing,
    ).toBe('crime_asb');
    expect(
      classify('Booked in for the burglary. Risk assessment: discloses suicidal thoughts.').framing,
    ).not.toBe('risk_safety');
  });

  it('accepts yieldsTo on framing terms and refuses a label outside the list', () => {
    const edited = structuredClone(DEFAULT_LEXICON);
    edited.framings[0] = { ...edited.framings[0]!, yieldsTo: ['health_welfare'] };
    expect(validateLexicon(edited).ok).toBe(true);
    edited.framings[0] = { ...edited.framings[0]!, yieldsTo: ['arrest'] };
    const result = validateLexicon(edited);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      'lexicon.framings[0].yieldsTo[0]: expected one of crime_asb, health_welfare, risk_safety, unclear',
    ]);
  });
});

describe('the continuum (§6)', () => {
  it('does not read police stepping back to the family as agencies acting in sequence', () => {
    const log = logOf([
      ['HCR 1', 'Caller reports her brother painting the shop shutters.'],
      ['PC 2 TESTER', 'On scene. He is calm and has stopped.'],
      ['PS 3 TESTER', 'No further police role: he is with his family. Log closed.'],
    ]);
    expect(analyseLog(log).continuum.level).toBe(0);
  });

  it('still reads a handover of the lead to a partner as communication', () => {
    const log = logOf([
      ['HCR 1', 'Caller reports her brother shouting in the street.'],
      [
        'PC 2 TESTER',
        'On scene with him. The CRHT have taken over his care; no further police role.',
      ],
    ]);
    expect(analyseLog(log).continuum.level).toBe(2);
  });

  it('reads a standing group with its review sitting as integration', () => {
    const log = logOf([
      ['HCR 1', 'Caller reports a woman sleeping on the landing again.'],
      [
        'PCSO 4 TESTER',
        'Tenancy MDT (standing, fortnightly, town hall): housing officer, CMHT worker and me. Plan agreed.',
      ],
      ['Housing officer A Obi', 'Tenancy MDT review (CMHT worker, PCSO, me): transfer approved.'],
    ]);
    expect(analyseLog(log).continuum.level).toBe(4);
  });

  it('does not take an officer’s own visit as a partner’s answer', () => {
    const log = logOf([
      ['HCR 1', 'Caller worried about her neighbour Mr Obi, who is not eating.'],
      ['PC 2 TESTER', 'Adult PPN sent to ASC and an email to his GP.'],
      [
        'PC 2 TESTER',
        'Visited Mr Obi. He has food in and has not been out since Sunday. Still nothing back from the outreach team, the GP or ASC.',
      ],
    ]);
    expect(analyseLog(log).continuum.level).toBe(1);
  });
});

describe('conditions and preparations are not the act (§2)', () => {
  it('does not read a protocol’s "before any arrest" as an arrest', () => {
    expect(
      classify('Checks: the call plan says ring his outreach worker before any arrest.').event,
    ).not.toBe('arrest');
    expect(classify('Male arrested for the damage.').event).toBe('arrest');
  });

  it('does not read details taken for a PPN as the PPN', () => {
    expect(classify('DASH completed: high risk. Children’s details taken for the PPN.').event).toBe(
      'risk_assessment',
    );
    expect(classify('PPN submitted for the children.').event).toBe('referral');
  });

  it('does not read a notice served months ago as served now', () => {
    expect(
      classify('CPN (notice) served by the council in January bans him from the square.').event,
    ).not.toBe('asb_enforcement');
    expect(classify('CPN (notice) served on him today for the noise.').event).toBe(
      'asb_enforcement',
    );
  });

  it('reads a mental health clinician’s finding on plan and intent as their assessment', () => {
    expect(
      classify(
        'She says she has cut since the summer. No plan or intent to end her life; safety plan written.',
        'CAMHS practitioner A Obi',
      ).event,
    ).toBe('mh_assessment');
  });
});

describe('more joint work, care handed on and a partner’s request (§2)', () => {
  it.each([
    ['December tenancy panel review: no calls since the plan; the CPN remains lead.'],
    ['Six-week review by phone with the CPN and the ASB officer: no calls since May.'],
    ['Visited Mrs Obi with an ASC reablement worker. Carers start today.'],
  ])('reads %s as a joint action', (text) => {
    expect(classify(text).event).toBe('joint_action');
  });

  it('does not read the person walking to the ambulance with the AMHP as a joint visit', () => {
    expect(
      classify('He walked to it with the AMHP and was conveyed to the ward in the ambulance.')
        .event,
    ).not.toBe('joint_action');
  });

  it('reads a ward now responsible as care handed on (support)', () => {
    expect(
      classify('Transferred to Birch Ward. Officers released; Birch Ward now responsible.').event,
    ).toBe('support');
  });

  it('reads a partner asking police to act as a referral', () => {
    expect(
      classify('I am asking police and the landlord to act on the abuse.', 'CPN A Obi, CMHT').event,
    ).toBe('referral');
  });
});

describe('support completed or taken up (§2 support)', () => {
  it('reads a conveyance ended by handing the person to ward staff as support', () => {
    expect(
      classify('Conveyed him back to Larch Ward and handed him to the nurse in charge.').event,
    ).toBe('support');
    expect(classify('Handed him to the AMHP with the history of the night.').event).toBe(
      'information_sharing',
    );
  });

  it('reads the crisis team now responsible as care handed on', () => {
    expect(
      classify('Released into the care of CRHT nurse A Obi; CRHT now responsible.').event,
    ).toBe('support');
  });

  it('reads support taken up with a booking as support, not a referral', () => {
    expect(
      classify(
        'Two of the men accepted our support and are in our accommodation; GP registration booked for Monday.',
        'Harbour Trust - caseworker A Obi',
      ).event,
    ).toBe('support');
    expect(classify('Rang the surgery: GP appointment booked for Monday.').event).toBe('referral');
  });
});

describe('the default lexicon', () => {
  it('is 1.34.0', () => {
    expect(DEFAULT_LEXICON.version).toBe('1.34.0');
  });
});
