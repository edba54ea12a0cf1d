/**
 * General rules added after fresh16's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('staff numbers and names written without a rank', () => {
  it('reads a CAD tag of number, slash and name, the initial kept with the surname', () => {
    const log =
      '03/02/36 01:10 [6118/R.OYELARAN] CALLER REPORTS MALE ON ROOF\n' +
      '01:14 [3390/BRACKENBURY] ON SCENE\n01:20 [12/05] NO TAG';
    expect(found(log, 'COLLAR_NUMBER')).toEqual(['6118', '3390']);
    expect(found(log, 'PERSON')).toEqual(['R.OYELARAN', 'BRACKENBURY']);
  });

  it('reads a number then a name-like word as an officer, in a cell or in running text', () => {
    const csv = '"N360203-0011";"03/02/2036 22:51";"4418 PEMBERTON";"Noise complaint"';
    expect(found(csv, 'COLLAR_NUMBER')).toEqual(['4418']);
    expect(found(csv, 'PERSON')).toEqual(['PEMBERTON']);
  });

  it('leaves a phone group, a team, a year and a house number alone', () => {
    const text =
      'HER MOB 07700 900417 RINGING OUT. 1433 CRT SPOKE TO HER.\n' +
      'In 2019 Smith moved. She lives at 1024 Ashdown Road.';
    expect(found(text, 'COLLAR_NUMBER')).toEqual([]);
    const names = found(text, 'PERSON');
    for (const word of ['RINGING', 'CRT', 'Ashdown']) expect(names).not.toContain(word);
  });

  it("reads a signature line's staff number after the name and a gap", () => {
    const text = 'Statement taken.\n\nSigned  Ruth Okafor  0931     12/03/2036\n';
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['0931']);
    expect(found('Signed  Ruth Okafor  2036     12/03/2036\n', 'COLLAR_NUMBER')).toEqual([]);
  });

  it('reads a call handler giving her operator number in lower case', () => {
    expect(found('This is Bryony, call handler, op 5531.', 'COLLAR_NUMBER')).toEqual(['5531']);
  });
});

describe('incident log numbers by day and serial', () => {
  it('finds a force letter, the day and the serial with no trigger word', () => {
    const text = 'LAST ONE N410220-0057. Subject: RE: N410301-0112 - outcome';
    expect(found(text, 'CRIME_REF')).toEqual(['N410220-0057', 'N410301-0112']);
  });

  it('does not take a part number or a short code for one', () => {
    expect(found('Part A1234-567 ordered. Room B12-4.', 'CRIME_REF')).toEqual([]);
  });
});

describe("a print's dotted leaders", () => {
  it('reads the date of birth, phone and address after a leader of dots', () => {
    const print =
      'dob..............2004-11-23\n' +
      'DOB..............23/11/2004\n' +
      'phone............07700 900 318\n' +
      'address..........12 Tanner Row, Hexley';
    expect(found(print, 'DATE_OF_BIRTH')).toEqual(['2004-11-23', '23/11/2004']);
    expect(found(print, 'PHONE')).toEqual(['07700 900 318']);
    expect(found(print, 'ADDRESS')).toEqual(['12 Tanner Row']);
  });

  it('takes no date after a version dot or a range of two dots', () => {
    const text = 'Build v2.01/02/2026 shipped. range=2027-06-01T00:00Z..2027-06-02T23:59Z';
    expect(found(text, 'DATE')).not.toContain('2027-06-02');
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('PNC names, SURNAME/FORENAMES', () => {
  it('reads one span with the forenames that are given names, with no date of birth after', () => {
    const print = 'NAME.............HARGREAVE/TOMAS EDWARD\nASSOCIATES\n  MELLOR/JADE - PNC';
    expect(found(print, 'PERSON')).toEqual(['HARGREAVE/TOMAS EDWARD', 'MELLOR/JADE']);
  });

  it('takes no pair of words that is not a name', () => {
    expect(found('STOP/SEARCH RECORD. RISK: LD/AUTISM. POLICE/NHS', 'PERSON')).toEqual([]);
  });
});

describe('ages', () => {
  it('reads the age after a date of birth and a comma where the number ends a clause', () => {
    const text = 'Kwame ADU, born 02/05/1988, 37 years\nLeon BARR, DOB 14/02/2011, 14, known';
    expect(found(text, 'AGE')).toEqual(['37', '14']);
  });

  it('leaves a house number after a date of birth', () => {
    expect(found('Leon BARR, DOB 14/02/2011, 14 Elm Road, Hexley', 'AGE')).toEqual([]);
  });

  it('reads an age in brackets or after `is` beside a name found', () => {
    const text =
      'Home visit. Edna Pryce is 84, lives alone.\nVictim:   VARGAS, Inés   (29)   born Lima\n' +
      'her son Tomos Hale (then 7) was present.';
    expect(found(text, 'AGE')).toEqual(['84', '29', '7']);
  });

  it('takes no duration or count after `is` for an age', () => {
    expect(found('Edna Pryce is 5 minutes away. Edna Pryce is 3 4 5.', 'AGE')).toEqual([]);
  });

  it('reads an age typed without an apostrophe in chat', () => {
    expect(found('im 81 and i live on my own', 'AGE')).toEqual(['81']);
    expect(found('IM 500mg given at 10:00', 'AGE')).toEqual([]);
  });
});

describe('initials declared after a name', () => {
  const minutes =
    'Present:\n' +
    '  Imelda Quarrie (IQ) - Chair\n' +
    '  Tobias Venn (TV) - Health Visitor\n' +
    '  Crisis Resolution Team (CRT) - on call\n' +
    '1. Health (TV): two missed appointments.\n' +
    '| Action              | Owner |\n' +
    '| Visit today         | IQ/TV |\n' +
    '| Share minutes       | TV    |\n';

  it('finds them in brackets, in the text and in an owner column, even as an acronym', () => {
    const initials = found(minutes, 'PERSON').filter((p) => /^[A-Z]{2,3}$/.test(p));
    expect(initials).toEqual(['IQ', 'TV', 'TV', 'IQ', 'TV', 'TV']);
  });

  it('reads no team abbreviation as a person', () => {
    expect(found(minutes, 'PERSON')).not.toContain('CRT');
  });
});

describe('senders and aliases in chat exports', () => {
  it('reads lower-case display names of one or two words before an aside', () => {
    const chat =
      '[01/04/2036, 20:01:10] dev (no 9): they are back\n' +
      '[01/04/2036, 20:02:44] jo malik: rang 101\n' +
      '[01/04/2036, 20:03:02] dev (no 9): ta\n' +
      '[01/04/2036, 20:05:19] jo malik: no answer';
    expect(found(chat, 'PERSON')).toEqual(['dev', 'jo malik', 'dev', 'jo malik']);
  });

  it('reads a JSON sender handle and an alias, but not a room', () => {
    const json =
      '[{"from":"tash.b","text":"on my way"},{"from":"Control Room","text":"ok"},' +
      '{"name":"Reuben Cole","alias":"Skinny"}]';
    expect(found(json, 'PERSON')).toEqual(['tash.b', 'Reuben Cole', 'Skinny']);
  });
});

describe('phone numbers with a country code', () => {
  it('reads +44 and a number that also passes the NHS check as a phone', () => {
    const text = 'Call back on +44 161 496 0038 after six.';
    expect(found(text, 'PHONE')).toEqual(['+44 161 496 0038']);
    expect(found(text, 'NHS_NUMBER')).toEqual([]);
  });

  it('still reads the same digits alone as an NHS number', () => {
    expect(found('NHS no 161 496 0038', 'NHS_NUMBER')).toEqual(['161 496 0038']);
  });
});

describe('registration marks under a registration column', () => {
  it('reads every mark-shaped cell, cherished and Northern Irish marks too', () => {
    const log =
      'TIME | CAMERA      | VRM       | RESULT\n' +
      '0712 | CAM-A1-N02  | JXT 5     | Keeper checked\n' +
      '0745 | CAM-A1-N02  | KLZ 4410  | No trace\n' +
      '0801 | manual      | n/a       | Camera fault\n';
    expect(found(log, 'VRM')).toEqual(['JXT 5', 'KLZ 4410']);
  });
});

describe('relatives named after the relation', () => {
  it('reads a full name after an UPPERCASE relation in a log', () => {
    const log = 'BROTHER TOMASZ WIERZBICKI CALLED BACK. WIFE NADIA (51) AT HOME.';
    expect(found(log, 'PERSON')).toEqual(['TOMASZ WIERZBICKI', 'NADIA']);
  });

  it('takes no log shorthand after a relation', () => {
    const log = 'MOTHER PRESENT. NEIGHBOUR SHOUTING ABUSE. SON ARRESTED.';
    expect(found(log, 'PERSON')).toEqual([]);
  });

  it('reads a name in brackets after a relation, with the age after it', () => {
    const text = 'Dad (Wilfred, 90) is her main carer.';
    expect(found(text, 'PERSON')).toEqual(['Wilfred']);
    expect(found(text, 'AGE')).toEqual(['90']);
  });
});
