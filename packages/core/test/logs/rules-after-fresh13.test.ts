/**
 * Rules added to lexicon 1.11.0 after the thirteenth fresh set (eval/logs/fresh13) was scored
 * once and its misses read: standing groups, forums and boards sit as meetings (by their heading,
 * `(standing, …`, a review by phone); talking to someone together and being inside with a
 * partner's staff are joint work; an exchange agreed by phone is information sharing; a court's
 * pre-sentence reports are no report; a protocol's "before any unit attends" is no attendance;
 * offences and dangers told plainly frame crime and risk. Sentences are written for this test,
 * not taken from any evaluation set; most tests have a negative case.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './log-fixtures.js';

describe('joint work (§2 joint_action)', () => {
  it.each([
    ['Harbour Tasking Group (standing, every Monday, town hall): CPN Obi, SW Kaur and me.'],
    ['Safeguarding Forum review (CPN Obi, SW Kaur, me): no calls since the plan.'],
    ['Review by phone with SW Kaur and the CPN: settled, no further calls.'],
    ['Home visit with Ms Ada Obi (memory nurse, CMHT) and SW Kaur. Plan agreed.'],
    ['sw kaur here. we talked to him together through the door for an hour.'],
    ['inside with the cpn and the sw. he agreed to go back to the home.'],
  ])('reads %s as a joint action', (text) => {
    expect(classify(text).event).toBe('joint_action');
  });

  it('does not read a police group or a review alone as a joint action', () => {
    expect(classify('Response group (standing, every day): two PCs and me.').event).not.toBe(
      'joint_action',
    );
    expect(classify('Review of the CCTV: nothing of note.').event).not.toBe('joint_action');
  });
});

describe('information sharing and other events (§2)', () => {
  it('reads an arrangement agreed with a partner by phone as information sharing', () => {
    expect(
      classify('Agreed with SW Kaur by phone: ASC lead the safeguarding, police the crime.').event,
    ).toBe('information_sharing');
  });

  it('does not read pre-sentence reports as a report', () => {
    expect(
      classify('Magistrates: he pleaded guilty; sentence adjourned for reports.').event,
    ).not.toBe('report');
    expect(classify('Caller reports a man shouting in the street.').event).toBe('report');
  });

  it('does not read "before any unit attends" as an attendance', () => {
    expect(
      classify(
        'Under the protocol the liaison officer is told before any unit attends.',
        'HCR 4410',
      ).event,
    ).not.toBe('deploy');
    expect(classify('PC 12 attends the address.').event).toBe('deploy');
  });
});

describe('framing told plainly (§4)', () => {
  it.each([
    ['An older man exposed himself to her by the bandstand.'],
    ['Unauthorised encampment on the recreation ground since last night.'],
    ['The height barrier was cut overnight and caravans pulled on.'],
    ['They cut his padlock with bolt croppers and the cattle are out.'],
    ['A trailer of muck tipped across the bottom of the drive.'],
    ['Twenty rolls of lead flashing in the back with fresh cut edges.'],
    ['Same car, £40, drove off ten minutes ago.'],
  ])('frames %s as crime or ASB', (text) => {
    expect(classify(text).framing).toBe('crime_asb');
  });

  it.each([
    ['A man has walked out onto the frozen lake; ice cracking under him.'],
    ['Says he has thought about joining his brother and looked up ways last night.'],
    ['She is banging her head against the glass door.'],
  ])('frames %s as risk or safety', (text) => {
    expect(classify(text).framing).toBe('risk_safety');
  });

  it('does not frame officers cutting a lock to get in as an offence', () => {
    expect(classify('We cut the lock off the loft hatch and found him.').framing).not.toBe(
      'crime_asb',
    );
  });
});
