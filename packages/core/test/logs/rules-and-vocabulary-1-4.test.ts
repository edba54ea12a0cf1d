/**
 * What lexicon 1.4.0 adds: author tags of more agencies, relatives counted only when they act or
 * are contacted, titled members of the public, further calls as call handlers write them, calls
 * made from afar, suicide-method cues, and a few narrowed cues (admitted, booked, refused to go,
 * bonfire night). Checked through the public API on sentences written for this test, not taken
 * from the evaluation sets; each test names the ANNOTATING-LOGS.md clause it follows.
 */
import { describe, expect, it } from 'vitest';
import { analyseLog, DEFAULT_LEXICON } from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

describe('author tags (§3 police not listed for another agency)', () => {
  it.each([
    ['AMB FALLS LEAD K. WREN', 'ambulance'],
    ['wdc.asb.okafor', 'local_authority'],
    ['COUNCIL EHO T. MARSH', 'local_authority'],
    ['RIVERSIDE HOMES J. ADU', 'housing'],
  ])('reads the tag %s as %s', (author, agency) => {
    const a = classify('Visited the address today, nothing further to add.', author);
    expect(a.authorAgency).toBe(agency);
    expect(a.agencies).not.toContain('police');
  });

  it('keeps an officer with a dotted id as police', () => {
    expect(classify('attended, all quiet', 'pc.4410.moss').agencies).toEqual(['police']);
  });
});

describe('relatives and friends (§3 public: acts or is contacted, not only mentioned)', () => {
  it.each([
    'Rang his sister to let her know where he is.',
    'Her father arrived and took over.',
    'His mother Jean HALE (07700 900123) told.',
    'On scene with Ben and his partner, both calm.',
    'Left him with his flatmate, who will stay tonight.',
  ])('lists public when the relative acts or is contacted: %s', (text) => {
    expect(classify(text).agencies).toContain('public');
  });

  it.each([
    'Lives with his sister in a ground-floor flat. No reply at the door.',
    'Threats were made towards his brother last year.',
    'Unit assigned to his mother’s address.',
  ])('does not list public for a relative only mentioned: %s', (text) => {
    expect(classify(text, 'OP 77').agencies).not.toContain('public');
  });
});

describe('titled members of the public (§3 public)', () => {
  it('lists a titled person who is told, rung or answers', () => {
    expect(classify('Mr Pike updated by phone.', 'OP 4').agencies).toContain('public');
    expect(classify('Rang Mrs Olsen back with the result.', 'OP 4').agencies).toContain('public');
  });

  it('lists people a measure is served on or given to', () => {
    expect(classify('Warnings handed to all four drivers.', 'PC 2').agencies).toContain('public');
    expect(classify('Letters served by hand on both tenants.', 'PC 2').agencies).toContain(
      'public',
    );
  });

  it('does not list officers released from a job as public', () => {
    expect(classify('Handed to ward staff. Police released.', 'PC 3').agencies).not.toContain(
      'public',
    );
  });
});

describe('further calls as call handlers write them (§2 report)', () => {
  it.each([
    'mrs kemp again: the dog is barking all night',
    'Mr Dale: bins set on fire behind the shops',
    'Mrs Lowe rang, youths back on the wall',
    'Call via the text relay service from a deaf caller: neighbour shouting',
  ])('reads %s as a report', (text) => {
    expect(classify(text, 'OCC 12').event).toBe('report');
  });
});

describe('calls made from afar (§2: an officer’s uncued entry is deploy only on scene)', () => {
  it('does not read a phone call to a relative as attendance', () => {
    expect(
      classify('Rang his daughter back: she has heard nothing from him since noon.').event,
    ).toBe('other');
    expect(
      classify('At her request rang the neighbour opposite and told him she is safe tonight.')
        .event,
    ).toBe('other');
  });

  it('still reads "called at" the address as attendance', () => {
    expect(
      classify('Called at the house. Spoke to the occupier at the door, he is calm and sober.')
        .event,
    ).toBe('deploy');
  });
});

describe('events (§2)', () => {
  it('reads CAD shorthand for charged as arrest, but bail alone as no charge', () => {
    expect(classify('DUNN CHGD THEFT, BAILED TO MAGS').event).toBe('arrest');
    expect(classify('interviewed, released on bail pending enquiries').event).not.toBe('arrest');
  });

  it('reads an application under s2 as the power applied, and an escalation', () => {
    const a = classify('Assessment done. Application made under s2 MHA, bed found.', 'AMHP X');
    expect(a.event).toBe('mha_power');
    expect(a.instruments).toContain('s2');
  });

  it('reads PSPO warnings with words between as enforcement', () => {
    expect(classify('PSPO (TOWN CENTRE DRINKING) WARNINGS GIVEN TO 3 MALES').event).toBe(
      'asb_enforcement',
    );
  });

  it('reads a StreetLink alert as a referral', () => {
    expect(classify('made a streetlink alert online with his consent').event).toBe('referral');
  });

  it('reads a standing hub or group sitting as joint action', () => {
    expect(classify('Hub daily triage: new case discussed, plan agreed.', 'HUB PS 1').event).toBe(
      'joint_action',
    );
    expect(classify('Monthly Easton PSG: case reviewed, actions set.', 'PS 2').event).toBe(
      'joint_action',
    );
  });

  it('reads officers going in with a named partner as a joint visit', () => {
    const a = classify('AMHP and GP arrived; PC 12 and I went to the flat with them.');
    expect(a.event).toBe('joint_action');
  });

  it('does not read a person admitting something as an admission', () => {
    expect(classify('He admitted he has not eaten for days.').event).not.toBe('support');
    expect(classify('She was admitted to Oak Ward overnight.').event).toBe('support');
  });

  it('does not read an appointment already booked as a referral', () => {
    const a = classify('GP surgery says his review is booked for Friday.');
    expect(a.event).not.toBe('referral');
  });

  it('cancels a measure that is only planned or a meeting called for a later date', () => {
    expect(classify('AMHP asks police to attend a planned MHA assessment at 2pm.').event).toBe(
      'referral',
    );
  });
});

