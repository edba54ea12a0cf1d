/**
 * General rules added after fresh33's misses were read (docs/deid.md, twenty-third session):
 * each with fictional examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('towns that close a place', () => {
  it('reads a town-shaped word after a comma at the end of a site or address line', () => {
    expect(found('Seen in the Aldi car park, Brindlestoke.', 'LOCATION')).toEqual(['Brindlestoke']);
    expect(found('Council offices, Harrowby\nTel: none', 'LOCATION')).toEqual(['Harrowby']);
    expect(found('Unit 4 · Kelderbeck\n', 'LOCATION')).toEqual(['Kelderbeck']);
    expect(found('He was picked up at Farrowhay; no injuries.', 'LOCATION')).toEqual(['Farrowhay']);
  });

  it('leaves a given name after a comma, and a name before its age or birth date', () => {
    expect(found('Thanks for this, Ashley.', 'LOCATION')).toEqual([]);
    expect(found('MOSS, Whitby (41) of no fixed abode', 'LOCATION')).toEqual([]);
  });

  it('reads towns ending in -hay, -beck, -stoke and -arrow after a cue, and after nr or a run to', () => {
    expect(found('Bail: not to enter Quellhay.', 'LOCATION')).toEqual(['Quellhay']);
    expect(found('Lay-by nr Gimblebeck at 02:10.', 'LOCATION')).toEqual(['Gimblebeck']);
    expect(found('He did a run to Ostlerstoke for them.', 'LOCATION')).toEqual(['Ostlerstoke']);
    expect(found('Mostly out towards Pelharrow.', 'LOCATION')).toEqual(['Pelharrow']);
  });

  it('reads Welsh and Scots place openings after a cue, but not a possessive surname', () => {
    expect(found("She's in Llanbrennig, two hours away.", 'LOCATION')).toEqual(['Llanbrennig']);
    expect(found("Found in Kirkbride's car at noon.", 'LOCATION')).toEqual([]);
  });

  it('leaves a town-shaped word that opens a longer name', () => {
    expect(found('Met at Quellhay Library at noon.', 'LOCATION')).toEqual([]);
  });
});

describe('speakers a transcript or chat writes as initials or display names', () => {
  it("reads an interview's initials labels when two speakers alternate", () => {
    const transcript =
      'Interview 3 — transcript\n\nRT: Tell me about the night shift.\nBJ-O: Busy. Always busy.\n' +
      'RT: And the nurses?\nBJ-O: Brilliant when they are on.\n';
    expect(found(transcript, 'PERSON')).toEqual(['RT', 'BJ-O', 'RT', 'BJ-O']);
  });

  it('leaves a generic label, and capital fields of a form that do not alternate as speakers', () => {
    const interview =
      'INT: How long have you worked here?\nNH: Six years.\nINT: And before?\nNH: Agency.';
    expect(found(interview, 'PERSON')).toEqual(['NH', 'NH']);
    const pad = 'FOR: the duty desk\nTEL: none given\nFOR: the inspector\nTEL: none given';
    expect(found(pad, 'PERSON')).toEqual([]);
  });

  it("reads a workspace chat's two-word display names after a bare time, without a title", () => {
    const chat =
      '[09:12] Oksana Privett: anyone free at 11?\n[09:14] Dr Tobiah Quennell: me\n' +
      '[09:15] Oksana Privett: thanks';
    expect(found(chat, 'PERSON')).toEqual(['Oksana Privett', 'Tobiah Quennell', 'Oksana Privett']);
  });

  it('leaves a single capital role after a bare time', () => {
    const call = '[00:00:02] OPERATOR: Police, what is the address?\n[00:00:09] CALLER: The flats.';
    expect(found(call, 'PERSON')).toEqual([]);
  });
});

describe('shops and pubs that only mark where something happened', () => {
  it('leaves a chain or pub after outside, near or behind, or before car park', () => {
    expect(found('Two youths arguing outside Greggs at 14:10.', 'ORGANISATION')).toEqual([]);
    expect(found('Last seen near the Co-op on foot.', 'ORGANISATION')).toEqual([]);
    expect(found('Van parked in the Tesco Extra car park.', 'ORGANISATION')).toEqual([]);
    expect(found('Fight behind the Black Swan.', 'ORGANISATION')).toEqual([]);
  });

  it('keeps premises linked to the person, and a workplace named outside it', () => {
    expect(found('Card used at Tesco Express twice.', 'ORGANISATION')).toEqual(['Tesco Express']);
    expect(found('Assaulted outside the Black Swan where she works.', 'ORGANISATION')).toEqual([
      'the Black Swan',
    ]);
  });
});

describe('collar numbers repeated alone', () => {
  it("echoes an officer's number wherever the log repeats it alone", () => {
    const log =
      '21:02 [CH 4417 PRENDERGAST] Caller reports a fall.\n21:30 [4417] Caller updated.\n' +
      'Printed 22:00 by 4417';
    expect(found(log, 'COLLAR_NUMBER')).toEqual(['4417', '4417', '4417']);
  });

  it('leaves the digits inside a longer reference, and a clock time that matches', () => {
    const log = 'PC 1930 ROWE attended. Ref CNL-350308-1930. Arrived at 1930 hrs.';
    expect(found(log, 'COLLAR_NUMBER')).toEqual(['1930']);
  });
});

describe('homes named by their building alone', () => {
  it('reads a building after a word of being or going there', () => {
    expect(found('She lives alone at Petrel House, near the quay.', 'ADDRESS')).toEqual([
      'Petrel House',
    ]);
    expect(found('Bail: not to enter Linthorpe Lodge.', 'ADDRESS')).toEqual(['Linthorpe Lodge']);
    expect(found('Intelligence: Flat 4, Sandpiper Court (tenant unknown).', 'ADDRESS')).toEqual([
      'Flat 4, Sandpiper Court',
    ]);
  });

  it('leaves courts and meeting houses, and a building that opens a longer name', () => {
    expect(found("Bailed to Quarrington Magistrates' Court.", 'ADDRESS')).toEqual([]);
    expect(found('REPORT TO THE COURT', 'ADDRESS')).toEqual([]);
    expect(found('Release address: Tanner Lodge Approved Premises.', 'ADDRESS')).toEqual([]);
  });

  it('does not read the words after the building as its town', () => {
    expect(found('Discharged to Petrel House, Dr Anand to review.', 'LOCATION')).toEqual([]);
  });
});

describe('quoted names after a naming or relation word', () => {
  it('reads the quoted name after known as, called, aka, a slash or a relation', () => {
    const note =
      'A man known only as "Stumpy" was moved on. Her partner "Tank" was present. ' +
      'He was with a lad called \'Kyrese\' and Dec / "Shocks".';
    expect(found(note, 'PERSON')).toEqual(['Stumpy', 'Tank', 'Kyrese', 'Shocks']);
  });

  it('leaves quoted speech, a relation and a title in quotes', () => {
    const note =
      'She said "can\'t stop shaking" and signs for "wait". They answer to "Noy" / "Mum". ' +
      'A neighbour called "Auntie" came round.';
    expect(found(note, 'PERSON')).not.toContain('Mum');
    expect(found(note, 'PERSON')).not.toContain('Auntie');
    expect(found(note, 'PERSON')).not.toContain('wait');
  });
});

describe('given names in lines written in lower case', () => {
  it('reads a known given name anywhere in a lower-case line', () => {
    const chat = '[08:11] pat o: any update on tommy? his mum rang the desk\n';
    expect(found(chat, 'PERSON')).toContain('tommy');
    expect(found('seen tommy on the bike by the shops, says hes fine', 'PERSON')).toEqual([
      'tommy',
    ]);
  });

  it("leaves a saint's or a building's name, a word like kit, and lines in sentence case", () => {
    expect(found('taken to st nicholas ward 22 last night', 'PERSON')).toEqual([]);
    expect(found('outside marlowe house again at 2am', 'PERSON')).toEqual([]);
    expect(found('gave him a naloxone kit and showed him how', 'PERSON')).toEqual([]);
    expect(found('He said tommy guns were on show at the Museum.', 'PERSON')).toEqual([]);
  });
});

describe("a report form's and a flight log's own numbers", () => {
  it('leaves them, and keeps the incident number beside them', () => {
    const form = 'Report no.: SIR-0417-3318\nIncident: TC/26/071093\nFlight log no.: FLT-26-0712';
    expect(found(form, 'CRIME_REF')).toEqual(['TC/26/071093']);
  });
});

describe('where a person is from, after the age and a comma or the birth date', () => {
  it('reads the place after `(62), of` and `DOB …, of`', () => {
    const text =
      'Her mother, Ottoline Brack (62), of Quennington. Lee ASH, DOB 08/08/1997, of Pelsall.';
    expect(found(text, 'LOCATION')).toEqual(['Quennington', 'Pelsall']);
  });

  it('leaves a street there to the address rules', () => {
    expect(found('Connor Pike (22), of Cuckoo Lane: banned.', 'LOCATION')).toEqual([]);
  });
});

describe('institutions in a shouted log line', () => {
  it('reads a hospital before its department or the rest of the clause, after a verb', () => {
    const log = 'CONVEYED TO QUARRINGTON GENERAL HOSPITAL ED AS PLACE OF SAFETY';
    expect(found(log, 'ORGANISATION')).toEqual(['QUARRINGTON GENERAL HOSPITAL']);
    const arrived = '04:02 ARRIVED QUARRINGTON GENERAL HOSPITAL RESUS.';
    expect(found(arrived, 'ORGANISATION')).toEqual(['QUARRINGTON GENERAL HOSPITAL']);
  });

  it('keeps a name that ends like a verb, and leaves a verb before a bare school', () => {
    expect(found("WELLSPRING WOMEN'S HOUSING — NIGHT LOG", 'ORGANISATION')).toEqual([
      "WELLSPRING WOMEN'S HOUSING",
    ]);
    expect(found('LAST SEEN 15:20 LEAVING SCHOOL', 'ORGANISATION')).toEqual([]);
  });
});

describe("an export's incident date column", () => {
  it('reads each cell under `incident_date` or `Incident date` as a date', () => {
    const csv =
      'case_ref,row,logged_at,incident_date,category\n' +
      'ASB-51-0007,1,2051-04-02T09:14,31/03/2051,Noise\n';
    expect(found(csv, 'DATE')).toEqual(['31/03/2051']);
  });

  it('leaves the logged-at stamp beside it', () => {
    const csv = 'case_ref,logged_at,category\nASB-51-0007,02/04/2051,Noise\n';
    expect(found(csv, 'DATE')).toEqual([]);
  });
});
