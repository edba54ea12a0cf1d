/**
 * Rules added to lexicon 1.4.0 after the fourth fresh set (eval/logs/fresh4) was scored at first
 * sight: caller details opening a call, gradings written "RA: HIGH", crews' checks as care,
 * sittings that open an entry, a clinician's own assessment, competing accounts, cues of theft,
 * damage, eviction, heights, traffic and self-neglect, and the framing count between crime and
 * welfare. Checked through the public API on sentences written for this test (not taken from any
 * evaluation set); each test names the ANNOTATING-LOGS.md clause it follows.
 */
import { describe, expect, it } from 'vitest';
import { analyseLog } from '../../src/index.js';
import { classify, logOf } from './log-fixtures.js';

describe('events (§2)', () => {
  it.each([
    ['Shop manager Ms Ruth ELLERBY 01632 960101: man asleep in the doorway, will not wake.'],
    ['mr ade kolawole 07700 900333 rptng his van blocked in again'],
    ['Two residents rang 101 later about the same car.'],
  ])('reads caller details or a call as a report: %s', (text) => {
    expect(classify(text, 'CCR 12').event).toBe('report');
  });

  it('reads a grading written as "RA: HIGH" as a risk assessment', () => {
    expect(classify('MISPER RA: HIGH. Dementia, no coat.', 'CCR 12').event).toBe('risk_assessment');
    expect(classify('Risk RA - low.', 'CCR 12').event).toBe('risk_assessment');
  });

  it('reads a crew checking the person, or normal observations, as support', () => {
    expect(classify('Ambulance crew arrived, checked Marcus over and left.', 'CCR 1').event).toBe(
      'support',
    );
    expect(classify('Paramedic on scene: obs normal, no injuries.', 'CCR 1').event).toBe('support');
  });

  it('still reads "checked with" a partner as information shared', () => {
    expect(classify('Checked with the CMHT duty desk: not known.', 'PC 4').event).toBe(
      'information_sharing',
    );
  });

  it.each([
    'Harbour safeguarding panel (police, CMHT, council ASB team): plan agreed for Ms Dale.',
    'Monthly complex needs review with the housing officer and CPN: case kept open.',
  ])('reads a sitting that opens the entry with partners as joint action: %s', (text) => {
    expect(classify(text, 'PS 8').event).toBe('joint_action');
  });

  it('does not read a police-only debrief as joint action', () => {
    expect(classify('Team debrief: all units safe, kit returned.', 'PS 8').event).not.toBe(
      'joint_action',
    );
  });

  it('reads a mental health clinician opening with the person seen as an assessment', () => {
    expect(
      classify('Assessed Harriet at home. Mood low, no plans.', 'CMHT NURSE B. ROSS').event,
    ).toBe('mh_assessment');
    expect(classify('Assessed Harriet at home. Mood low.', 'PC 1234 HILL').event).not.toBe(
      'mh_assessment',
    );
  });

  it('reads asking a partner to check on someone as a referral', () => {
    expect(classify('Rang the CRHT and asked them to check on her tonight.', 'PC 2').event).toBe(
      'referral',
    );
  });

  it('reads a partner taking the person over as a handover (information shared)', () => {
    const text = 'At the ward: the charge nurse has taken over and the ward is now responsible.';
    expect(classify(text, 'PC 8').event).toBe('information_sharing');
  });

  it('reads a number given as advice', () => {
    expect(classify('Samaritans number given.', 'CCR 3').event).toBe('advice');
  });

  it('does not take a measure named as one option as the measure', () => {
    expect(
      classify('A Community Protection Warning is one option; case to the panel first.', 'X').event,
    ).not.toBe('asb_enforcement');
  });

  it('treats a sentence opening with a year as history', () => {
    const a = classify('Carer reports him missing. In 2021 he was found in the park.', 'CCR 5');
    expect(a.event).toBe('report');
  });
});

describe('framing (§4)', () => {
  it.each([
    ['They have taken her purse from the hall table.', 'crime_asb'],
    ['Two chairs broken and the screen smashed.', 'crime_asb'],
    ['Landlord has changed the locks with the tenant out.', 'crime_asb'],
    ['Man on the scaffolding about 8m up.', 'risk_safety'],
    ['Woman walking in the road, cars swerving.', 'risk_safety'],
    ['Man collapsed in the lift, lips blue.', 'risk_safety'],
    ['Flat v cold, heating off, little food.', 'health_welfare'],
  ])('frames %s as %s', (text, framing) => {
    expect(classify(text, 'CCR 9').framing).toBe(framing);
  });

  it('lets more welfare cues outweigh one crime cue, but not a risk cue', () => {
    const welfare = classify(
      'Bin thrown over the fence. He is autistic and was distressed.',
      'PC 1',
    );
    expect(welfare.framing).toBe('health_welfare');
    const risk = classify('Bin thrown, he is autistic and distressed, has a knife.', 'PC 1');
    expect(risk.framing).toBe('risk_safety');
  });

  it('frames competing accounts the author does not choose between as unclear', () => {
    const text = 'Mr Dunn says Ms Hale kicked his door; Ms Hale says Mr Dunn threw paint first.';
    expect(classify(text, 'PC 7').framing).toBe('unclear');
    expect(
      classify('Mr Dunn says Ms Hale kicked his door, she says she did not.', 'PC 7').framing,
    ).toBe('crime_asb');
  });
});

describe('agencies (§3)', () => {
  it('lists a relative attending as public', () => {
    expect(classify('Mum attending as appropriate adult.', 'PS 3').agencies).toContain('public');
  });

  it('does not list a hospital that was not needed', () => {
    expect(classify('Crew checked him: no need for A&E.', 'CCR 1').agencies).not.toContain(
      'health',
    );
  });
});

describe('continuum (§6): contact that brings nothing back stays an encounter', () => {
  it('places a log whose partner refused to discuss and never replied at level 1', () => {
    const log = logOf([
      ['CCR 1', 'Mrs Ola rang: her neighbour keeps shouting at night.'],
      ['PC 5', 'Attended, spoke to both, words of advice.'],
      ['PC 5', 'Rang the GP surgery: reception would not discuss a patient with police.'],
      ['PC 5', 'Still nothing from the GP. Log closed.'],
    ]);
    expect(analyseLog(log).continuum.level).toBe(1);
  });
});
