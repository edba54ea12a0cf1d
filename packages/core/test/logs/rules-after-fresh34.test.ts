/**
 * The rules added with lexicon 1.33.0 (and continuum scale 1.1.0) after the thirty-fourth fresh
 * set's misses were read (eval/logs/fresh34; docs/log-analysis.md). Sentences are written for this
 * test, not taken from any evaluation set; each rule has a contrasting case. `classify` reads one
 * entry with the lexicon alone, so these check the rules, not the learnt models.
 */
import { describe, expect, it } from 'vitest';
import { analyseLog, DEFAULT_CONTINUUM_SCALE } from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

const agencies = (text: string, author?: string | null) => classify(text, author).agencies;
const event = (text: string, author?: string | null) => classify(text, author).event;
const level = (rows: [string, string][]) => analyseLog(logOf(rows)).continuum.level;
const engagedAt = (rows: [string, string][]) =>
  analyseLog(logOf(rows))
    .turningPoints.filter((t) => t.type === 'partner_engagement')
    .map((t) => t.entry);

describe('mental health and learning disability services (§3)', () => {
  it('reads a neighbourhood mental health team or link worker as mental health', () => {
    expect(agencies('Flagged to the NMH link worker as the protocol says.')).toContain(
      'mental_health',
    );
    expect(agencies('Joint visit with the neighbourhood mental health nurse.')).toContain(
      'mental_health',
    );
    expect(agencies('Visited her at home, calmer today.', 'NMH link worker A. Tester')).toContain(
      'mental_health',
    );
  });

  it("reads the learning disability team as adult social care's, not mental health", () => {
    const found = agencies('Rang the ASC learning disability team: a social worker is allocated.');
    expect(found).not.toContain('mental_health');
    expect(found).toContain('social_care');
    expect(agencies('Rang the CMHT duty line: he is open to them.')).toContain('mental_health');
  });
});

describe('events (§2)', () => {
  it('reads an MH assessment as a mental health assessment', () => {
    expect(event('MH assessment at home: low mood, no thoughts of harm.', 'CPN A. Tester')).toBe(
      'mh_assessment',
    );
  });

  it('reads a leaflet handed over as advice, not one the suspect carries', () => {
    expect(event('Gave her the leaflet for the befriending service.')).toBe('advice');
    expect(event('Left a leaflet on door chains with the neighbour.')).toBe('advice');
    expect(
      event('Male at the door with a stack of leaflets; leaflet gives a mobile number.'),
    ).not.toBe('advice');
  });
});

describe('standing arrangements on the continuum (§6 level 4)', () => {
  it('places a joint protocol shown in use with a partner at integration', () => {
    const rows: [string, string][] = [
      ['Control', 'Grade 2. Address flagged to the CMHT liaison nurse per the protocol.'],
      ['PC 2459 TESTER', 'Rang the CMHT liaison nurse under the protocol: she will visit with us.'],
      ['PC 2459 TESTER', 'Log closed.'],
    ];
    expect(level(rows)).toBe(4);
  });

  it('does not place a protocol police follow alone, or the Herbert Protocol, there', () => {
    expect(
      level([['PC 2459 TESTER', 'Searched the garden as per the protocol. Nothing found.']]),
    ).toBe(0);
    expect(
      level([
        ['PC 2459 TESTER', 'Advised the family to fill in a Herbert Protocol form.'],
        ['PC 2459 TESTER', 'Log closed.'],
      ]),
    ).toBeLessThan(4);
  });

  it('places a review or huddle held to a rhythm at integration', () => {
    expect(
      level([
        ['PC 2459 TESTER', 'Rang the CMHT duty worker: she is open to them.'],
        [
          'PS 1100 TESTER',
          'Weekly joint case review (police, CMHT, housing): she is added; CPN to lead.',
        ],
      ]),
    ).toBe(4);
    expect(
      level([
        [
          'PS 1100 TESTER',
          'Daily partnership huddle (police, CRHT, housing): CRHT to assess her today.',
        ],
        ['PS 1100 TESTER', 'Huddle review: seen by CRHT, housing found her a room.'],
      ]),
    ).toBe(4);
  });

  it('keeps a single meeting convened for the case at collaboration', () => {
    expect(
      level([
        ['PC 2459 TESTER', 'Rang the CMHT duty worker: she is open to them.'],
        ['PC 2459 TESTER', 'Joint visit with CPN Tester: plan agreed, CPN to lead.'],
      ]),
    ).toBe(3);
  });

  it('is a change of the default scale, recorded in its version', () => {
    expect(DEFAULT_CONTINUUM_SCALE.version).toBe('1.1.0');
    const integration = DEFAULT_CONTINUUM_SCALE.levels.find((l) => l.level === 4);
    expect(integration?.requires).toContainEqual(['protocol_in_use', 'partner_contact']);
  });
});

