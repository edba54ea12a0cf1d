/**
 * General rules added after fresh7's first sight (docs/deid.md): each with fictional examples of
 * its own and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('names that come back alone', () => {
  it('finds the given name again after a title-case name with an UPPERCASE surname', () => {
    const text =
      '23:40 Tormod (Room 2) asked for the key.\n01:30 Tormod gave an account.\n' +
      'Resident details: Tormod HALVORSEN, DOB 02/03/1995.';
    expect(found(text, 'PERSON')).toEqual(['Tormod', 'Tormod', 'Tormod HALVORSEN']);
  });

  it('does not take an acronym without a vowel as a surname', () => {
    expect(found('Scheme: Wrangle Hythe CSW     Site: WH-03', 'PERSON')).toEqual([]);
    expect(found('Coordinator, Corringham Fen NHW | 07700 900953', 'PERSON')).toEqual([]);
    expect(found('Spoke to Idris PRYCE at the door.', 'PERSON')).toEqual(['Idris PRYCE']);
  });

  it('keeps a hyphenated given name whole after an UPPERCASE surname and a comma', () => {
    expect(found('Tenant: KWON, Jae-min    DOB: 30/05/1994', 'PERSON')).toEqual(['KWON, Jae-min']);
  });

  it('reads a full name opening a sentence with where the person lives as a name', () => {
    const text =
      'Teodora Vasquez, of Reed House, Elmsby, died on 3 May. The coroner said Teodora was kind.';
    expect(found(text, 'PERSON')).toEqual(['Teodora Vasquez', 'Teodora']);
    expect(found('Ivo Lindqvist, 52, of Mere Lane, was fined.', 'PERSON')).toEqual([
      'Ivo Lindqvist',
    ]);
  });

  it('does not read a place or body before `, of` in mid-sentence as a name', () => {
    expect(found('It was the worst flood, of Marsh Road, in years.', 'PERSON')).toEqual([]);
  });
});

describe('references quoted in appeals and notes', () => {
  it('finds a reference after `quote` or after the force', () => {
    expect(found('If you saw anything, ring 101 and quote 26/KT/0411209.', 'CRIME_REF')).toEqual([
      '26/KT/0411209',
    ]);
    expect(found('ring 101 and quote KT2610040015, or', 'CRIME_REF')).toEqual(['KT2610040015']);
    expect(found('incidents at the scheme (police 26/71234/KT).', 'CRIME_REF')).toEqual([
      '26/71234/KT',
    ]);
  });

  it('does not read the numbers to ring as references', () => {
    expect(found('Please ring the police 101 line or quote 999 if urgent.', 'CRIME_REF')).toEqual(
      [],
    );
  });
});

describe('dates of sessions, hearings and minutes', () => {
  it('leaves out a session, a hearing field and minutes', () => {
    expect(found('Session: Sat 03/10/2026  07:30–08:30', 'DATE')).toEqual([]);
    expect(found('Hearing: Tuesday 17 November 2026, 10:00, Court 2', 'DATE')).toEqual([]);
    expect(found('PUBWATCH — MINUTES, Monday 9 November 2026', 'DATE')).toEqual([]);
  });

  it('keeps a form date that is the event’s own', () => {
    expect(found('Date: 04/10/2026   Time: 17:50   Location: A47', 'DATE')).toEqual(['04/10/2026']);
  });
});

describe('ages', () => {
  it('finds an age in brackets after a child or relative', () => {
    expect(found('She was at home with their daughter (14).', 'AGE')).toEqual(['14']);
    expect(found('Lives with his son (7) and mum.', 'AGE')).toEqual(['7']);
  });

  it('finds a rough age that opens a description of someone seen', () => {
    expect(found('Male at the door. Approx 25, grey tracksuit, no name given.', 'AGE')).toEqual([
      '25',
    ]);
    expect(found('Arrived. Approx 20, maybe 25 youths in the park.', 'AGE')).toEqual([]);
  });

  it('does not read how long someone has been known as an age', () => {
    expect(found('Referees: Rupert Hallgarth (known 20 yrs).', 'AGE')).toEqual([]);
    expect(found('Flat (2) on the left.', 'AGE')).toEqual([]);
  });
});

describe('streets and organisations named by everyday words', () => {
  it('finds a street with an everyday-word type where someone lives', () => {
    expect(found('Kacey lives on Mallard Walk with his nan.', 'ADDRESS')).toEqual(['Mallard Walk']);
    expect(found("Dumped behind Ken's house on Mill Drove last week.", 'ADDRESS')).toEqual([
      'Mill Drove',
    ]);
    expect(found('We walked up Mallard Walk to the shops.', 'ADDRESS')).toEqual([]);
    expect(found('He drove to the coast.', 'ADDRESS')).toEqual([]);
  });

  it('finds mediation services, supported living providers and trades as organisations', () => {
    expect(found('Please accept this referral to Bridgeways Mediation.', 'ORGANISATION')).toEqual([
      'Bridgeways Mediation',
    ]);
    expect(found('Notice from Anchorage Supported Living, because', 'ORGANISATION')).toEqual([
      'Anchorage Supported Living',
    ]);
    expect(found('A tractor (Fenline Plant Hire on the side).', 'ORGANISATION')).toEqual([
      'Fenline Plant Hire',
    ]);
    expect(found('Referred for community mediation.', 'ORGANISATION')).toEqual([]);
  });
});

describe('names in night logs, referrals and appeals', () => {
  it('knows common short and Welsh, Cornish, Korean and Nordic given names', () => {
    expect(found('Welcome to Lottie Brannigan, who has done the training.', 'PERSON')).toEqual([
      'Lottie Brannigan',
    ]);
    expect(found('03:10 Morwenna still awake in the lounge.', 'PERSON')).toEqual(['Morwenna']);
    expect(found('The dot on the map and a kitty for tea.', 'PERSON')).toEqual([]);
  });

  it('reads shift staff and the parties of a referral from their labels', () => {
    expect(found('Waking night: Tamsin Quell   Sleep-in: Obi Eze', 'PERSON')).toEqual([
      'Tamsin Quell',
      'Obi Eze',
    ]);
    expect(found('Party B: Dorothy Akintola (age 71), Flat 5.', 'PERSON')).toEqual([
      'Dorothy Akintola',
    ]);
  });

  it('reads a nickname in plain brackets inside a full name as three names', () => {
    expect(found('Party A: Rasmus (Raz) Tamm (age 29), Flat 3.', 'PERSON')).toEqual([
      'Rasmus',
      'Raz',
      'Tamm',
    ]);
    expect(found('Passed to Kelstow (North) Station for the file.', 'PERSON')).toEqual([]);
  });

  it('reads the quoted name someone asked for, and finds it again', () => {
    expect(found('Male at the door asking for "Raz", said Raz owed him money.', 'PERSON')).toEqual([
      'Raz',
      'Raz',
    ]);
    expect(found('He was asking for "help" and shouting.', 'PERSON')).toEqual([]);
  });
});

describe('incident locations and public bodies', () => {
  it('does not read a street alone in a Location field as an address', () => {
    expect(found('Site: WH-03     Location: Sea Bank Road (30 mph limit)', 'ADDRESS')).toEqual([]);
    expect(found('Location: 14 Acre Lane, Kelstow', 'ADDRESS')).toEqual(['14 Acre Lane']);
    expect(found('She lives on Wren Street with her mum.', 'ADDRESS')).toEqual(['Wren Street']);
  });

  it('does not read a road safety partnership as an organisation tied to someone', () => {
    expect(
      found('Details may be shared with the Safer Roads Partnership.', 'ORGANISATION'),
    ).toEqual([]);
    expect(
      found('Her key worker at Calderbrook Recovery Partnership rang.', 'ORGANISATION'),
    ).toEqual(['Calderbrook Recovery Partnership']);
  });
});

describe('more reference and age forms', () => {
  it('finds a scheme reference written as letters, a space and numbers', () => {
    expect(found('Our ref: ASB 26/077\n\nMr M. Isbister', 'CRIME_REF')).toEqual(['ASB 26/077']);
    expect(found('Our ref: CSW 26 0931\n\nT. Barr', 'CRIME_REF')).toEqual(['CSW 26 0931']);
    expect(found('Crime ref CRIS 4411382/26   Consent: yes', 'CRIME_REF')).toEqual([
      'CRIS 4411382/26',
    ]);
  });

  it('does not read a year after a team or a grid reference as a reference', () => {
    expect(found('Referral to MASH 2024 report attached.', 'CRIME_REF')).toEqual([]);
    expect(found('Heat source at grid ref NY 384 129, ground team sent.', 'CRIME_REF')).toEqual([]);
  });

  it('finds an age in words or after about between a name and a comma or colon', () => {
    expect(found('Young person: Jordan-Lee Ashby, sixteen, Year 11', 'AGE')).toEqual(['sixteen']);
    expect(found('- Keeley Marsh, nineteen: review of ban', 'AGE')).toEqual(['nineteen']);
    expect(found('real name Shane Buckle, about 30: abusive to staff', 'AGE')).toEqual(['30']);
    expect(found('We met, three, of us in the hall.', 'AGE')).toEqual([]);
  });
});

describe('names by a date of birth, a licence role or a record’s author', () => {
  it('reads the words before a date of birth as a full name, and finds it again', () => {
    const text = 'Alleged perpetrator: Kaloyan Dimitrov, DOB 1986-11-04\nKaloyan parked outside.';
    expect(found(text, 'PERSON')).toEqual(['Kaloyan Dimitrov', 'Kaloyan']);
    expect(found('The Suspect, DOB not known.', 'PERSON')).toEqual([]);
  });

  it('reads the designated premises supervisor as a name field', () => {
    expect(found('Designated premises supervisor (DPS): Ketan Parmar', 'PERSON')).toEqual([
      'Ketan Parmar',
    ]);
  });

  it('reads the name after `completed by` without a colon', () => {
    expect(found('Completed by Fairbairn.', 'PERSON')).toEqual(['Fairbairn']);
    expect(found('Taken by ambulance to A&E.', 'PERSON')).toEqual([]);
  });
});

describe('names addressed in speech or reported as the subject', () => {
  it('reads a name that opens quoted speech to that person', () => {
    expect(
      found('Through the door: "Tharshini, it\'s the police, we are here."', 'PERSON'),
    ).toEqual(['Tharshini']);
    expect(found('He said "Look, I am fine." She said "Sorry, we can help."', 'PERSON')).toEqual(
      [],
    );
  });

  it('reads the subject of what someone says or why they worry', () => {
    expect(found('Tearful; says Tharshini has locked the kitchen.', 'PERSON')).toEqual([
      'Tharshini',
    ]);
    expect(found('We are here because Kumaran is worried about you.', 'PERSON')).toEqual([
      'Kumaran',
    ]);
    expect(found('He says Monday is fine and Leeds was busy.', 'PERSON')).toEqual([]);
  });
});

describe('a quoted name with an age', () => {
  it('reads a quoted name followed by the age as a name', () => {
    expect(found('He uses a younger lad, "Little J", 15, to carry.', 'PERSON')).toEqual([
      'Little J',
    ]);
    expect(found('The sign said "Closed", 24 hours a day.', 'PERSON')).toEqual([]);
  });
});
