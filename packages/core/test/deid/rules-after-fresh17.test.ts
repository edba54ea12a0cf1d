/**
 * General rules added after fresh17's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and a negative case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('support and care staff named by their role letters', () => {
  it('leaves a key worker, team leader or reporting person out of the name', () => {
    const notes =
      'Joint visit with KW Petra Lindgren on Friday.\nAuthorised: TL Osgood\n' +
      'RP AMINA YUSUF (NIECE) RE JAMES BRISCOE. NO WEAPONS.';
    const names = found(notes, 'PERSON');
    expect(names).toContain('Petra Lindgren');
    expect(names).toContain('Osgood');
    expect(names).toContain('JAMES BRISCOE');
    for (const name of names) expect(name).not.toMatch(/^(?:KW|TL|RP|RE) /);
  });
});

describe('ages', () => {
  it('reads the age after a date of birth and a slash, under a shared label', () => {
    const print = '  DOB / AGE.....: 04/09/1961 / 64\n  ADDRESS.......: 3 Ember Row\n';
    expect(found(print, 'DATE_OF_BIRTH')).toEqual(['04/09/1961']);
    expect(found(print, 'AGE')).toEqual(['64']);
  });

  it('leaves a date range with a slash alone', () => {
    expect(found('Period 01/02/2026 / 2027 review', 'AGE')).toEqual([]);
  });

  it('reads a list of ages after AGES, in capitals too', () => {
    expect(found('HOUSEHOLD: 3 CHILDREN (AGES 4, 7 AND 11)', 'AGE')).toEqual(['4', '7', '11']);
    expect(found('Twins, ages 6 & 9, at school.', 'AGE')).toEqual(['6', '9']);
    expect(found('Pages 4 and 5 of the form are missing.', 'AGE')).toEqual([]);
  });

  it('reads an age given as a decade of life, not an era', () => {
    const text =
      "Neighbour Edna Pask (80s) says she's in her seventies. Suspect white male, 20s, " +
      'mid 30s or late teens.\nMusic from the late 90s and the 1960s; it was in the 20s today.';
    expect(found(text, 'AGE')).toEqual(['80s', 'seventies', '20s', '30s', 'teens']);
  });

  it("reads the answer to 'how old is she?' on the next turn of a transcript", () => {
    const call =
      '[00:01:40] OPERATOR: How old is she?\n[00:01:43] CALLER: 52. She lives alone.\n' +
      '[00:02:10] OPERATOR: How old is the car?\n[00:02:12] CALLER: about 10 years I think';
    expect(found(call, 'AGE')).toEqual(['52']);
    expect(found('Q: How old are you?\nA: 3 times this week, sorry.', 'AGE')).toEqual([]);
  });
});

describe('references', () => {
  it("keeps a scheme's capitals glued to the number a trigger word reads", () => {
    const text = 'Safeguarding concern raised (ASC-4417203). Linked: <case>MASH-0092231</case>';
    expect(found(text, 'CRIME_REF')).toContain('ASC-4417203');
  });

  it('reads the value of an XML element or JSON key named as a reference in camel case', () => {
    const xml = '<s42><enquiryRef>W7-31-0442</enquiryRef><paymentRef>P7710293</paymentRef></s42>';
    expect(found(xml, 'CRIME_REF')).toEqual(['W7-31-0442']);
    expect(found('{"caseReference": "HX-77-2291"}', 'CRIME_REF')).toEqual(['HX-77-2291']);
  });

  it('leaves a label before the hyphen out of the reference', () => {
    expect(found('Crime ref REF-8812345 given.', 'CRIME_REF')).toEqual(['8812345']);
  });
});

describe('names in exports and tables', () => {
  it('reads a surname-first name in a quoted CSV cell under a name column', () => {
    const csv =
      'row,patient_name,dob\n1,"Ashworth-Kaye, Delphine",03/03/1990\n2,"Oyelowo, Tunde Ade",01/01/1985\n';
    expect(found(csv, 'PERSON')).toEqual(['Ashworth-Kaye, Delphine', 'Oyelowo, Tunde Ade']);
  });

  it('reads the name attributes of an XML element, and a worker element', () => {
    const xml =
      '<case>\n  <name family="Brennock" given="Lise-Marie"/>\n' +
      '  <worker role="SW">Tobias Ferrand</worker>\n  <consent given="true"/>\n</case>';
    expect(found(xml, 'PERSON')).toEqual(['Brennock', 'Lise-Marie', 'Tobias Ferrand']);
  });

  it("reads a name that the e-mail address after it spells, not a team's inbox", () => {
    const text =
      'Case assigned to Imre Vadasz-Holt (imre.vadasz-holt@housing.example).\n' +
      '{ "name": "Seo-yeon Hill",\n  "email": "seoyeon.hill@bank.example" }\n' +
      'To: Duty Desk <duty.desk@council.example>';
    const names = found(text, 'PERSON');
    expect(names).toContain('Imre Vadasz-Holt');
    expect(names).toContain('Seo-yeon Hill');
    expect(names).not.toContain('Duty Desk');
  });

  it('reads initials in an action table owner column when they stand for a person named', () => {
    const minutes =
      'Present: Nerys Talbot (chair), Dafydd Kemp (housing)\n\n' +
      '| No | Action | Owner |\n|----|--------|-------|\n| 1 | Review plan | NT |\n| 2 | Visit | DK |\n' +
      '\n| Date | Signed |\n|------|--------|\n| 12/03 | NT |\n';
    const initials = found(minutes, 'PERSON').filter((n) => n.length === 2);
    expect(initials).toEqual(['NT', 'DK']);
  });

  it("leaves initials signing off a note out, but not a name after 'by'", () => {
    const notes =
      'Present: Bethany Quill, Ola Dunn\nNotes taken by BQ.\nSW sig: OD      Date: 03/03\n' +
      'Seen by Ola Dunn.';
    expect(found(notes, 'PERSON')).toEqual(['Bethany Quill', 'Ola Dunn', 'Ola Dunn']);
  });

  it('reads no name in headings and cells made of everyday words', () => {
    const text = '2. Chronology agreed by the agencies\nConsent: NOT given.\n4. Test records here.';
    expect(found(text, 'PERSON')).toEqual([]);
  });

  it('reads a name followed by a relationship in shorthand or in doubt', () => {
    const notes = 'Present: SW, Leonie, Kye (bf).\nDoor answered by Rory ("friend").';
    const names = found(notes, 'PERSON');
    expect(names).toContain('Kye');
    expect(names).toContain('Rory');
    expect(found('Exit (fire) blocked.', 'PERSON')).toEqual([]);
  });
});

describe('addresses', () => {
  it('reads numbered thoroughfares named for what they run beside or up, and numbered blocks', () => {
    const text =
      'Premises: 14 Wharf Side, Ottery. Lives at 6c Beacon Mount. Found at 2 Market Steps; ' +
      'mother at 11 Fen End. Flat 3, 9 Mercer Buildings.';
    const addresses = found(text, 'ADDRESS').join(' | ');
    for (const street of ['14 Wharf Side', '6c Beacon Mount', '2 Market Steps', '11 Fen End'])
      expect(addresses).toContain(street);
    expect(addresses).toContain('9 Mercer Buildings');
    expect(found('She scored 3 Points. See page 4 End.', 'ADDRESS')).toEqual([]);
  });
});

describe('organisations and places', () => {
  it('reads services by the word that ends their name', () => {
    const text =
      'Referred to Fernhollow Tenancy Support; the place of safety is the Rowan Suite. ' +
      'Card replaced by Tidewell Building Society. Leaflet from Orchard Wellbeing Hub.';
    const orgs = found(text, 'ORGANISATION');
    for (const name of [
      'Fernhollow Tenancy Support',
      'Rowan Suite',
      'Tidewell Building Society',
      'Orchard Wellbeing Hub',
    ])
      expect(orgs).toContain(name);
  });

  it('reads a ward and the hospital it is in as one organisation', () => {
    const text = 'Admitted to Heron Ward, Caldmoor General Hospital; later to Lark Unit.';
    expect(found(text, 'ORGANISATION')).toEqual([
      'Heron Ward, Caldmoor General Hospital',
      'Lark Unit',
    ]);
  });

  it('leaves generic services, custody suites and a room in a building alone', () => {
    const text =
      'Seen in Custody Suite. Clinic in Room 4, Hazel Suite. Peer Support group. Community Hub.';
    expect(found(text, 'ORGANISATION')).toEqual([]);
  });

  it('reads a town-shaped word after a word of going to or being in a place', () => {
    const text =
      'Not to enter Quenby as defined. EXCLUSION ZONE: HALTERWICK. Seen heading towards ' +
      'Marlcombe on 3 May; he had not been near Dunholt.';
    expect(found(text, 'LOCATION')).toEqual(['Quenby', 'HALTERWICK', 'Marlcombe', 'Dunholt']);
  });

  it('leaves a named site and a person after the same words alone', () => {
    const text = 'Stopped near Felmoor roundabout. Thanks to Godfrey. Parent of Ashley.';
    expect(found(text, 'LOCATION')).toEqual([]);
  });
});

describe('numbers spoken digit by digit', () => {
  const WORDS = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const spoken = (digits: string) => [...digits].map((d) => WORDS[Number(d)]).join(' ');

  it('reads a phone number and an officer number read out in a transcript', () => {
    const turn =
      "P3: it's oh seven seven oh oh, nine oh oh, four one two (.) and I'm PC three one nine " +
      'two, shoulder number. Then one two three, counting, and PC Hart.';
    expect(found(turn, 'PHONE')).toEqual(['oh seven seven oh oh, nine oh oh, four one two']);
    expect(found(turn, 'COLLAR_NUMBER')).toEqual(['three one nine two']);
  });

  it('reads any mobile number in the drama range spoken in full, as one span', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        const number = `07700900${String(n).padStart(3, '0')}`;
        const words = spoken(number);
        expect(found(`She said ${words}, then hung up.`, 'PHONE')).toEqual([words]);
      }),
      { numRuns: 50 },
    );
  });
});