describe('answers that share nothing (§6 level 1: refusals; §5 engagement)', () => {
  const ppn: [string, string] = [
    'PC 2459 TESTER',
    'Adult PPN submitted to ASC: isolated, not coping since her husband died.',
  ];

  it('reads a referral screened out as refused', () => {
    expect(classify('ASC replied by email: closed at screening, no eligible needs.').refused).toBe(
      true,
    );
    expect(classify('MASH: below threshold, not taken further.').refused).toBe(true);
    expect(classify('ASC replied: social worker allocated, visiting on Friday.').refused).toBe(
      false,
    );
  });

  it('keeps a log whose only answer is a screening-out or an automated email at encounter', () => {
    expect(level([ppn, ['PC 2459 TESTER', 'ASC replied by email: closed at screening.']])).toBe(1);
    expect(
      level([ppn, ['PC 2459 TESTER', 'Automated acknowledgement from ASC: referral received.']]),
    ).toBe(1);
    expect(
      level([ppn, ['PC 2459 TESTER', 'Out-of-office reply from the ASB officer until Monday.']]),
    ).toBe(1);
    expect(
      level([ppn, ['PC 2459 TESTER', 'ASC rang back: case opened, a social worker will visit.']]),
    ).toBe(2);
  });

  it('does not read a notification screened out with a signpost as the agency engaging', () => {
    const call: [string, string] = [
      'Control',
      'Call from a neighbour: the woman at no 4 is not coping.',
    ];
    const closed: [string, string] = ['PC 2459 TESTER', 'Visited her again: calmer. Log closed.'];
    const screened: [string, string] = [
      'MASH 4410',
      'ASC screening: PPN closed - no eligible care and support needs; signpost to community groups.',
    ];
    expect(engagedAt([call, ppn, screened, closed])).not.toContain(2);
    const advised: [string, string] = [
      'PC 2459 TESTER',
      'Rang the crisis team: they will not assess tonight. Phone advice only: keep her company.',
    ];
    expect(engagedAt([call, ppn, advised, closed])).toContain(2);
  });
});

describe('attendance on the continuum (§6 level 2)', () => {
  it('does not read officers attending, with a partner named, as information shared back', () => {
    expect(
      level([
        ['Control', 'Caller says the woman in the caravan is not answering. Grade 2.'],
        [
          'PC 2459 TESTER',
          'Attended with the site warden. She answered the door, cold and tearful.',
        ],
        ['PC 2459 TESTER', 'Took her to the shop for food. Log closed.'],
      ]),
    ).toBeLessThan(2);
  });

  it('still reads a partner telling police what it knows as communication', () => {
    expect(
      level([
        ['Control', 'Caller says the woman in the caravan is not answering. Grade 2.'],
        ['PC 2459 TESTER', 'Rang the CMHT duty worker: she is open to them, seen on Monday.'],
        ['PC 2459 TESTER', 'Log closed.'],
      ]),
    ).toBe(2);
  });
});

describe('handoffs at a handover (§5)', () => {
  it('reads a handover followed by officers leaving as a handoff signal', () => {
    expect(
      classify('Handed over to the ED nurse in charge with the history. Police resuming.').signals,
    ).toContain('handoff');
    expect(
      classify('Conveyed and handed her to the Haven nurse. AB09 resuming.').signals,
    ).toContain('handoff');
  });

  it('does not read a handover while officers stay as one', () => {
    expect(
      classify('Handed over to the triage nurse with the history. We stay with him under s136.')
        .signals,
    ).not.toContain('handoff');
  });
});
