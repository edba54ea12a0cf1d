/**
 * General rules added after fresh29's and fresh30's misses were read (docs/deid.md, twenty-first
 * session): each with fictional examples of its own (not taken from any evaluation set) and a
 * negative case.
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

describe("second round: rules after fresh30's first sight", () => {
  it("leaves out a deadline, a record's written or issued label and a signature's date", () => {
    expect(found('{"risk": "HIGH", "review_due": "2031-07-14"}', 'DATE')).toEqual([]);
    expect(
      found('MARAC return\nMeeting ref: M-1     Return by: 14/10/2031\nNotes follow.', 'DATE'),
    ).toEqual([]);
    expect(found('FOLLOW-UP NOTE\nWritten: 18/09/2031 11:40\nMale seen.', 'DATE')).toEqual([]);
    expect(found('I confirm this is true. Signed K L-M   Date 10/06/2031', 'DATE')).toEqual([]);
  });

  it('still finds an event dated beside a return or a signature', () => {
    expect(found('He returned home by taxi on 14/10/2031 and was assaulted.', 'DATE')).toEqual([
      '14/10/2031',
    ]);
  });

  it("reads no crime reference in an interpreter booking's, a study's or a visit's number", () => {
    expect(found('Interpreter (Polish) booked, ref INT-55871', 'CRIME_REF')).toEqual([]);
    expect(found('the partnership study (ref ERC-2031-0412)', 'CRIME_REF')).toEqual([]);
    expect(found('Visit ID: SWV-31-22871   Crew: Red Watch', 'CRIME_REF')).toEqual([]);
    expect(found('Crime ref: CR-31-22871 recorded.', 'CRIME_REF')).toEqual(['CR-31-22871']);
  });

  it('reads a date under a qualified date-of-birth column as a date of birth', () => {
    const csv = 'id,client_name,client_dob,seen\nA1,Ilse Marr,1971-06-14,2031-12-02\n';
    expect(found(csv, 'DATE_OF_BIRTH')).toEqual(['1971-06-14']);
  });

  it("reads a client column's names, surname first too, in a table drawn with bars", () => {
    const table =
      'Voucher | Agency     | Client           | Adults\nV-1     | AG-1 (GP)  | Frost, Ivy       | 1\n' +
      'V-2     | AG-2       | Pell, Ruaridh    | 2\nV-3     | AG-3       | not known        | 1\n';
    expect(found(table, 'PERSON')).toEqual(['Frost, Ivy', 'Pell, Ruaridh']);
  });

  it('reads a payee, an owner and a recipient in exports, an initial opening the name', () => {
    expect(found('<action owner="G. Ashmore">Refer</action>', 'PERSON')).toEqual(['G. Ashmore']);
    expect(found('<Comp amount="50.00" payee="Nadia Sorrell"/></x>', 'PERSON')).toEqual([
      'Nadia Sorrell',
    ]);
    expect(found('{"to": "07700900120", "recipient": "Lilo Fairbairn"}', 'PERSON')).toEqual([
      'Lilo Fairbairn',
    ]);
    expect(found('<action owner="Duty Desk">Refer</action>', 'PERSON')).toEqual([]);
  });

  it('reads French titles, a watch manager and a middle name before a label in capitals', () => {
    expect(found('Nearest relative: Mme Sidonie Vautrin (mother)', 'PERSON')).toEqual([
      'Sidonie Vautrin',
    ]);
    expect(found('Referring officer: WM Kit Langridge   Service no. 40872', 'PERSON')).toEqual([
      'Kit Langridge',
    ]);
    expect(found('PNC: TREVELYAN-BOSE, Lowri Jane DOB 03/11/2001', 'PERSON')).toEqual([
      'TREVELYAN-BOSE, Lowri Jane',
    ]);
  });

  it('reads a quoted nickname after `he calls` or `a lad called`, and no unquoted word', () => {
    expect(
      found('He owes money to an older male he calls "Brick", met at the gym.', 'PERSON'),
    ).toEqual(['Brick']);
    expect(found('One lad called "Dibs" had a bike.', 'PERSON')).toEqual(['Dibs']);
    expect(found('She calls Tuesday her worst day.', 'PERSON')).toEqual([]);
  });
});

describe('third round: record dates in the read sets', () => {
  it('leaves out a timed date in a tab-separated cell, and keeps an event column', () => {
    const tsv = 'ref\twhen\tcaller\nCL-1\t2031-03-13 02:14\tAnn Hale\n';
    expect(found(tsv, 'DATE')).toEqual([]);
    const events = 'ref\tevent_date\tplace\nCL-1\t2031-03-13\tbus station\n';
    expect(found(events, 'DATE')).toEqual(['2031-03-13']);
  });

  it("leaves out a shift's, a debrief's and a deadline's date, and a day book's `DATE` line", () => {
    expect(
      found('TRIAGE CAR - SHIFT LOG\nSHIFT 13/03/2031 1600-0000   CREW: PC 1', 'DATE'),
    ).toEqual([]);
    expect(found('Debrief by: PCSO Ann Lee   Date of debrief: 14/03/2031', 'DATE')).toEqual([]);
    expect(found('Not yet. Screening by 17/03/2031. Passed to the team.', 'DATE')).toEqual([]);
    expect(found('OPERATOR LOG\nDATE 13.03.31\n21:04 CAM 17 - male seen', 'DATE')).toEqual([]);
  });

  it('reads a Markdown label in bold as the plain label (`**Date:**` beside a chair)', () => {
    const md = '# Panel\n**Date:** 12/03/2031  **Chair:** Insp Ann Lee\n';
    expect(found(md, 'DATE')).toEqual([]);
  });

  it("still finds an event's date after `by` and a person", () => {
    expect(found('She was assaulted by her partner on 12/03/2031.', 'DATE')).toEqual([
      '12/03/2031',
    ]);
  });

  it('reads no crime reference in evidence media or an incident-reporting system', () => {
    expect(found('PC 1742 Ann Lee   BWV ref BWV-1742-0312-03', 'CRIME_REF')).toEqual([]);
    expect(found('Footage ref V-31-22140 sent to the OIC.', 'CRIME_REF')).toEqual([]);
    expect(found('Stills saved, ref EXH/CCTV/4471, request form sent.', 'CRIME_REF')).toEqual([]);
    expect(found('Ward 3      Datix ID: DW-2031-118840', 'CRIME_REF')).toEqual([]);
    expect(found('Crime ref CR/31/118840 for the assault.', 'CRIME_REF')).toEqual(['CR/31/118840']);
  });
});

describe('third round: names in exports and lower-case notes', () => {
  it('reads a JSON name value surname first or with an initial', () => {
    expect(found('{"author":"Quenby, Dean","text":"call"}', 'PERSON')).toEqual(['Quenby, Dean']);
    expect(found('{"rank": "PS", "name": "H. Dransfeld"}', 'PERSON')).toEqual(['H. Dransfeld']);
    expect(found('{"name": "Duty Desk"}', 'PERSON')).toEqual([]);
  });

  it('reads a lower-case given name and surname before a role in brackets', () => {
    const notes = 'present: liam okafor (com, pdu), tony greave (lead), a long walk (two hours)';
    expect(found(notes, 'PERSON')).toEqual(['liam okafor', 'tony greave']);
  });

  it("reads a name before a participant's code in brackets, and its echoes", () => {
    const memo = 'Ysella (INT-04): "it is people, not systems". Later Ysella said it again.';
    expect(found(memo, 'PERSON')).toEqual(['Ysella', 'Ysella']);
    expect(found('Bridlington (P41) has the longest waits.', 'PERSON')).toEqual([]);
  });
});

describe('third round: collar numbers told with their word', () => {
  it('reads a collar, shoulder or operator number given without a rank', () => {
    expect(
      found("Six years in custody. Collar's 80461 but nobody uses it.", 'COLLAR_NUMBER'),
    ).toEqual(['80461']);
    expect(found('please keep my collar number (0978) out of it', 'COLLAR_NUMBER')).toEqual([
      '0978',
    ]);
    expect(found("My number's 7735 if you need it.", 'COLLAR_NUMBER')).toEqual(['7735']);
    expect(found('her operator no. is 6094 on the header', 'COLLAR_NUMBER')).toEqual(['6094']);
  });

  it("reads no phone's first group and no service number as a collar number", () => {
    expect(found("My number's 07700 900123, text first.", 'COLLAR_NUMBER')).toEqual([]);
    expect(found('Collar number (999) was a joke.', 'COLLAR_NUMBER')).toEqual([]);
  });
});