describe('framing (§4)', () => {
  it.each([
    'RP REPORTS CAR WITH HOSE FROM EXHAUST INTO WINDOW',
    'says he came up here to end it',
    'her text said she could not do this any more',
    'woman sitting on the outer ledge of the pier',
    'THRIVE: risk cannot be excluded, grade 1',
  ])('reads %s as risk_safety', (text) => {
    expect(classify(text, 'OP 3').framing).toBe('risk_safety');
  });

  it.each([
    'Caller says the neighbour burns plastic in his garden every night',
    'DRINK DRIVE ARREST, NO INS',
    'he swore at the bus driver and kicked the door',
  ])('reads %s as crime_asb', (text) => {
    expect(classify(text, 'OP 3').framing).toBe('crime_asb');
  });

  it('does not read refusing to go to hospital as a nuisance', () => {
    expect(classify('He refused to go to A&E; he has capacity.').framing).not.toBe('crime_asb');
  });

  it('does not read a patrol for bonfire night as ASB', () => {
    expect(classify('Patrol of the park for bonfire night. Quiet.', 'PCSO 5').framing).toBe(
      'unclear',
    );
  });
});

describe('agencies only mentioned as places or routes (§3 background)', () => {
  it('does not list the ward a person is on, or a self-referral route', () => {
    expect(classify('Told her brother she is on Elm Ward.').agencies).not.toContain(
      'mental_health',
    );
    expect(classify('CRHT declined: self-referral via GP only.').agencies).not.toContain('health');
  });

  it('does not list an agency the person will be seen by later', () => {
    const a = classify('She agreed to be seen by the mental health team tomorrow.');
    expect(a.agencies).not.toContain('mental_health');
  });
});

describe('the lexicon', () => {
  it('is version 1.34.0 and its analysis of a log is stable', () => {
    expect(DEFAULT_LEXICON.version).toBe('1.34.0');
    const log = logOf([
      ['OCC 1', 'Mrs Ray: youths throwing eggs at her window again'],
      ['PC 9', 'Attended, youths gone. Mrs Ray updated.'],
      ['PC 9', 'NFA. Log closed.'],
    ]);
    const a = analyseLog(log);
    expect(a.entries.map((e) => e.event)).toEqual(['report', 'deploy', 'closure']);
    expect(a.entries.every((e) => e.agencies.includes('public') || e.event === 'closure')).toBe(
      true,
    );
  });
});

describe('updates received from a partner (§2 information_sharing)', () => {
  it('reads a partner answer relaying its own booking or referral as an update', () => {
    expect(classify('AMHP service rang back: AMHP and s12 doctor booked for 10:00.').event).toBe(
      'information_sharing',
    );
    expect(classify('GP surgery replied: referral made to the memory clinic.').event).toBe(
      'information_sharing',
    );
  });

  it('still reads a request made in the entry as a referral', () => {
    expect(classify('Rang the CRHT and asked them to visit him tonight.').event).toBe('referral');
  });

  it('reads a caller ringing back as a report, not an update from a partner', () => {
    expect(classify('Caller rang back, the men have returned.', 'OCC 3').event).toBe('report');
  });
});

describe('people only talked about (§3 public: only mentioned)', () => {
  it('does not list public in a call to a partner whose "she says" is the partner speaking', () => {
    const a = classify('Rang his CPN, Jo LAKE at the CMHT. She says he has missed two visits.');
    expect(a.agencies).toEqual(['mental_health', 'police']);
  });

  it('lists a named person who acts in such a call', () => {
    const a = classify('Rang the ward bed manager: bed agreed. Priya consents to go in tonight.');
    expect(a.agencies).toContain('public');
  });

  it('does not list callers and neighbours named in a check of police records', () => {
    const a = classify('PNC/LOCAL CHECKS: 4 PREV CALLS FROM RP, NEIGHBOURS ALLEGE NOISE', 'OP 2');
    expect(a.event).toBe('risk_assessment');
    expect(a.agencies).not.toContain('public');
  });

  it('does not read a partner advising officers as advice to the public', () => {
    const a = classify('Rang the AMHP duty line. AMHP advised that s136 is not needed.');
    expect(a.agencies).not.toContain('public');
  });
});
