/**
 * Rules added in lexicon 1.8.0 after the ninth fresh set (eval/logs/fresh9) was scored at first
 * sight: danger to life told by what happened, offences named by what was done, confusion and cold
 * as health, an offence ruled out by the author, arrests weighed past the negation window, CAD
 * shorthand for an arrival, statements and interviews, comfort given on the spot, councils and
 * ambulance services written as initials, recovery services, conditional advice to go to A&E,
 * and people who are not the public (staff named by role, "we", a flag that "says").
 * Sentences are written for this test, not taken from any evaluation set; most tests have a
 * negative case.
 */
import { describe, expect, it } from 'vitest';
import { analyseLog } from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

describe('danger to life told by what happened (§4 risk_safety)', () => {
  it.each([
    ['Caller says the tent is on fire and her dad is inside it.'],
    ['He held her by the throat against the door until she nearly passed out.'],
    ['Boy pulled out of the deep end by the lifeguard, coughing.'],
    ['Man walking along the central reservation, stepping into lane 2.'],
    ['PC Hale talked him off the parapet wall onto the pavement.'],
    ['His sister is frightened something has happened to him.'],
    ['Lorry driver says the man was nearly crushed in the back of the cab.'],
  ])('reads %s as risk or safety', (text) => {
    expect(classify(text).framing).toBe('risk_safety');
  });

  it('does not read a belief about the water supply or a lock-up as someone in the water', () => {
    const a = classify('She says they have put something in the water. I think she is unwell.');
    expect(a.framing).toBe('health_welfare');
    expect(classify('He is sleeping in lock-up 6 with a camping stove.').framing).not.toBe(
      'risk_safety',
    );
  });
});

describe('offences named by what was done (§4 crime_asb)', () => {
  it.each([
    ['Neighbour banging on the party wall since 22:00 again.'],
    ['Shop manager: the back door forced overnight, till emptied.'],
    ['RESULT: ARSON - ONE ARRESTED. Log closed.'],
    ['Mr Dale attended his voluntary interview and gave a no comment account.'],
  ])('reads %s as crime or ASB', (text) => {
    expect(classify(text).framing).toBe('crime_asb');
  });

  it('reads criminal exploitation as a safeguarding risk, and a thrown-out teenager not as a crime', () => {
    expect(classify('She is a victim of criminal exploitation by the group.').framing).toBe(
      'risk_safety',
    );
    expect(classify('PPN for the 16-year-old: thrown out of home, sofa-surfing.').framing).not.toBe(
      'crime_asb',
    );
  });

  it('does not read a voluntary interview offered "later if" she changes her mind', () => {
    const a = classify('DASH medium. Voluntary interview later if she changes her mind.');
    expect(a.triggers.framing.map((t) => t.text)).not.toContain('Voluntary interview');
  });
});

describe('health in plain words (§4 health_welfare)', () => {
  it.each([
    ['Daughter says mum has been more muddled since the summer.'],
    ['Male cold and shivering, small graze to head, cannot remember much.'],
  ])('reads %s as health or welfare', (text) => {
    expect(classify(text).framing).toBe('health_welfare');
  });

  it('lets an author who rules out an offence frame the illness, not the complaint', () => {
    const a = classify('Updated the caller: no offence here, the noise was down to illness.');
    expect(a.framing).toBe('health_welfare');
    expect(a.signals).toContain('no_offence');
    // Without a cue of another framing the complaint still frames the entry.
    expect(classify('Music too loud again at no 9. Caller wants action.').framing).toBe(
      'crime_asb',
    );
  });
});

describe('events (§2)', () => {
  it('reads an arrest weighed and ruled out past the negation window as no arrest', () => {
    const a = classify(
      'Arrest for handling stolen goods considered and ruled out; she is a witness.',
    );
    expect(a.event).not.toBe('arrest');
    expect(a.instruments).not.toContain('arrest');
    expect(classify('Male arrested for criminal damage, conveyed to custody.').event).toBe(
      'arrest',
    );
  });

  it('reads ARRVD as an arrival and a bail check as a visit', () => {
    expect(classify('ARRVD. SPOKE TO THE RP AT THE DOOR.').event).toBe('deploy');
    expect(classify('Bail check at his mother’s address: he is in, sober.').event).toBe('deploy');
  });

  it('does not read an appointment to attend an interview as an attendance', () => {
    const a = classify('Arrest considered and not made. To attend a voluntary interview 10/04.');
    expect(a.event).toBe('other');
  });

  it('reads statements taken from witnesses as other', () => {
    expect(classify('Statements from the two stewards, both saw the punch.').event).toBe('other');
  });

  it('reads comfort given on the spot as support', () => {
    expect(classify('Heating on, tea made, stayed until she settled in her chair.').event).toBe(
      'support',
    );
    expect(classify('Cut to his lip cleaned by the club first aider and me.').event).toBe(
      'support',
    );
  });

  it('reads "wants it recorded" as a report, and an earlier referral as news', () => {
    expect(
      classify('Site manager: fence cut again overnight. Wants it recorded.', 'CALL HANDLER 2')
        .event,
    ).toBe('report');
    const a = classify('She was already referred to us for discharge planning.', 'ASC SW T. OWEN');
    expect(a.event).not.toBe('referral');
  });

  it('does not read speaking to the occupier as an exchange with a partner', () => {
    const a = classify(
      'Spoke to the occupier through the door. Care agency visits three days a week.',
    );
    expect(a.event).not.toBe('information_sharing');
    const b = classify('Spoke to her CPN, who says he missed his depot.');
    expect(b.event).toBe('information_sharing');
  });

  it('reads a lower-case panel heading and a briefing before a warrant as a sitting', () => {
    expect(
      classify('youth mdt review. seen by camhs today and offered 6 sessions.', 'ps.1234.test')
        .event,
    ).toBe('joint_action');
    expect(
      classify('Briefing at the station before the warrant: AMHP, s12 doctors and CPN.').event,
    ).toBe('joint_action');
  });

  it('reads a visit with a worker named with their service as joint', () => {
    const a = classify('Home visit with Priya (CMHT). Mood low, no thoughts of harm.');
    expect(a.event).toBe('joint_action');
  });

  it('reads closing time as no closure', () => {
    const a = classify('Manager advised to lock the bin yard at closing. No offences.');
    expect(a.event).not.toBe('closure');
  });
});

