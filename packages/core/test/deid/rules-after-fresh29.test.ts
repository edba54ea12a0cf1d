/**
 * General rules added after fresh29's misses were read (docs/deid.md, twenty-first session): each
 * with fictional examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('dates that date the document', () => {
  it("leaves out a date in a document's title line", () => {
    const memo =
      'Fieldwork memo – ward visit – 14/03/2031\n\nStaff were welcoming and the notes are full.';
    expect(found(memo, 'DATE')).toEqual([]);
    const heading =
      '## Daily safeguarding huddle 02/04/2031\n| Item | Owner |\n|---|---|\n| Beds | AB |';
    expect(found(heading, 'DATE')).toEqual([]);
  });

  it("keeps the incident's date in a log's title, a fixture's date, and a birth date in a title", () => {
    expect(found('Log 77/1234/31 - 05/06/2031 22:10hrs\nCaller reports a fight.', 'DATE')).toEqual([
      '05/06/2031',
    ]);
    expect(
      found(
        'Steward log - Haverton Town v Moorside Rovers - 12 MAR 2031\nGates open 13:00.',
        'DATE',
      ),
    ).toEqual(['12 MAR 2031']);
    expect(
      found(
        'Referral: Noor BASHIR (DOB 03/09/2011)\nSchool reports she is withdrawn.',
        'DATE_OF_BIRTH',
      ),
    ).toEqual(['03/09/2011']);
  });

  it('keeps a date on the first line of a one-line note or a short snippet', () => {
    expect(found('Assaulted in the street on 12/03/2031.', 'DATE')).toEqual(['12/03/2031']);
    expect(found('Arrested on 12/03/2031\nbailed.', 'DATE')).toEqual(['12/03/2031']);
  });

  it("leaves out a form's `Date:` with its weekday, and a document version's date", () => {
    const form = 'VISIT RECORD\nSite: Calder   Date: Tue 14/01/2031   Arrived 10:05\nAll well.';
    expect(found(form, 'DATE')).toEqual([]);
    const sheet = 'Please read the information sheet (version 2.3, 01/02/2031) before you sign.';
    expect(found(sheet, 'DATE')).toEqual([]);
    expect(found('{"case": "A1", "extracted_on": "2031-04-03"}', 'DATE')).toEqual([]);
  });

  it('keeps a `Date:` field beside an offence', () => {
    const form =
      'CRIME REPORT\nOffence: assault   Date: Tue 14/01/2031   Time: 22:10\nVictim spoke to us.';
    expect(found(form, 'DATE')).toEqual(['14/01/2031']);
  });
});

describe('ages beside people', () => {
  it('reads a household member by role, then the age in brackets', () => {
    const text = 'Household: applicant (61), wife Amal, daughter Rania (19, at college).';
    expect(found(text, 'AGE')).toEqual(['61', '19']);
  });

  it('reads an age after a name before a closing quote, but not a date after a dash', () => {
    expect(found('"Tom Quantock, 33"\t"known to CRHT"', 'AGE')).toEqual(['33']);
    expect(
      found('Return visit — Ferdie Quantock — 30-Oct-2031\nWe talked for an hour.', 'AGE'),
    ).toEqual([]);
  });

  it('reads `is maybe` and `is about` before an age said of a named person', () => {
    expect(found('Wilf Ashdown is maybe seventy, lives alone.', 'AGE')).toEqual(['seventy']);
    expect(found('Wilf Ashdown is maybe coming later.', 'AGE')).toEqual([]);
  });
});

describe('names', () => {
  it("reads a transcript key's initials as the people they stand for", () => {
    const text =
      'Speakers: JV = Dr Joanna Vettriano (interviewer); RK = Ravi Kalsi\n\n' +
      'JV: How did the night go?\nRK: Badly, then better.\nJV: Why?';
    expect(found(text, 'PERSON')).toEqual([
      'JV',
      'Joanna Vettriano',
      'RK',
      'Ravi Kalsi',
      'JV',
      'RK',
      'JV',
    ]);
  });

  it('leaves initials with an equals sign alone when no name follows', () => {
    expect(
      found('Codes: MH = mental health; DV = domestic violence.\nThe MH team noted it.', 'PERSON'),
    ).toEqual([]);
  });

  it('reads a given name and an UPPERCASE surname after a role word', () => {
    expect(found('Caller Halina WOJCIECHOWSKA on the line, upset.', 'PERSON')).toEqual([
      'Halina WOJCIECHOWSKA',
    ]);
  });

  it("leaves a possessive 's out of a name", () => {
    expect(found("then her friend Leah Ocansey's mum rang back", 'PERSON')).toEqual([
      'Leah Ocansey',
    ]);
  });
});

describe('table cells and times', () => {
  it('reads no organisation or eponym across the tab between a name and a job', () => {
    const text =
      'seat\tname\trole\n1\tIfor Penhallow\tWard doctor\n2\tMirela Oancea-Tate\tProject manager\n';
    expect(found(text, 'PERSON')).toEqual(['Ifor Penhallow', 'Mirela Oancea-Tate']);
    expect(found(text, 'ORGANISATION')).toEqual([]);
  });

  it("reads no house number in a time's minutes", () => {
    expect(found('14:30 Sergeant Gardens and PC Ola attended.', 'ADDRESS')).not.toContain(
      '30 Sergeant Gardens',
    );
    expect(found('She lives at 58 Oakfield Meadows, Calder.', 'ADDRESS')).toEqual([
      '58 Oakfield Meadows',
    ]);
  });
});

describe('e-mail headers and display names', () => {
  it("reads an Outlook header's `Surname, Forename` as one name, and no team mailbox", () => {
    const text =
      'From: Penhaligon-Roe, Tamsin (PS 2211)\nTo: SH-Response-Team; Quarrie, Elspeth\nSubject: nights\n\nSee below.';
    expect(found(text, 'PERSON')).toEqual(['Penhaligon-Roe, Tamsin', 'Quarrie, Elspeth']);
    expect(found('To: ASC-Safeguarding; team@example.org\nSubject: referral', 'PERSON')).toEqual(
      [],
    );
  });

  it('keeps a surname and a given name apart where no header stands before them', () => {
    expect(found('We met Penhaligon-Roe, Tamsin and Quarrie in the yard.', 'PERSON')).not.toContain(
      'Penhaligon-Roe, Tamsin',
    );
  });

  it("leaves a rank in capitals out of a display name, and reads a probation officer's and a firefighter's letters as ranks", () => {
    const chat =
      '[03/04/2031, 10:03:55] Orla Whitcombe PCSO: went round\n[03/04/2031, 10:04:10] Ben Aske: ta';
    expect(found(chat, 'PERSON')).toEqual(['Orla Whitcombe', 'Ben Aske']);
    expect(found('Countersigned: SPO Idris Vaughan-Lee 22/04/2031', 'PERSON')).toEqual([
      'Idris Vaughan-Lee',
    ]);
    expect(found('Crew: Red Watch   Lead: FF Nia Hale\nOccupier: none', 'PERSON')).toContain(
      'Nia Hale',
    );
  });
});
