/**
 * The annotation rules of ANNOTATING-LOGS.md that lexicon 1.2.0 implements more directly, and the
 * general UK police / NHS / council vocabulary it reads, checked through the public API on
 * sentences written for this test (not taken from the eval sets).
 */
import { describe, expect, it } from 'vitest';
import {
  analyseLog,
  DEFAULT_LEXICON,
  detectTurningPoints,
  type TurningPointInput,
} from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

describe('framing (§4) from general vocabulary', () => {
  it('reads welfare concerns, danger and offences written in plain words', () => {
    expect(
      classify(
        'Neighbour reports old man at no 4 not seen for 10 days, milk building up on step',
        'OP 12',
      ).framing,
    ).toBe('health_welfare');
    expect(classify('male standing in the road waving at lorries', 'OP 12').framing).toBe(
      'risk_safety',
    );
    expect(classify('strong smell of cannabis from flat 2, PWITS suspected', 'OP 12').framing).toBe(
      'crime_asb',
    );
    expect(
      classify('ex keeps texting her and turning up at the school gates', 'OP 12').framing,
    ).toBe('crime_asb');
  });

  it('does not read a street or a wound from a fight as a danger to life', () => {
    const street = classify(
      'fight outside the chip shop on Bridge Street, one male kicked',
      'OP 9',
    );
    expect(street.framing).toBe('crime_asb');
    expect(classify('IP has a cut to his cheek from the punch').framing).toBe('crime_asb');
    expect(classify('female on the bridge parapet, legs over the edge', 'OP 9').framing).toBe(
      'risk_safety',
    );
  });

  it('lets a s136 taken for safety be risk_safety (an MHA power has no premise of its own)', () => {
    const a = classify(
      'Male walking in the carriageway, paranoid. Detained s136 for his own safety.',
    );
    expect(a.event).toBe('mha_power');
    expect(a.framing).toBe('risk_safety');
  });

  it('keeps the logistics of a place of safety unclear instead of carrying the framing', () => {
    const log = analyseLog(
      logOf([
        ['OP 3', 'Caller reports her son hearing voices, very unwell, has stopped his medication'],
        ['OP 3', 'Ashdown Suite contacted - bed available'],
        ['OP 3', 'Rang CRHT, they will visit him at home tomorrow'],
      ]),
    );
    expect(log.entries.map((e) => e.framing)).toEqual([
      'health_welfare',
      'unclear',
      'health_welfare',
    ]);
  });
});

describe('events (§2) and agencies (§3)', () => {
  it('reads support given, not needs observed', () => {
    expect(classify('we got him some bread and soup and put the heating on').event).toBe('support');
    expect(classify('at the flat, very little food in and no heating').event).not.toBe('support');
  });

  it('reads a joint assessment, but not a joint visit only planned', () => {
    expect(classify('the triage RMN and I assessed her together in the kitchen').event).toBe(
      'joint_action',
    );
    expect(classify('housing will visit with the CPN on Monday').event).not.toBe('joint_action');
  });

  it('reads a cancelled request as no referral and not as contact with the agency', () => {
    const a = classify('he now says he will get a taxi home. request for ambulance cancelled');
    expect(a.event).not.toBe('referral');
    expect(a.agencies).not.toContain('ambulance');
  });

  it('counts an unanswered call to a partner as a contact and a YOT referral order as none', () => {
    expect(classify('rang the Willow Suite twice - no answer, control chasing').event).toBe(
      'information_sharing',
    );
    expect(classify('checked with YOT - she is on a referral order already').event).toBe(
      'information_sharing',
    );
  });

  it('does not list an agency the public is only advised to contact', () => {
    const a = classify("Sister updated. Advised her to contact her brother's GP tomorrow");
    expect(a.agencies).not.toContain('health');
    expect(classify('Church warden updated', 'OP 4').agencies).not.toContain('housing');
  });

  it('lists the person when they agree or decline, not a professional spoken to', () => {
    expect(classify('Kieran agreed to go home with his aunt').agencies).toContain('public');
    expect(classify('Spoke to the duty GP about his tablets').agencies).toEqual([
      'health',
      'police',
    ]);
  });

  it("reads a partner's own uncued note as information shared, an officer's as attendance", () => {
    const note = classify(
      'Known to us, last seen in clinic on Friday, plan unchanged',
      'CMHT N. OSEI',
    );
    expect(note.event).toBe('information_sharing');
    expect(note.agencies).toEqual(['mental_health']);
    const officer = classify('Male sitting on the kerb outside no 12, calm and talking sense');
    expect(officer.event).toBe('deploy');
  });

  it('reads control-room abbreviations and typos of them', () => {
    expect(classify('GRADE 3. UNIT 41 ASSGND', 'OPR 77').event).toBe('deploy');
    const amb = classify('AMB REQD - FALL IN KITCHEN', 'OPR 77');
    expect(amb.event).toBe('referral');
    expect(amb.agencies).toContain('ambulance');
  });

  it('reads a breach of a CPN as the notice without serving one, and a nurse in charge as no charge', () => {
    const breach = classify(
      'RP rang: neighbour playing music again, in breach of the CPN',
      'OPR 7',
    );
    expect(breach.agencies).not.toContain('mental_health');
    expect(breach.event).not.toBe('asb_enforcement');
    expect(breach.instruments).not.toContain('cpn_notice');
    expect(breach.framing).toBe('crime_asb');
    const handover = classify('Handed over to the nurse in charge with the history');
    expect(handover.event).not.toBe('arrest');
    expect(handover.framing).not.toBe('crime_asb');
  });

  it('does not list an agency that is not needed', () => {
    expect(classify('male roused, no injuries, does not need an ambulance').agencies).not.toContain(
      'ambulance',
    );
  });

  it('knows general agency vocabulary in any case', () => {
    expect(classify('seen by RAID in ED, to be reviewed by HTT').agencies).toContain(
      'mental_health',
    );
    expect(classify('email to the LADO re the allegation').agencies).toContain('social_care');
    expect(classify('referred to the YJS worker').agencies).toContain('criminal_justice');
    expect(classify('street wardens on scene, moved the group on').agencies).toContain(
      'local_authority',
    );
  });
});

