/**
 * General rules added after fresh21's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('lower-case names after titles and ranks', () => {
  it('reads a name after a lower-case title, a rank with its number, or a sign-off', () => {
    const text =
      'spoke to mr dermot aske, then mrs p. ventry at no 9. pc 40216 marwood attended ' +
      'with ps 2219 halloran. gp is dr ines corvo.\nsigned k lanyon';
    expect(found(text, 'PERSON')).toEqual([
      'dermot aske',
      'p. ventry',
      'marwood',
      'halloran',
      'ines corvo',
      'k lanyon',
    ]);
  });

  it('leaves verbs, everyday words and sign-offs without a name alone', () => {
    const text =
      'dr said to wait. pc 2231 requested an ambulance, ps 1180 attended. mr and mrs came ' +
      'back. signed off sick, signed statement taken.';
    expect(found(text, 'PERSON')).toEqual([]);
  });
});

describe('ages', () => {
  it("reads a printed form's age with its years letter and a quoted XML age", () => {
    const text = 'Age .......... 61 Y      Sex ...... M\n<subject sex="F" age="38" />';
    expect(found(text, 'AGE')).toEqual(['61', '38']);
  });

  it('reads an age glued to the sex letter after a name', () => {
    const text = 'BED LIST\nTREGUNNA Martin 52M     awaiting AMHP\nVOSE, Elowen 23F     informal';
    expect(found(text, 'AGE')).toEqual(['52', '23']);
  });

  it("reads children's ages in brackets after their count", () => {
    expect(found('Household: 4 children (15, 9, 7, 2) at home.', 'AGE')).toEqual([
      '15',
      '9',
      '7',
      '2',
    ]);
  });

  it('leaves pages, stages, sizes and counts alone', () => {
    const text = 'Page 3 of 12. Stage .... 2 of 5. Size 12M jacket. 4 children (see above).';
    expect(found(text, 'AGE')).toEqual([]);
  });
});

describe('references', () => {
  it("reads a force's crime number with its code and check letter", () => {
    const text = 'Crime numbers 31KX/204518Q/26 and 07LP/0093310/27 linked.';
    expect(found(text, 'CRIME_REF')).toEqual(['31KX/204518Q/26', '07LP/0093310/27']);
  });

  it('reads the next references of a list and a reference after a long label', () => {
    const text =
      'Police refs cited: 61730044812; 61730051107 & 61730052290.\n' +
      'Crime ref supplied by caller: 4409127735';
    expect(found(text, 'CRIME_REF')).toEqual([
      '61730044812',
      '61730051107',
      '61730052290',
      '4409127735',
    ]);
  });

  it("leaves a CSV row's next cell, a session id and a phone after a label alone", () => {
    const text =
      'prison_no,booking\nB7731KD,55012A\nSouth Fenwick Police   Session: 7ad1-40ce-bb21\n' +
      'Police station phone: 01632 960771';
    expect(found(text, 'CRIME_REF')).toEqual(['B7731KD']);
  });
});

describe('addresses', () => {
  it('reads a terrace shortened to Tce and lower-case streets with short types', () => {
    const text = 'Lives at 14 Pendower Tce. Party at 31 halse rd, noise from 7b quay st too.';
    expect(found(text, 'ADDRESS')).toEqual(['14 Pendower Tce', '31 halse rd', '7b quay st']);
  });

  it('leaves abbreviations that are not streets alone', () => {
    expect(found('took 2 st johns wort, 3 st and 4 rd worth.', 'ADDRESS')).toEqual([]);
  });
});

/**
 * Second round, after fresh22's misses were read (docs/deid.md): fictional examples, each with a
 * negative case.
 */
describe('second round: tables, ages and staff numbers', () => {
  it('reads the age and reference columns of a grid table, not its row labels', () => {
    const text = [
      '+-----+--------------+------------+-----+----------+',
      '| Ref | Name         | DOB        | Age | Crime    |',
      '+=====+==============+============+=====+==========+',
      '| N1  | TOLLAN, Reef | 02/04/2004 | 23  | KX/20714 |',
      '| N2  | ASKEW, Jodie | 19/11/1979 | 47  | KX/20715 |',
      '+-----+--------------+------------+-----+----------+',
    ].join('\n');
    expect(found(text, 'AGE')).toEqual(['23', '47']);
    expect(found(text, 'CRIME_REF')).not.toContain('N1');
  });

  it('reads an age after an `Age at …` label and an estimate in brackets after a name', () => {
    const text = 'Age at first contact ....... 29\nA man, Corin Ladd (about 45), was there.';
    expect(found(text, 'AGE')).toEqual(['29', '45']);
    expect(found('Age at risk of harm: see section 4.', 'AGE')).toEqual([]);
  });

  it("reads an operator's number before a date, not before a phone's digits", () => {
    expect(found('CLOSED BY OP 6611 02/05/2027 03:10', 'COLLAR_NUMBER')).toEqual(['6611']);
    expect(found('rang op 4127 07700 900412', 'COLLAR_NUMBER')).toEqual([]);
  });
});

describe('second round: addresses', () => {
  it('reads a named building after a house number and lower-case rows, places and walks', () => {
    const text =
      'Lives at 6 Quarrybank House. Lads from 3 tan row, then 17 moss pl and 2 fern walk.';
    expect(found(text, 'ADDRESS')).toEqual([
      '6 Quarrybank House',
      '3 tan row',
      '17 moss pl',
      '2 fern walk',
    ]);
  });

  it('leaves a house without a number and a count in a row alone', () => {
    const text = 'Meeting at Quarrybank House. He won 3 in a row and took 2 walks.';
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});

describe('second round: names in capitals', () => {
  it("reads `SURNAME, FORENAME` in capitals and the surname's later mentions", () => {
    const text = 'SUBJECT 1   GARRATY, DYLAN  aka DJ\nGARRATY is using the flat.';
    expect(found(text, 'PERSON')).toContain('GARRATY, DYLAN');
    expect(found(text, 'PERSON')).toContain('GARRATY');
  });

  it('leaves lists of agencies and actions in capitals alone', () => {
    const text = 'POLICE, AMBULANCE AND FIRE ATTENDED. WORDS OF ADVICE, NFA.';
    expect(found(text, 'PERSON')).toEqual([]);
  });
});
