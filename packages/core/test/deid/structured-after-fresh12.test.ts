/**
 * Structured-identifier rules added after fresh12's misses were read (docs/deid.md): a UK number
 * written as an MSISDN (`447700900118`, as SMS gateway exports write it), a probation case number
 * after `CRN` or `Ref` (`S204417`, a letter and six digits, not a section), and a reference shape
 * after a batch, lot or serial word (a vaccine's batch, not a case), and a mail header's message
 * identifier (`Message-ID: <…@server>`, not an address), and a date in a table's date-of-birth
 * column (a fixed-width clinic list), and places by what is said of them (a relative's home, a
 * site, address or vehicle kept in a place, where someone is heading). Examples are fictional and
 * not taken from any evaluation set; each rule has a negative case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('MSISDN phone numbers', () => {
  it('finds UK mobiles and landlines written without + or 0', () => {
    const text = [
      'msg_id     | sent                 | msisdn        | status',
      '5512093348 | 2031-04-02T08:00:01Z | 447700900118  | DELIVERED',
      '5512093349 | 2031-04-02T08:00:02Z | 441134960771  | FAILED',
    ].join('\n');
    expect(found(text, 'PHONE')).toEqual(['447700900118', '441134960771']);
  });

  it('leaves other long numbers alone', () => {
    // A message id that starts with 447 but is too short, an IMEI-like 15 digits, a longer run.
    const text = 'Message 4471829930 from device 447700900118123; account 44770090011.';
    expect(found(text, 'PHONE')).toEqual([]);
  });

  it('finds any mobile MSISDN and never a longer digit run that contains one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.stringMatching(/^\d{1,4}$/), (rest, tail) => {
        const msisdn = `447${rest}`;
        const alone = found(`Sent to ${msisdn} at 09:00.`, 'PHONE');
        const glued = found(`Ref ${msisdn}${tail} logged.`, 'PHONE');
        return alone.length === 1 && alone[0] === msisdn && glued.length === 0;
      }),
      { numRuns: 300 },
    );
  });
});

describe('case references', () => {
  it('finds a probation case number after CRN or Ref', () => {
    expect(found('Offender: HALLORAN, Piet   CRN: S204417   DOB: 03.04.1990', 'CRIME_REF')).toEqual(
      ['S204417'],
    );
    expect(found('Appointment on Tuesday at 10:30. Ref S119902', 'CRIME_REF')).toEqual(['S119902']);
  });

  it('still reads a short section after a trigger as legislation', () => {
    expect(found('Case under s136 considered.', 'CRIME_REF')).toEqual([]);
  });

  it('does not read a batch or lot number as a case reference', () => {
    expect(found('Vaccine given. Batch KRT-31-0442 / Lot 5520A', 'CRIME_REF')).toEqual([]);
    expect(found('Custody record CU/2031/44810 opened.', 'CRIME_REF')).toEqual(['CU/2031/44810']);
  });
});

describe('mail headers', () => {
  it('does not read a Message-ID as an e-mail address, but keeps the From address', () => {
    const text = [
      'From: Kit Vesey <kit.vesey@probation.example.gov.uk>',
      'Message-ID: <3e9a1c0b77d24f@EXCH-RW-01.probation.example.gov.uk>',
      'In-Reply-To: <a11b22c33@EXCH-RW-01.probation.example.gov.uk>',
    ].join('\n');
    expect(found(text, 'EMAIL')).toEqual(['kit.vesey@probation.example.gov.uk']);
  });

  it('stays linear on a long line of bracketed addresses', () => {
    const text = '<a@b.cc '.repeat(50_000);
    expect(found(text, 'EMAIL')).toHaveLength(50_000);
  });
});

describe('dates of birth in table columns', () => {
  const LIST = [
    'NO  NAME                    DOB         NHS NO      LAST GIVEN',
    '--  ----------------------  ----------  ----------  ----------',
    '01  QUILLAN, Morwenna       04/11/1981  9990021127  02/03/2031',
    '02  ADEYEMI, Tunde          23/05/1969  9990031106  16/03/2031',
  ].join('\n');

  it('reads a date under a DOB column of a fixed-width list as a date of birth', () => {
    expect(found(LIST, 'DATE_OF_BIRTH')).toEqual(['04/11/1981', '23/05/1969']);
  });

  it('leaves the other date columns of the same rows as dates', () => {
    expect(found(LIST, 'DATE_OF_BIRTH')).not.toContain('02/03/2031');
    expect(found(LIST, 'DATE')).toEqual(['02/03/2031', '16/03/2031']);
  });
});

describe('places by what is said of them', () => {
  it.each([
    ['He moved out to my sister’s in Quennerby last spring.', 'Quennerby'],
    ['The family left a site in Carrowmore in 2029.', 'Carrowmore'],
    ['Last settled address in Carrowmore.', 'Carrowmore'],
    ['The van is a genuine one kept in Haddlestow.', 'Haddlestow'],
    ['Three vans seen heading north to Ashwold.', 'Ashwold'],
  ])('finds the place in %s', (text, place) => {
    expect(found(text, 'LOCATION')).toEqual([place]);
  });

  it('does not take the month or a custody suite for a place', () => {
    expect(found('The caravan is kept in March at the yard.', 'LOCATION')).toEqual([]);
    expect(found('He was heading to Custody with PC 2211.', 'LOCATION')).toEqual([]);
  });
});

describe('streets', () => {
  it.each([
    ['Unannounced visit @ 14 Harrier Wy. Nobody in.', '14 Harrier Wy'],
    ['Visit to 6 Chandlers Mws, ground floor.', '6 Chandlers Mws'],
    ['Correspondence address: 8 Rectory Paddock, Ashwold.', '8 Rectory Paddock'],
  ])('finds the address in %s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it('does not read a title or a bare abbreviation without a house number as a street', () => {
    expect(found('Seen by Dr Okafor in clinic.', 'ADDRESS')).toEqual([]);
  });

  it.each([
    ['Received at Hazel Lane Police Station front counter.'],
    ['Found on the Tanner Road bridge at 02:10.'],
    ['Camp on the former quarry car park, Kiln Road (roadside).'],
    ['Vans in the disused coal yard off Staithes Lane.'],
  ])('does not read a street named as a public spot as an address: %s', (text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });

  it('keeps a home on a street after a home noun', () => {
    expect(found('He has a flat on Wren Street now.', 'ADDRESS')).toEqual(['Wren Street']);
  });
});

describe('banks and helplines named beside their numbers', () => {
  it('does not tag a bank named as a card’s issuer, nor a helpline given with its number', () => {
    expect(
      found('Bank cards:   Barclays debit 4547 1206 6013 9583 exp 09/33', 'ORGANISATION'),
    ).toEqual([]);
    expect(found('Crisis numbers:\n   Samaritans 116 123', 'ORGANISATION')).toEqual([]);
  });

  it('still tags a bank branch where something happened', () => {
    expect(found('He was seen at Barclays on Market Street at 10:00.', 'ORGANISATION')).toEqual([
      'Barclays on Market Street',
    ]);
  });
});

describe('numbers in machine exports (read from fresh13 after its first sight)', () => {
  it('finds collar numbers and ages as JSON and XML field values', () => {
    const json = '{"officer": {"collar": "4417", "rank": "PC"}, "age_at_stop": 23, "page": 4}';
    expect(found(json, 'COLLAR_NUMBER')).toEqual(['4417']);
    expect(found(json, 'AGE')).toEqual(['23']);
    const xml = '<OIC collar="3310" rank="DS">Name</OIC><Person><Age>61</Age></Person>';
    expect(found(xml, 'COLLAR_NUMBER')).toEqual(['3310']);
    expect(found(xml, 'AGE')).toEqual(['61']);
  });

  it('does not take other numeric fields, or an age beyond any life', () => {
    const json = '{"page": 4412, "count": 23, "age": 412, "message": "3310"}';
    expect(found(json, 'COLLAR_NUMBER')).toEqual([]);
    expect(found(json, 'AGE')).toEqual([]);
  });

  it('finds the officer of a PNC print and a CAD dispatcher', () => {
    expect(found('ENQUIRY BY: 6611  FOR: PC 2740  REASON: RTC', 'COLLAR_NUMBER')).toEqual([
      '6611',
      '2740',
    ]);
    expect(found('05  | 21:58:44 | DISP 2207 | unit assigned', 'COLLAR_NUMBER')).toEqual(['2207']);
  });

  it('reads a semicolon-separated export: officer column numbers, timestamp cells left out', () => {
    const csv = [
      '"incident_id";"timestamp";"summary";"oic"',
      '"AB-310906-0044";"2031-09-06 00:12:51";"Fight outside bar";"5613"',
      '"AB-310906-0051";"2031-09-06 00:31:09";"Youths on bikes";"6027"',
    ].join('\n');
    expect(found(csv, 'COLLAR_NUMBER')).toEqual(['5613', '6027']);
    expect(found(csv, 'DATE')).toEqual([]);
  });
});

describe('dates of birth by their markers and drawn tables (read from fresh13)', () => {
  it.each([
    ['   Date of birth ...... 9 March 2014', '9 March 2014'],
    ['DOB................: 11/02/2004', '11/02/2004'],
    ['{"forenames": "Ana", "dob": "2006-06-30"}', '2006-06-30'],
    ['<Surname>Holt</Surname><DateOfBirth>1962-03-15</DateOfBirth>', '1962-03-15'],
    ['He told me his date of birth is 15 March 1962.', '15 March 1962'],
  ])('reads the date in %s as a date of birth', (text, date) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([date]);
  });

  it('reads a DOB column under a header rule drawn with +', () => {
    const table = [
      'Elector no. | Surname    | Forenames | DOB        | Vote',
      '------------+------------+-----------+------------+------',
      'QX1-412     | HALLAM     | Amos      | 02/05/1939 | postal',
    ].join('\n');
    expect(found(table, 'DATE_OF_BIRTH')).toEqual(['02/05/1939']);
  });

  it('does not read a placeholder in a name column as a name', () => {
    const csv = [
      '"incident_id";"timestamp";"caller_name";"summary"',
      '"AB-310906-0051";"2031-09-06 00:31:09";"Anon";"Youths on bikes"',
      '"AB-310906-0052";"2031-09-06 00:35:10";"Control";"Patrol request"',
      '"AB-310906-0053";"2031-09-06 00:41:12";"Priya Venn";"Noise"',
    ].join('\n');
    expect(found(csv, 'PERSON')).toEqual(['Priya Venn']);
  });
});

describe('ages told by relatives, representatives and in answers (read from fresh13)', () => {
  it.each([
    ['My client is seventeen and has no previous convictions.', 'seventeen'],
    ['Dad is 71 and lives on his own at the farm.', '71'],
    ['INT: How old is he?\nSOL: like 21. He is not like that.', '21'],
    ['How old is Kai?\n00:00:50 — Lili: 19. He has a car.', '19'],
  ])('finds the age in %s', (text, age) => {
    expect(found(text, 'AGE')).toEqual([age]);
  });

  it('does not read an amount after a relative or a timestamp after a question as an age', () => {
    expect(found('Her husband is 5 minutes away.', 'AGE')).toEqual([]);
    expect(found('How old is the log?\n00:00:50 — Control: noted.', 'AGE')).toEqual([]);
  });
});
