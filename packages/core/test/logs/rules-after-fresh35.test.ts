/**
 * The rules added with lexicon 1.34.0 after the thirty-fifth fresh set's misses were read
 * (eval/logs/fresh35; docs/log-analysis.md). Sentences are written for this test, not taken from
 * any evaluation set; each rule has a contrasting case. `classify` reads one entry with the
 * lexicon alone, so these check the rules, not the learnt models.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './log-fixtures.js';

const agencies = (text: string, author?: string | null) => classify(text, author).agencies;
const event = (text: string, author?: string | null) => classify(text, author).event;

describe('a referral the partner reports (§2 information_sharing)', () => {
  it('reads a referral relayed in a call back as news, not a request', () => {
    expect(
      event(
        'Dr Testwell, Hilltop Surgery, rang back: she saw him and referred him to counselling.',
      ),
    ).toBe('information_sharing');
    expect(event('Mr Tester rang: the GP has re-referred her to the memory clinic.')).toBe(
      'information_sharing',
    );
    expect(
      event('Rang the school. The DSL says staff have referred her to the counsellor.'),
    ).not.toBe('referral');
  });

  it('still reads a referral the writer makes as a referral', () => {
    expect(event('With his consent I have referred him to the talking therapies service.')).toBe(
      'referral',
    );
  });
});

describe('agencies (§3)', () => {
  it('reads a volunteer lifeboat and a coastal chaplaincy as charities', () => {
    expect(agencies('Lifeboat launched to search the shoreline.')).toContain('third_sector');
    expect(agencies('On scene with the chaplains; she is talking to them.')).toContain(
      'third_sector',
    );
  });

  it('leaves a hospital chaplain and a lifeboat station as a place alone', () => {
    expect(agencies('The hospital chaplain sat with the family.')).not.toContain('third_sector');
    expect(agencies('Found her on the bench by the lifeboat station.')).not.toContain(
      'third_sector',
    );
  });

  it("reads taxi licensing as the council's and firearms licensing as the police's", () => {
    expect(agencies('Emailed taxi licensing with the badge number.')).toContain('local_authority');
    expect(agencies('Rang the licensing office: the complaint is being looked at.')).toContain(
      'local_authority',
    );
    expect(agencies('Firearms licensing told: certificate under review.')).not.toContain(
      'local_authority',
    );
  });

  it('does not read an ambulance offered to the person and turned down as a contact', () => {
    expect(agencies('Ambulance offered to the caller, declined; first aid given.')).not.toContain(
      'ambulance',
    );
    expect(agencies('She declined first aid and an ambulance.')).not.toContain('ambulance');
    expect(agencies('Offered an ambulance for her cough; she said no.')).not.toContain('ambulance');
    expect(agencies('Ambulance requested for the head wound.')).toContain('ambulance');
  });

  it("reads a school's safeguarding lead as the school's, not social care", () => {
    expect(
      agencies('Rang the designated safeguarding lead at Testbrook Academy: staff share it.'),
    ).not.toContain('social_care');
    expect(agencies('Emailed the council safeguarding team with the PPN.')).toContain(
      'social_care',
    );
  });

  it('does not read the GP a person is told to ask as contacted', () => {
    expect(agencies('Suggested he asks the GP about the nurse.')).not.toContain('health');
    expect(agencies('Rang the GP: appointment booked for tomorrow.')).toContain('health');
  });
});

describe('events (§2)', () => {
  it('reads what someone is told to do and contact details handed to a named person as advice', () => {
    expect(event('Suggested she sees her GP about her sleep.')).toBe('advice');
    expect(event('Gave Mr Tester the carers centre details.')).toBe('advice');
    expect(event('Checked the flat and found nothing to suggest she had been there.')).not.toBe(
      'advice',
    );
  });

  it('reads an outcome after an offence named with "without" as the outcome', () => {
    expect(event('Making off without payment: NFA - he believed his wife had paid.')).toBe(
      'closure',
    );
    expect(event('Dealt with at the scene without an arrest.')).not.toBe('arrest');
  });
});
