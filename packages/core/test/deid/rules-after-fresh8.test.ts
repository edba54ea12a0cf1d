/**
 * General rules added after fresh8's first sight (docs/deid.md): each with fictional examples of
 * its own (not taken from any evaluation set) and most with a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('dates of the record itself (ANNOTATION.md: administrative dates)', () => {
  it.each([
    ['MINUTES\nDate/time: 04/03/2027 10:00      Venue: Room 1, Larch House'],
    ['Venue: Quarry Lane Hall, room 2      Date: 05/03/2027'],
    ['Completed by: Wiremu Tane      Date: 06/03/2027\nCountersigned: SPO'],
    ['Our ref: 51/22018/27\nDate: 7 March 2027\n\nDear Ms Oyelowo,'],
    ['Held: 08/03/2027 15:30, by Teams      Chair: Team Manager'],
    ['From: duty team\nSent: Wed 10/03/2027 10:14\nSubject: referral'],
    ['Posted 11 Mar 2027, 09:15\n\nOfficers are concerned for'],
    ['RESIDENTS MEETING NOTES\nTue 09/03/2027 19:00, village hall'],
    ['(audio not transcribed)\nSession: 12/03/2027 18:30, community room'],
  ])('leaves out the date in %j', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });

  it('keeps a form date of an event and a date in a person’s life', () => {
    expect(found('Offence details\nDate: 02/01/2027\nPlace: Quarry Lane', 'DATE')).toEqual([
      '02/01/2027',
    ]);
    expect(found('Next CPA review: 18/06/2027 with his CPN', 'DATE')).toEqual(['18/06/2027']);
  });
});

describe('places and organisations', () => {
  it('reads the line under a street in an envelope block as the town, and finds it again', () => {
    const text =
      'Mr T OKAFOR\n4 Sandpiper Close\nHollin Quay\nZX8 1NE\n\nYou moved to Hollin Quay in May.';
    expect(found(text, 'LOCATION')).toEqual(['Hollin Quay', 'Hollin Quay']);
  });

  it('does not echo a town inside a longer name or a word', () => {
    const text =
      '2 Mill Lane, Brackford ZX1 2AB. He studies at Brackford College in Brackfordshire.';
    expect(found(text, 'LOCATION')).toEqual(['Brackford']);
  });

  it('reads services named by what they do', () => {
    expect(found('Referred to Tallow Green Food Bank today.', 'ORGANISATION')).toEqual([
      'Tallow Green Food Bank',
    ]);
    expect(found('Seen at Cobble Veterans Hub on Thursdays.', 'ORGANISATION')).toEqual([
      'Cobble Veterans Hub',
    ]);
    expect(found('Letter from Ashdown Bereavement Service.', 'ORGANISATION')).toEqual([
      'Ashdown Bereavement Service',
    ]);
    expect(found('He eats at the Soup Kitchen most days.', 'ORGANISATION')).toEqual([]);
  });

  it('takes plots, bungalows and a house name with The before the number into the address', () => {
    expect(found('Lives at Plot 14, Marram Holiday Park, Dune Road.', 'ADDRESS')[0]).toMatch(
      /^Plot 14, Marram Holiday Park/,
    );
    expect(found('Home: Bungalow 2, Heron Court, Stowe', 'ADDRESS')).toEqual([
      'Bungalow 2, Heron Court',
    ]);
    expect(found('Last address: The Old Smithy, 2 Combe Lane, Brackford', 'ADDRESS')).toEqual([
      'The Old Smithy, 2 Combe Lane',
    ]);
  });
});

describe('tables exported as CSV', () => {
  const csv =
    'ref,surname,forenames,age,phone,address,town\n' +
    'T-1,ABERNETHY,Lorna-Mae,17,01632 960 112,"Flat 2, Gannet Court, 6 Ferry Road",Brackford\n' +
    'T-2,unknown male,,40,,3 Mill Row,Brackford\n';

  it('reads names, ages and phones by their column, past quoted cells with commas', () => {
    expect(found(csv, 'PERSON')).toEqual(['ABERNETHY', 'Lorna-Mae']);
    expect(found(csv, 'AGE')).toEqual(['17', '40']);
    expect(found(csv, 'PHONE')).toEqual(['01632 960 112']);
  });
});

describe('names', () => {
  it('finds an UPPERCASE surname again in title case', () => {
    const text = 'Name: HALLORAN, Brendan Joseph\nOn 2 May police attended; Halloran had gone.';
    expect(found(text, 'PERSON')).toEqual(['HALLORAN, Brendan Joseph', 'Halloran']);
  });

  it('reads attendees listed one per line, and a list after Members present', () => {
    const text =
      'Present:\nDr Imke Vasquez (consultant)\nTeodor Banfield\nRhian Aspell (sister)\n\n1. Review';
    expect(found(text, 'PERSON')).toEqual(['Imke Vasquez', 'Teodor Banfield', 'Rhian Aspell']);
    expect(found('Members present: Odile Farrant (chair), Kwesi Dunmore\n', 'PERSON')).toEqual([
      'Odile Farrant',
      'Kwesi Dunmore',
    ]);
    expect(found('Present:\nHousing Options\nCommunity Safety Team\n', 'PERSON')).toEqual([]);
  });

  it('reads names after interpreting, chairing and on-call labels', () => {
    expect(found('by video, interpreted by Kaja Nowicka', 'PERSON')).toEqual(['Kaja Nowicka']);
    expect(found('Manager on call: Ruaridh Penhale\n', 'PERSON')).toEqual(['Ruaridh Penhale']);
    expect(found('Chair: Team Manager\n', 'PERSON')).toEqual([]);
    expect(found('Minutes typed by: Admin, Team 3\n', 'PERSON')).toEqual([]);
  });

  it('does not read placeholders, acronyms or headings as names', () => {
    expect(found('Known as: N/K\nDOB: 01/02/2000', 'PERSON')).toEqual([]);
    expect(found('Next CPA review: 9 June 2027', 'PERSON')).toEqual([]);
    expect(found('EDT (AMHP on duty) advised.', 'PERSON')).toEqual([]);
    expect(found('ACCT opened by Healthcare after the review.', 'PERSON')).toEqual([]);
  });
});

describe('ages and collar numbers', () => {
  it.each([
    ['Reported by Jory PASCOE (partner, 27) at 01:20.', '27'],
    ['Reported by Kit Lyle ("Lyley", 31).', '31'],
    ['Her son Tamsin (7 months) needs formula.', '7'],
    ['Town centre. Young man, 17, passenger in a car.', '17'],
  ])('reads the age in %s', (text, age) => {
    expect(found(text, 'AGE')).toEqual([age]);
  });

  it('does not read a number after a comma in a bracket without a label as an age', () => {
    expect(found('Stored at Flat 3 (Block B, 12) today.', 'AGE')).toEqual([]);
    expect(found('Waited (about 3 months) for a bed.', 'AGE')).toEqual([]);
  });

  it.each([
    ['Call handler Jo (op no. 5530) took the call.', '5530'],
    ['The officer, 4093, was polite.', '4093'],
    ['The form names PC Kerrow, number 2236.', '2236'],
    ['Police: PCSO 61044 Ada Pengelly', '61044'],
  ])('reads the collar number in %s', (text, number) => {
    expect(found(text, 'COLLAR_NUMBER')).toEqual([number]);
    expect(found(text, 'CRIME_REF')).toEqual([]);
  });
});

describe('references', () => {
  it('does not read a format placeholder or a deposit bond as a reference', () => {
    expect(found('format INC-MMDD-NNNN, e.g. INC-0000-0000', 'CRIME_REF')).toEqual([]);
    expect(found('Rent Deposit Scheme bond RDS-26-318', 'CRIME_REF')).toEqual([]);
    expect(found('Linked log INC-1115-0291.', 'CRIME_REF')).toEqual(['INC-1115-0291']);
  });
});
