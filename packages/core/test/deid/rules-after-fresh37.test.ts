/**
 * General rules added after fresh37's misses were read (docs/deid.md, twenty-seventh session):
 * each with fictional examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('names', () => {
  it('reads the named speakers of a transcript saved as a table, not its generic labels', () => {
    const csv =
      'turn,speaker,text\n1,Orla (facilitator),"Welcome."\n2,Zevika,"Eight years."\n3,Interviewer,"Go on."\n4,P2,"Yes."\n';
    expect(found(csv, 'PERSON')).toEqual(['Orla', 'Zevika']);
  });

  it('reads a plain name attribute of an XML element when its words read as names', () => {
    const xml =
      '<case>\n  <raisedBy name="Perpetua Agyekum" role="Offender Manager"/>\n  <form name="Report"/>\n</case>\n';
    expect(found(xml, 'PERSON')).toEqual(['Perpetua Agyekum']);
  });

  it('reads a quoted name someone is known by in a place', () => {
    expect(found('A plot holder known on the site as "Tumbler" shouted.', 'PERSON')).toEqual([
      'Tumbler',
    ]);
    expect(found('He shouted "Tumbler" at the van.', 'PERSON')).toEqual([]);
  });

  it('reads someone rung on a phone number, not a service', () => {
    expect(found('11:10 Rang Qorri on 07700 900111 - no reply.', 'PERSON')).toEqual(['Qorri']);
    expect(found('Rang Control on 01632 960111 for a unit.', 'PERSON')).toEqual([]);
  });

  it('reads the unknown first names of a list that is mostly known given names', () => {
    expect(found('Seating: Zevika, Orrin, Lesley-Ann, Dwayne, Godfrey, me.', 'PERSON')).toEqual([
      'Zevika',
      'Orrin',
      'Lesley-Ann',
      'Dwayne',
      'Godfrey',
    ]);
    // The radio alphabet's words: the list rule adds none (others read `Juliet` alone as a name).
    expect(found('Spelt out as Victor, Juliet, Oscar, Charlie, Mike.', 'PERSON')).not.toContain(
      'Victor',
    );
    expect(found('Towns: Leeds, Bradford, Zevika and York.', 'PERSON')).toEqual([]);
  });

  it("reads the writer named after a dated entry's date and dash, not a code or a sender", () => {
    const notes = '05/09/2061 - QT Vellacott (CWO)\nReferral in.\n\n06/09/2061 - Zevika\nSeen.\n';
    expect(found(notes, 'PERSON')).toEqual(['QT Vellacott', 'Zevika']);
    expect(found('20/05/2061 - JV\nNo answer.\n', 'PERSON')).toEqual([]);
    expect(found('02/03/2061, 19:02 - Status: closed', 'PERSON')).toEqual([]);
  });

  it('does not read a birth field label as a speaker', () => {
    expect(found('Born: Dunedin, New Zealand\nBorn: 02/03/1950\n', 'PERSON')).toEqual([]);
  });
});

describe('ages', () => {
  it('reads a decade after a capitalised hedge and a decade before a semicolon', () => {
    expect(found('Approx 50s, blue coat.', 'AGE')).toEqual(['50s']);
    expect(found('One gave the name Dale QUIBELL, 30s; the other ran.', 'AGE')).toEqual(['30s']);
    expect(found('Music of the 1980s; loud.', 'AGE')).toEqual([]);
  });

  it("reads a person's age and a relative's in brackets after the word age or a possessive", () => {
    expect(found("Her age (61) and her daughter's (23) are on the form.", 'AGE')).toEqual([
      '61',
      '23',
    ]);
    expect(found('See page (61) of the form.', 'AGE')).toEqual([]);
  });

  it('does not read time served or time in post as an age', () => {
    expect(found('Serving 6 yrs for burglary.', 'AGE')).toEqual([]);
    expect(found('She has been here 9 yrs.', 'AGE')).toEqual([]);
    expect(found('He is 9 yrs old.', 'AGE')).toEqual(['9']);
  });
});

describe('places and organisations', () => {
  it('reads the place of a birthplace field, without its country', () => {
    expect(found('Born: Ostravik      Died: 02/08/2026\n', 'LOCATION')).toEqual(['Ostravik']);
    expect(found('Born: Tawhiri, New Zealand      NHS: none\n', 'LOCATION')).toEqual(['Tawhiri']);
    expect(found('Place of birth: Limassol, Cyprus\n', 'LOCATION')).toEqual(['Limassol']);
    expect(found('He was born in Limassol, Cyprus.', 'LOCATION')).toEqual(['Limassol', 'Cyprus']);
  });

  it('reads a flat typed in lower case as the start of its address', () => {
    expect(found('Address: flat 4, 12 Quillet Road\n', 'ADDRESS')).toEqual([
      'flat 4, 12 Quillet Road',
    ]);
    expect(found('The road runs flat 4 miles to the coast.', 'ADDRESS')).toEqual([]);
  });

  it('reads clubs, hostels, land agents and funeral directors by what they are', () => {
    expect(found('He coaches at Brackwell Rovers Juniors FC on Sundays.', 'ORGANISATION')).toEqual([
      'Brackwell Rovers Juniors FC',
    ]);
    expect(found('A bed at St Orrin’s Hostel from tonight.', 'ORGANISATION')).toEqual([
      'St Orrin’s Hostel',
    ]);
    expect(found('Their agent, Thistley Land Agents, rang.', 'ORGANISATION')).toEqual([
      'Thistley Land Agents',
    ]);
    expect(found('The youth hostel was full.', 'ORGANISATION')).toEqual([]);
  });
});

describe('references', () => {
  it("leaves a student's, a bank's, a call blocker's and a study's numbers untagged", () => {
    for (const text of [
      'Student no. QX2061-4471.',
      'Her bank case no. BK-77120 is open.',
      'trueCall unit TC-61-303 fitted.',
      'Ethics: REC-61-0042 | Sponsor ref SP-2061-07',
      '{"student_no": "S9911884"}',
    ])
      expect(found(text, 'CRIME_REF'), text).toEqual([]);
    expect(found('Crime ref QX/61/004471 recorded.', 'CRIME_REF')).toEqual(['QX/61/004471']);
  });
});
