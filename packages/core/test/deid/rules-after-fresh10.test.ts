/**
 * General rules added after fresh10's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and most with a negative case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';
import { kinCueNames } from '../../src/deid/names/possessive-kin.js';
import { bracketedOfficerNumbers } from '../../src/deid/names/bracketed-officer-numbers.js';

describe('names told by a relation, by who knows them, or by their service', () => {
  it.each([
    ["Caller says Thandiwe's brother has the keys.", 'Thandiwe'],
    ['Ring her aunt, who knows Peregrin well.', 'Peregrin'],
    ['The warden knows\nOsgood from the day centre.', 'Osgood'],
    [
      'Letter copied to your neighbour,\n   Ambrose Kettlewell, who reported it.',
      'Ambrose Kettlewell',
    ],
    ['Housing Officer, Wilhelmina Tarrant, visited on Monday.', 'Wilhelmina Tarrant'],
    ['A joint review with Tobias Quarmby of Adult Social Care.', 'Tobias Quarmby'],
  ])('finds the name in %j', (text, name) => {
    expect(found(text, 'PERSON')).toContain(name);
  });

  it('does not read a place, a team or a scheme before a relation or service as a name', () => {
    expect(found("The Council's partner agencies met.", 'PERSON')).toEqual([]);
    expect(found('Patient Safety Team of Adult Social Care', 'PERSON')).toEqual([]);
    expect(found('She knows Monday well.', 'PERSON')).toEqual([]);
  });
});

describe('names in forms, message exports and brackets', () => {
  it('reads a phone export contact column, a note after the name and the name in the messages', () => {
    const text =
      'msg_id,sent_at,direction,contact_name,number,body\n' +
      '1,2027-02-01 09:00,in,Rizzo,07700 900991,"hi its rizzo. ring me"\n' +
      '2,2027-02-01 09:05,in,Hester Vane (sister),07700 900992,"worried"\n' +
      '3,2027-02-01 09:30,in,Aldous Penge PC 4471,07700 900993,"with him now"\n' +
      '4,2027-02-01 09:40,out,Juniper Holt AMHP,07700 900994,"on my way"\n';
    const people = found(text, 'PERSON');
    expect(people).toEqual(
      expect.arrayContaining(['Rizzo', 'rizzo', 'Hester Vane', 'Aldous Penge', 'Juniper Holt']),
    );
    expect(people.join(' ')).not.toMatch(/AMHP|sister|PC/);
  });

  it('reads handover, approval and household labels, and a name before its age or phone', () => {
    expect(found('Handset user: Barnaby Quist (07700 900412)', 'PERSON')).toEqual([
      'Barnaby Quist',
    ]);
    expect(found('Approved by: OSG Melisande Throup', 'PERSON')).toEqual(['Melisande Throup']);
    expect(found('Patient: Orlando Feeney   aged 52   Ward 4', 'PERSON')).toContain(
      'Orlando Feeney',
    );
    expect(found('Complainant: Solomon Ashdown, 14 Vicarage Row', 'PERSON')).toContain(
      'Solomon Ashdown',
    );
    expect(found('Patient: Tired and Withdrawn', 'PERSON')).toEqual([]);
  });

  it('reads a worker named in brackets after the service and the one named for a service', () => {
    expect(found('Seen with street triage (Marigold Aske).', 'PERSON')).toEqual(['Marigold Aske']);
    expect(found('Present: Dunstan Carrow (Social Care)', 'PERSON')).toContain('Dunstan Carrow');
  });

  it('introduces a speaker "from" a service', () => {
    expect(found('"Morning, it\'s Rosalind from the crisis team."', 'PERSON')).toContain(
      'Rosalind',
    );
  });
});

describe('officer numbers in brackets with the post after them', () => {
  it('reads the digits only', () => {
    expect(found('PC Leontyne Marsh (5128, schools officer) attended.', 'COLLAR_NUMBER')).toEqual([
      '5128',
    ]);
    expect(found('Room (2207, second floor) booked.', 'COLLAR_NUMBER')).toEqual([]);
  });
});

describe('numbers and dates that are not about a person or an incident', () => {
  it('leaves out tenancy and job-sheet numbers but keeps a council case reference', () => {
    expect(found('Tenancy reference: PLX-TEN-00912', 'CRIME_REF')).toEqual([]);
    expect(found('Job sheet no. LKS-2027-044', 'CRIME_REF')).toEqual([]);
    expect(found('Our ASB case: PLX-ASB-27-0091', 'CRIME_REF')).toEqual(['PLX-ASB-27-0091']);
  });

  it('leaves out the date a record was completed', () => {
    expect(found('Record completed 14/02/2027 10:05', 'DATE')).toEqual([]);
    expect(found('Seen at home on 14/02/2027, unwell.', 'DATE')).toEqual(['14/02/2027']);
  });

  it('does not read a scheme named after a person, with -style after it, as a name', () => {
    expect(found('A Herbert Protocol-style profile was started.', 'PERSON')).toEqual([]);
  });
});

describe('places and institutions', () => {
  it('reads a town a relative rang from, or lives in across a line break', () => {
    expect(found('His sister rang me from Bergamo last week.', 'LOCATION')).toEqual(['Bergamo']);
    expect(
      found('Named her son Aung Kyaw Min in\nWolverton as the person she trusts.', 'LOCATION'),
    ).toEqual(['Wolverton']);
    expect(found('She rang me from work.', 'LOCATION')).toEqual([]);
  });

  it('takes "and District" inside a hospital name', () => {
    expect(found('Admitted to Pellham and District Hospital on Monday.', 'ORGANISATION')).toEqual([
      'Pellham and District Hospital',
    ]);
  });
});

describe('the new rules on any text', () => {
  const piece = fc.constantFrom(
    "Ann's brother",
    'knows Tav well',
    'neighbour, Ann Lee,',
    ' of Adult Social Care',
    'PC Ann Lee (5120, ',
    '\n',
    ' ',
    '’s ',
    'É',
  );
  const text = fc.oneof(
    fc.string(),
    fc.array(piece, { maxLength: 10 }).map((p) => p.join('')),
  );

  it('gives spans that hold the text they name', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const d of [...kinCueNames(t), ...bracketedOfficerNumbers(t)]) {
          expect(t.slice(d.startUtf16, d.endUtf16)).toBe(d.text);
        }
      }),
    );
  });
});
