/**
 * General rules added after fresh34's misses were read (docs/deid.md, twenty-fourth session):
 * each with fictional examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe("a record's own dates", () => {
  it("leaves a journal heading's date, but not a date that ends a sentence", () => {
    expect(found('Journal\n\n## Tue 9 Mar 2041\nQuiet shift.\n', 'DATE')).toEqual([]);
    expect(found('Notes\n### 10/03/2041\nRang the ward.\n', 'DATE')).toEqual([]);
    expect(found('Notes\nHe was arrested on 9 Mar 2041\nBailed.\n', 'DATE')).toEqual([
      '9 Mar 2041',
    ]);
  });

  it("leaves a form's colon-less Date in a spaced row, unless the row holds the event's time", () => {
    const header = 'Client ID QX-1180      Date 03/02/2041      Worker Bea Lund\n';
    expect(found(`TRIAGE\n${header}Seen alone.`, 'DATE')).toEqual([]);
    const event = '2. DETENTION\n   Date  06/11/2041     Time  23:38     Place  the park\n';
    expect(found(event, 'DATE')).toEqual(['06/11/2041']);
  });

  it('leaves the cells of visit, supply and contact date columns, but not of an event date', () => {
    const rota = 'visit_date\tslot\tclient\n2041-09-14\t09:30\tJem Ashdale\n';
    expect(found(rota, 'DATE')).toEqual([]);
    const register = 'supply_date,kit,client\n2041-02-03,Nyxoid,Ola Brinkworth\n';
    expect(found(register, 'DATE')).toEqual([]);
    const detentions = 'event_date\tplace\tperson\n2041-09-14\tpark\tJem Ashdale\n';
    expect(found(detentions, 'DATE')).toEqual(['2041-09-14']);
  });

  it('leaves the date a transcript was recorded or typed up, not an incident put on record', () => {
    expect(found('Interview 4\nRecorded 03/11/2041, 58 min\n\nINT: Thanks.', 'DATE')).toEqual([]);
    expect(found('Observer: RQ (typed up 20/01/2041). Asides in brackets.', 'DATE')).toEqual([]);
    expect(found('One incident is recorded on 14 February 2041 (an argument).', 'DATE')).toEqual([
      '14 February 2041',
    ]);
  });
});

describe('numbers that are no case reference', () => {
  it("leaves a booking's, a kit serial's and a service provider's reference", () => {
    expect(found('Curfew tag fitted (provider ref TGX-3398-221).', 'CRIME_REF')).toEqual([]);
    expect(found('Naloxone given, kit serial NX-5521-0920.', 'CRIME_REF')).toEqual([]);
    expect(found('Crime ref CR/0061124/41 raised.', 'CRIME_REF')).toEqual(['CR/0061124/41']);
  });
});

describe('places kept out of by a condition, and town shapes', () => {
  it('reads a town or a street after "not to enter" and a place an exclusion zone covers', () => {
    expect(found('Bailed not to enter Heron Walk.', 'ADDRESS')).toEqual(['Heron Walk']);
    expect(found('The exclusion zone covers Mossingford only.', 'LOCATION')).toEqual([
      'Mossingford',
    ]);
  });

  it('leaves premises on a street named after "not to enter" to the organisation rules', () => {
    expect(found('Condition: not to enter Tenter Street Pharmacy.', 'LOCATION')).toEqual([]);
  });

  it('reads towns ending in -wyke and -hallow where a town shape is needed', () => {
    expect(found('Seen in the Aldi car park, Brackenwyke.', 'LOCATION')).toEqual(['Brackenwyke']);
    expect(found('Unit 4 · Thornhallow\n', 'LOCATION')).toEqual(['Thornhallow']);
  });
});

describe('an initial before a double-barrelled surname', () => {
  it("reads a register's or a note's initial and double-barrelled surname as a person", () => {
    expect(found('2041-02-03,Nyxoid,J Abernethy-Oyo,Y', 'PERSON')).toEqual(['J Abernethy-Oyo']);
    expect(found('Copy to IDVA R. Pellow-Hughes today.', 'PERSON')).toEqual(['R. Pellow-Hughes']);
  });

  it('leaves an initial before hyphenated everyday words', () => {
    expect(found('Plan A Drop-In sessions resume.', 'PERSON')).toEqual([]);
  });
});

describe('lower-case chat messages after a sender label', () => {
  it("reads a known given name in a lower-case message whatever the label's capitals", () => {
    const line = '[21:14] Hope Ransley PCSO: sorry to msg late, keeley came round again last night';
    expect(found(line, 'PERSON')).toContain('keeley');
  });

  it("leaves a form's untimed label and its line to the whole-line test", () => {
    const line =
      'Learning: the least restrictive principle in the Code of Practice; it took patience.';
    expect(found(line, 'PERSON')).toEqual([]);
  });
});

describe("an officer's post and number in brackets after the rank and name", () => {
  it('reads the number that closes the bracket after the post', () => {
    const crew = 'Crew: PC Idris Vane (driver), PC Tomas Elderby-Hale (probationer, 2633)';
    expect(found(crew, 'COLLAR_NUMBER')).toEqual(['2633']);
  });

  it('leaves a number closing a bracket after a name with no rank', () => {
    expect(found('Mr Brown (Flat 3, 2633) rang again.', 'COLLAR_NUMBER')).toEqual([]);
  });
});

describe('a named speaker heard once in an upper-case dialogue', () => {
  it('reads the label when the text writes the name in title case', () => {
    const transcript = [
      'FAC: So what happens when the call comes in?',
      'ORLANTHE: I have got, what, Orlanthe Quarrie, on my own with the jobs.',
      'FAC: Right.',
      'RHODRI: And then we come in.',
      'RHODRI: If it is before two.',
    ].join('\n');
    expect(found(transcript, 'PERSON')).toContain('ORLANTHE');
  });

  it('leaves a heading heard once when no dialogue surrounds it', () => {
    expect(found('UPDATE: Update sent to the ward.\nNo change.', 'PERSON')).toEqual([]);
  });
});