describe('agencies (§3)', () => {
  it('learns a council and an ambulance service written as initials', () => {
    const a = analyseLog(
      logOf([
        ['CALL HANDLER 1', 'Call from Mr Lee, KBC garages officer: man living in lock-up 4.'],
        ['PC 1 TEST', 'NVAS crew on scene with him; head wound glued.'],
        ['PC 1 TEST', 'Emailed KBC about the lock-up. NVAS left at 10:05.'],
      ]),
    );
    expect(a.entries[0]?.agencies).toContain('local_authority');
    expect(a.entries[1]?.agencies).toContain('ambulance');
    expect(a.entries[2]?.agencies).toEqual(
      expect.arrayContaining(['local_authority', 'ambulance']),
    );
  });

  it('does not read initials before a council service, a broadcaster or a surname as an agency', () => {
    const a = classify('Rang KBC Housing Options out of hours. The BBC filmed the fire.');
    expect(a.agencies).not.toContain('local_authority');
    const b = classify('CRHT nurse ABBAS arrived at the suite and took over.');
    expect(b.agencies).not.toContain('ambulance');
  });

  it('learns a recovery service, but not a leisure trust, as a charity', () => {
    const a = analyseLog(
      logOf([
        ['PC 1 TEST', 'Referral to Harrier Recovery for his drinking.'],
        ['PC 1 TEST', 'Harrier have taken him home in their car.'],
      ]),
    );
    expect(a.entries[1]?.agencies).toContain('third_sector');
    const b = analyseLog(
      logOf([
        ['CALL HANDLER 1', 'Pool manager (Brightwater Leisure Trust): changing room door forced.'],
        ['PC 1 TEST', 'Brightwater staff showed me the CCTV.'],
      ]),
    );
    expect(b.entries[1]?.agencies).not.toContain('third_sector');
  });

  it('does not list A&E given as advice "if" it gets worse, or refused', () => {
    const a = classify(
      'Ambulance clinician rang back: no crew. Get him to A&E if the pain is bad.',
    );
    expect(a.agencies).not.toContain('health');
    expect(classify('He refuses A&E and says he will sleep it off.').agencies).not.toContain(
      'health',
    );
    expect(classify('AMB NOT REQD - WALKING + TALKING.').agencies).not.toContain('ambulance');
  });

  it('does not read staff named by role, "we" or a flag as the public', () => {
    expect(
      classify('Housing tenancy officer Mr Kofi Boateng rang back: rent unpaid.').agencies,
    ).not.toContain('public');
    expect(classify('Briefing with the AMHP. We agreed who goes in first.').agencies).not.toContain(
      'public',
    );
    expect(classify('The MATAC flag says: notify the coordinator.').agencies).not.toContain(
      'public',
    );
    expect(classify('Mr Kofi Boateng rang back: he wants the noise stopped.').agencies).toContain(
      'public',
    );
  });

  it('reads a relative who rang as the public, and an A&E sister as no relative', () => {
    expect(classify('Daughter Mrs Jan Lupton rung to help with the search.').agencies).toContain(
      'public',
    );
    expect(classify('A&E SISTER AT THE ROYAL RANG: READY FOR DISCHARGE.').agencies).not.toContain(
      'public',
    );
  });

  it('learns partner staff named beside their service, and finds them named alone later', () => {
    const a = analyseLog(
      logOf([
        ['CALL HANDLER 1', 'Rang Harrier outreach (Niamh Gallagher): she will meet the PCSO.'],
        ['PCSO 1 TEST', 'Niamh has taken him home in her car. Resuming.'],
        ['CALL HANDLER 1', 'Housing tenancy officer Mr Kofi Boateng rang: rent unpaid.'],
        ['PC 1 TEST', 'Boateng stayed to make the door safe.'],
      ]),
    );
    expect(a.entries[1]?.agencies).toContain('third_sector');
    expect(a.entries[3]?.agencies).toContain('housing');
  });

  it('does not learn a service named after another as a person', () => {
    const a = analyseLog(
      logOf([
        ['PC 1 TEST', 'Emailed the housing officer Brookfold about the repairs.'],
        ['PC 1 TEST', 'Brookfold Avenue residents complaining again.'],
      ]),
    );
    expect(a.entries[1]?.agencies).not.toContain('housing');
  });

  it('reads a sentence that leaves out its subject ("Says …") as the person speaking', () => {
    expect(
      classify('On scene. Male sat by the tent. Says three lads set it alight.').agencies,
    ).toContain('public');
  });

  it('reads a council detached youth team and a dementia line as partners', () => {
    expect(
      classify('Emailed the council detached youth team asking for sessions.').agencies,
    ).toContain('local_authority');
    expect(classify('Rang the Bluebell dementia line for advice.').agencies).toContain(
      'third_sector',
    );
  });
});