describe('turning points (§5)', () => {
  it('engages a partner where it answers, not where it is asked', () => {
    const log = analyseLog(
      logOf([
        ['OP 1', 'Caller reports her father wandering in the street, confused'],
        ['PC 1 TEST', 'Referral sent to adult social care for a care needs assessment'],
        ['PC 1 TEST', 'ASC duty social worker rang back: accepted, will visit Thursday'],
      ]),
    );
    const engaged = log.turningPoints.filter((t) => t.type === 'partner_engagement');
    expect(engaged.map((t) => t.entry)).toEqual([2]);
  });

  it('marks a step-down once, and not officers released from the job', () => {
    const row = (
      event: string,
      signals: string[],
      instruments: string[] = [],
    ): TurningPointInput => ({
      index: 0,
      event: event as TurningPointInput['event'],
      framing: 'risk_safety',
      agencies: ['police'],
      signals,
      instruments,
      refused: false,
    });
    const points = detectTurningPoints([
      row('report', []),
      row('deploy', ['step_down']),
      row('support', ['step_down']),
      row('closure', []),
    ]);
    expect(points.filter((p) => p.type === 'de_escalation').map((p) => p.entry)).toEqual([1]);
    expect(classify('Handed to ward staff. Officers released.').signals).not.toContain('step_down');
    expect(classify('Released on bail pending enquiries').signals).toContain('step_down');
  });

  it('reads s2 applied as the s136 ends as an escalation, not a step-down', () => {
    const log = analyseLog(
      logOf([
        ['OP 5', 'Caller reports man on the railway footbridge threatening to jump'],
        ['PC 8 TEST', 'Detained s136 MHA for his own safety, conveyed to the suite'],
        ['PC 8 TEST', 'Outcome: detained s2 MHA by the AMHP. s136 ended. Bed on the ward'],
      ]),
    );
    const at2 = log.turningPoints.filter((t) => t.entry === 2).map((t) => t.type);
    expect(at2).toContain('escalation');
    expect(at2).not.toContain('de_escalation');
  });

  it('reads a lead that stays the same as no handoff, and a pending reply as no contact', () => {
    expect(classify('Reviewed at panel, lead professional stays RMN Khan').signals).toContain(
      'police_remain',
    );
    expect(classify('PENDING GP REPLY', 'OP 3').agencies).not.toContain('health');
  });

  it('reads a standing mental health response vehicle as embedded staff (§6 level 4)', () => {
    const a = classify('MH response car (PC and RMN) assigned, ETA 15', 'OPR 2');
    expect(a.signals).toContain('embedded_staff');
    expect(classify('warned him a breach could lead to arrest').signals).not.toContain('handoff');
  });

  it('takes no handoff from a closing statement that names the lead, nor a police lead', () => {
    const log = analyseLog(
      logOf([
        ['OP 2', 'Caller reports neighbour shouting, hearing voices'],
        ['PC 7 TEST', 'CMHT duty worker attended and will take over his care'],
        ['OP 2', 'RESULT: MH - CMHT now lead. Closed'],
      ]),
    );
    expect(log.turningPoints.filter((t) => t.type === 'handoff').map((t) => t.entry)).toEqual([1]);
    expect(classify('Case discussed, named lead PC Ames').signals).toContain('police_remain');
  });
});

describe('the default lexicon', () => {
  it('labels logistics cues as unclear framing', () => {
    expect(DEFAULT_LEXICON.framings.some((t) => t.label === 'unclear')).toBe(true);
  });
});
