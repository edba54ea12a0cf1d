/**
 * Rules added to lexicon 1.13.0 after the fourteenth fresh set's event, turning-point and
 * continuum misses were read (eval/logs/fresh14; docs/log-analysis.md): plural PPNs, bookings that
 * are not requests, an agreed plan after a meeting, an assessment still to come, news told to the
 * public, help by 999, a meeting chaired by someone, a joint visit still to come, a handover with
 * history, a warning letter read through, and a visit with a colleague of the author's own
 * service. Sentences are written for this test, not taken from any evaluation set; each has a
 * contrasting case.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON } from '../../src/logs/index.js';
import { classify } from './log-fixtures.js';

const event = (text: string, author?: string | null) => classify(text, author).event;

describe('requests (§2 referral)', () => {
  it('reads PPNs in the plural as a referral', () => {
    expect(event('PPNs to the MASH for both boys: exploitation risk.')).toBe('referral');
  });

  it('reads a service booking someone an assessment as a referral, other bookings not', () => {
    expect(event('Rang the drug service: they booked him an initial assessment for Monday.')).toBe(
      'referral',
    );
    expect(
      event('Drove Mr Hale and his cases to the hostel, where housing options have booked a room.'),
    ).toBe('support');
    expect(event('Rang the liaison team: first session booked for Friday.')).not.toBe('referral');
  });

  it('keeps an s12 doctor booked by the AMHP service a request', () => {
    expect(event('AMHP service advise AMHP attending about 0100, s12 dr booked')).toBe(
      'information_sharing',
    );
  });
});

describe('plans and things still to come', () => {
  it('reads a meeting whose agreed plan names an arrest as the meeting', () => {
    const meeting =
      'Multi-agency meeting at the station with housing and the CMHT. Agreed: (1) arrest today for ' +
      'harassment, phone to be seized (2) housing to change the locks.';
    expect(event(meeting)).toBe('joint_action');
    const review =
      'Joint review with the ward manager. Agreed: statement today, charging decision later.';
    expect(event(review)).toBe('joint_action');
    expect(event('Joint visit with housing; he was arrested at the door for the breach.')).toBe(
      'arrest',
    );
  });

  it('does not read an assessment the AMHP will do later as done', () => {
    expect(event('AMHP service rang: the AMHP will assess at the suite at 09:00.')).not.toBe(
      'mh_assessment',
    );
    expect(event('The AMHP assessed him at the suite: not detained.')).toBe('mh_assessment');
  });

  it('does not read a joint visit suggested or set for tomorrow as one made', () => {
    expect(event('Rang PC Hale back: I suggest a joint visit tomorrow with housing.')).not.toBe(
      'joint_action',
    );
    expect(
      event('Housing officer rang: she will come to the joint visit tomorrow at 10:00.'),
    ).not.toBe('joint_action');
    expect(event('Joint visit with the housing officer: flat clean, plan agreed.')).toBe(
      'joint_action',
    );
  });

  it('reads a meeting chaired by someone as a multi-agency meeting', () => {
    expect(
      event(
        'Care review at the health centre, chaired by the ICB commissioner, with the GP and me.',
      ),
    ).toBe('joint_action');
  });
});

describe('news, advice and handovers', () => {
  it('reads news of a charge told to the public as an update, with advice as advice', () => {
    expect(event('Updated the shop manager and Mrs Kerr: suspect charged and bailed.')).toBe(
      'other',
    );
    expect(
      event('Updated Mr and Mrs Lowe: he was cautioned. Advised them to ring 999 if he returns.'),
    ).toBe('advice');
    expect(event('Male charged with theft and bailed to court.')).toBe('arrest');
  });

  it('reads asking people to call 999 when they see something as advice', () => {
    expect(
      event('Spoke to dog walkers on the path and asked them to call 999 if they see him.'),
    ).toBe('advice');
  });

  it('reads a handover with the history as information sharing', () => {
    expect(event('Arrived at the suite. Gave the nurse in charge the full history.')).toBe(
      'information_sharing',
    );
  });

  it('does not read a warning letter read through with someone as one served', () => {
    expect(event('Visit: he read the warning letter through with his support worker.')).not.toBe(
      'asb_enforcement',
    );
    expect(event('Warning letter served by hand today.')).toBe('asb_enforcement');
  });
});

describe('joint visits (§2 joint_action)', () => {
  it('does not count a colleague of the author’s own service as a partner on a visit', () => {
    const text = 'Home visit at his flat with Dr Vell, EIP consultant. Agreed to start medication.';
    expect(event(text, 'EIP CC R HOLT')).not.toBe('joint_action');
  });
});

describe('safeguarding and danger to life (§4 risk_safety)', () => {
  const framing = (text: string) => classify(text, 'PC 5150 TESTER').framing;

  it('frames an adult at risk and a safeguarding enquiry as risk', () => {
    expect(framing('PPN submitted to ASC: adult at risk of financial abuse, lives alone.')).toBe(
      'risk_safety',
    );
    expect(framing('Strategy discussion held: s47 enquiry started for the boy.')).toBe(
      'risk_safety',
    );
    expect(framing('Section 42 enquiry opened by the council.')).toBe('risk_safety');
  });

  it('frames a threat to drive into the water and a death at the scene as risk', () => {
    expect(framing("Caller says he told her he'll drive it into the canal tonight.")).toBe(
      'risk_safety',
    );
    expect(framing('Life pronounced extinct by the crew at 06:12.')).toBe('risk_safety');
  });

  it('does not frame driving to a place or an adult as such as risk', () => {
    expect(framing('He drove into the car park and parked.')).not.toBe('risk_safety');
    expect(framing('Adult social care rang back with the care plan.')).not.toBe('risk_safety');
  });
});

describe('council staff by their author tags (§3)', () => {
  it('reads a council by its letters and its public health or trading standards officers', () => {
    expect(classify('Site cleared; all families left.', 'GRTLO A HALE (NDC)').authorAgency).toBe(
      'local_authority',
    );
    expect(classify('Roof viewed: work worth under £200.', 'TS Officer B. Rowe').authorAgency).toBe(
      'local_authority',
    );
    expect(classify('Second death this month.', 'Dr C Amis, NDC Public Health').authorAgency).toBe(
      'local_authority',
    );
  });

  it('keeps a rank with its number and the council housing service apart', () => {
    expect(classify('Statement taken.', 'TDC 4410 Hale').authorAgency).not.toBe('local_authority');
    expect(classify('Duty to refer received.', 'NDC Housing Options - J Bell').authorAgency).toBe(
      'housing',
    );
  });
});

describe('lexicon version', () => {
  it('is 1.34.0', () => {
    expect(DEFAULT_LEXICON.version).toBe('1.34.0');
  });
});
