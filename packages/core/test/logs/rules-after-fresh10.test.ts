/**
 * Rules added in lexicon 1.9.0 after the tenth fresh set (eval/logs/fresh10) was scored at first
 * sight: offences told by their process (hoax calls, store detectives, livestock worrying, a
 * crime scene held, interviews and admissions, a victim's decision on a prosecution, a measure
 * the author means to issue), danger told by what happened (fuel and a flame, someone who will
 * not wake, a blade shown, tablets swallowed, a blocked fire escape, DASH), homelessness as
 * welfare, requests made by phone for a service, forced entry under s17, a PPN as a contact with
 * social care, and the people and partner staff a log introduces and then names alone.
 * Sentences are written for this test, not taken from any evaluation set; most tests have a
 * negative case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseLog, DEFAULT_LEXICON } from '../../src/index.js';
import { learnPeople, peopleMentions } from '../../src/logs/people-names.js';
import { classify, logOf } from './log-fixtures.js';

describe('offences told by their process (§4 crime_asb)', () => {
  it.each([
    ['Third hoax call from the same pay-as-you-go number tonight.'],
    ['Store detective at Dunmore Foods has a man detained in the office.'],
    ['Farmer says a collie has been chasing his sheep in the top field.'],
    ['Blood on the steps, scene cordoned for CSI.'],
    ['Interviewed under caution with his solicitor present.'],
    ['Full admission to both thefts.'],
    ['Shop owner wants the lads banned and prosecuted.'],
    ['Victim does not want to support a prosecution.'],
    ['I am minded to issue a CPW to both brothers.'],
    ['RESULT: WOUNDING - NO FURTHER ACTION. Log closed.'],
    ['YTHS KNOCKING ON DOORS + RUNNING OFF ALONG THE TERRACE'],
    ['Security: man caught leaving with four bottles of gin.'],
    ['Her bike has been taken from her back garden overnight.'],
    ['The padlock on the allotment gate has been cut.'],
    ['A man in a hi-vis has clamped her car and wants cash.'],
    ['Interviewed. Admits it.'],
    ['Driver got out and shoved the cyclist.'],
    ['Neighbour: shouting from no 5 again since 23:00.'],
  ])('reads %s as crime or ASB', (text) => {
    expect(classify(text).framing).toBe('crime_asb');
  });

  it('does not read a fitness statement or a self-inflicted wound as an offence', () => {
    expect(classify('Fit to detain and to be interviewed with an AA.').framing).not.toBe(
      'crime_asb',
    );
    expect(classify('History of self-wounding, seen by the nurse.').framing).not.toBe('crime_asb');
  });
});

describe('danger told by what happened (§4 risk_safety)', () => {
  it.each([
    ['Man on the forecourt soaked in petrol holding a lighter.'],
    ['Child says her mum will not wake up.'],
    ['One of the group showing a blade to the others.'],
    ['She is swallowing tablets on a video call.'],
    ['Girl discloses cutting her arms last night, fresh wounds seen.'],
    ['Boy of 15 with a stab wound to his arm at the walk-in centre.'],
    ['Advised the family to remove means and stay with him.'],
    ['Tenant has blocked the fire escape with furniture.'],
    ['DASH completed with the caller: high risk.'],
    ['Empty packets of paracetamol beside the bed.'],
    ['Prevent referral emailed to the coordinator.'],
    ['Taken into custody under s18 MHA to be returned to the ward.'],
  ])('reads %s as risk or safety', (text) => {
    expect(classify(text).framing).toBe('risk_safety');
  });

  it('does not read "prevent" as a verb, or a TV channel, as radicalisation', () => {
    expect(classify('Advice given to prevent a repeat.').framing).not.toBe('risk_safety');
    expect(classify('Neighbour complains the channel is too loud.').framing).not.toBe(
      'risk_safety',
    );
  });

  it('keeps razor blades for sale, a bladed article charge and a DASH still to do out of it', () => {
    expect(classify('Charged with possession of a bladed article.').framing).toBe('crime_asb');
    expect(classify('DASH to be done by the attending officer.').framing).not.toBe('risk_safety');
  });

  it('reads "nobody with a weapon" as no weapon', () => {
    const a = classify('Area searched with the manager: nobody with a weapon. Treated as a hoax.');
    expect(a.framing).toBe('crime_asb');
  });
});

describe('homelessness and need as welfare (§4 health_welfare)', () => {
  it.each([
    ['Rang the homelessness line for her.'],
    ['Woman and baby at the bus station with nowhere to go tonight.'],
    ['He lost his flat in the spring and sleeps in his car.'],
    ["Showed me a card: he has Tourette's, the words are tics."],
  ])('reads %s as health or welfare', (text) => {
    expect(classify(text).framing).toBe('health_welfare');
  });
});

describe('events (§2)', () => {
  it('reads a call for a service as a referral, however it is answered', () => {
    expect(classify('Rang CRHT for an assessment tonight: declined.').event).toBe('referral');
    expect(classify('Rang EDT twice for an emergency placement, no answer.').event).toBe(
      'referral',
    );
    expect(classify('Rang the surgery for a GP call back.').event).toBe('referral');
  });

  it('reads news of a referral as information sharing, and "at our request" as no request', () => {
    expect(classify('CAMHS have accepted the L&D referral.').event).toBe('information_sharing');
    expect(classify('YOT: referral accepted, first session on Monday.').event).toBe(
      'information_sharing',
    );
    expect(classify("At her request took her to the women's centre.").event).toBe('support');
  });

  it('reads a named detention authorised in custody as an arrest', () => {
    expect(classify('custody: detention of Rourke authorised on arrival.').event).toBe('arrest');
  });

  it('reads a unit sent to meet someone as a deployment', () => {
    expect(classify('Grade 2. EW22 to meet the bus at the station.').event).toBe('deploy');
  });

  it('reads a forced entry under s17 as other even after an arrival', () => {
    expect(classify('At Flat 2. No answer. S17 PACE entry to save life, door forced.').event).toBe(
      'other',
    );
    expect(classify('At Flat 2. No answer, card left.').event).toBe('deploy');
  });

  it('reads wounds dressed and people driven somewhere as support', () => {
    expect(classify('Burns to his left hand cleaned and dressed.').event).toBe('support');
    expect(classify('Crew flushed his skin with water.').event).toBe('support');
    expect(classify('Drove Mia and the children to the refuge.').event).toBe('support');
  });

  it('reads case discussions, problem-solving court reviews and visits with a worker as joint', () => {
    expect(classify('Weekly group case discussion: SW, CPN and me.').event).toBe('joint_action');
    expect(classify('Problem-Solving Court monthly review with probation and police.').event).toBe(
      'joint_action',
    );
    expect(classify('Saw her at the centre with her probation officer.').event).toBe(
      'joint_action',
    );
  });

  it('does not read a joint visit that is booked, or one awaited, as one made', () => {
    expect(classify('Joint home visit booked 11:00 today.').event).not.toBe('joint_action');
    expect(classify('CPW on hold until a joint visit.').event).not.toBe('joint_action');
    expect(classify('Briefed the SW on last night.').event).toBe('information_sharing');
  });

  it('does not read a measure held back as served', () => {
    expect(classify('Joint visit agreed the plan; Elmside hold the injunction.').event).toBe(
      'joint_action',
    );
  });
});

describe('agencies (§3)', () => {
  it('reads a PPN submitted with no destination as a contact with social care', () => {
    expect(classify('PPN submitted for both children.').agencies).toContain('social_care');
    const closing = classify('RESULT: WELFARE - PPN SUBMITTED, NO RESPONSE. CLOSED');
    expect(closing.agencies).not.toContain('social_care');
  });

  it('learns partner staff named before their role after a comma', () => {
    const log = logOf([
      [
        'CONTROL',
        'Caller Ms Ruth Okafor, housing officer, Tarn Homes: tenant blocking the stairs.',
      ],
      ['PC 1 A', 'Visit with Ms Okafor. Stairs blocked floor to ceiling.'],
    ]);
    const second = analyseLog(log).entries[1]!;
    expect(second.agencies).toContain('housing');
    expect(second.event).toBe('joint_action');
  });

  it('learns the people a log introduces with an age, and lists them when named alone', () => {
    const log = logOf([
      ['CONTROL', 'Hostel worker reports a resident, Tamsin Dowd (24), lighting fires in a bin.'],
      ['PC 1 A', 'Tamsin accepted a caution at the station.'],
      ['PC 1 A', 'PPN submitted for Tamsin.'],
      ['CMHT', 'We have seen Tamsin today, back at her DBT group.'],
    ]);
    const [intro, acts, forHer, partnerNote] = analyseLog(log).entries;
    expect(intro!.triggers.agencies.map((t) => t.text)).not.toContain('Tamsin');
    expect(acts!.agencies).toContain('public');
    expect(forHer!.agencies).not.toContain('public');
    expect(partnerNote!.triggers.agencies.map((t) => t.text)).not.toContain('Tamsin');
  });

  it('does not learn people from a lower-case log or from a place followed by a number', () => {
    const log = logOf([
      ['CONTROL', 'caller at carder st, tamsin dowd (24) shouting.'],
      ['PC 1 A', 'Gatley Road, 12 flats checked.'],
      ['PC 1 A', 'tamsin seen. Gatley quiet.'],
    ]);
    const words = analyseLog(log).entries[2]!.triggers.agencies.map((t) => t.text);
    expect(words).not.toContain('Gatley');
    expect(words).not.toContain('tamsin');
  });
});

describe('people-names on any text', () => {
  const piece = fc.constantFrom(
    'Tamsin Dowd (24)',
    'IP NED ROWE',
    ', 23,',
    'Mr Lee',
    'Tamsin',
    '(',
    ' ',
    '’s',
    'Ward Road, 12.',
  );
  const text = fc.oneof(
    fc.string(),
    fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
  );

  it('learns without throwing and reports only whole learnt names inside the text', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        const people = new Set<string>();
        learnPeople(first, people);
        for (const m of peopleMentions(second, people)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(second.length);
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
