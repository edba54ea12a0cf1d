/**
 * What lexicon 1.3.0 and its rule changes add: general UK police, NHS, council, housing and
 * youth-justice vocabulary and abbreviations, and ANNOTATING-LOGS.md clauses the analysis now
 * follows more closely. Checked through the public API on sentences written for this test (not
 * taken from the evaluation sets); each test names the pattern it covers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseLog, detectTurningPoints, type TurningPointInput } from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

const pointsOf = (rows: [string, string][]) =>
  analyseLog(logOf(rows)).turningPoints.map((t) => `${t.entry}:${t.type}`);

describe('CAD shorthand (§2 deploy, risk_assessment)', () => {
  it('reads a systems check that also assigns a unit as deploy (§2: no unit assigned)', () => {
    expect(
      classify('Checks: 6 intel logs on the address. Graded 2, unit 3B assigned.', 'OP 1').event,
    ).toBe('deploy');
    expect(classify('Checks: 6 intel logs on the address. Graded 2.', 'OP 1').event).toBe(
      'risk_assessment',
    );
  });

  it('reads GRD as a grading and ASGN/ASGND as assigning, so both together are deploy', () => {
    expect(classify('GRD 1. UNITS 4A + 4B ASGN', 'OPR 12').event).toBe('deploy');
    expect(classify('GRD 2, no unit free', 'OPR 12').event).toBe('risk_assessment');
  });

  it('does not read a patrol planned for later as attendance', () => {
    expect(classify('No units, PCSOs to patrol tomorrow', 'OPR 1').event).toBe('other');
  });
});

describe('authors of other agencies (§3 police not listed)', () => {
  it.each([
    ['NORTHGATE HOMES HO J. BRAY', 'housing'],
    ['COUNCIL ASB CASEWORKER M. ROE', 'local_authority'],
    ['YOT OFFICER P. LANE', 'criminal_justice'],
    ['LEAVING CARE PA S. DEE', 'social_care'],
    ['NWAS AMB CREW 12', 'ambulance'],
    ['HILLSIDE SURGERY DR A. KHAN', 'health'],
    ['HUB MH PRACTITIONER A. BELL', 'mental_health'],
  ])('reads the tag %s as %s', (author, agency) => {
    const a = classify('Notes checked, nothing further to add.', author);
    expect(a.authorAgency).toBe(agency);
    expect(a.agencies).toContain(agency);
    expect(a.agencies).not.toContain('police');
  });
});

describe('police in entries by other agencies (§3)', () => {
  it('does not list police that another agency names, unless police receive its call', () => {
    const note = classify('Seen in the cell, findings shared with custody and the OIC', 'L&D R. X');
    expect(note.agencies).not.toContain('police');
    const call = classify(
      'Email to the neighbourhood police team: another complaint about the tenant shouting',
      'HOMES HO B',
    );
    expect(call.event).toBe('report');
    expect(call.agencies).toContain('police');
  });
});

describe('agency vocabulary (§3 mapping)', () => {
  it('maps the early intervention team, memory service, medical practice and leaving care', () => {
    expect(classify('EIT care coordinator rang back with his plan').agencies).toContain(
      'mental_health',
    );
    expect(classify('Referred on to the memory assessment service').agencies).toContain(
      'mental_health',
    );
    expect(classify('Rang Low Moor Medical Practice for his GP').agencies).toContain('health');
    expect(classify('PPN to the leaving care team').agencies).toContain('social_care');
  });

  it('treats a pharmacy calling in as a shop, and a pharmacist as a clinician', () => {
    const shop = classify('Manager of the pharmacy on King Street reports a man shouting', 'OP 1');
    expect(shop.agencies).toEqual(['police', 'public']);
    expect(classify('Rang the pharmacist, who confirmed his prescription').agencies).toContain(
      'health',
    );
  });

  it('does not list an agency the person declines, is pointed to or has a plan with', () => {
    for (const text of [
      'he does not want an ambulance',
      'cut cleaned, ambulance not required',
      'told to self present to the minor injuries unit',
      'gave her the NHS 111 number',
      'open to his GP only',
      'she has a GP appointment next week',
      'she wants to go to hospital',
    ])
      // Lexicon 1.10.0 lists the public for first aid given by police ("cut cleaned"); no
      // partner agency is listed either way.
      expect(classify(text).agencies.filter((a) => a !== 'public')).toEqual(['police']);
  });
});

describe('public (§3: spoken to, advised or acting)', () => {
  it('lists the person from how they met officers, a door opened or a complaint withdrawn', () => {
    for (const text of [
      'Male calm with officers and moved away from the doors.',
      'Told him his behaviour is being recorded',
      'The shop manager does not want to pursue the theft',
      'Knocked for some time, then he opened the door',
      'Closure notice served on Smith at the door',
    ])
      expect(classify(text).agencies).toContain('public');
  });

  it('does not list officers, staff or a notice fixed to an address', () => {
    for (const text of [
      'Closure notice served on 12 Mill Row for 48 hours',
      'MISPER located. Search stood down and units released',
      'PS 22 Smith search manager, POLSA requested',
      'forced entry, PS agreed',
      'Rang the CRHT for an urgent assessment, CRHT declined',
    ])
      expect(classify(text).agencies).not.toContain('public');
  });
});

describe('events (§2)', () => {
  it('reads a s59 warning and signed ABCs as ASB measures that are not escalations', () => {
    expect(classify('s59 warning issued to the rider of the quad bike').event).toBe(
      'asb_enforcement',
    );
    const abc = classify('ABCs signed by both boys with a parent present');
    expect(abc.event).toBe('asb_enforcement');
    expect(abc.instruments).toEqual([]);
  });

  it('does not record a measure only threatened or still in force', () => {
    const warned = classify(
      'Verbal PSPO warning given; told him a fixed penalty notice would follow next time',
    );
    expect(warned.event).toBe('asb_enforcement');
    const inForce = classify('The Community Protection Notice stays in force until March');
    expect(inForce.event).not.toBe('asb_enforcement');
    const closed = classify('No calls since May. Log closed, CBO remains in force.', 'OPR 1');
    expect(closed.event).toBe('closure');
    expect(closed.framing).toBe('crime_asb');
  });

  it('does not close a log on earlier calls "all closed as" something', () => {
    const a = classify(
      'Call history: 4 calls since June, all closed as ASB. Graded 1, unit assigned.',
    );
    expect(a.event).toBe('deploy');
  });

  it('reads meetings, case reviews, joint assessment and briefings as joint action', () => {
    for (const text of [
      'Problem-solving meeting held with housing and the council ASB team',
      'Case review at the town hall with the council, housing and YOT',
      'Assessed him jointly with the triage nurse',
      'At the RV point with the AMHP and s12 doctor; briefing before going in',
    ])
      expect(classify(text).event).toBe('joint_action');
  });

  it('does not read a meeting asked for, booked or set as joint action or a referral', () => {
    expect(classify('Emailed housing asking for a problem-solving meeting').event).toBe('referral');
    expect(classify('Meeting booked for Friday at the civic centre', 'ASB X').event).toBe('other');
    expect(classify('Case review set for 12/11 with the council').event).not.toBe('joint_action');
    expect(classify('Referred to the council ASB officer for case review').event).toBe('referral');
  });

  it('reads a request for an assessment as a referral, and an approved request as not one', () => {
    expect(classify('Rang the CRHT to ask for an urgent assessment. CRHT declined.').event).toBe(
      'referral',
    );
    expect(classify('Request approved, two units to meet the AMHP at the address').event).toBe(
      'deploy',
    );
  });

  it('reads handing a named person over, an ambulance request in CAD shorthand and advice', () => {
    expect(classify('Handed her over to the suite nurse with her history').event).toBe(
      'information_sharing',
    );
    expect(classify('AMB REQSTD FOR HEAD WOUND').event).toBe('referral');
    expect(classify('Rang the ward: emergency bed agreed for tonight').event).toBe('referral');
    expect(classify('CRHT rang back, advised GP follow-up tomorrow').event).toBe('advice');
    expect(classify('ADVISE REST AND FLUIDS', 'AMB CLINICIAN').event).toBe('advice');
  });

  it('reads support only where something is given or done for the person', () => {
    expect(classify('He has been offered a temporary room at the hostel and accepted').event).toBe(
      'support',
    );
    expect(classify('Gave him a sleeping bag and a hot drink').event).toBe('support');
    expect(classify('Cut to hand cleaned and dressed').event).toBe('support');
    expect(classify('Man sitting on a sleeping bag in the doorway, coughing').event).toBe('deploy');
    expect(classify('He is up and dressed and his son is on the way').event).not.toBe('support');
    expect(classify('Housing to fit linked smoke alarms').event).not.toBe('support');
  });

  it('reads custody fitness and an L&D note of seeing the person as assessments', () => {
    expect(classify('fit for interview, meds given', 'CUSTODY HCP X').event).toBe(
      'risk_assessment',
    );
    expect(classify('L&D: seen in custody, low mood', 'L&D X').event).toBe('mh_assessment');
  });
});

describe('framing vocabulary (§4)', () => {
  it.each([
    ['About ten cars doing doughnuts in the leisure centre car park', 'crime_asb'],
    ['man asking shoppers for spare change outside the bank', 'crime_asb'],
    ['he has started victim awareness sessions under his referral order', 'crime_asb'],
    ['Woman sat on a multi-storey parapet, legs over the edge', 'risk_safety'],
    ['Male has a rope and says this is the end', 'risk_safety'],
    ['Found her sitting under the railway bridge, cold', 'risk_safety'],
    ['MISPER located. Search stood down', 'risk_safety'],
    ['Admitted informally to the ward', 'health_welfare'],
    ['Result: MHA assessment assisted, conveyed. Closed.', 'health_welfare'],
    ['neighbour has not seen him since Friday, curtains closed all day', 'health_welfare'],
    ['milk still on the doorstep', 'health_welfare'],
    ['found on the bathroom floor, on blood thinners', 'health_welfare'],
    ['Follow-up email: auto-reply only', 'unclear'],
  ])('%s → %s', (text, framing) => {
    expect(classify(text, 'OP 7').framing).toBe(framing);
  });

  it('does not read trains held under a bridge or being kicked out of a hostel as the danger', () => {
    expect(classify('BTP asked to hold trains under the bridge', 'OPR 1').framing).toBe('unclear');
    expect(classify('says he was kicked out of the hostel tonight').framing).toBe('health_welfare');
  });

  it('keeps the task of a deployment unclear but a welfare concern framed (§4 assigned)', () => {
    expect(classify('Graded 3, unit assigned for a welfare check', 'OPR 1').framing).toBe(
      'unclear',
    );
    expect(classify('welfare check - unit allocated', 'OPR 1').framing).toBe('unclear');
    expect(classify('Caller has welfare concerns for her father', 'OPR 1').framing).toBe(
      'health_welfare',
    );
  });

  it('does not read the name of a safeguarding form as a safeguarding risk', () => {
    expect(classify('Adult safeguarding PPN sent about his care needs').framing).toBe(
      'health_welfare',
    );
    expect(classify('Safeguarding concern raised for the children').framing).toBe('risk_safety');
  });

  it('frames support by its premise even beside a logistics cue (§4 support is welfare)', () => {
    expect(classify('Drove him home to his sister. Officers resuming.').framing).toBe(
      'health_welfare',
    );
    expect(classify('Officers resuming.').framing).toBe('unclear');
  });

  it('frames a closing entry by the head of its result statement', () => {
    const welfare = classify('RESULT: DRUNK - WELFARE, taken home. Damage NFA. Closed', 'OPR 1');
    expect(welfare.framing).toBe('health_welfare');
    const asb = classify('RESULT: ASB - youths dispersed, welfare of one checked. Closed', 'OPR 1');
    expect(asb.framing).toBe('crime_asb');
  });
});

describe('turning points (§5)', () => {
  it('marks handoff when the lead passes with police stepping back', () => {
    expect(classify('Lead now the council ASB team; police step back').signals).toContain(
      'handoff',
    );
    expect(classify('Asked the council to hold any further enforcement').signals).toContain(
      'step_down',
    );
  });

  it('marks the release after a caution for breaching a dispersal used earlier', () => {
    const points = pointsOf([
      ['OP 1', 'Youths throwing fireworks at cars'],
      ['INSP 1 A', 'S34 dispersal authority granted for the estate'],
      ['PC 2 B', 'Youth cautioned for failing to comply with a s35 direction, released to his mum'],
    ]);
    expect(points).toContain('2:de_escalation');
  });

  it('engages an agency that opens a case on a referral (§5 partner engagement)', () => {
    const points = pointsOf([
      ['OP 1', 'Caller reports her husband with dementia missing'],
      ['PC 2 B', 'PPN submitted to ASC for carer strain'],
      ['OP 3', 'Call from ASC duty: PPN received, case opened, SW visiting Thursday'],
    ]);
    expect(points).toContain('2:partner_engagement');
  });

  it('engages a partner asked by a referral where it answers, not where the person speaks', () => {
    const points = pointsOf([
      ['OP 1', 'Caller reports a man kicking doors in the flats'],
      ['CUSTODY SGT 4', 'Book-in: he says his mood is low. Referred to L&D.'],
      ['L&D NURSE 7', 'L&D: seen in the cell, no plan to harm himself, GP follow-up advised'],
    ]);
    expect(points.filter((p) => p.endsWith('partner_engagement'))).toEqual([
      '2:partner_engagement',
    ]);
  });

  it('engages the partner whose own staff write a referral on (§5: it acts)', () => {
    const points = pointsOf([
      ['OP 1', 'Neighbour reports an older man confused in the street'],
      ['HILLSIDE SURGERY DR B', 'GP: home visit today. Referred to the memory assessment service.'],
    ]);
    expect(points).toContain('1:partner_engagement');
  });

  it('does not mark a handoff again where the same lead is restated', () => {
    const points = pointsOf([
      ['OP 1', 'Housing officer reports a hoarded flat, tenant confused'],
      ['PS 1 A', 'Panel agreed a joint plan; ASC now lead; police step back.'],
      ['PS 1 A', 'Panel review: care package in place, stays on the panel with ASC as lead.'],
    ]);
    expect(points.filter((p) => p.endsWith('handoff'))).toEqual(['1:handoff']);
  });
});

/** Rows of [event, agencies, signals, instruments] as turning-point input. */
function inputs(rows: [string, string[], string[], string[]][]): TurningPointInput[] {
  return rows.map(([event, agencies, signals, instruments], index) => ({
    index,
    event: event as TurningPointInput['event'],
    framing: 'unclear',
    agencies,
    signals,
    instruments,
    refused: false,
  }));
}

