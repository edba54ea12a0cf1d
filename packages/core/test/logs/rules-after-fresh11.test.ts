/**
 * Rules added in lexicon 1.10.0 after the eleventh fresh set (eval/logs/fresh11) was read: a call
 * whose answer says the service will act is a referral, evidence gathering is no attendance, care
 * passed on at the end of a conveyance is support, the outcome of a closing entry does not list the
 * public, titled people are learnt as the public, release on bail and an arrest considered and not
 * made step down, care held or led by a partner is a handoff (not while a s136 runs), a
 * service's address or number handed over names it without contacting it, a child's PPN is a
 * safeguarding risk, a clinical handover is health, shouting is nuisance, a voicemail is one-way
 * and a refusal that advises still engages. Sentences are written
 * for this test, not taken from any evaluation set; most tests have a negative case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseLog, DEFAULT_LEXICON } from '../../src/index.js';
import { learnPeople, peopleMentions } from '../../src/logs/people-names.js';
import { classify, logOf } from './log-fixtures.js';

describe('events (§2)', () => {
  it.each([
    ['Rang the surgery: the practice nurse will see him at 10:00.'],
    ['Rang the Heron Suite: they can take him now.'],
    ['Rang the council homelessness line: they will not place tonight.'],
    ['Rang the women’s refuge service for a refuge place: one bed out of county.'],
    ['Rang the ambulance service to have him checked.'],
    ['Rang the church night shelter: full tonight.'],
  ])('reads %s as a referral', (text) => {
    expect(classify(text).event).toBe('referral');
  });

  it('keeps a partner ringing back with news as information sharing', () => {
    expect(classify('CRHT rang back: they will see him tomorrow.').event).toBe(
      'information_sharing',
    );
  });

  it('reads a meeting set for a time or called for as not yet held', () => {
    expect(
      classify('Strategy meeting today at 1500 with police, the IDVA and ASC.').event,
    ).not.toBe('joint_action');
    expect(
      classify('Professionals meeting 21/05 at the home with police and CAMHS.').event,
    ).not.toBe('joint_action');
    expect(classify('PPN to ASC; asked ASC to call a strategy meeting today.').event).toBe(
      'referral',
    );
    expect(classify('Strategy meeting: police, ASC and the IDVA. Plan agreed.').event).toBe(
      'joint_action',
    );
  });

  it('reads s59 warnings, a CAD grade and a ward holding power', () => {
    expect(classify('S59 WARNINGS ISSUED FOR BOTH SCOOTERS.').event).toBe('asb_enforcement');
    expect(classify('Gr3, no units available, queued.').event).toBe('risk_assessment');
    expect(classify('Ward rang: the doctor applied s5(2) when he tried to leave.').event).toBe(
      'mha_power',
    );
  });

  it('reads an application for detention under s2 as the power, and a month named as history', () => {
    expect(
      classify('Assessed with two s12 doctors. Application made for detention under s2 MHA.').event,
    ).toBe('mha_power');
    expect(
      classify('Caller: flies from no. 17. The council served her a CPW in June.', 'CONTROL').event,
    ).not.toBe('asb_enforcement');
  });

  it('reads welfare calls as risk assessments, and call history after a grade as history', () => {
    expect(classify('Welfare call to Noor: eating again, feeling low.').event).toBe(
      'risk_assessment',
    );
    expect(classify('safe + well chk done with the boy on his own.').event).toBe('risk_assessment');
    expect(
      classify('Grade 3. Call history: 2 noise calls this month, both given advice.').event,
    ).toBe('risk_assessment');
    expect(classify('Local checks: three logs for horses loose on this road.').event).toBe(
      'risk_assessment',
    );
  });

  it('reads a missing person found on scene as deployed, even as the search is stood down', () => {
    expect(classify('Found Ianto asleep in the den by the quarry. Search stood down.').event).toBe(
      'deploy',
    );
  });

  it.each([
    ['Van searched under s18 PACE: tools and cash seized.'],
    ['viewed doorbell footage: the man kicks the gate twice.'],
    ['Traced his brother in Leeds and told him by phone.'],
    ['Bagged his belongings and booked them into property.'],
  ])('reads %s as evidence gathering (other), not attendance', (text) => {
    expect(classify(text).event).toBe('other');
  });

  it('keeps an officer who attends and views footage there as deployed', () => {
    expect(classify('Attended the shop and viewed the CCTV with the manager.').event).toBe(
      'deploy',
    );
  });

  it.each([
    ['Crew on scene and have taken over his care; conveying to the ED.'],
    ['Transferred to Tansy Ward by hospital transport; the ward is now responsible for her.'],
    ['Taken back to the ward and handed to the nurse; the ward has resumed his care.'],
  ])('reads care passed on after a conveyance (%s) as support', (text) => {
    expect(classify(text).event).toBe('support');
  });

  it('keeps a handover given with the history as information sharing', () => {
    const a = classify(
      'Handed over to the nurse in charge with the history; ward now responsible.',
    );
    expect(a.event).toBe('information_sharing');
  });
});

describe('agencies (§3)', () => {
  it('does not list the public for the outcome of a closing entry', () => {
    const a = classify('Reviewed. Assault charged, victim at home. RESULT: ASSAULT. Log closed.');
    expect(a.event).toBe('closure');
    expect(a.agencies).not.toContain('public');
    expect(classify('Male charged with assault and kept for court.').agencies).toContain('public');
  });

  it('lists the person an arrival entry goes on to describe', () => {
    expect(classify('ON SCENE. MALE STILL IN THE WATER, TALKING TO ME.').agencies).toContain(
      'public',
    );
    expect(
      classify('Arrived. She is Tilly Frome, 17, and was thrown out tonight.').agencies,
    ).toContain('public');
    expect(classify('Arrived. Nobody at the address, door secure.').agencies).not.toContain(
      'public',
    );
  });

  it('does not list the public for a report a partner makes about someone', () => {
    const a = classify(
      'Caller Ms Ada Penrose, housing officer at Tarn Homes: her tenant at 4 Mill Row has blocked the stairs.',
      'CONTROL',
    );
    expect(a.event).toBe('report');
    expect(a.agencies).toContain('housing');
    expect(a.agencies).not.toContain('public');
    expect(
      classify('Caller reports youths throwing stones at the bus stop.', 'CONTROL').agencies,
    ).toContain('public');
  });

  it('lists the person detained under s136, given support by police, or visited at home', () => {
    expect(classify('Detained under s136 MHA on the bridge at 02:10.').agencies).toContain(
      'public',
    );
    expect(classify('Bought him a sandwich and a hot drink.').agencies).toContain('public');
    expect(classify('Home visit with the CPN: flat tidy, mood brighter.').agencies).toContain(
      'public',
    );
    expect(classify('Joint visit booked for Friday with the CPN.').agencies).not.toContain(
      'public',
    );
    expect(classify('Ambulance crew conveying him to the ED.').agencies).not.toContain('public');
  });

  it('learns titled people and lists them where they act, not where a partner relays news', () => {
    const log = logOf([
      ['CONTROL', 'Call from Mrs Oddington: the man next door is shouting at her windows.'],
      ['PC 1 A', 'Arrived. Mrs Oddington at the door, frightened but not hurt.'],
      ['PC 1 A', "Rang Mrs Oddington's GP surgery: no answer."],
      ['PC 1 A', 'Update from CPN Vance: Mrs Oddington is sleeping better.'],
      ['PC 1 A', 'Weekly frailty MDT: Mrs Oddington reviewed.'],
    ]);
    const [, arrived, possessive, relayed, meeting] = analyseLog(log).entries;
    expect(arrived!.agencies).toContain('public');
    for (const e of [possessive, relayed, meeting]) {
      expect(e!.triggers.agencies.map((t) => t.text)).not.toContain('Mrs Oddington');
    }
  });

  it('does not learn a titled member of staff named by their role', () => {
    const people = new Set<string>();
    learnPeople('Spoke to tenancy officer Mr Kofi Asante about the flat.', people);
    expect(people.has('Mr Asante')).toBe(false);
  });

  it('does not list a service whose address or number was handed over', () => {
    const handed = classify("Bought her a meal, gave her the address of the Women's Aid office.");
    expect(handed.agencies).not.toContain('third_sector');
    expect(classify("Women's Aid office contacted.").agencies).toContain('third_sector');
  });
});

describe('turning points (§5)', () => {
  const points = (rows: [string, string][]) =>
    analyseLog(logOf(rows)).turningPoints.map((t) => `${t.entry}:${t.type}`);

  it('marks release on bail and an arrest considered and not made as de-escalations', () => {
    expect(
      points([
        ['CONTROL', 'Report of a man kicking cars on Hale Street.'],
        ['PC 1 A', 'Male arrested for criminal damage.'],
        ['PC 1 A', 'Interviewed, charged and bailed to court.'],
      ]),
    ).toContain('2:de_escalation');
    expect(
      points([
        ['CONTROL', 'Woman pushed by her confused husband.'],
        ['PC 1 A', 'Arrest considered and not made: he is unwell, she does not want it.'],
      ]),
    ).toContain('1:de_escalation');
  });

  it('does not read a breach of bail as a release', () => {
    expect(
      points([
        ['CONTROL', 'Man seen at his ex-partner’s house.'],
        ['PC 1 A', 'Arrested for breach of bail conditions.'],
      ]),
    ).not.toContain('1:de_escalation');
  });

  it('marks care held or led by a partner as a handoff, but not a suite handover under s136', () => {
    expect(
      points([
        ['CONTROL', 'Woman on the bridge parapet.'],
        ['PC 1 A', 'Ambulance crew have her now, conveying to the ED. Resuming.'],
      ]),
    ).toContain('1:handoff');
    expect(
      points([
        ['CONTROL', 'Man in the road shouting at cars.'],
        ['PC 1 A', 'Detained s136.'],
        ['PC 1 A', 'Handed over to suite staff with the history; s136 continues.'],
      ]),
    ).not.toContain('2:handoff');
  });
});

describe('framing (§4)', () => {
  it('reads a PPN for a child sent to the MASH as safeguarding risk, not one asking early help', () => {
    expect(classify('PPN submitted to the MASH for the baby: mother acutely unwell.').framing).toBe(
      'risk_safety',
    );
    expect(classify('PPN submitted for both children.').framing).toBe('risk_safety');
    expect(
      classify("PPN to the Children's Front Door: young mum struggling, asked for early help.")
        .framing,
    ).not.toBe('risk_safety');
    expect(
      classify('Adult safeguarding PPN submitted to the MASH for a care check.').framing,
    ).not.toBe('risk_safety');
  });

  it('reads a clinical handover with the history as health and welfare, keys alone as nothing', () => {
    expect(
      classify('Handed over to suite staff with the history and his own account. s136 continues.')
        .framing,
    ).toBe('health_welfare');
    expect(classify('Handed over to ward staff with her keys. Resuming.').framing).toBe('unclear');
  });

  it('frames a request to a health service by it, beside logistics cues', () => {
    expect(classify('Ambulance requested for the fall, ETA 40 mins.').framing).toBe(
      'health_welfare',
    );
  });

  it('carries the log’s framing into a request answered only by an auto-reply', () => {
    const log = logOf([
      ['CONTROL', 'Woman sleeping in a doorway, thin and coughing, no coat.'],
      ['PC 1 A', 'Emailed the Northgate outreach team asking them to find her. Auto-reply.'],
    ]);
    const [first, second] = analyseLog(log).entries;
    expect(second!.event).toBe('referral');
    expect(second!.framing).toBe(first!.framing);
  });

  it('reads an immediate grade with an ambulance, or a concern for life, as risk; a bare grade as nothing', () => {
    expect(classify('Grade 1. Tango 11 assigned. Ambulance requested to stand by.').framing).toBe(
      'risk_safety',
    );
    expect(classify('Grade 1, concern for life. FN04 assigned.').framing).toBe('risk_safety');
    expect(classify('Grade 1. WB11 + WB12 assigned.').framing).toBe('unclear');
  });

  it('reads shouting reported as nuisance, not shouting for help or at voices', () => {
    expect(classify('Further call: he is shouting at the neighbours again.').framing).toBe(
      'crime_asb',
    );
    expect(classify('Heard a woman shouting for help.').framing).not.toBe('crime_asb');
    expect(classify('Shouting at the walls that the flat is bugged.').framing).not.toBe(
      'crime_asb',
    );
  });
});

describe('one-way contact and refusals (§5, §6)', () => {
  it('reads a voicemail as no answer, so no partner shares anything', () => {
    const log = logOf([
      ['CONTROL', 'Man confused in the street.'],
      ['PC 1 A', 'Rang his Parkinson’s nurse at the hospital: voicemail, left my number.'],
    ]);
    const analysis = analyseLog(log);
    expect(analysis.entries[1]!.signals).toContain('one_way');
    expect(analysis.continuum.level).toBeLessThan(2);
  });

  it('reads "will not assess" as a refusal that still engages the service when it advises', () => {
    const log = logOf([
      ['CONTROL', 'Man says he will end it tonight.'],
      ['PC 1 A', 'Rang CRHT: will not assess. Phone advice only: stay with him, GP today.'],
    ]);
    const analysis = analyseLog(log);
    expect(analysis.entries[1]!.refused).toBe(true);
    expect(analysis.turningPoints.map((t) => `${t.entry}:${t.type}`)).toContain(
      '1:partner_engagement',
    );
    expect(analysis.continuum.level).toBe(1);
  });
});

describe('titled people on any text', () => {
  const piece = fc.constantFrom('Mrs Oddington', 'MR ROWE', "Mr Lee's", 'officer Mr Ash', ' ', '.');
  const text = fc.oneof(
    fc.string(),
    fc.array(piece, { maxLength: 10 }).map((p) => p.join('')),
  );

  it('learns only titled surnames and finds only whole learnt names', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        const people = new Set<string>();
        learnPeople(first, people);
        for (const name of people) expect(name).not.toMatch(/['’]s$/);
        for (const m of peopleMentions(second, people)) {
          const word = second.slice(m.start, m.end);
          expect([...people].some((n) => n === word || n.toUpperCase() === word)).toBe(true);
        }
      }),
    );
  });
});

describe('lexicon version', () => {
  it('is 1.34.0', () => {
    expect(DEFAULT_LEXICON.version).toBe('1.34.0');
  });
});