const row = fc.tuple(
  fc.constantFrom('deploy', 'information_sharing', 'arrest', 'report', 'other'),
  fc.subarray(['police', 'social_care', 'mental_health', 'housing']),
  fc.subarray(['handoff', 'step_down']),
  fc.subarray(['arrest', 'dispersal', 's136']),
);

describe('turning-point properties', () => {
  it('marks at most one handoff per partner agency that takes the lead', () => {
    const partnersOf = (agencies: string[]) => agencies.filter((a) => a !== 'police');
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        // Handoffs naming a partner; one whose lead the lexicon did not name is not restated.
        const named = detectTurningPoints(inputs(rows)).filter(
          (t) => t.type === 'handoff' && partnersOf(rows[t.entry]?.[1] ?? []).length > 0,
        );
        const partners = new Set(rows.flatMap(([, a]) => partnersOf(a)));
        expect(named.length).toBeLessThanOrEqual(partners.size);
      }),
    );
  });

  it('never marks a de-escalation on an entry that uses an instrument for the first time', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const seen = new Set<string>();
        const fresh = rows.map(([, , , instruments]) => {
          const isFresh = instruments.some((x) => !seen.has(x));
          instruments.forEach((x) => seen.add(x));
          return isFresh;
        });
        for (const t of detectTurningPoints(inputs(rows)))
          if (t.type === 'de_escalation') expect(fresh[t.entry]).toBe(false);
      }),
    );
  });
});
